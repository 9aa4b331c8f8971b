// A local server for the GitHub REST endpoints the release stage calls (refs, annotated tags,
// releases, asset upload), for the real Octokit client via its base URL; and those a workflow
// reads releases with (list, by tag, asset download). Besides the one token it is started with,
// it accepts job tokens added to `tokens`, each with its `contents` permission: a write with a
// read-only token is refused (403) as GitHub refuses it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface GitHubState {
  url: string
  refs: Map<string, string>
  tags: Map<string, { tag: string; message: string; object: string }>
  releases: {
    id: number
    tag_name: string
    name: string
    body: string
    assets: { name: string; size: number; data: Buffer; contentType: string }[]
  }[]
  requests: string[]
  /** Job tokens (GITHUB_TOKEN of a rehearsed job) → may it write contents? */
  tokens: Map<string, { contentsWrite: boolean }>
  close(): Promise<void>
}

export async function startGitHubServer(
  owner: string,
  repo: string,
  token: string
): Promise<GitHubState> {
  const state: GitHubState = {
    url: '',
    refs: new Map(),
    tags: new Map(),
    releases: [],
    requests: [],
    tokens: new Map(),
    close: async () => undefined
  }
  const prefix = `/repos/${owner}/${repo}`
  const send = (res: ServerResponse, code: number, value: unknown): void => {
    res.writeHead(code, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify(value))
  }
  const release = (r: GitHubState['releases'][number]) => ({
    id: r.id,
    tag_name: r.tag_name,
    name: r.name,
    body: r.body,
    upload_url: `${state.url}/upload${prefix}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map((a, k) => ({
      id: r.id * 1000 + k + 1,
      name: a.name,
      size: a.size,
      content_type: a.contentType
    }))
  })
  const handler = (req: IncomingMessage, body: Buffer, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', state.url)
    state.requests.push(`${req.method} ${url.pathname}`)
    const given = /^(?:token|Bearer) (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    const job = given ? state.tokens.get(given) : undefined
    if (given !== token && !job) return send(res, 401, { message: 'Bad credentials' })
    if (job && !job.contentsWrite && req.method !== 'GET')
      return send(res, 403, { message: 'Resource not accessible by integration' })
    const path = url.pathname
    let m: RegExpExecArray | null
    if (req.method === 'GET' && path === `${prefix}/releases`) {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
      const page = Number(url.searchParams.get('page') ?? 1)
      const newestFirst = [...state.releases].reverse()
      return send(
        res,
        200,
        newestFirst
          .slice((page - 1) * perPage, page * perPage)
          .map(r => ({ ...release(r), draft: false }))
      )
    }
    if (req.method === 'GET' && (m = new RegExp(`^${prefix}/releases/assets/(\\d+)$`).exec(path))) {
      const id = Number(m[1])
      const asset = state.releases.find(r => r.id === Math.floor(id / 1000))?.assets[
        (id % 1000) - 1
      ]
      if (!asset) return send(res, 404, { message: 'Not Found' })
      if (req.headers.accept !== 'application/octet-stream')
        return send(res, 200, { id, name: asset.name, size: asset.size })
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' })
      return void res.end(asset.data)
    }
    if (req.method === 'GET' && (m = new RegExp(`^${prefix}/git/ref/tags/(.+)$`).exec(path))) {
      const sha = state.refs.get(`refs/tags/${m[1]}`)
      return sha
        ? send(res, 200, { ref: `refs/tags/${m[1]}`, object: { sha, type: 'tag' } })
        : send(res, 404, { message: 'Not Found' })
    }
    if (req.method === 'POST' && path === `${prefix}/git/tags`) {
      const input = JSON.parse(body.toString()) as {
        tag: string
        message: string
        object: string
        type: string
      }
      if (input.type !== 'commit' || !/^[0-9a-f]{40}$/.test(input.object))
        return send(res, 422, { message: 'object must be a commit sha' })
      const sha = (state.tags.size + 1).toString(16).padStart(40, 'a')
      state.tags.set(sha, input)
      return send(res, 201, {
        sha,
        tag: input.tag,
        message: input.message,
        object: { sha: input.object, type: 'commit' }
      })
    }
    if (req.method === 'POST' && path === `${prefix}/git/refs`) {
      const input = JSON.parse(body.toString()) as { ref: string; sha: string }
      if (state.refs.has(input.ref)) return send(res, 422, { message: 'Reference already exists' })
      state.refs.set(input.ref, input.sha)
      return send(res, 201, { ref: input.ref, object: { sha: input.sha, type: 'tag' } })
    }
    if (req.method === 'GET' && (m = new RegExp(`^${prefix}/releases/tags/(.+)$`).exec(path))) {
      const found = state.releases.find(r => r.tag_name === m?.[1])
      return found ? send(res, 200, release(found)) : send(res, 404, { message: 'Not Found' })
    }
    if (req.method === 'POST' && path === `${prefix}/releases`) {
      const input = JSON.parse(body.toString()) as { tag_name: string; name: string; body: string }
      if (state.releases.some(r => r.tag_name === input.tag_name))
        return send(res, 422, { message: 'already_exists' })
      const created = { id: state.releases.length + 1, ...input, assets: [] }
      state.releases.push(created)
      return send(res, 201, release(created))
    }
    if (
      req.method === 'POST' &&
      (m = new RegExp(`^/upload${prefix}/releases/(\\d+)/assets$`).exec(path))
    ) {
      const target = state.releases.find(r => r.id === Number(m?.[1]))
      const name = url.searchParams.get('name')
      if (!target || !name) return send(res, 404, { message: 'Not Found' })
      if (target.assets.some(a => a.name === name))
        return send(res, 422, { message: 'already_exists' })
      target.assets.push({
        name,
        size: body.length,
        data: body,
        contentType: String(req.headers['content-type'])
      })
      return send(res, 201, { id: target.assets.length, name, size: body.length })
    }
    send(res, 404, { message: `no route ${req.method} ${path}` })
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => handler(req, Buffer.concat(chunks), res))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.close = () => new Promise<void>(resolve => server.close(() => resolve()))
  return state
}
