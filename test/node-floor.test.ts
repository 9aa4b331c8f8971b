// The CLI on the lowest Node that package.json's "engines" claims (scripts/setup.sh fetches that
// exact Node from the npm registry): check, keygen, sign, verify and a deploy through the AWS SDK
// against the local servers, all through dist/cli.js.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { deployFixture, TOKEN, type DeployFixture } from './deploy/fixture.js'
import { testLivepatchModule } from './helpers/kmod.js'
import { startAwsServer, type CloudServer } from './helpers/servers/cloud.js'
import { REPO_ROOT, tempDir } from './helpers/tmp.js'

const engines = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    engines: { node: string }
  }
).engines.node
const floor = /^>=(\d+\.\d+\.\d+)$/.exec(engines)?.[1]
const cache = process.env.LIVEPATCH_CACHE || join(homedir(), '.cache', 'livepatch-action')
const node = join(cache, `node-${floor}`, 'bin', 'node')

function onFloor(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>(resolve => {
    const child = spawn(node, [join(REPO_ROOT, 'dist/cli.js'), ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('close', status => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}

let work: { dir: string; cleanup: () => void }
let fx: DeployFixture
let aws: CloudServer
beforeAll(async () => {
  work = tempDir()
  fx = await deployFixture(work.dir)
  aws = await startAwsServer()
  aws.vms.push({ name: 'cvm-floor', ip: '127.0.0.1', labels: {} })
}, 120_000)
afterAll(async () => {
  await aws?.close()
  await fx?.agent.close()
  work.cleanup()
})

describe(`the bundled CLI on Node ${floor} (package.json engines "${engines}")`, () => {
  test('engines names one exact lowest version, and setup.sh fetched that Node', async () => {
    expect(floor).toBeDefined()
    expect(existsSync(node)).toBe(true) // else: run scripts/setup.sh
    const version = await new Promise<string>(resolve => {
      const child = spawn(node, ['--version'])
      let out = ''
      child.stdout.on('data', (d: Buffer) => (out += d.toString()))
      child.on('close', () => resolve(out.trim()))
    })
    expect(version).toBe(`v${floor}`)
  })

  test('check, keygen, sign and verify', async () => {
    const check = await onFloor(['check', '--dir', 'patches'])
    expect(check.stdout).toMatch(/verdict: pass/)
    expect(check.status).toBe(0)
    const keys = join(work.dir, 'floor-keys')
    expect((await onFloor(['keygen', '--out', keys])).status).toBe(0)
    const signed = join(work.dir, 'floor.ko')
    const sign = await onFloor([
      'sign',
      '--key',
      join(keys, 'livepatch.key'),
      '--cert',
      join(keys, 'livepatch.crt'),
      '--output',
      signed,
      testLivepatchModule('livepatch_floor')
    ])
    expect({ status: sign.status, stderr: sign.stderr }).toEqual({ status: 0, stderr: '' })
    const verify = await onFloor(['verify', '--cert', join(keys, 'livepatch.crt'), signed])
    expect(verify.stdout).toMatch(/^valid: /)
    expect(verify.status).toBe(0)
  })

  test('deploy through the AWS SDK to the agent', async () => {
    const ran = await onFloor(
      [
        'deploy',
        'aws',
        'cvm-floor',
        fx.modules.current,
        '--endpoint',
        aws.url,
        '--agent-port',
        String(fx.agent.port),
        '--agent-cert-sha256',
        fx.agent.fingerprint,
        '--cert',
        fx.cert,
        '--kernel-release',
        fx.release,
        '--json'
      ],
      {
        AWS_ACCESS_KEY_ID: 'AKIDTEST',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_REGION: 'eu-west-1',
        CVM_AGENT_TOKENS: TOKEN
      }
    )
    expect(ran.stderr).toBe('')
    expect(ran.status).toBe(0)
    const rows = JSON.parse(ran.stdout) as { vm: string; status: string }[]
    expect(rows.map(r => [r.vm, r.status])).toEqual([['cvm-floor', 'applied']])
  })
})
