// runStreaming: the build tools' output by line, each stream on its own.
import { describe, expect, test } from '@jest/globals'
import { runStreaming } from '../../src/build/run.js'

const env = { PATH: process.env.PATH ?? '' }

describe('runStreaming', () => {
  test("a partial line on stdout is not spliced with stderr's line", async () => {
    const script = `process.stdout.write('aaa'); setTimeout(() => { process.stderr.write('bbb\\n');
      setTimeout(() => process.stdout.write('ccc\\nlast'), 50) }, 50)`
    const lines: string[] = []
    const ran = await runStreaming(process.execPath, ['-e', script], {
      env,
      line: l => lines.push(l)
    })
    expect(ran.code).toBe(0)
    expect(lines.sort()).toEqual(['aaaccc', 'bbb', 'last'])
  })

  test('keeps only the tail it is given, and the exit code', async () => {
    const ran = await runStreaming(
      process.execPath,
      ['-e', "for (let i = 0; i < 100; i++) console.log('line ' + i); process.exit(3)"],
      { env, tail: 20 }
    )
    expect(ran.code).toBe(3)
    const all = Array.from({ length: 100 }, (_, i) => `line ${i}\n`).join('')
    expect(ran.output).toBe(all.slice(-20))
  })

  test('a program that cannot start is a clear error with the hint', async () => {
    await expect(
      runStreaming('no-such-program-livepatch', [], { env, hint: 'install it' })
    ).rejects.toThrow(/cannot run no-such-program-livepatch: .*ENOENT.*\(install it\)/)
  })
})
