// Deploy faults, in-process with the real SDK clients against the local servers: every targeted
// VM ends in a row, nothing unverifiable is sent, failures roll back to the previous module.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { AgentClient, agentChannel } from '../../src/deploy/agent.js'
import { cloudProvider, type CloudOptions } from '../../src/deploy/cloud.js'
import { awsLookup } from '../../src/deploy/aws.js'
import { azureLookup } from '../../src/deploy/azure.js'
import { gcpLookup } from '../../src/deploy/gcp.js'
import { deployFleet, readModuleArtifact, type DeployOptions } from '../../src/deploy/deploy.js'
import { DeployRefusedError, type ModuleArtifact, type Provider } from '../../src/deploy/types.js'
import {
  startAwsServer,
  startAzureServer,
  startGcpServer,
  GCP_TOKEN,
  type CloudServer
} from '../helpers/servers/cloud.js'
import { testTls } from '../helpers/servers/tls.js'
import { tempDir } from '../helpers/tmp.js'
import { deployFixture, TOKEN, type DeployFixture } from './fixture.js'
import { OAuth2Client } from 'google-auth-library'

let work: { dir: string; cleanup: () => void }
let fx: DeployFixture
let aws: CloudServer
let gcp: CloudServer
let azure: CloudServer
let current: ModuleArtifact
let previous: ModuleArtifact
let untrusted: ModuleArtifact
const saved = { ...process.env }
const VMS = ['vm-1', 'vm-2', 'vm-3', 'vm-4', 'vm-5']

beforeAll(async () => {
  work = tempDir()
  fx = await deployFixture(work.dir)
  ;[aws, gcp, azure] = await Promise.all([startAwsServer(), startGcpServer(), startAzureServer()])
  for (const server of [aws, gcp, azure])
    for (const name of VMS) server.vms.push({ name, ip: '127.0.0.1', labels: { fleet: 'prod' } })
  current = await readModuleArtifact(fx.modules.current)
  previous = await readModuleArtifact(fx.modules.previous)
  untrusted = await readModuleArtifact(fx.modules.untrusted)
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'AKIDTEST',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_REGION: 'eu-west-1'
  })
}, 120_000)
afterAll(async () => {
  process.env = saved
  await Promise.all([aws, gcp, azure].map(s => s?.close()))
  await fx?.agent.close()
  work.cleanup()
})
beforeEach(() => {
  fx.agent.faults = {}
  fx.agent.active = null
  fx.agent.requests.length = 0
  fx.agent.maxInFlight = 0
  for (const server of [aws, gcp, azure]) server.faults = {}
})

function options(
  overrides: Partial<CloudOptions['agent']> = {},
  cloud: Partial<CloudOptions> = {}
): CloudOptions {
  return {
    endpoint: aws.url,
    agentPort: fx.agent.port,
    agent: {
      tokens: async vm => (vm === 'no-token' ? undefined : TOKEN),
      pins: { '*': fx.agent.fingerprint },
      retryDelayMs: 20,
      timeoutMs: 5000,
      ...overrides
    },
    ...cloud
  }
}

const awsProvider = (o = options()): Provider => cloudProvider('aws', o, async () => awsLookup(o))

async function one(
  provider: Provider,
  module: ModuleArtifact,
  deploy: DeployOptions = {},
  names = ['vm-1']
) {
  return deployFleet(provider, await provider.find(names), module, deploy)
}

describe('agent faults', () => {
  test('wrong token: 401 is a refusal, named', async () => {
    const [row] = await one(awsProvider(options({ tokens: async () => 'wrong-token' })), current)
    expect(row.status).toBe('refused')
    expect(row.message).toMatch(/agent rejected the token \(HTTP 401\)/)
  })

  test('the agent refuses the module: refused, and the previous release is re-deployed', async () => {
    const [row] = await one(awsProvider(), untrusted, { previous })
    expect(row.status).toBe('refused')
    expect(row.message).toMatch(/Key was rejected by service/)
    expect(row.rollback).toMatchObject({ status: 'applied' })
    expect(fx.agent.active).toBe('livepatch_0001_cloud')
  })

  test('TLS pin mismatch: refused, and not one byte of the request is sent', async () => {
    const [row] = await one(awsProvider(options({ pins: { '*': 'ab'.repeat(32) } })), current)
    expect(row.status).toBe('refused')
    expect(row.message).toMatch(/does not match the pin/)
    expect(fx.agent.requests).toEqual([])
  })

  test('no token or no pin for any one VM: the deploy is refused before any request to any VM', async () => {
    const provider = awsProvider(options({}, { address: `127.0.0.1:${fx.agent.port}` }))
    await expect(
      deployFleet(provider, await provider.find(['vm-1', 'no-token']), current, {})
    ).rejects.toThrow(/nothing was sent to any VM: 1 of 2 VM\(s\)[\s\S]*no-token: no agent token/)
    await expect(one(awsProvider(options({ pins: {} })), current)).rejects.toThrow(
      /no certificate pin/
    )
    await expect(one(awsProvider(options({ pins: {} })), current)).rejects.toBeInstanceOf(
      DeployRefusedError
    )
    expect(fx.agent.requests).toEqual([])
  })

  test('insecure skips the pin (the caller flags it)', async () => {
    const [row] = await one(awsProvider(options({ pins: {}, insecure: true })), current)
    expect(row.status).toBe('applied')
  })

  test('503 and a dropped connection before the reply are retried', async () => {
    fx.agent.faults = { status: { code: 503, times: 1 }, drop: 1 }
    const [row] = await one(awsProvider(), current)
    expect(row.status).toBe('applied')
    expect(fx.agent.requests.filter(r => r.path === '/livepatch').length).toBe(3)
  })

  test('retries are bounded: a VM that keeps answering 503 ends failed-unreachable', async () => {
    fx.agent.faults = { status: { code: 503, times: 10 } }
    const [row] = await one(awsProvider(options({ attempts: 3 })), current)
    expect(row.status).toBe('unreachable')
    expect(fx.agent.requests.filter(r => r.path === '/livepatch').length).toBe(3)
  })

  test('slow replies past the timeout, and connection refused, are unreachable', async () => {
    fx.agent.faults = { delayMs: 1500 }
    const [slow] = await one(awsProvider(options({ timeoutMs: 300, attempts: 1 })), current)
    expect(slow.status).toBe('unreachable')
    expect(slow.message).toMatch(/no reply from the agent within 300 ms/)
    fx.agent.faults = {}
    const refused = awsProvider(options({ attempts: 1 }, { address: '127.0.0.1:1' }))
    const [down] = await deployFleet(refused, await refused.find(['vm-1']), current, {})
    expect(down.status).toBe('unreachable')
    expect(down.message).toMatch(/ECONNREFUSED/)
  })
})

describe('cloud API faults: throttling and 5xx are retried by the SDKs; unknown names get rows', () => {
  test('aws EC2: RequestLimitExceeded twice, then found', async () => {
    aws.faults = { throttle: 2 }
    const [row] = await one(awsProvider(), current)
    expect(row.status).toBe('applied')
  })

  test('gcp Compute: 429 then 500, then found', async () => {
    gcp.faults = { throttle: 1, error: 1 }
    const auth = async (): Promise<OAuth2Client> => {
      const client = new OAuth2Client()
      client.setCredentials({ access_token: GCP_TOKEN, expiry_date: Date.now() + 3_600_000 })
      return client
    }
    const o = options({}, { endpoint: gcp.url, project: 'p', zone: 'europe-west4-a' })
    const provider = cloudProvider('gcp', o, async () => gcpLookup(o, auth))
    const [row] = await one(provider, current)
    expect(row.status).toBe('applied')
  })

  test('azure ARM: 429 with Retry-After, then found; a missing VM is unreachable', async () => {
    azure.faults = { throttle: 1 }
    const o = options({}, { endpoint: azure.url, subscription: 'sub-1', resourceGroup: 'rg' })
    const credential = {
      getToken: async () => ({
        token: 'azure-test-token',
        expiresOnTimestamp: Date.now() + 3_600_000
      })
    }
    const provider = cloudProvider('azure', o, async () =>
      azureLookup(o, { credential, ca: testTls().ca })
    )
    const rows = await one(provider, current, {}, ['vm-2', 'nope'])
    expect(rows.map(r => [r.vm, r.status])).toEqual([
      ['vm-2', 'applied'],
      ['nope', 'unreachable']
    ])
  })

  test('a cloud API that keeps failing: every VM still gets a row', async () => {
    aws.faults = { error: 100 }
    const rows = await one(awsProvider(), current, {}, ['vm-1', 'vm-2'])
    expect(rows.map(r => r.status)).toEqual(['unreachable', 'unreachable'])
    expect(rows[0].message).toMatch(/aws lookup of 'vm-1' failed/)
  })
})

/** A token for every VM name, none for an instance id. */
const byName = (key: string): string | undefined => (key.startsWith('i-') ? undefined : TOKEN)

describe('fleet: canary, error budget, concurrency, idempotency', () => {
  test('a failing canary stops the rollout; the rest are skipped, with rows', async () => {
    // Tokens by name (the instance ids, looked up first, have none here).
    const o = options({ tokens: async vm => (vm === 'vm-1' ? 'wrong' : byName(vm)) })
    const provider = awsProvider(o)
    const rows = await deployFleet(provider, await provider.find(VMS), current, { canary: 1 })
    expect(rows.map(r => r.status)).toEqual(['refused', 'skipped', 'skipped', 'skipped', 'skipped'])
    expect(rows[1].message).toMatch(/canary vm-1 did not take the module/)
  })

  test('the error budget stops the waves once spent', async () => {
    const o = options({
      tokens: async vm => (vm === 'vm-2' || vm === 'vm-3' ? 'wrong' : byName(vm))
    })
    const provider = awsProvider(o)
    const rows = await deployFleet(provider, await provider.find(VMS), current, {
      maxConcurrency: 1,
      maxErrors: '1'
    })
    expect(rows.map(r => r.status)).toEqual(['applied', 'refused', 'refused', 'skipped', 'skipped'])
    const pct = await deployFleet(provider, await provider.find(VMS), current, {
      maxConcurrency: 1,
      maxErrors: '40%'
    })
    expect(pct.map(r => r.status)).toEqual(['applied', 'refused', 'refused', 'applied', 'applied'])
  })

  test('concurrency is bounded', async () => {
    fx.agent.faults = { delayMs: 100 }
    const provider = awsProvider()
    const rows = await deployFleet(provider, await provider.find(VMS), current, {
      maxConcurrency: 2
    })
    expect(rows.every(r => r.status === 'applied')).toBe(true)
    expect(fx.agent.maxInFlight).toBe(2)
  })

  test('a VM that already runs this exact module is skipped (deploy record)', async () => {
    const provider = awsProvider()
    const vms = await provider.find(['vm-1', 'vm-2'])
    // The record keys on the instance id (names repeat in a fleet).
    const rows = await deployFleet(provider, vms, current, {
      deployed: new Map([[vms[0].id as string, current.sha256]])
    })
    expect(rows.map(r => r.status)).toEqual(['already-active', 'applied'])
    expect(rows[0].message).toMatch(/skipped: this VM already runs this exact module/)
    expect(fx.agent.requests.filter(r => r.path === '/livepatch').length).toBe(1)
  })

  test('the agent channel can stand alone with an address', async () => {
    const client = new AgentClient({
      tokens: async () => TOKEN,
      pins: { '*': fx.agent.fingerprint }
    })
    const report = await agentChannel(client).apply(
      { name: 'x', provider: 'aws', address: `127.0.0.1:${fx.agent.port}` },
      current
    )
    expect(report.status).toBe('applied')
  })
})
