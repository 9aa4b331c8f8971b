import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../src/cli.js'
import { runBundledCli } from './helpers/run.js'
import { REPO_ROOT, tempDir } from './helpers/tmp.js'

const P1 = join(REPO_ROOT, 'patches/0001-meminfo-debug.patch')
const P2 = join(REPO_ROOT, 'patches/0002-xt-comment-debug.patch')

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: t => (out += t), stderr: t => (err += t), env: {} })
  return { code, out, err }
}

let work: { dir: string; cleanup: () => void }
beforeEach(() => {
  work = tempDir()
})
afterEach(() => work.cleanup())

describe('livepatch check exit codes: 0 pass, 1 fail, 2 error', () => {
  test('the shipped patches pass', async () => {
    const { code, out } = await cli(['check', '--dir', join(REPO_ROOT, 'patches')])
    expect(code).toBe(0)
    expect(out).toMatch(/verdict: pass \(module livepatch-0002-xt-comment-debug\)/)
  })

  test('a patch that drops changes fails, naming file, old line and text', async () => {
    const { code, out } = await cli(['check', '--previous', P2, '--latest', P1])
    expect(code).toBe(1)
    expect(out).toContain('net/netfilter/xt_comment.c:7: added line "#include <linux/kernel.h>"')
  })

  test('--json gives the report for machines', async () => {
    const { code, out } = await cli(['check', '--previous', P2, '--latest', P1, '--json'])
    expect(code).toBe(1)
    const report = JSON.parse(out)
    expect(report.verdict).toBe('fail')
    expect(report.pairs[0].missing[0]).toMatchObject({
      file: 'net/netfilter/xt_comment.c',
      oldLine: 7,
      kind: 'addition'
    })
  })

  test('a malformed patch is exit 2 with file:line, in text and JSON', async () => {
    const bad = join(work.dir, 'bad.patch')
    writeFileSync(bad, readFileSync(P1, 'utf8').replace('@@ -41,6 +41,7 @@', '@@ -41,6 +41,9 @@'))
    const text = await cli(['check', '--previous', P1, '--latest', bad])
    expect(text.code).toBe(2)
    expect(text.err).toMatch(new RegExp(`${bad}:5: truncated hunk`))
    const json = await cli(['check', '--previous', P1, '--latest', bad, '--json'])
    expect(JSON.parse(json.out)).toMatchObject({ verdict: 'error', error: { file: bad, line: 5 } })
  })

  test('usage errors are exit 2', async () => {
    expect((await cli(['check', '--previous', P1])).code).toBe(2)
    expect((await cli(['check', '--bogus'])).code).toBe(2)
    expect((await cli(['nonsense'])).code).toBe(2)
    expect((await cli([])).code).toBe(2)
    expect((await cli(['--help'])).code).toBe(0)
  })
})

describe('the bundled CLI (dist/cli.js) runs with plain node', () => {
  test('check --dir patches passes', () => {
    const ran = runBundledCli(['check', '--dir', 'patches'])
    expect(ran.stderr).toBe('')
    expect(ran.status).toBe(0)
  })

  test('fail and error exit codes survive the bundle', () => {
    copyFileSync(P2, join(work.dir, '0001-a.patch'))
    copyFileSync(P1, join(work.dir, '0002-b.patch'))
    expect(runBundledCli(['check', '--dir', work.dir]).status).toBe(1)
    writeFileSync(join(work.dir, '0003-c.patch'), '')
    const ran = runBundledCli(['check', '--dir', work.dir])
    expect(ran.status).toBe(2)
    expect(ran.stderr).toContain('0003-c.patch:1: empty file')
  })
})
