// The BUNDLED CLI (dist/cli.js, plain node, no node_modules) deploying through each cloud: the
// real SDK clients find the VM through local wire-protocol servers, then the module goes to the
// agent emulator over pinned TLS.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { runBundledCliAsync as runBundledCli } from '../helpers/run.js'
import {
  startAwsServer,
  startAzureServer,
  startGcpServer,
  type CloudServer
} from '../helpers/servers/cloud.js'
import { testTls } from '../helpers/servers/tls.js'
import { tempDir } from '../helpers/tmp.js'
import { deployFixture, TOKEN, type DeployFixture } from './fixture.js'

let work: { dir: string; cleanup: () => void }
let fx: DeployFixture
let aws: CloudServer
let gcp: CloudServer
let azure: CloudServer

beforeAll(async () => {
  work = tempDir()
  fx = await deployFixture(work.dir)
  aws = await startAwsServer()
  gcp = await startGcpServer()
  azure = await startAzureServer()
  for (const server of [aws, gcp, azure])
    server.vms.push(
      { name: 'cvm-a', ip: '127.0.0.1', labels: { fleet: 'prod' } },
      { name: 'cvm-b', ip: '127.0.0.1', labels: { fleet: 'prod' } }
    )
}, 120_000)
afterAll(async () => {
  await Promise.all([aws, gcp, azure].map(s => s?.close()))
  await fx?.agent.close()
  work.cleanup()
})

function common(): string[] {
  return [
    '--agent-port',
    String(fx.agent.port),
    '--agent-cert-sha256',
    fx.agent.fingerprint,
    '--cert',
    fx.cert,
    '--kernel-release',
    fx.release,
    '--json'
  ]
}

const baseEnv = (): NodeJS.ProcessEnv => ({
  CVM_AGENT_TOKENS: JSON.stringify({ 'cvm-a': TOKEN, 'cvm-b': TOKEN })
})

function expectApplied(stdout: string, vms: string[]): void {
  const rows = JSON.parse(stdout) as { vm: string; status: string; measurement?: unknown }[]
  expect(rows.map(r => [r.vm, r.status])).toEqual(vms.map(vm => [vm, 'applied']))
  for (const row of rows)
    expect(row.measurement).toMatchObject({
      golden_measurement: { livepatch: 'livepatch_0002_cloud' }
    })
}

describe('the bundled CLI, per cloud', () => {
  test('aws: EC2 DescribeInstances by tag:Name, then the agent', async () => {
    const ran = await runBundledCli(
      ['deploy', 'aws', 'cvm-a,cvm-b', fx.modules.current, '--endpoint', aws.url, ...common()],
      {
        env: {
          ...baseEnv(),
          AWS_ACCESS_KEY_ID: 'AKIDTEST',
          AWS_SECRET_ACCESS_KEY: 'secret',
          AWS_REGION: 'eu-west-1'
        }
      }
    )
    expect(ran.stderr).toBe('')
    expect(ran.status).toBe(0)
    expectApplied(ran.stdout, ['cvm-a', 'cvm-b'])
    expect(aws.requests.some(r => r.startsWith('POST /'))).toBe(true)
  })

  test('aws: tokens from SSM Parameter Store SecureStrings', async () => {
    aws.parameters.set('/cvm/agent-tokens/cvm-a', TOKEN)
    const ran = await runBundledCli(
      [
        'deploy',
        'aws',
        'cvm-a',
        fx.modules.current,
        '--endpoint',
        aws.url,
        '--ssm-token-path',
        '/cvm/agent-tokens',
        ...common()
      ],
      {
        env: {
          AWS_ACCESS_KEY_ID: 'AKIDTEST',
          AWS_SECRET_ACCESS_KEY: 'secret',
          AWS_REGION: 'eu-west-1'
        }
      }
    )
    expect(ran.status).toBe(0)
    expectApplied(ran.stdout, ['cvm-a'])
  })

  test('gcp: Compute REST (instance → NAT IP) with external-account credentials, then the agent', async () => {
    const ran = await runBundledCli(
      [
        'deploy',
        'gcp',
        'cvm-a',
        fx.modules.current,
        '--endpoint',
        gcp.url,
        '--project',
        'p',
        '--zone',
        'europe-west4-a',
        ...common()
      ],
      {
        env: {
          ...baseEnv(),
          GOOGLE_APPLICATION_CREDENTIALS: fx.gcpCredentials(`${gcp.url}/v1/token`)
        }
      }
    )
    expect(ran.stderr).toBe('')
    expect(ran.status).toBe(0)
    expectApplied(ran.stdout, ['cvm-a'])
    expect(gcp.requests).toContain('POST /v1/token')
    // The zone's list, filtered by the name (one request for up to a filter's worth of names).
    expect(gcp.requests).toContain(
      'GET /compute/v1/projects/p/zones/europe-west4-a/instances?filter=%28name+%3D+%22cvm-a%22%29&maxResults=500'
    )
  })

  test('gcp: a fleet by label, across zones', async () => {
    const ran = await runBundledCli(
      [
        'deploy',
        'gcp',
        '--selector',
        'fleet=prod',
        fx.modules.current,
        '--endpoint',
        gcp.url,
        '--project',
        'p',
        ...common()
      ],
      {
        env: {
          ...baseEnv(),
          GOOGLE_APPLICATION_CREDENTIALS: fx.gcpCredentials(`${gcp.url}/v1/token`)
        }
      }
    )
    expect(ran.status).toBe(0)
    expectApplied(ran.stdout, ['cvm-a', 'cvm-b'])
  })

  test('azure: VM → NIC → public IP over ARM (HTTPS), credentials from the az CLI login', async () => {
    const ran = await runBundledCli(
      [
        'deploy',
        'azure',
        'cvm-b',
        fx.modules.current,
        '--endpoint',
        azure.url,
        '--subscription',
        'sub-1',
        '--resource-group',
        'rg',
        ...common()
      ],
      {
        env: {
          ...baseEnv(),
          PATH: `${fx.azBin}:${process.env.PATH}`,
          NODE_EXTRA_CA_CERTS: join(testTls().dir, 'ca.pem')
        }
      }
    )
    expect(ran.stderr).toBe('')
    expect(ran.status).toBe(0)
    expectApplied(ran.stdout, ['cvm-b'])
    expect(
      azure.requests.some(r =>
        r.startsWith(
          'GET /subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/cvm-b-ip'
        )
      )
    ).toBe(true)
  })

  test('a name the cloud does not know ends in its own row, and exit 1', async () => {
    const ran = await runBundledCli(
      ['deploy', 'aws', 'cvm-a,ghost', fx.modules.current, '--endpoint', aws.url, ...common()],
      {
        env: {
          ...baseEnv(),
          AWS_ACCESS_KEY_ID: 'AKIDTEST',
          AWS_SECRET_ACCESS_KEY: 'secret',
          AWS_REGION: 'eu-west-1'
        }
      }
    )
    expect(ran.status).toBe(1)
    const rows = JSON.parse(ran.stdout) as { vm: string; status: string; message: string }[]
    expect(rows.map(r => [r.vm, r.status])).toEqual([
      ['cvm-a', 'applied'],
      ['ghost', 'unreachable']
    ])
    expect(rows[1].message).toMatch(/aws VM 'ghost' not found/)
  })

  test('aws: a Name two instances share is exit 2 naming both ids; by tag, each is patched', async () => {
    aws.vms.push(
      { name: 'asg-web', ip: '127.0.0.1', labels: { group: 'asg' } },
      { name: 'asg-web', ip: '127.0.0.1', labels: { group: 'asg' } }
    )
    const env = {
      CVM_AGENT_TOKENS: TOKEN,
      AWS_ACCESS_KEY_ID: 'AKIDTEST',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_REGION: 'eu-west-1'
    }
    try {
      const before = fx.agent.requests.filter(r => r.path === '/livepatch').length
      const named = await runBundledCli(
        ['deploy', 'aws', 'asg-web', fx.modules.current, '--endpoint', aws.url, ...common()],
        { env }
      )
      expect(named.status).toBe(2)
      expect(named.stderr).toMatch(
        /aws name 'asg-web' matches 2 running instances \(i-0+2, i-0+3\)/
      )
      expect(fx.agent.requests.filter(r => r.path === '/livepatch').length).toBe(before)
      const byTag = (tokens: string) =>
        runBundledCli(
          [
            'deploy',
            'aws',
            '--selector',
            'group=asg',
            fx.modules.current,
            '--endpoint',
            aws.url,
            ...common()
          ],
          { env: { ...env, CVM_AGENT_TOKENS: tokens } }
        )
      const tagged = await byTag(TOKEN)
      expect(tagged.status).toBe(0)
      const rows = JSON.parse(tagged.stdout) as { vm: string; id: string; status: string }[]
      expect(rows.map(r => [r.vm, r.id, r.status])).toEqual([
        ['asg-web', 'i-00000000000000002', 'applied'],
        ['asg-web', 'i-00000000000000003', 'applied']
      ])
      // Each instance has its own agent token: keyed by instance id, not by the shared name.
      const perInstance = await byTag(
        JSON.stringify({
          'i-00000000000000002': TOKEN,
          'i-00000000000000003': 'not-this-agents-token',
          'asg-web': 'the-shared-name-is-not-asked'
        })
      )
      const byId = JSON.parse(perInstance.stdout) as { id: string; status: string }[]
      expect(byId.map(r => [r.id, r.status])).toEqual([
        ['i-00000000000000002', 'applied'],
        ['i-00000000000000003', 'refused']
      ])
    } finally {
      aws.vms.splice(2)
    }
  })

  test('gcp: a VM with only a private IP is a clear row, and is reached with --address-kind private', async () => {
    gcp.vms.push({ name: 'inside', privateIp: '127.0.0.1' })
    const args = (...extra: string[]) => [
      'deploy',
      'gcp',
      'inside',
      fx.modules.current,
      '--endpoint',
      gcp.url,
      '--project',
      'p',
      ...extra,
      ...common()
    ]
    const env = {
      CVM_AGENT_TOKENS: TOKEN,
      GOOGLE_APPLICATION_CREDENTIALS: fx.gcpCredentials(`${gcp.url}/v1/token`)
    }
    try {
      const publicly = await runBundledCli(args(), { env })
      expect(publicly.status).toBe(1)
      const [row] = JSON.parse(publicly.stdout) as { status: string; message: string }[]
      expect(row.status).toBe('unreachable')
      expect(row.message).toMatch(/has no public address; use address-kind: private/)
      const privately = await runBundledCli(args('--address-kind', 'private'), { env })
      expect(privately.stderr).toBe('')
      expect(privately.status).toBe(0)
      expectApplied(privately.stdout, ['inside'])
      const bad = await runBundledCli(args('--address-kind', 'internal'), { env })
      expect(bad.status).toBe(2)
      expect(bad.stderr).toMatch(/invalid --address-kind 'internal'/)
    } finally {
      gcp.vms.splice(2)
    }
  })

  test('what can be known before upload is refused with exit 2 and no request to /livepatch', async () => {
    const before = fx.agent.requests.filter(r => r.path === '/livepatch').length
    const untrusted = await runBundledCli(
      [
        'deploy',
        'aws',
        'cvm-a',
        fx.modules.untrusted,
        '--address',
        `127.0.0.1:${fx.agent.port}`,
        ...common()
      ],
      { env: baseEnv() }
    )
    expect(untrusted.status).toBe(2)
    expect(untrusted.stderr).toMatch(/signed by another key/)
    const wrongKernel = await runBundledCli(
      [
        'deploy',
        'aws',
        'cvm-a',
        fx.modules.current,
        '--address',
        `127.0.0.1:${fx.agent.port}`,
        ...common().slice(0, -3),
        '--kernel-release',
        '6.15.2-automata'
      ],
      { env: baseEnv() }
    )
    expect(wrongKernel.status).toBe(2)
    expect(wrongKernel.stderr).toMatch(/built for kernel .*, the VMs run 6.15.2-automata/)
    const badPin = await runBundledCli(
      [
        'deploy',
        'aws',
        'cvm-a',
        fx.modules.current,
        '--address',
        '127.0.0.1',
        '--agent-cert-sha256',
        'xyz'
      ],
      { env: baseEnv() }
    )
    expect(badPin.status).toBe(2)
    expect(fx.agent.requests.filter(r => r.path === '/livepatch').length).toBe(before)
  })
})
