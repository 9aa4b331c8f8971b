// The outside review's hostile and malformed inputs on the deploy path, re-run against what ships:
// the bundled CLI (dist/cli.js) and the bundled action (dist/index.js), against the agent emulator
// and the local EC2 server. Each row is one input with its expected refusal; a refusal sends
// nothing (the emulator sees no request) and quotes no secret. Bundle first (`npm run bundle`).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { moduleNamed } from '../helpers/hostile.js'
import { runBundledActionAsync, runBundledCliAsync } from '../helpers/run.js'
import { startAwsServer, type CloudServer } from '../helpers/servers/cloud.js'
import { tempDir } from '../helpers/tmp.js'
import { deployFixture, TOKEN, type DeployFixture } from '../deploy/fixture.js'

const SECRET = 'Sup3rSecretAgentToken'
let work: { dir: string; cleanup: () => void }
let fx: DeployFixture
let aws: CloudServer
let evil: string
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
  evil = await moduleNamed('a$(touch${IFS}PWNED)', fx.keys, join(work.dir, 'evil.ko'))
  mkdirSync(join(work.dir, 'a-folder'))
}, 120_000)
afterAll(async () => {
  await aws?.close()
  await fx?.agent.close()
  work.cleanup()
})
beforeEach(() => {
  fx.agent.faults = {}
  fx.agent.requests.length = 0
})

const tokens = JSON.stringify({ 'cvm-a': TOKEN, 'cvm-b': TOKEN })
const pin = (): string[] => ['--agent-cert-sha256', fx.agent.fingerprint]
const at = (): string[] => ['--address', fx.agent.address]

function cli(args: string[], env: Record<string, string> = {}) {
  return runBundledCliAsync(args, { env: { CVM_AGENT_TOKENS: tokens, ...env } })
}
const deployArgs = (
  extra: string[],
  module = fx.modules.current,
  vms = 'cvm-a,cvm-b'
): string[] => ['deploy', 'aws', vms, module, '--cert', fx.cert, ...at(), ...pin(), ...extra]

/** The openssl line a user pastes: `sha256 Fingerprint=AB:CD:…`. */
const opensslPin = (): string =>
  `sha256 Fingerprint=${(fx.agent.fingerprint.toUpperCase().match(/../g) ?? []).join(':')}`

describe('CLI: hostile input is refused before anything is sent (exit 2)', () => {
  const cases: [string, () => string[], Record<string, string>, RegExp][] = [
    [
      'tokens as a JSON array',
      () => deployArgs([]),
      { CVM_AGENT_TOKENS: `["${SECRET}","b"]` },
      /CVM_AGENT_TOKENS is JSON but not an object \(an array\)/
    ],
    [
      'tokens as vm=token pairs',
      () => deployArgs([]),
      { CVM_AGENT_TOKENS: `cvm-a=${SECRET},cvm-b=${SECRET}` },
      /CVM_AGENT_TOKENS is neither a JSON object nor one token/
    ],
    [
      'a token with a newline',
      () => deployArgs([]),
      { CVM_AGENT_TOKENS: JSON.stringify({ 'cvm-a': `${SECRET}\nX-Evil: 1`, 'cvm-b': TOKEN }) },
      /token for VM 'cvm-a' has characters an HTTP header cannot carry/
    ],
    [
      '--agent-port 99999',
      () => deployArgs(['--agent-port', '99999']),
      {},
      /invalid --agent-port '99999': expected a whole number 1-65535/
    ],
    ['--agent-port 0', () => deployArgs(['--agent-port', '0']), {}, /invalid --agent-port '0'/],
    ['--canary -1', () => deployArgs(['--canary=-1']), {}, /invalid --canary '-1'/],
    [
      '--max-concurrency 0',
      () => deployArgs(['--max-concurrency', '0']),
      {},
      /invalid --max-concurrency '0': expected a whole number 1-/
    ],
    ['--timeout 0', () => deployArgs(['--timeout', '0']), {}, /invalid --timeout '0'/],
    [
      '--max-errors lots',
      () => deployArgs(['--max-errors', 'lots']),
      {},
      /invalid --max-errors 'lots': expected N or N%/
    ],
    [
      '--address with port 70000',
      () => [...deployArgs([]), '--address', '127.0.0.1:70000'],
      {},
      /invalid --address '127.0.0.1:70000'/
    ],
    [
      '--state in a missing folder',
      () => deployArgs(['--state', join(work.dir, 'missing', 'state.json')]),
      {},
      /--state .*missing.*does not exist.*nothing was deployed/
    ],
    [
      '--measurements pointing at a folder',
      () => deployArgs(['--measurements', join(work.dir, 'a-folder')]),
      {},
      /--measurements .*a-folder: is a folder/
    ],
    [
      'a VM without a token',
      () => deployArgs([]),
      { CVM_AGENT_TOKENS: JSON.stringify({ 'cvm-a': TOKEN }) },
      /nothing was sent to any VM: 1 of 2[\s\S]*cvm-b: no agent token/
    ],
    [
      'no certificate pin',
      () => ['deploy', 'aws', 'cvm-a', fx.modules.current, '--cert', fx.cert, ...at()],
      {},
      /nothing was sent to any VM[\s\S]*no certificate pin/
    ],
    [
      'a module name with shell syntax',
      () => deployArgs([], evil),
      {},
      /\.modinfo name 'a\$\(touch\$\{IFS\}PWNED\)_*' is not a kpatch module name/
    ]
  ]
  test.each(cases)('%s', async (_what, args, env, message) => {
    const ran = await cli(args(), env)
    expect(ran.stderr).toMatch(message)
    expect(ran.status).toBe(2)
    expect(ran.stdout + ran.stderr).not.toContain(SECRET)
    expect(fx.agent.requests).toEqual([])
  })
})

describe('CLI: hostile names, pins and agents are handled', () => {
  test('VMs named constructor and __proto__: deployed, recorded, then skipped from the record', async () => {
    const state = join(work.dir, 'proto-state.json')
    // Written as text: an object literal's `__proto__` key would set the prototype instead.
    const env = { CVM_AGENT_TOKENS: `{"constructor": "${TOKEN}", "__proto__": "${TOKEN}"}` }
    const args = deployArgs(
      ['--state', state, '--json'],
      fx.modules.current,
      'constructor,__proto__'
    )
    const first = await cli(args, env)
    expect(first.stderr).not.toMatch(/is not a function|TypeError/)
    expect(first.status).toBe(0)
    const record = JSON.parse(readFileSync(state, 'utf8')) as Record<string, string>
    expect(Object.keys(record).sort()).toEqual(['__proto__', 'constructor'])
    const again = await cli(args, env)
    expect(again.status).toBe(0)
    expect((JSON.parse(again.stdout) as { status: string }[]).map(r => r.status)).toEqual([
      'already-active',
      'already-active'
    ])
  })

  test("openssl's `sha256 Fingerprint=…` line pasted as is pins the fleet", async () => {
    const ran = await cli([
      'deploy',
      'aws',
      'cvm-a,cvm-b',
      fx.modules.current,
      '--cert',
      fx.cert,
      ...at(),
      '--agent-cert-sha256',
      opensslPin()
    ])
    expect(ran.stderr).not.toMatch(/sha256 Fingerprint/)
    expect(ran.status).toBe(0)
  })

  test('an agent that forges workflow commands: no output line starts with `::`', async () => {
    fx.agent.faults = {
      status: {
        code: 500,
        times: 2,
        body: 'no\n::error::FORGED\n::add-mask::x\n  ::set-output name=a::b'
      }
    }
    const ran = await cli(deployArgs([]))
    expect(ran.status).toBe(1)
    expect(ran.stdout).toMatch(/FORGED/)
    for (const line of (ran.stdout + ran.stderr).split('\n')) expect(line).not.toMatch(/^\s*::/)
  })

  test('an agent that answers with 50 MB: "reply too large", exit 1, the connection closed', async () => {
    fx.agent.faults = { hugeReply: { bytes: 50 * 1024 * 1024, times: 2 } }
    const ran = await cli(deployArgs(['--json']))
    expect(ran.status).toBe(1)
    const rows = JSON.parse(ran.stdout) as { status: string; message: string }[]
    // The first VM is the canary (default 1): its failure stops the rollout.
    expect(rows.map(r => r.status)).toEqual(['failed', 'skipped'])
    expect(rows[0].message).toMatch(/reply too large/)
    expect(fx.agent.faults.hugeReply?.sent).toBeLessThan(50 * 1024 * 1024)
  })

  test('status through the agent does not say ok without looking: unknown, exit 1', async () => {
    const ran = await cli(['status', 'aws', 'cvm-a', ...at(), ...pin(), '--json'])
    expect(ran.status).toBe(1)
    expect(JSON.parse(ran.stdout)).toMatchObject([{ vm: 'cvm-a', status: 'unknown' }])
    expect(fx.agent.requests.length).toBeGreaterThan(0)
  })

  test('deploy without --cert says that only the VMs will judge the signature', async () => {
    const ran = await cli(['deploy', 'aws', 'cvm-a', fx.modules.current, ...at(), ...pin()])
    expect(ran.stderr).toMatch(
      /no certificate \(--cert\): this deploy does NOT check the module's signature; only the VMs' kernels will judge it/
    )
  })
})

describe('action: the same inputs, named by their input (exit 2, nothing sent)', () => {
  const inputs = (extra: Record<string, string> = {}) => ({
    command: 'deploy',
    provider: 'aws',
    targets: 'cvm-a, cvm-b',
    module: fx.modules.current,
    'signing-cert': fx.cert,
    'kernel-release': fx.release,
    'agent-tokens': tokens,
    'agent-cert-sha256': fx.agent.fingerprint,
    'agent-port': String(fx.agent.port),
    endpoint: aws.url,
    ...extra
  })
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'agent-port 0',
      { 'agent-port': '0' },
      /Invalid input 'agent-port': '0'\. Expected a whole number 1-65535/
    ],
    ['agent-port 99999', { 'agent-port': '99999' }, /Invalid input 'agent-port': '99999'/],
    ['canary -1', { canary: '-1' }, /Invalid input 'canary': '-1'/],
    ['max-concurrency 0', { 'max-concurrency': '0' }, /Invalid input 'max-concurrency': '0'/],
    ['max-errors lots', { 'max-errors': 'lots' }, /Invalid input 'max-errors': 'lots'/],
    [
      'agent-tokens as a JSON array',
      { 'agent-tokens': `["${SECRET}"]` },
      /input 'agent-tokens' is JSON but not an object/
    ],
    [
      'agent-tokens as pairs',
      { 'agent-tokens': `cvm-a=${SECRET},cvm-b=${SECRET}` },
      /input 'agent-tokens' is neither a JSON object nor one token/
    ],
    [
      'a VM without a token',
      { 'agent-tokens': JSON.stringify({ 'cvm-a': TOKEN }) },
      /nothing was sent to any VM.*cvm-b: no agent token/
    ],
    ['a module name with shell syntax', { module: '' }, /is not a kpatch module name/]
  ]
  test.each(cases)('%s', async (_what, extra, message) => {
    const given = extra.module === '' ? { ...extra, module: evil } : extra
    const ran = await runBundledActionAsync(work.dir, inputs(given), awsEnv)
    expect(ran.stdout).toMatch(message)
    expect(ran.status).toBe(2)
    const unmasked = ran.stdout.split('\n').filter(l => !l.startsWith('::add-mask::'))
    expect(unmasked.join('\n')).not.toContain(SECRET)
    expect(fx.agent.requests).toEqual([])
  })

  test("openssl's pin line as agent-cert-sha256 deploys", async () => {
    const ran = await runBundledActionAsync(
      work.dir,
      inputs({ 'agent-cert-sha256': opensslPin() }),
      awsEnv
    )
    expect(ran.status).toBe(0)
  })

  test('an agent that forges workflow commands: only our own commands start a line', async () => {
    fx.agent.faults = {
      status: {
        code: 500,
        times: 2,
        body: 'no\n::error::FORGED\n::add-mask::x\n  ::set-output name=a::b'
      }
    }
    const ran = await runBundledActionAsync(work.dir, inputs(), awsEnv)
    expect(ran.status).toBe(1)
    expect(ran.stdout).toMatch(/FORGED/)
    const commands = ran.stdout.split('\n').filter(l => /^\s*::/.test(l))
    for (const line of commands)
      expect(line).toMatch(
        /^::(add-mask::|error title=livepatch deploy::cvm-[ab]( \(i-\d+\))?: (refused — agent did not apply|skipped — rollout stopped: canary cvm-a did not take the module)|error::livepatch deploy: \d+ of 2 VMs did not take the module)/
      )
    expect(ran.summary).toMatch(/FORGED/)
    expect(ran.summary).not.toMatch(/\n\s*::/)
    expect(existsSync(join(work.dir, 'PWNED'))).toBe(false)
  })
})
