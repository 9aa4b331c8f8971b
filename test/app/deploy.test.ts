// The deploy command's one path (src/app/deploy.ts), in-process: both doors' readers give the
// same settings for the same request, and runDeploy does check → lookup → deployFleet against the
// local EC2 server and the agent emulator, with each VM's measurement on its row.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Reporter } from '../../src/app/ports.js'
import { deploySettings, runDeploy, type DeploySettings } from '../../src/app/deploy.js'
import { actionReader } from '../../src/action/inputs.js'
import { cliReader } from '../../src/cli/args.js'
import { startAwsServer, type CloudServer } from '../helpers/servers/cloud.js'
import { tempDir } from '../helpers/tmp.js'
import { deployFixture, TOKEN, type DeployFixture } from '../deploy/fixture.js'

let work: { dir: string; cleanup: () => void }
let fx: DeployFixture
let aws: CloudServer
const saved = { ...process.env }

beforeAll(async () => {
  work = tempDir()
  fx = await deployFixture(work.dir)
  aws = await startAwsServer()
  aws.vms.push({ name: 'cvm-a', ip: '127.0.0.1' }, { name: 'cvm-b', ip: '127.0.0.1' })
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'AKIDTEST',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_REGION: 'eu-west-1'
  })
}, 120_000)
afterAll(async () => {
  process.env = saved
  await aws?.close()
  await fx?.agent.close()
  work.cleanup()
})

/** The action door's reader over these inputs (the runner passes inputs as INPUT_* variables). */
function fromAction(inputs: Record<string, string>): DeploySettings {
  const names = Object.keys(inputs).map(n => `INPUT_${n.toUpperCase()}`)
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value
  const write = process.stdout.write
  process.stdout.write = () => true // the ::add-mask:: lines of the secret inputs
  try {
    return deploySettings(actionReader(), {})
  } finally {
    process.stdout.write = write
    for (const name of names) delete process.env[name]
  }
}

const fromCli = (argv: Record<string, string>, module: string): DeploySettings =>
  deploySettings(
    cliReader('deploy', argv, {
      provider: { value: 'aws', label: '<provider>' },
      targets: { value: 'cvm-a,cvm-b', label: '<vm>' },
      module: { value: module, label: '<module.ko>' }
    }),
    { CVM_AGENT_TOKENS: TOKEN }
  )

/** Everything but how each door names a setting in its messages. */
const meaning = (s: DeploySettings) => ({
  ...s,
  certificate: { value: s.certificate.value, given: s.certificate.given },
  tokens: s.tokens.text
})

describe('both doors, one settings path', () => {
  test('the same request read by either door gives the same settings, defaults included', () => {
    const action = fromAction({
      provider: 'aws',
      targets: 'cvm-a\ncvm-b',
      module: '/m.ko',
      'agent-tokens': TOKEN,
      endpoint: 'http://127.0.0.1:1'
    })
    const cli = fromCli({ endpoint: 'http://127.0.0.1:1' }, '/m.ko')
    expect(meaning(action)).toEqual(meaning(cli))
    // The table's defaults, applied by the reader in both doors (action.yml says the same).
    expect({
      canary: cli.canary,
      maxConcurrency: cli.maxConcurrency,
      maxErrors: cli.maxErrors,
      agentPort: cli.agentPort,
      timeoutSeconds: cli.timeoutSeconds,
      addressKind: cli.addressKind,
      cert: cli.certificate.value
    }).toEqual({
      canary: 1,
      maxConcurrency: 4,
      maxErrors: '0',
      agentPort: 8000,
      timeoutSeconds: 60,
      addressKind: 'public',
      cert: 'keys/livepatch.crt'
    })
  })

  test('a bad value is refused before any VM, named as each door names it', () => {
    expect(() => fromAction({ provider: 'aws', targets: 'x', module: 'm', canary: '-1' })).toThrow(
      "Invalid input 'canary': '-1'. Expected a whole number 0-1000000."
    )
    expect(() => fromCli({ canary: '-1' }, 'm')).toThrow(
      "invalid --canary '-1': expected a whole number 0-1000000"
    )
    expect(() => fromCli({ 'ssm-token-path': '/p', endpoint: 'ftp://x' }, 'm')).toThrow(
      "invalid --endpoint 'ftp://x': expected an http(s):// URL"
    )
  })
})

describe('runDeploy in-process', () => {
  test('check → lookup → deploy: rows in target order, each with its measurement; one log line per VM', async () => {
    const lines: string[] = []
    const reporter: Reporter = {
      info: t => lines.push(t),
      warning: t => lines.push(`warning: ${t}`),
      error: t => lines.push(`error: ${t}`),
      group: (_t, run) => run(),
      detail: () => undefined,
      mask: () => undefined
    }
    const settings = fromCli(
      {
        endpoint: aws.url,
        cert: fx.cert,
        'kernel-release': fx.release,
        'agent-port': String(fx.agent.port),
        'agent-cert-sha256': fx.agent.fingerprint
      },
      fx.modules.current
    )
    const outcome = await runDeploy(settings, reporter)
    expect(outcome.succeeded).toBe(true)
    expect(outcome.results.map(r => [r.vm, r.id, r.status])).toEqual([
      ['cvm-a', 'i-00000000000000000', 'applied'],
      ['cvm-b', 'i-00000000000000001', 'applied']
    ])
    for (const row of outcome.results) expect(row.measurement).toBeDefined()
    expect(lines.filter(l => / applied — /.test(l))).toHaveLength(2)
    expect(lines.some(l => l.startsWith('warning:'))).toBe(false)
  })

  test('without a certificate the deploy says the VMs alone judge the signature', async () => {
    const lines: string[] = []
    const reporter: Reporter = {
      info: () => undefined,
      warning: t => lines.push(t),
      error: () => undefined,
      group: (_t, run) => run(),
      detail: () => undefined,
      mask: () => undefined
    }
    const settings = fromCli(
      {
        endpoint: aws.url,
        'agent-port': String(fx.agent.port),
        'agent-cert-sha256': fx.agent.fingerprint
      },
      fx.modules.current
    )
    // The default keys/livepatch.crt does not exist here: warned, not an error.
    const outcome = await runDeploy(settings, reporter)
    expect(outcome.succeeded).toBe(true)
    expect(lines.join('\n')).toMatch(/does NOT check the module's signature/)
    // A named certificate that does not exist is an error before any VM is touched.
    const before = fx.agent.requests.length
    await expect(
      runDeploy({ ...settings, certificate: { ...settings.certificate, given: true } }, reporter)
    ).rejects.toThrow(/cannot read 'keys\/livepatch.crt'/)
    expect(fx.agent.requests.length).toBe(before)
  })
})
