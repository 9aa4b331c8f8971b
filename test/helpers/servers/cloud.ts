// Local servers that speak each cloud's real wire protocol, for the real SDK clients pointed at
// them: EC2 Query/XML and SSM JSON 1.1 (one endpoint, told apart by X-Amz-Target), the GCP
// Compute REST API with an STS token exchange, and Azure ARM REST over HTTPS. Each keeps a
// table of VMs and can inject throttling, server errors and slow replies. Like the services, they
// page their lists (small pages on request), enforce the documented request limits, let several
// instances share a name (EC2 Name tags, GCE names in different zones), and know VMs with only a
// private address.
import {
  createServer as createHttp,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import { createServer as createHttps } from 'node:https'
import type { AddressInfo } from 'node:net'
import { testTls } from './tls.js'

export interface FakeVm {
  name: string
  /** The public address; absent for a VM reachable only inside its network. */
  ip?: string
  /** The private address (default 10.0.0.2). */
  privateIp?: string
  /** The instance id (default: derived from the VM's place in the table). */
  id?: string
  labels?: Record<string, string>
  running?: boolean
  /** GCP zone (default europe-west4-a). */
  zone?: string
}

/** The instance id the servers give a VM. */
export function fakeId(state: CloudServer, vm: FakeVm, style: 'aws' | 'gcp' | 'azure'): string {
  if (vm.id) return vm.id
  const k = state.vms.indexOf(vm)
  if (style === 'aws') return `i-${k.toString(16).padStart(17, '0')}`
  if (style === 'gcp') return String(7_000_000_000_000_000_000n + BigInt(k))
  return `00000000-0000-4000-8000-${k.toString(16).padStart(12, '0')}`
}

export interface CloudFaults {
  /** Reply with a throttling error to the next N API requests. */
  throttle?: number
  /** Reply with a 500 to the next N API requests. */
  error?: number
  delayMs?: number
}

export interface CloudServer {
  url: string
  vms: FakeVm[]
  faults: CloudFaults
  requests: string[]
  /** SSM parameters (name → value). */
  parameters: Map<string, string>
  /** Most items in one page of a list (the services' own maximum when unset). */
  pageSize?: number
  /** Instances described in replies so far (what a lookup cost the service). */
  sent: number
  close(): Promise<void>
}

type Handler = (req: IncomingMessage, body: string, res: ServerResponse, state: CloudServer) => void

async function serve(handler: Handler, https: boolean): Promise<CloudServer> {
  const state: CloudServer = {
    url: '',
    vms: [],
    faults: {},
    requests: [],
    parameters: new Map(),
    sent: 0,
    close: async () => undefined
  }
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      state.requests.push(`${req.method} ${req.url}`)
      setTimeout(() => handler(req, body, res, state), state.faults.delayMs ?? 0)
    })
  }
  const tls = testTls()
  const server: Server = https
    ? createHttps({ key: tls.key, cert: tls.cert }, listener)
    : createHttp(listener)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  state.url = `${https ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.close = () => new Promise<void>(resolve => server.close(() => resolve()))
  return state
}

function take(state: CloudServer, fault: 'throttle' | 'error'): boolean {
  const left = state.faults[fault] ?? 0
  if (left <= 0) return false
  state.faults[fault] = left - 1
  return true
}

const json = (
  res: ServerResponse,
  code: number,
  value: unknown,
  headers: Record<string, string> = {}
): void => {
  res.writeHead(code, { 'Content-Type': 'application/json', ...headers })
  res.end(JSON.stringify(value))
}

// --- AWS: EC2 (Query protocol, XML) and SSM (JSON 1.1) ---------------------------------------

function ec2Filters(params: URLSearchParams): { name: string; values: string[] }[] {
  const filters: { name: string; values: string[] }[] = []
  for (let k = 1; params.has(`Filter.${k}.Name`); k++) {
    const values: string[] = []
    for (let v = 1; params.has(`Filter.${k}.Value.${v}`); v++)
      values.push(params.get(`Filter.${k}.Value.${v}`) as string)
    filters.push({ name: params.get(`Filter.${k}.Name`) as string, values })
  }
  return filters
}

const xmlEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const awsHandler: Handler = (req, body, res, state) => {
  const target = req.headers['x-amz-target']
  if (typeof target === 'string' && target.startsWith('AmazonSSM.')) {
    if (take(state, 'throttle'))
      return json(res, 400, { __type: 'ThrottlingException', message: 'Rate exceeded' })
    if (take(state, 'error'))
      return json(res, 500, { __type: 'InternalServerError', message: 'internal error' })
    if (target !== 'AmazonSSM.GetParameter')
      return json(res, 400, { __type: 'InvalidAction', message: target })
    const input = JSON.parse(body) as { Name: string; WithDecryption?: boolean }
    const value = state.parameters.get(input.Name)
    if (value === undefined)
      return json(res, 400, {
        __type: 'ParameterNotFound',
        message: `Parameter ${input.Name} not found.`
      })
    return json(res, 200, {
      Parameter: {
        Name: input.Name,
        Type: 'SecureString',
        Value: input.WithDecryption ? value : 'AQICAH-encrypted',
        Version: 1
      }
    })
  }
  const params = new URLSearchParams(body)
  const xml = (code: number, text: string): void => {
    res.writeHead(code, { 'Content-Type': 'text/xml;charset=UTF-8' })
    res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${text}`)
  }
  const error = (code: number, errorCode: string, message: string): void =>
    xml(
      code,
      `<Response><Errors><Error><Code>${errorCode}</Code><Message>${message}</Message></Error></Errors><RequestID>req-1</RequestID></Response>`
    )
  if (take(state, 'throttle')) return error(503, 'RequestLimitExceeded', 'Request limit exceeded.')
  if (take(state, 'error')) return error(500, 'InternalError', 'An internal error has occurred')
  if (params.get('Action') !== 'DescribeInstances')
    return error(400, 'InvalidAction', `unsupported ${params.get('Action')}`)
  const filters = ec2Filters(params)
  // The documented limits: 200 filter values per call, 255 characters per value, MaxResults 5..1000.
  if (filters.reduce((n, f) => n + f.values.length, 0) > 200)
    return error(
      400,
      'FilterLimitExceeded',
      'The maximum number of filter values specified on a single call is 200'
    )
  if (filters.some(f => f.values.some(v => v.length > 255)))
    return error(
      400,
      'FilterLimitExceeded',
      'The maximum length for a filter value is 255 characters'
    )
  const maxResults = params.has('MaxResults') ? Number(params.get('MaxResults')) : undefined
  if (maxResults !== undefined && !(maxResults >= 5 && maxResults <= 1000))
    return error(400, 'InvalidParameterValue', `MaxResults ${maxResults} is not in 5..1000`)
  const matchers = filters.map(f => ({ name: f.name, matches: ec2Matcher(f.values) }))
  const matches = state.vms.filter(vm =>
    matchers.every(f => {
      if (f.name === 'instance-state-name')
        return f.matches(vm.running === false ? 'stopped' : 'running')
      if (f.name === 'tag:Name') return f.matches(vm.name)
      if (f.name.startsWith('tag:')) {
        const value = vm.labels?.[f.name.slice(4)]
        return value !== undefined && f.matches(value)
      }
      return true
    })
  )
  const offset = Number(/^page-(\d+)$/.exec(params.get('NextToken') ?? '')?.[1] ?? 0)
  const size = Math.min(maxResults ?? Infinity, state.pageSize ?? Infinity)
  const page = matches.slice(offset, offset + size)
  state.sent += page.length
  const next = offset + size < matches.length ? `<nextToken>page-${offset + size}</nextToken>` : ''
  const items = page
    .map(
      (vm, k) =>
        `<item><reservationId>r-${offset + k}</reservationId><ownerId>123456789012</ownerId><groupSet/><instancesSet><item><instanceId>${fakeId(state, vm, 'aws')}</instanceId><instanceState><code>16</code><name>running</name></instanceState><privateIpAddress>${xmlEscape(vm.privateIp ?? '10.0.0.2')}</privateIpAddress>${vm.ip ? `<ipAddress>${xmlEscape(vm.ip)}</ipAddress>` : ''}<tagSet><item><key>Name</key><value>${xmlEscape(vm.name)}</value></item>${Object.entries(
          vm.labels ?? {}
        )
          .map(
            ([key, value]) =>
              `<item><key>${xmlEscape(key)}</key><value>${xmlEscape(value)}</value></item>`
          )
          .join('')}</tagSet></item></instancesSet></item>`
    )
    .join('')
  xml(
    200,
    `<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>req-1</requestId><reservationSet>${items}</reservationSet>${next}</DescribeInstancesResponse>`
  )
}

/** Filter values OR-ed: plain values by lookup, patterns by regular expression. */
function ec2Matcher(values: string[]): (text: string) => boolean {
  const exact = new Set(values.filter(v => !/[\\*?]/.test(v)))
  const patterns = values.filter(v => /[\\*?]/.test(v)).map(ec2Pattern)
  return text => exact.has(text) || patterns.some(p => p.test(text))
}

/** An EC2 filter value as EC2 reads it: * any run, ? one character, a backslash makes the next literal. */
function ec2Pattern(value: string): RegExp {
  let source = ''
  for (let k = 0; k < value.length; k++) {
    const c = value[k]
    if (c === '\\' && k + 1 < value.length)
      source += value[++k].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    else if (c === '*') source += '.*'
    else if (c === '?') source += '.'
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, 's')
}

export const startAwsServer = (): Promise<CloudServer> => serve(awsHandler, false)

// --- GCP: STS token exchange and the Compute REST API ----------------------------------------

export const GCP_TOKEN = 'gcp-test-access-token'

const gcpZone = (vm: FakeVm): string => vm.zone ?? 'europe-west4-a'

const gcpInstance = (state: CloudServer, vm: FakeVm) => ({
  kind: 'compute#instance',
  id: fakeId(state, vm, 'gcp'),
  name: vm.name,
  zone: `projects/p/zones/${gcpZone(vm)}`,
  status: vm.running === false ? 'TERMINATED' : 'RUNNING',
  labels: vm.labels ?? {},
  networkInterfaces: [
    {
      name: 'nic0',
      networkIP: vm.privateIp ?? '10.0.0.2',
      ...(vm.ip ? { accessConfigs: [{ name: 'External NAT', natIP: vm.ip }] } : {})
    }
  ]
})

/**
 * The two filter forms the lookup sends, parsed strictly, as Compute would reject a malformed
 * expression: `(name = "a") OR (name = "b") ...` and `labels.KEY = "VALUE"`.
 */
function gcpFilter(filter: string): ((vm: FakeVm) => boolean) | undefined {
  if (filter === '') return () => true
  const term = '\\(name = "([a-z](?:[-a-z0-9]*[a-z0-9])?)"\\)'
  if (new RegExp(`^${term}(?: OR ${term})*$`).test(filter)) {
    const names = new Set([...filter.matchAll(new RegExp(term, 'g'))].map(m => m[1]))
    return vm => names.has(vm.name)
  }
  const label = /^labels\.([\p{Ll}][\p{Ll}\p{Lo}\p{N}_-]*) = "([\p{Ll}\p{Lo}\p{N}_-]*)"$/u.exec(
    filter
  )
  if (label) return vm => vm.labels?.[label[1]] === label[2]
  return undefined
}

const gcpHandler: Handler = (req, body, res, state) => {
  // Google's front end refuses request URLs over about 8 KB.
  if ((req.url ?? '').length > 8192)
    return json(res, 414, { error: { code: 414, message: 'Request-URI Too Large' } })
  const url = new URL(req.url ?? '/', state.url)
  if (req.method === 'POST' && url.pathname === '/v1/token') {
    return json(res, 200, {
      access_token: GCP_TOKEN,
      issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      token_type: 'Bearer',
      expires_in: 3600
    })
  }
  if (req.headers.authorization !== `Bearer ${GCP_TOKEN}`)
    return json(res, 401, {
      error: { code: 401, message: 'Request had invalid authentication credentials.' }
    })
  if (take(state, 'throttle'))
    return json(res, 429, {
      error: { code: 429, message: 'Rate Limit Exceeded', status: 'RESOURCE_EXHAUSTED' }
    })
  if (take(state, 'error'))
    return json(res, 500, { error: { code: 500, message: 'Internal error', status: 'INTERNAL' } })
  const one = /^\/compute\/v1\/projects\/([^/]+)\/zones\/([^/]+)\/instances\/([^/]+)$/.exec(
    url.pathname
  )
  if (one) {
    const vm = state.vms.find(
      v => v.name === decodeURIComponent(one[3]) && gcpZone(v) === decodeURIComponent(one[2])
    )
    if (!vm)
      return json(res, 404, {
        error: {
          code: 404,
          message: `The resource 'projects/${one[1]}/zones/${one[2]}/instances/${one[3]}' was not found`,
          status: 'NOT_FOUND'
        }
      })
    return json(res, 200, gcpInstance(state, vm))
  }
  const zonal = /^\/compute\/v1\/projects\/[^/]+\/zones\/([^/]+)\/instances$/.exec(url.pathname)
  const aggregated = /^\/compute\/v1\/projects\/[^/]+\/aggregated\/instances$/.test(url.pathname)
  if (zonal || aggregated) {
    const filter = url.searchParams.get('filter') ?? ''
    const keep = gcpFilter(filter)
    if (!keep)
      return json(res, 400, {
        error: {
          code: 400,
          message: `Invalid value for field 'filter': '${filter}'. Invalid list filter expression.`,
          status: 'INVALID_ARGUMENT'
        }
      })
    const maxResults = Number(url.searchParams.get('maxResults') ?? 500)
    if (!(maxResults >= 0 && maxResults <= 500))
      return json(res, 400, {
        error: { code: 400, message: `Invalid value for field 'maxResults': '${maxResults}'.` }
      })
    const matches = state.vms.filter(
      vm => keep(vm) && (zonal ? gcpZone(vm) === decodeURIComponent(zonal[1]) : true)
    )
    const offset = Number(url.searchParams.get('pageToken') ?? 0)
    const size = Math.min(maxResults || 500, state.pageSize ?? 500)
    const page = matches.slice(offset, offset + size)
    const nextPageToken = offset + size < matches.length ? String(offset + size) : undefined
    if (zonal)
      return json(res, 200, {
        kind: 'compute#instanceList',
        items: page.map(vm => gcpInstance(state, vm)),
        nextPageToken
      })
    const items: Record<string, { instances: unknown[] }> = {}
    for (const vm of page)
      (items[`zones/${gcpZone(vm)}`] ??= { instances: [] }).instances.push(gcpInstance(state, vm))
    return json(res, 200, { kind: 'compute#instanceAggregatedList', items, nextPageToken })
  }
  json(res, 404, { error: { code: 404, message: `no route ${url.pathname}` } })
}

export const startGcpServer = (): Promise<CloudServer> => serve(gcpHandler, false)

// --- Azure: ARM REST over HTTPS ---------------------------------------------------------------

const armVm = (state: CloudServer, vm: FakeVm, sub: string, group: string) => ({
  id: `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.Compute/virtualMachines/${vm.name}`,
  name: vm.name,
  type: 'Microsoft.Compute/virtualMachines',
  location: 'westeurope',
  tags: vm.labels ?? {},
  properties: {
    vmId: fakeId(state, vm, 'azure'),
    provisioningState: 'Succeeded',
    networkProfile: {
      networkInterfaces: [
        {
          id: `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.Network/networkInterfaces/${vm.name}-nic`,
          properties: { primary: true }
        }
      ]
    }
  }
})

const armNic = (vm: FakeVm, sub: string, group: string) => ({
  id: `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.Network/networkInterfaces/${vm.name}-nic`,
  name: `${vm.name}-nic`,
  properties: {
    ipConfigurations: [
      {
        name: 'ipconfig1',
        properties: {
          privateIPAddress: vm.privateIp ?? '10.0.0.4',
          ...(vm.ip
            ? {
                publicIPAddress: {
                  id: `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.Network/publicIPAddresses/${vm.name}-ip`
                }
              }
            : {})
        }
      }
    ]
  }
})

const armIp = (vm: FakeVm, sub: string, group: string) => ({
  id: `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.Network/publicIPAddresses/${vm.name}-ip`,
  name: `${vm.name}-ip`,
  properties: { ipAddress: vm.ip, publicIPAllocationMethod: 'Static' }
})

const azureHandler: Handler = (req, _body, res, state) => {
  const url = new URL(req.url ?? '/', state.url)
  if (!/^Bearer .+/.test(req.headers.authorization ?? ''))
    return json(res, 401, { error: { code: 'AuthenticationFailed', message: 'no bearer token' } })
  if (take(state, 'throttle'))
    return json(
      res,
      429,
      { error: { code: 'TooManyRequests', message: 'throttled' } },
      { 'Retry-After': '1' }
    )
  if (take(state, 'error'))
    return json(res, 500, { error: { code: 'InternalServerError', message: 'internal error' } })
  const base = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\//i.exec(url.pathname)
  if (!base) return json(res, 404, { error: { code: 'NotFound', message: url.pathname } })
  const [, sub, group] = base
  const rest = url.pathname.slice(base[0].length)
  const notFound = (what: string): void =>
    json(res, 404, {
      error: {
        code: 'ResourceNotFound',
        message: `The Resource '${what}' under resource group '${group}' was not found.`
      }
    })
  /** A list page; the rest follows through nextLink, as ARM pages its lists. */
  const paged = (items: unknown[]): void => {
    const offset = Number(url.searchParams.get('$skiptoken') ?? 0)
    const size = state.pageSize ?? 1000
    const next = new URL(url.pathname, state.url)
    next.searchParams.set('api-version', url.searchParams.get('api-version') ?? '')
    next.searchParams.set('$skiptoken', String(offset + size))
    json(res, 200, {
      value: items.slice(offset, offset + size),
      ...(offset + size < items.length ? { nextLink: next.toString() } : {})
    })
  }
  let match: RegExpExecArray | null
  if (/^Microsoft\.Compute\/virtualMachines$/i.test(rest))
    return paged(state.vms.map(vm => armVm(state, vm, sub, group)))
  if ((match = /^Microsoft\.Compute\/virtualMachines\/([^/]+)$/i.exec(rest))) {
    const vm = state.vms.find(v => v.name === match?.[1])
    return vm
      ? json(res, 200, armVm(state, vm, sub, group))
      : notFound(`Microsoft.Compute/virtualMachines/${match[1]}`)
  }
  if (/^Microsoft\.Network\/networkInterfaces$/i.test(rest))
    return paged(state.vms.map(vm => armNic(vm, sub, group)))
  if ((match = /^Microsoft\.Network\/networkInterfaces\/(.+)-nic$/i.exec(rest))) {
    const vm = state.vms.find(v => v.name === match?.[1])
    return vm ? json(res, 200, armNic(vm, sub, group)) : notFound(rest)
  }
  if (/^Microsoft\.Network\/publicIPAddresses$/i.test(rest))
    return paged(state.vms.filter(vm => vm.ip).map(vm => armIp(vm, sub, group)))
  if ((match = /^Microsoft\.Network\/publicIPAddresses\/(.+)-ip$/i.exec(rest))) {
    const vm = state.vms.find(v => v.name === match?.[1] && v.ip)
    return vm ? json(res, 200, armIp(vm, sub, group)) : notFound(rest)
  }
  notFound(rest)
}

export const startAzureServer = (): Promise<CloudServer> => serve(azureHandler, true)
