// Local servers that speak each cloud's real wire protocol, for the real SDK clients pointed at
// them: EC2 Query/XML and SSM JSON 1.1 (one endpoint, told apart by X-Amz-Target), the GCP
// Compute REST API with an STS token exchange, and Azure ARM REST over HTTPS. Each keeps a
// table of VMs and can inject throttling, server errors and slow replies.
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
  ip: string
  labels?: Record<string, string>
  running?: boolean
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
  const matches = state.vms.filter(vm =>
    filters.every(f => {
      if (f.name === 'instance-state-name')
        return f.values.includes(vm.running === false ? 'stopped' : 'running')
      if (f.name === 'tag:Name') return f.values.includes(vm.name)
      if (f.name.startsWith('tag:')) return f.values.includes(vm.labels?.[f.name.slice(4)] ?? '')
      return true
    })
  )
  const items = matches
    .map(
      (vm, k) =>
        `<item><reservationId>r-${k}</reservationId><ownerId>123456789012</ownerId><groupSet/><instancesSet><item><instanceId>i-${k.toString(16).padStart(8, '0')}</instanceId><instanceState><code>16</code><name>running</name></instanceState><ipAddress>${xmlEscape(vm.ip)}</ipAddress><tagSet><item><key>Name</key><value>${xmlEscape(vm.name)}</value></item>${Object.entries(
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
    `<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>req-1</requestId><reservationSet>${items}</reservationSet></DescribeInstancesResponse>`
  )
}

export const startAwsServer = (): Promise<CloudServer> => serve(awsHandler, false)

// --- GCP: STS token exchange and the Compute REST API ----------------------------------------

export const GCP_TOKEN = 'gcp-test-access-token'

const gcpInstance = (vm: FakeVm, zone: string) => ({
  kind: 'compute#instance',
  name: vm.name,
  zone: `projects/p/zones/${zone}`,
  status: vm.running === false ? 'TERMINATED' : 'RUNNING',
  labels: vm.labels ?? {},
  networkInterfaces: [
    { name: 'nic0', networkIP: '10.0.0.2', accessConfigs: [{ name: 'External NAT', natIP: vm.ip }] }
  ]
})

const gcpHandler: Handler = (req, body, res, state) => {
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
    const vm = state.vms.find(v => v.name === decodeURIComponent(one[3]))
    if (!vm)
      return json(res, 404, {
        error: {
          code: 404,
          message: `The resource 'projects/${one[1]}/zones/${one[2]}/instances/${one[3]}' was not found`,
          status: 'NOT_FOUND'
        }
      })
    return json(res, 200, gcpInstance(vm, one[2]))
  }
  if (/^\/compute\/v1\/projects\/[^/]+\/aggregated\/instances$/.test(url.pathname)) {
    const filter = url.searchParams.get('filter') ?? ''
    const names = [...filter.matchAll(/name = "([^"]+)"/g)].map(m => m[1])
    const label = /labels\.([\w-]+) = "([^"]*)"/.exec(filter)
    const matches = state.vms.filter(
      vm =>
        (names.length ? names.includes(vm.name) : true) &&
        (label ? vm.labels?.[label[1]] === label[2] : true)
    )
    return json(res, 200, {
      kind: 'compute#instanceAggregatedList',
      items: {
        'zones/europe-west4-a': { instances: matches.map(vm => gcpInstance(vm, 'europe-west4-a')) }
      }
    })
  }
  json(res, 404, { error: { code: 404, message: `no route ${url.pathname}` } })
}

export const startGcpServer = (): Promise<CloudServer> => serve(gcpHandler, false)

// --- Azure: ARM REST over HTTPS ---------------------------------------------------------------

const armVm = (vm: FakeVm, sub: string, group: string) => ({
  id: `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.Compute/virtualMachines/${vm.name}`,
  name: vm.name,
  type: 'Microsoft.Compute/virtualMachines',
  location: 'westeurope',
  tags: vm.labels ?? {},
  properties: {
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
  let match: RegExpExecArray | null
  if (/^Microsoft\.Compute\/virtualMachines$/i.test(rest))
    return json(res, 200, { value: state.vms.map(vm => armVm(vm, sub, group)) })
  if ((match = /^Microsoft\.Compute\/virtualMachines\/([^/]+)$/i.exec(rest))) {
    const vm = state.vms.find(v => v.name === match?.[1])
    return vm
      ? json(res, 200, armVm(vm, sub, group))
      : notFound(`Microsoft.Compute/virtualMachines/${match[1]}`)
  }
  if ((match = /^Microsoft\.Network\/networkInterfaces\/(.+)-nic$/i.exec(rest))) {
    const name = match[1]
    return json(res, 200, {
      id: url.pathname,
      name: `${name}-nic`,
      properties: {
        ipConfigurations: [
          {
            name: 'ipconfig1',
            properties: {
              privateIPAddress: '10.0.0.4',
              publicIPAddress: {
                id: `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.Network/publicIPAddresses/${name}-ip`
              }
            }
          }
        ]
      }
    })
  }
  if ((match = /^Microsoft\.Network\/publicIPAddresses\/(.+)-ip$/i.exec(rest))) {
    const vm = state.vms.find(v => v.name === match?.[1])
    return vm
      ? json(res, 200, {
          id: url.pathname,
          name: `${vm.name}-ip`,
          properties: { ipAddress: vm.ip, publicIPAllocationMethod: 'Static' }
        })
      : notFound(rest)
  }
  notFound(rest)
}

export const startAzureServer = (): Promise<CloudServer> => serve(azureHandler, true)
