// The image's agent: HTTPS on port 8000, `POST /livepatch` with `Authorization: Bearer <token>`
// and the module as multipart field `file`; 200 "Livepatch successfully applied and measured into
// PCR 16." on success. It unloads every livepatch, then loads the new one. Its certificate is
// self-signed, so it is pinned by SHA-256 fingerprint: the TLS connection is made and checked
// first, and only then is the request (with the token) written to it. Skipping the check needs
// `insecure`, which the caller must flag.
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { request } from 'node:https'
import { connect, type TLSSocket } from 'node:tls'
import { withRetry } from './retry.js'
import type { TokenSource } from './tokens.js'
import {
  DeployError,
  type AgentChannel,
  type GuestReport,
  type ModuleArtifact,
  type Vm
} from './types.js'

export const AGENT_PORT = 8000
export const AGENT_SUCCESS = 'Livepatch successfully applied and measured into PCR 16.'

export interface AgentOptions {
  tokens: TokenSource
  /** Pin per VM name, or `*` for the fleet: SHA-256 of the agent's DER certificate, hex with or without colons. */
  pins: Record<string, string>
  insecure?: boolean
  timeoutMs?: number
  attempts?: number
  retryDelayMs?: number
}

export interface AgentReply {
  status: number
  body: string
}

/** A transport failure before any reply: worth retrying. */
class AgentConnectionError extends DeployError {}

export function normalisePin(pin: string): string {
  const hex = pin.replace(/[:\s]/g, '').toLowerCase()
  if (!/^[0-9a-f]{64}$/.test(hex))
    throw new DeployError(
      `invalid certificate pin '${pin}': expected a SHA-256 fingerprint (64 hex digits, colons allowed)`
    )
  return hex
}

function hostPort(vm: Vm): { host: string; port: number } {
  if (!vm.address) throw new DeployError(`${vm.name}: no address found`, vm.name)
  const match = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(vm.address)
  if (!match) throw new DeployError(`${vm.name}: invalid address '${vm.address}'`, vm.name)
  return { host: match[1], port: match[2] ? Number(match[2]) : AGENT_PORT }
}

/** Open TLS to the agent and check the pin before anything is sent. */
function pinnedSocket(
  vm: Vm,
  pin: string | undefined,
  insecure: boolean,
  timeoutMs: number
): Promise<TLSSocket> {
  const { host, port } = hostPort(vm)
  return new Promise((resolve, reject) => {
    const socket = connect({
      host,
      port,
      servername: /^[\d.]+$|:/.test(host) ? undefined : host,
      rejectUnauthorized: false
    })
    const timer = setTimeout(() => {
      socket.destroy()
      reject(
        new AgentConnectionError(
          `${vm.name}: TLS connection to ${host}:${port} timed out after ${timeoutMs} ms`,
          vm.name
        )
      )
    }, timeoutMs)
    socket.once('secureConnect', () => {
      clearTimeout(timer)
      const fingerprint = socket
        .getPeerCertificate()
        .fingerprint256?.replace(/:/g, '')
        .toLowerCase()
      if (!insecure && fingerprint !== pin) {
        socket.destroy()
        reject(
          new DeployError(
            `${vm.name}: the agent's TLS certificate (sha256 ${fingerprint}) does not match the pin ${pin}; nothing was sent`,
            vm.name,
            'refused'
          )
        )
        return
      }
      resolve(socket)
    })
    socket.once('error', error => {
      clearTimeout(timer)
      reject(
        new AgentConnectionError(
          `${vm.name}: cannot connect to the agent at ${host}:${port}: ${error.message}`,
          vm.name
        )
      )
    })
  })
}

function multipart(module: ModuleArtifact): { body: Buffer; contentType: string } {
  const boundary = `----livepatch${randomBytes(12).toString('hex')}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${module.name}.ko"\r\nContent-Type: application/octet-stream\r\n\r\n`
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  return {
    body: Buffer.concat([head, module.bytes, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`
  }
}

/**
 * Pins as given on the command line or in the action input: `HEX` for every VM, `VM=HEX` for one.
 * Each is checked here, so a malformed pin stops the deploy before any VM is contacted.
 */
export function parsePins(entries: string[]): Record<string, string> {
  const map: Record<string, string> = {}
  for (const entry of entries) {
    const eq = entry.indexOf('=')
    const [vm, pin] = eq > 0 ? [entry.slice(0, eq), entry.slice(eq + 1)] : ['*', entry]
    try {
      map[vm] = normalisePin(pin)
    } catch (error) {
      throw new DeployError(
        vm === '*' ? (error as Error).message : `pin for VM '${vm}': ${(error as Error).message}`
      )
    }
  }
  return map
}

export class AgentClient {
  constructor(private readonly options: AgentOptions) {}

  private pinFor(vm: Vm): string | undefined {
    const pin = this.options.pins[vm.name] ?? this.options.pins['*']
    return pin === undefined ? undefined : normalisePin(pin)
  }

  /** Everything that must hold before a request: a token and a pin (unless insecure). */
  async preflight(vm: Vm): Promise<{ token: string; pin: string | undefined }> {
    const token = await this.options.tokens(vm.name)
    if (!token)
      throw new DeployError(
        `${vm.name}: no agent token (CVM_AGENT_TOKENS has none for this VM); nothing was sent`,
        vm.name,
        'refused'
      )
    const pin = this.pinFor(vm)
    if (!pin && !this.options.insecure) {
      throw new DeployError(
        `${vm.name}: no certificate pin for the agent (--agent-cert-sha256); refusing to send the token to an unverified server`,
        vm.name,
        'refused'
      )
    }
    return { token, pin }
  }

  private async send(
    vm: Vm,
    method: string,
    path: string,
    token: string,
    pin: string | undefined,
    body?: { body: Buffer; contentType: string }
  ): Promise<AgentReply> {
    const timeoutMs = this.options.timeoutMs ?? 120_000
    return withRetry(
      async () => {
        const socket = await pinnedSocket(vm, pin, this.options.insecure ?? false, timeoutMs)
        return new Promise<AgentReply>((resolve, reject) => {
          const req = request({
            method,
            path,
            host: hostPort(vm).host,
            createConnection: () => socket,
            headers: {
              Authorization: `Bearer ${token}`,
              ...(body
                ? { 'Content-Type': body.contentType, 'Content-Length': String(body.body.length) }
                : {})
            }
          })
          // A wall-clock bound on the whole exchange (a socket idle timeout would not fire on a
          // server that trickles, and does not apply to a socket we hand in).
          const timer = setTimeout(
            () =>
              req.destroy(
                new AgentConnectionError(
                  `${vm.name}: no reply from the agent within ${timeoutMs} ms`,
                  vm.name
                )
              ),
            timeoutMs
          )
          req.on('close', () => clearTimeout(timer))
          req.on('error', error =>
            reject(
              error instanceof DeployError
                ? error
                : new AgentConnectionError(
                    `${vm.name}: connection to the agent failed before a reply: ${error.message}`,
                    vm.name
                  )
            )
          )
          req.on('response', (res: IncomingMessage) => {
            let text = ''
            res.setEncoding('utf8')
            res.on('data', (chunk: string) => (text += chunk))
            res.on('end', () => {
              if (res.statusCode === 503)
                reject(
                  new AgentConnectionError(`${vm.name}: agent busy (503): ${text.trim()}`, vm.name)
                )
              else resolve({ status: res.statusCode ?? 0, body: text })
            })
            res.on('error', (error: Error) =>
              reject(
                new AgentConnectionError(`${vm.name}: reply cut off: ${error.message}`, vm.name)
              )
            )
          })
          req.end(body?.body)
        })
      },
      {
        attempts: this.options.attempts ?? 3,
        baseDelayMs: this.options.retryDelayMs ?? 1000,
        retryable: error => error instanceof AgentConnectionError
      }
    )
  }

  async upload(vm: Vm, module: ModuleArtifact): Promise<AgentReply> {
    const { token, pin } = await this.preflight(vm)
    return this.send(vm, 'POST', '/livepatch', token, pin, multipart(module))
  }

  async goldenMeasurement(vm: Vm): Promise<unknown> {
    const { token, pin } = await this.preflight(vm)
    const reply = await this.send(vm, 'GET', '/offchain/golden-measurement', token, pin)
    if (reply.status !== 200)
      throw new DeployError(
        `${vm.name}: golden measurement: HTTP ${reply.status} ${reply.body.trim()}`,
        vm.name
      )
    try {
      return JSON.parse(reply.body)
    } catch {
      return reply.body
    }
  }
}

/** The agent as a deploy channel. Measurements go to `onMeasurement`, keyed by VM id (else name). */
export function agentChannel(
  client: AgentClient,
  onMeasurement?: (vm: string, measurement: unknown) => void
): AgentChannel {
  const report = (
    module: ModuleArtifact,
    status: GuestReport['status'],
    message: string,
    active: string[]
  ): GuestReport => ({
    status,
    module: module.name,
    sha256: module.sha256,
    kernel: module.kernelRelease,
    active,
    transitionSeconds: null,
    message
  })
  return {
    kind: 'agent',
    async apply(vm, module) {
      const reply = await client.upload(vm, module)
      if (reply.status === 200 && reply.body.includes(AGENT_SUCCESS)) {
        try {
          onMeasurement?.(vm.id ?? vm.name, await client.goldenMeasurement(vm))
        } catch (error) {
          return report(
            module,
            'applied',
            `${reply.body.trim()} (golden measurement not recorded: ${(error as Error).message})`,
            [module.name]
          )
        }
        return report(module, 'applied', reply.body.trim(), [module.name])
      }
      if (reply.status === 401 || reply.status === 403) {
        return report(
          module,
          'refused',
          `agent rejected the token (HTTP ${reply.status}): ${reply.body.trim()}`,
          []
        )
      }
      // The agent unloads every livepatch before loading: after a failed load nothing is active.
      return report(
        module,
        'refused',
        `agent did not apply the module (HTTP ${reply.status}): ${reply.body.trim()}`,
        []
      )
    },
    async status(vm) {
      await client.preflight(vm)
      return {
        status: 'ok',
        module: '',
        sha256: '',
        kernel: '',
        active: [],
        transitionSeconds: null,
        message: 'the agent has no status endpoint; see the last deploy record'
      }
    }
  }
}
