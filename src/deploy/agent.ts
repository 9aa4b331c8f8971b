// The image's agent: HTTPS on port 8000, `POST /livepatch` with `Authorization: Bearer <token>`
// and the module as multipart field `file`; 200 "Livepatch successfully applied and measured into
// PCR 16." on success. It unloads every livepatch, then loads the new one. Its certificate is
// self-signed, so it is pinned by SHA-256 fingerprint: the TLS connection is made and checked
// first, and only then is the request (with the token) written to it. Skipping the check needs
// `insecure`, which the caller must flag. The agent's replies are untrusted: at most
// MAX_REPLY_BYTES are read (a longer reply closes the connection), and their text is neutralised
// (remote-text.ts) before it goes into any row or message.
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { request } from 'node:https'
import { connect, type TLSSocket } from 'node:tls'
import { remoteText } from './remote-text.js'
import { withRetry } from './retry.js'
import { isHeaderToken, type TokenSource } from './tokens.js'
import {
  DeployError,
  type AgentChannel,
  type GuestReport,
  type ModuleArtifact,
  type Vm
} from './types.js'

export const AGENT_PORT = 8000
export const AGENT_SUCCESS = 'Livepatch successfully applied and measured into PCR 16.'
/** The longest reply read from an agent: its replies are one sentence or a small JSON object. */
export const MAX_REPLY_BYTES = 64 * 1024

/** Pins by VM name, `*` for the fleet. A Map, or a plain record read through its own keys only. */
export type PinTable = ReadonlyMap<string, string> | Readonly<Record<string, string>>

export interface AgentOptions {
  tokens: TokenSource
  /** Pin per VM name, or `*` for the fleet: SHA-256 of the agent's DER certificate, hex with or without colons. */
  pins: PinTable
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

/** `openssl x509 -fingerprint -sha256` prints `sha256 Fingerprint=AA:BB:…` (older: `SHA256 Fingerprint=`). */
const OPENSSL_FINGERPRINT = /^\s*sha-?256\s+fingerprint\s*=\s*/i

export function normalisePin(pin: string): string {
  const hex = pin.replace(OPENSSL_FINGERPRINT, '').replace(/[:\s]/g, '').toLowerCase()
  if (!/^[0-9a-f]{64}$/.test(hex))
    throw new DeployError(
      `invalid certificate pin '${remoteText(pin, 120)}': expected a SHA-256 fingerprint (64 hex digits, colons allowed, or openssl's 'sha256 Fingerprint=…' line)`
    )
  return hex
}

/**
 * The keys a VM's token and pin are looked up by, in order: its instance id (unique; two EC2
 * instances of one auto-scaling group share their Name tag), then the name people know it by.
 */
function vmKeys(vm: Vm): string[] {
  return vm.id !== undefined && vm.id !== vm.name ? [vm.id, vm.name] : [vm.name]
}

function pinFrom(pins: PinTable, name: string): string | undefined {
  if (pins instanceof Map) return pins.get(name)
  const record = pins as Readonly<Record<string, string>>
  return Object.hasOwn(record, name) ? record[name] : undefined
}

function hostPort(vm: Vm): { host: string; port: number } {
  if (!vm.address) throw new DeployError(`${remoteText(vm.name)}: no address found`, vm.name)
  const match = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(vm.address)
  const port = match?.[2] ? Number(match[2]) : AGENT_PORT
  if (!match || port < 1 || port > 65535)
    throw new DeployError(
      `${remoteText(vm.name)}: invalid address '${remoteText(vm.address, 200)}': expected HOST[:PORT] with a port 1-65535`,
      vm.name
    )
  return { host: match[1], port }
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
 * Pins as given on the command line or in the action input: `HEX` for every VM, `VM=HEX` for one;
 * openssl's own line (`sha256 Fingerprint=HEX`) pasted as is is a fleet-wide pin. Each is checked
 * here, so a malformed pin stops the deploy before any VM is contacted.
 */
export function parsePins(entries: string[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const entry of entries) {
    const eq = entry.indexOf('=')
    const [vm, pin] =
      eq > 0 && !OPENSSL_FINGERPRINT.test(entry)
        ? [entry.slice(0, eq).trim(), entry.slice(eq + 1)]
        : ['*', entry]
    try {
      map.set(vm, normalisePin(pin))
    } catch (error) {
      throw new DeployError(
        vm === '*'
          ? (error as Error).message
          : `pin for VM '${remoteText(vm, 120)}': ${(error as Error).message}`
      )
    }
  }
  return map
}

export class AgentClient {
  constructor(private readonly options: AgentOptions) {}

  /** Is the TLS pin skipped (the caller flags it)? */
  get insecure(): boolean {
    return this.options.insecure ?? false
  }

  private pinFor(vm: Vm): string | undefined {
    let pin: string | undefined
    for (const key of [...vmKeys(vm), '*']) pin ??= pinFrom(this.options.pins, key)
    return pin === undefined ? undefined : normalisePin(pin)
  }

  /** The VM's token: by its instance id first (VMs may share a name), then by its name. */
  private async tokenFor(vm: Vm): Promise<string | undefined> {
    for (const key of vmKeys(vm)) {
      const token = await this.options.tokens(key)
      if (token) return token
    }
    return undefined
  }

  /** Preflights that passed, by VM: a token store (SSM) is asked once per VM and deploy. */
  private readonly ready = new Map<string, { token: string; pin: string | undefined }>()

  /** Everything that must hold before a request: a token and a pin (unless insecure). */
  async preflight(vm: Vm): Promise<{ token: string; pin: string | undefined }> {
    const key = vm.id ?? vm.name
    const known = this.ready.get(key)
    if (known) return known
    const checked = await this.check(vm)
    this.ready.set(key, checked)
    return checked
  }

  private async check(vm: Vm): Promise<{ token: string; pin: string | undefined }> {
    const name = remoteText(vm.name)
    const token = await this.tokenFor(vm)
    if (!token)
      throw new DeployError(
        `${name}: no agent token (none for its instance id or its name in CVM_AGENT_TOKENS or the other token sources); nothing was sent`,
        vm.name,
        'refused'
      )
    if (typeof token !== 'string' || !isHeaderToken(token))
      throw new DeployError(
        `${name}: the agent token for this VM has characters an HTTP header cannot carry (blanks, newlines, quotes or commas); nothing was sent`,
        vm.name,
        'refused'
      )
    const pin = this.pinFor(vm)
    if (!pin && !this.options.insecure) {
      throw new DeployError(
        `${name}: no certificate pin for the agent (--agent-cert-sha256); refusing to send the token to an unverified server`,
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
            const chunks: Buffer[] = []
            let bytes = 0
            const tooLarge = (): void => {
              req.destroy(
                new DeployError(
                  `${remoteText(vm.name)}: reply too large: the agent sent more than ${MAX_REPLY_BYTES / 1024} KiB, so the connection was closed unread${body ? '; whether it loaded the module is unknown' : ''}`,
                  vm.name,
                  'failed'
                )
              )
            }
            if (Number(res.headers['content-length'] ?? 0) > MAX_REPLY_BYTES) return tooLarge()
            res.on('data', (chunk: Buffer) => {
              bytes += chunk.length
              if (bytes > MAX_REPLY_BYTES) return tooLarge()
              chunks.push(chunk)
            })
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8')
              if (res.statusCode === 503)
                reject(
                  new AgentConnectionError(
                    `${remoteText(vm.name)}: agent busy (503): ${remoteText(text.trim())}`,
                    vm.name
                  )
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
        `${vm.name}: golden measurement: HTTP ${reply.status} ${remoteText(reply.body.trim())}`,
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
    async preflight(vm) {
      await client.preflight(vm)
    },
    async apply(vm, module) {
      const reply = await client.upload(vm, module)
      const said = remoteText(reply.body.trim())
      if (reply.status === 200 && reply.body.includes(AGENT_SUCCESS)) {
        try {
          onMeasurement?.(vm.id ?? vm.name, await client.goldenMeasurement(vm))
        } catch (error) {
          return report(
            module,
            'applied',
            `${said} (golden measurement not recorded: ${(error as Error).message})`,
            [module.name]
          )
        }
        return report(module, 'applied', said, [module.name])
      }
      if (reply.status === 401 || reply.status === 403) {
        return report(
          module,
          'refused',
          `agent rejected the token (HTTP ${reply.status}): ${said}`,
          []
        )
      }
      // The agent unloads every livepatch before loading: after a failed load nothing is active.
      return report(
        module,
        'refused',
        `agent did not apply the module (HTTP ${reply.status}): ${said}`,
        []
      )
    },
    async status(vm) {
      // The agent has no endpoint that says which livepatch is loaded. What can be checked is
      // checked (token and pin present, TLS pin matches, token accepted); the rest is unknown.
      await client.preflight(vm)
      await client.goldenMeasurement(vm)
      return {
        status: 'unknown',
        module: '',
        sha256: '',
        kernel: '',
        active: [],
        transitionSeconds: null,
        message: `not known which livepatch is loaded: the agent has no status endpoint. Checked: the agent answered over ${client.insecure ? 'UNVERIFIED (insecure)' : 'pinned'} TLS and accepted the token (golden measurement read). See the deploy record (--state) for what was last applied`
      }
    }
  }
}
