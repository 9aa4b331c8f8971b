// A local stand-in for the runner's artifact back end, for the real @actions/artifact client: the
// Twirp ArtifactService (CreateArtifact, FinalizeArtifact) at ACTIONS_RESULTS_URL, and at the
// signed upload URL it hands out, a blob store speaking Azure Blob's Put Block and Put Block List.
// The runtime token is a JWT whose `scp` claim names the run and job (the client reads it, the
// service does not check a signature here).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { inflateRawSync } from 'node:zlib'

export interface ArtifactService {
  url: string
  /** For ACTIONS_RUNTIME_TOKEN. */
  token: string
  /** Finalized artifacts: name → the uploaded zip. */
  artifacts: Map<string, Buffer>
  requests: string[]
  close(): Promise<void>
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/'

const base64url = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url')

export async function startArtifactService(): Promise<ArtifactService> {
  const blocks = new Map<string, Buffer>()
  const committed = new Map<string, Buffer>()
  const state: ArtifactService = {
    url: '',
    token: `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
      scp: 'Actions.GenericRead Actions.Results:run-backend-1:job-backend-1'
    })}.signature`,
    artifacts: new Map(),
    requests: [],
    close: async () => undefined
  }
  const json = (res: ServerResponse, code: number, value: unknown): void => {
    res.writeHead(code, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify(value))
  }
  const handle = (req: IncomingMessage, body: Buffer, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', state.url)
    state.requests.push(`${req.method} ${url.pathname}${url.search}`)
    if (req.method === 'POST' && url.pathname.startsWith(TWIRP)) {
      if (req.headers.authorization !== `Bearer ${state.token}`)
        return json(res, 401, { code: 'unauthenticated', msg: 'bad runtime token' })
      const input = JSON.parse(body.toString('utf8')) as { name: string }
      const method = url.pathname.slice(TWIRP.length)
      if (method === 'CreateArtifact') {
        if (state.artifacts.has(input.name))
          return json(res, 409, { code: 'already_exists', msg: `artifact ${input.name} exists` })
        return json(res, 200, {
          ok: true,
          signedUploadUrl: `${state.url}/blobs/${encodeURIComponent(input.name)}?sig=test`
        })
      }
      if (method === 'FinalizeArtifact') {
        const zip = committed.get(input.name)
        if (!zip) return json(res, 404, { code: 'not_found', msg: 'nothing uploaded' })
        state.artifacts.set(input.name, zip)
        return json(res, 200, { ok: true, artifactId: String(state.artifacts.size) })
      }
      return json(res, 404, { code: 'bad_route', msg: method })
    }
    const blob = /^\/blobs\/([^/]+)$/.exec(url.pathname)
    if (req.method === 'PUT' && blob && url.searchParams.get('sig') === 'test') {
      const name = decodeURIComponent(blob[1])
      const comp = url.searchParams.get('comp')
      if (comp === 'block') {
        blocks.set(`${name}/${url.searchParams.get('blockid')}`, body)
        res.writeHead(201)
        res.end()
        return
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted)>([^<]+)</g)]
        const parts = ids.map(m => blocks.get(`${name}/${m[1]}`))
        if (parts.some(p => p === undefined)) {
          res.writeHead(400)
          res.end('InvalidBlockList')
          return
        }
        committed.set(name, Buffer.concat(parts as Buffer[]))
        res.writeHead(201)
        res.end()
        return
      }
      committed.set(name, body) // Put Blob in one request
      res.writeHead(201)
      res.end()
      return
    }
    json(res, 404, { code: 'not_found', msg: url.pathname })
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => handle(req, Buffer.concat(chunks), res))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.close = () => new Promise<void>(resolve => server.close(() => resolve()))
  return state
}

/** The files in a zip the artifact client wrote (deflated or stored, sizes from the central directory). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('not a zip: no end of central directory')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  for (let k = 0; k < count; k++) {
    const method = zip.readUInt16LE(at + 10)
    const size = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const extra = zip.readUInt16LE(at + 30)
    const comment = zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(start, start + size)
    files.set(name, method === 8 ? inflateRawSync(data) : data)
    at += 46 + nameLength + extra + comment
  }
  return files
}
