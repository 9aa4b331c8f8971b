// README's instructions, followed literally in a fresh folder, as a team adopting it would.
import { describe, expect, test } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runBundledCli } from './helpers/run.js'
import { REPO_ROOT, tempDir } from './helpers/tmp.js'

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')

describe('Set-up from zero', () => {
  test('step 1: `node dist/cli.js keygen --out keys/` in a checkout without keys/', () => {
    const step = /`node dist\/cli\.js (keygen --out keys\/)`/.exec(README)
    expect(step).not.toBeNull()
    const work = tempDir()
    try {
      const args = step![1].split(' ')
      const first = runBundledCli(args, { cwd: work.dir })
      expect({ status: first.status, stderr: first.stderr }).toEqual({ status: 0, stderr: '' })
      expect(statSync(join(work.dir, 'keys')).mode & 0o777).toBe(0o700)
      expect(statSync(join(work.dir, 'keys', 'livepatch.key')).mode & 0o777).toBe(0o600)
      for (const file of ['livepatch.pem', 'livepatch.crt'])
        expect(statSync(join(work.dir, 'keys', file)).isFile()).toBe(true)
      const key = readFileSync(join(work.dir, 'keys', 'livepatch.key'))
      const again = runBundledCli(args, { cwd: work.dir })
      expect(again.status).toBe(2)
      expect(again.stderr).toMatch(/refusing to overwrite existing keys/)
      expect(readFileSync(join(work.dir, 'keys', 'livepatch.key')).equals(key)).toBe(true)
    } finally {
      work.cleanup()
    }
  })
})
