// README's instructions, followed literally in a fresh folder, as a team adopting it would.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { deployFixture, TOKEN, type DeployFixture } from './deploy/fixture.js'
import { runBundledCli, runBundledCliAsync } from './helpers/run.js'
import { REPO_ROOT, tempDir } from './helpers/tmp.js'

const run = promisify(execFile)
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

describe('Set-up step 5: the pin', () => {
  let work: { dir: string; cleanup: () => void }
  let fx: DeployFixture
  beforeAll(async () => {
    work = tempDir()
    fx = await deployFixture(work.dir)
  }, 120_000)
  afterAll(async () => {
    await fx?.agent.close()
    work.cleanup()
  })

  test("README's command, run against an agent, prints a pin the deploy accepts", async () => {
    // The block sits in a list item: indented, as Markdown wants it.
    const block = /```sh\n(\s*openssl s_client -connect IP:8000[\s\S]*?)```/.exec(README)
    expect(block).not.toBeNull()
    const command = block![1].replace(/^ +/gm, '').replace('IP:8000', `127.0.0.1:${fx.agent.port}`)
    // Asynchronously: the agent answering the handshake lives in this process.
    const pin = (
      await run('bash', ['-c', command], { encoding: 'utf8', timeout: 20_000 })
    ).stdout.trim()
    expect(pin).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    const ran = await runBundledCliAsync(
      [
        'deploy',
        'aws',
        'cvm-a',
        fx.modules.current,
        '--address',
        `127.0.0.1:${fx.agent.port}`,
        '--agent-cert-sha256',
        pin,
        '--cert',
        fx.cert,
        '--kernel-release',
        fx.release,
        '--json'
      ],
      { env: { CVM_AGENT_TOKENS: TOKEN } }
    )
    expect(ran.stderr).toBe('')
    expect(ran.status).toBe(0)
    expect((JSON.parse(ran.stdout) as { status: string }[]).map(r => r.status)).toEqual(['applied'])
  })
})
