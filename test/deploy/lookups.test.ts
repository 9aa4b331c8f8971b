// Fleet lookups, in-process with the real SDK clients against the local wire servers: every VM
// is known by its instance id, names that several instances share are refused unless the fleet is
// selected by tag, private-only VMs get a clear row (or are reached privately), lists are paged
// and named fleets batched within each service's limits, and hostile names never reach a filter.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { OAuth2Client } from 'google-auth-library'
import { awsLookup, EC2_NAMES_PER_CALL } from '../../src/deploy/aws.js'
import { AZURE_GET_LIMIT, azureLookup } from '../../src/deploy/azure.js'
import {
  CloudInputError,
  cloudProvider,
  parseAddressKind,
  type CloudOptions
} from '../../src/deploy/cloud.js'
import { deployFleet, readModuleArtifact } from '../../src/deploy/deploy.js'
import { GCP_FILTER_CHARS, gcpLookup } from '../../src/deploy/gcp.js'
import type { ModuleArtifact } from '../../src/deploy/types.js'
import {
  GCP_TOKEN,
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
let current: ModuleArtifact
const saved = { ...process.env }

beforeAll(async () => {
  work = tempDir()
  fx = await deployFixture(work.dir)
  ;[aws, gcp, azure] = await Promise.all([startAwsServer(), startGcpServer(), startAzureServer()])
  current = await readModuleArtifact(fx.modules.current)
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
  for (const server of [aws, gcp, azure]) {
    server.vms.length = 0
    server.requests.length = 0
    server.pageSize = undefined
    server.faults = {}
  }
})

function options(cloud: Partial<CloudOptions>): CloudOptions {
  return {
    agentPort: fx.agent.port,
    agent: { tokens: async () => TOKEN, pins: { '*': fx.agent.fingerprint }, retryDelayMs: 20 },
    ...cloud
  }
}

const gcpAuth = async (): Promise<OAuth2Client> => {
  const client = new OAuth2Client()
  client.setCredentials({ access_token: GCP_TOKEN, expiry_date: Date.now() + 3_600_000 })
  return client
}
const azureCredential = {
  getToken: async () => ({ token: 'azure-test-token', expiresOnTimestamp: Date.now() + 3_600_000 })
}

const providers = {
  aws: (cloud: Partial<CloudOptions> = {}) => {
    const o = options({ endpoint: aws.url, ...cloud })
    return cloudProvider('aws', o, async () => awsLookup(o))
  },
  gcp: (cloud: Partial<CloudOptions> = {}) => {
    const o = options({ endpoint: gcp.url, project: 'p', ...cloud })
    return cloudProvider('gcp', o, async () => gcpLookup(o, gcpAuth))
  },
  azure: (cloud: Partial<CloudOptions> = {}) => {
    const o = options({ endpoint: azure.url, subscription: 'sub-1', resourceGroup: 'rg', ...cloud })
    return cloudProvider('azure', o, async () =>
      azureLookup(o, { credential: azureCredential, ca: testTls().ca })
    )
  }
}

const names = (n: number, prefix = 'cvm'): string[] =>
  Array.from({ length: n }, (_, k) => `${prefix}-${String(k).padStart(5, '0')}`)

describe('VMs are known by instance id; shared names are not collapsed', () => {
  test('aws: a Name tag two instances share is refused, naming both ids; nothing is deployed', async () => {
    aws.vms.push(
      { name: 'web', ip: '127.0.0.1', labels: { fleet: 'asg' } },
      { name: 'web', ip: '127.0.0.1', labels: { fleet: 'asg' } },
      { name: 'db', ip: '127.0.0.1' }
    )
    const provider = providers.aws()
    const refused = provider.find(['web', 'db'])
    await expect(refused).rejects.toBeInstanceOf(CloudInputError)
    await expect(refused).rejects.toThrow(
      /aws name 'web' matches 2 running instances \(i-0+0, i-0+1\): .*select the fleet by tag/
    )
  })

  test('aws: selected by tag, each of the instances sharing a name is its own target and row', async () => {
    aws.vms.push(
      { name: 'web', ip: '127.0.0.1', labels: { fleet: 'asg' } },
      { name: 'web', ip: '127.0.0.1', labels: { fleet: 'asg' } }
    )
    const provider = providers.aws()
    const vms = await provider.select({ key: 'fleet', value: 'asg' })
    expect(vms.map(v => [v.name, v.id])).toEqual([
      ['web', 'i-00000000000000000'],
      ['web', 'i-00000000000000001']
    ])
    const before = fx.agent.requests.filter(r => r.path === '/livepatch').length
    const rows = await deployFleet(provider, vms, current, { maxConcurrency: 2 })
    expect(rows.map(r => [r.vm, r.id, r.status])).toEqual([
      ['web', 'i-00000000000000000', 'applied'],
      ['web', 'i-00000000000000001', 'applied']
    ])
    expect(fx.agent.requests.filter(r => r.path === '/livepatch').length).toBe(before + 2)
    // A deploy record keyed by id skips exactly the instance it names.
    const again = await deployFleet(provider, vms, current, {
      deployed: { 'i-00000000000000001': current.sha256 }
    })
    expect(again.map(r => r.status)).toEqual(['applied', 'already-active'])
  })

  test('gcp: the same name in two zones is refused unless selected by label', async () => {
    gcp.vms.push(
      { name: 'web', ip: '127.0.0.1', zone: 'europe-west4-a', labels: { fleet: 'prod' } },
      { name: 'web', ip: '127.0.0.1', zone: 'us-central1-b', labels: { fleet: 'prod' } }
    )
    await expect(providers.gcp().find(['web'])).rejects.toThrow(
      /gcp name 'web' matches 2 running instances \(7000000000000000000, 7000000000000000001\)/
    )
    const vms = await providers.gcp().select({ key: 'fleet', value: 'prod' })
    expect(vms.map(v => v.id)).toEqual(['7000000000000000000', '7000000000000000001'])
    // With the zone given, the name is unique again.
    const [one] = await providers.gcp({ zone: 'us-central1-b' }).find(['web'])
    expect(one).toMatchObject({ id: '7000000000000000001', address: `127.0.0.1:${fx.agent.port}` })
  })

  test('azure: the VM is known by its vmId', async () => {
    azure.vms.push({ name: 'cvm-a', ip: '127.0.0.1' })
    const [vm] = await providers.azure().find(['cvm-a'])
    expect(vm).toMatchObject({ name: 'cvm-a', id: '00000000-0000-4000-8000-000000000000' })
  })
})

describe('address-kind: public or private', () => {
  test.each(['aws', 'gcp', 'azure'] as const)(
    '%s: a VM with no public IP gets a clear row with public, and is reached at its private IP with private',
    async cloud => {
      const server = { aws, gcp, azure }[cloud]
      server.vms.push(
        { name: 'inside', privateIp: '127.0.0.1' },
        { name: 'outside', ip: '127.0.0.1' }
      )
      const [inside, outside] = await providers[cloud]().find(['inside', 'outside'])
      expect(inside.address).toBeUndefined()
      expect(inside.error).toMatch(
        new RegExp(`${cloud} VM 'inside' \\(.+\\) has no public address; use address-kind: private`)
      )
      expect(outside.address).toBe(`127.0.0.1:${fx.agent.port}`)
      const rows = await deployFleet(providers[cloud](), [inside], current, {})
      expect(rows[0]).toMatchObject({ vm: 'inside', status: 'unreachable' })

      const privately = providers[cloud]({ addressKind: 'private' })
      const [reached] = await privately.find(['inside'])
      expect(reached.address).toBe(`127.0.0.1:${fx.agent.port}`)
      const [row] = await deployFleet(privately, [reached], current, {})
      expect(row.status).toBe('applied')
    }
  )

  test('the setting is checked', () => {
    expect(parseAddressKind(undefined, '--address-kind')).toBe('public')
    expect(parseAddressKind('private', '--address-kind')).toBe('private')
    expect(() => parseAddressKind('internal', "input 'address-kind'")).toThrow(
      /invalid input 'address-kind' 'internal': expected public .* or private/
    )
  })
})

describe('fleets: batched within the services limits, every page followed', () => {
  test('aws: 450 names in batches of at most 199 (+ the state filter = 200 values), 7-instance pages', async () => {
    const fleet = names(450)
    for (const name of fleet) aws.vms.push({ name, ip: '127.0.0.1' })
    aws.vms.push({ name: 'not-asked', ip: '127.0.0.1' })
    aws.pageSize = 7
    const vms = await providers.aws().find(fleet)
    expect(vms.map(v => v.name)).toEqual(fleet)
    expect(vms.every(v => v.address && v.id?.startsWith('i-'))).toBe(true)
    expect(new Set(vms.map(v => v.id)).size).toBe(450)
    // 3 batches (199 + 199 + 52), each paged in 7s: the server refuses a call over 200 values.
    expect(EC2_NAMES_PER_CALL).toBe(199)
    expect(aws.requests.length).toBe(Math.ceil(199 / 7) * 2 + Math.ceil(52 / 7))
  })

  test('aws: a selector fleet is paged to the end', async () => {
    for (const name of names(23)) aws.vms.push({ name, ip: '127.0.0.1', labels: { fleet: 'f' } })
    aws.pageSize = 5
    const vms = await providers.aws().select({ key: 'fleet', value: 'f' })
    expect(vms).toHaveLength(23)
    expect(aws.requests.length).toBe(5)
  })

  test('gcp: 300 names OR-ed into filters under the length limit, each paged', async () => {
    const fleet = names(300, 'vm')
    for (const name of fleet) gcp.vms.push({ name, ip: '127.0.0.1' })
    gcp.pageSize = 4
    const vms = await providers.gcp().find(fleet)
    expect(vms.map(v => v.name)).toEqual(fleet)
    const filters = gcp.requests
      .map(r => new URL(r.slice(4), gcp.url).searchParams.get('filter') ?? '')
      .filter(Boolean)
    expect(new Set(filters).size).toBeGreaterThan(1)
    expect(Math.max(...filters.map(f => f.length))).toBeLessThanOrEqual(GCP_FILTER_CHARS)
    expect(Math.max(...gcp.requests.map(r => r.length))).toBeLessThan(8192)
    expect(gcp.requests.some(r => r.includes('pageToken='))).toBe(true)
  })

  test(`azure: more than ${AZURE_GET_LIMIT} names list the group, following nextLink`, async () => {
    const fleet = names(25, 'vm')
    for (const name of fleet) azure.vms.push({ name, ip: '127.0.0.1' })
    azure.vms.push({ name: 'other', ip: '127.0.0.1' })
    azure.pageSize = 4
    const vms = await providers.azure().find(fleet)
    expect(vms.map(v => [v.name, v.address])).toEqual(
      fleet.map(n => [n, `127.0.0.1:${fx.agent.port}`])
    )
    const lists = azure.requests.filter(r => /virtualMachines\?/.test(r))
    expect(lists.length).toBe(Math.ceil(26 / 4))
    expect(lists.slice(1).every(r => r.includes('skiptoken'))).toBe(true)
    // Interfaces and public IPs are listed once for the fleet, not fetched per VM.
    expect(azure.requests.filter(r => /networkInterfaces\/vm-/.test(r))).toEqual([])
  })
})

describe('names and selectors are checked against each cloud’s naming rules', () => {
  test('gcp: a name that would alter the filter is refused before any request', async () => {
    const hostile = 'x") OR (name != "'
    await expect(providers.gcp().find(['cvm-a', hostile])).rejects.toThrow(
      /invalid GCP instance name 'x\\"\) OR \(name != \\"': expected 1-63 lowercase letters/
    )
    await expect(
      providers.gcp().select({ key: 'fleet', value: 'prod" OR name != "x' })
    ).rejects.toThrow(/invalid GCP label value/)
    await expect(providers.gcp().select({ key: 'a) OR (b', value: 'x' })).rejects.toThrow(
      /invalid GCP label key/
    )
    expect(gcp.requests).toEqual([])
  })

  test('aws: wildcards in a name are literal, so "*" does not match the whole account', async () => {
    aws.vms.push({ name: 'cvm-a', ip: '127.0.0.1' }, { name: 'cvm-b', ip: '127.0.0.1' })
    aws.sent = 0
    const [star, query] = await providers.aws().find(['*', 'cvm-?'])
    expect(star.error).toMatch(/aws VM '\*' not found/)
    expect(query.error).toMatch(/aws VM 'cvm-\?' not found/)
    expect(aws.sent).toBe(0) // sent as patterns, they would have listed both VMs
    await expect(providers.aws().find(['a'.repeat(256)])).rejects.toThrow(
      /invalid EC2 Name tag .*expected 1 to 255 characters/
    )
    await expect(providers.aws().select({ key: 'fleet', value: '*' })).rejects.toThrow(
      /no aws VMs match fleet=\*/
    )
  })

  test('azure: a name outside the VM naming rules is refused before any request', async () => {
    await expect(providers.azure().find(['../../resourceGroups/other'])).rejects.toThrow(
      /invalid Azure VM name/
    )
    await expect(providers.azure({ resourceGroup: 'rg/../x' }).find(['vm'])).rejects.toThrow(
      /invalid Azure resource group/
    )
    expect(azure.requests).toEqual([])
  })
})
