// An emulator of the image's agent (HTTPS on a loopback port): bearer-token auth, multipart
// upload in field `file`, and behind it a simulated kernel: `kpatch unload --all`, then
// `kpatch load`, which only accepts a module signed by the trusted certificate and built for the
// kernel's release. Golden measurements change with each livepatch. Faults can be injected.
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readModinfo } from '../../../src/sign/elf.js'
import { verifyModule } from '../../../src/sign/sign.js'
import { testTls } from './tls.js'

export interface AgentFaults {
  /** Reply with this status to the next N /livepatch requests (e.g. 503). */
  status?: { code: number; times: number; body?: string }
  /** Drop the connection without a reply on the next N requests. */
  drop?: number
  /** Delay every reply. */
  delayMs?: number
  /**
   * A hostile or broken agent: answer the next /livepatch requests with this many bytes (streamed
   * with backpressure; `sent` counts what was written before the client closed the connection).
   */
  hugeReply?: { bytes: number; times: number; sent?: number; contentLength?: boolean }
  /** Refuse the next N uploads after unloading (as a kernel that rejects the module would). */
  refuse?: number
}

export interface AgentEmulator {
  port: number
  address: string
  fingerprint: string
  /** The simulated kernel: the active livepatch, if any. */
  active: string | null
  requests: { method: string; path: string; authorized: boolean }[]
  /** Most /livepatch requests in flight at once. */
  maxInFlight: number
  /** Every module uploaded, in order: its sha256 and whether it was loaded. */
  uploads: { sha256: string; ok: boolean }[]
  faults: AgentFaults
  close(): Promise<void>
}

export async function startAgent(options: {
  token: string
  trustedCert: Buffer
  kernelRelease: string
  /** Loopback address and port (default 127.0.0.1, any port): VMs of a fleet share a port. */
  host?: string
  port?: number
}): Promise<AgentEmulator> {
  const tls = testTls()
  const work = mkdtempSync(join(tmpdir(), 'agent-emulator-'))
  const sockets = new Set<Duplex>()
  const state: AgentEmulator = {
    port: 0,
    address: '',
    fingerprint: tls.fingerprint,
    active: null,
    requests: [],
    maxInFlight: 0,
    uploads: [],
    faults: {},
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
      rmSync(work, { recursive: true, force: true })
    }
  }
  let inFlight = 0
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const chunks: Buffer[] = []
    if (req.url === '/livepatch') {
      inFlight++
      state.maxInFlight = Math.max(state.maxInFlight, inFlight)
      res.on('close', () => inFlight--)
    }
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', async () => {
      const authorized = req.headers.authorization === `Bearer ${options.token}`
      state.requests.push({ method: req.method ?? '', path: req.url ?? '', authorized })
      if (state.faults.drop && state.faults.drop > 0) {
        state.faults.drop--
        req.socket.destroy()
        return
      }
      await new Promise(resolve => setTimeout(resolve, state.faults.delayMs ?? 0))
      const reply = (code: number, body: string, type = 'text/plain'): void => {
        res.writeHead(code, { 'Content-Type': type })
        res.end(body)
      }
      if (!authorized) return reply(401, 'Unauthorized: invalid bearer token')
      if (req.method === 'GET' && req.url === '/offchain/golden-measurement') {
        const pcr16 = createHash('sha256')
          .update(state.active ?? 'none')
          .digest('hex')
        return reply(
          200,
          JSON.stringify({
            golden_measurement: { pcrs: { '16': pcr16 }, livepatch: state.active }
          }),
          'application/json'
        )
      }
      if (req.method !== 'POST' || req.url !== '/livepatch') return reply(404, 'not found')
      const huge = state.faults.hugeReply
      if (huge && huge.times > 0) {
        huge.times--
        huge.sent = 0
        res.writeHead(200, {
          'Content-Type': 'text/plain',
          ...(huge.contentLength ? { 'Content-Length': String(huge.bytes) } : {})
        })
        const chunk = Buffer.alloc(64 * 1024, 'A')
        const pump = (): void => {
          while (huge.sent !== undefined && huge.sent < huge.bytes && !res.destroyed) {
            const piece = chunk.subarray(0, Math.min(chunk.length, huge.bytes - huge.sent))
            huge.sent += piece.length
            if (!res.write(piece)) return void res.once('drain', pump)
          }
          if (!res.destroyed) res.end()
        }
        return pump()
      }
      if (state.faults.status && state.faults.status.times > 0) {
        state.faults.status.times--
        return reply(state.faults.status.code, state.faults.status.body ?? 'Service Unavailable')
      }
      const body = Buffer.concat(chunks)
      const boundary = /boundary=(.+)$/.exec(req.headers['content-type'] ?? '')?.[1]
      if (!boundary) return reply(400, 'expected multipart/form-data')
      const start = body.indexOf('\r\n\r\n', body.indexOf('name="file"'))
      const end = body.lastIndexOf(Buffer.from(`\r\n--${boundary}--`))
      if (body.indexOf('name="file"') < 0 || start < 0 || end < 0)
        return reply(400, 'missing form field "file"')
      const module = body.subarray(start + 4, end)
      const upload = { sha256: createHash('sha256').update(module).digest('hex'), ok: false }
      state.uploads.push(upload)
      // kpatch unload --all, then kpatch load: a refused module leaves no livepatch at all. The
      // state changes once, when the verdict is known, so a concurrent upload to another "VM" of
      // this one emulator does not blank the measurement a finished one is about to read.
      const refuse = (text: string): void => {
        state.active = null
        reply(500, text)
      }
      if (state.faults.refuse && state.faults.refuse > 0) {
        state.faults.refuse--
        return refuse(
          'Failed to load livepatch: livepatch: failed to enable patch (transition stalled)'
        )
      }
      // One file per upload: concurrent uploads to one emulator must not overwrite each other.
      const path = join(work, `upload-${randomBytes(6).toString('hex')}.ko`)
      writeFileSync(path, module)
      try {
        const verdict = await verifyModule(path, options.trustedCert, 'db')
        if (!verdict.valid)
          return refuse(
            'Failed to load livepatch: insmod: ERROR: could not insert module: Key was rejected by service'
          )
        const vermagic = readModinfo(module, path).get('vermagic')?.[0] ?? ''
        if (vermagic.split(' ')[0] !== options.kernelRelease)
          return refuse(
            `Failed to load livepatch: disagrees about version of symbol module_layout (vermagic ${vermagic})`
          )
        state.active = readModinfo(module, path).get('name')?.[0] ?? 'unknown'
        upload.ok = true
        return reply(200, 'Livepatch successfully applied and measured into PCR 16.')
      } catch (error) {
        return refuse(`Failed to load livepatch: ${(error as Error).message}`)
      }
    })
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>(resolve => server.listen(options.port ?? 0, host, () => resolve()))
  state.port = (server.address() as AddressInfo).port
  state.address = `${host}:${state.port}`
  return state
}
