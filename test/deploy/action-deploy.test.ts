// The bundled action's `command: deploy` against the local EC2 server and the agent emulator:
// outputs, summary, tokens masked before anything else is printed.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runBundledActionAsync } from '../helpers/run.js'
import { startAwsServer, type CloudServer } from '../helpers/servers/cloud.js'
import { tempDir } from '../helpers/tmp.js'
import { deployFixture, TOKEN, type DeployFixture } from './fixture.js'

let work: { dir: string; cleanup: () => void }
let fx: DeployFixture
let aws: CloudServer
const awsEnv = {
  AWS_ACCESS_KEY_ID: 'AKIDTEST',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_REGION: 'eu-west-1'
}

beforeAll(async () => {
  work = tempDir()
  fx = await deployFixture(work.dir)
  aws = await startAwsServer()
  aws.vms.push({ name: 'cvm-a', ip: '127.0.0.1' }, { name: 'cvm-b', ip: '127.0.0.1' })
}, 120_000)
afterAll(async () => {
  await aws?.close()
  await fx?.agent.close()
  work.cleanup()
})

const inputs = (extra: Record<string, string> = {}) => ({
  command: 'deploy',
  provider: 'aws',
  targets: 'cvm-a, cvm-b',
  module: fx.modules.current,
  'signing-cert': fx.cert,
  'kernel-release': fx.release,
  'agent-tokens': JSON.stringify({ 'cvm-a': TOKEN, 'cvm-b': TOKEN }),
  'agent-cert-sha256': fx.agent.fingerprint,
  'agent-port': String(fx.agent.port),
  endpoint: aws.url,
  ...extra
})

describe('action command: deploy', () => {
  test('an empty signing-cert is the default keys/livepatch.crt, and a missing one is exit 2 before any VM', async () => {
    const before = fx.agent.requests.length
    const ran = await runBundledActionAsync(work.dir, inputs({ 'signing-cert': '' }), awsEnv)
    expect(ran.status).toBe(2)
    expect(ran.stdout).toMatch(
      /Invalid input 'signing-cert': cannot read 'keys\/livepatch\.crt' \(ENOENT\)/
    )
    expect(fx.agent.requests.length).toBe(before)
  })

  test('deploys to every target, outputs results and measurements, masks the tokens first', async () => {
    const ran = await runBundledActionAsync(work.dir, inputs(), awsEnv)
    expect(ran.status).toBe(0)
    const rows = JSON.parse(ran.outputs.results) as { vm: string; status: string }[]
    expect(rows.map(r => [r.vm, r.status])).toEqual([
      ['cvm-a', 'applied'],
      ['cvm-b', 'applied']
    ])
    // Keyed by instance id: names are for people and need not be unique.
    expect(Object.keys(JSON.parse(ran.outputs.measurements))).toEqual([
      'i-00000000000000000',
      'i-00000000000000001'
    ])
    expect(ran.summary).toContain('| applied | 2 |')
    const lines = ran.stdout.split('\n')
    expect(lines.indexOf(`::add-mask::${TOKEN}`)).toBeGreaterThanOrEqual(0)
    expect(lines.filter(l => !l.startsWith('::add-mask::')).some(l => l.includes(TOKEN))).toBe(
      false
    )
  })

  test('a VM that fails is reported, the run fails with exit 1, and insecure is flagged', async () => {
    const ran = await runBundledActionAsync(
      work.dir,
      inputs({
        'agent-tokens': JSON.stringify({ 'cvm-a': TOKEN, 'cvm-b': 'not-the-token' }),
        'agent-cert-sha256': '',
        insecure: 'true'
      }),
      awsEnv
    )
    expect(ran.status).toBe(1)
    expect(ran.stdout).toMatch(
      /::error title=livepatch deploy::cvm-b \(i-0+1\): refused — agent rejected the token \(HTTP 401\)/
    )
    expect(ran.summary).toMatch(/insecure.*NOT verified/)
  })

  test('a VM without a token or pin: refused before any upload to any VM, exit 2', async () => {
    const before = fx.agent.requests.length
    const noToken = await runBundledActionAsync(
      work.dir,
      inputs({ 'agent-tokens': JSON.stringify({ 'cvm-a': TOKEN }) }),
      awsEnv
    )
    expect(noToken.status).toBe(2)
    expect(noToken.stdout).toMatch(/nothing was sent to any VM.*cvm-b: no agent token/)
    const noPin = await runBundledActionAsync(work.dir, inputs({ 'agent-cert-sha256': '' }), awsEnv)
    expect(noPin.status).toBe(2)
    expect(noPin.stdout).toMatch(/nothing was sent to any VM.*no certificate pin/)
    expect(fx.agent.requests.length).toBe(before)
  })

  test('a module signed by a key the VMs do not trust is stopped before any upload (exit 2)', async () => {
    const before = fx.agent.requests.length
    const ran = await runBundledActionAsync(
      work.dir,
      inputs({ module: fx.modules.untrusted }),
      awsEnv
    )
    expect(ran.status).toBe(2)
    expect(ran.stdout).toMatch(/signed by another key/)
    expect(fx.agent.requests.length).toBe(before)
  })

  test('bad input is named and stops before any VM is contacted (exit 2)', async () => {
    const before = fx.agent.requests.length
    const noCert = await runBundledActionAsync(
      work.dir,
      inputs({ 'signing-cert': 'keys/missing.crt' }),
      awsEnv
    )
    expect(noCert.status).toBe(2)
    expect(noCert.stdout).toMatch(/Invalid input 'signing-cert': cannot read 'keys\/missing.crt'/)
    const badPin = await runBundledActionAsync(
      work.dir,
      inputs({ 'agent-cert-sha256': 'cvm-b=not-hex' }),
      awsEnv
    )
    expect(badPin.status).toBe(2)
    expect(badPin.stdout).toMatch(/pin for VM 'cvm-b': invalid certificate pin 'not-hex'/)
    expect(fx.agent.requests.length).toBe(before)
  })
})
