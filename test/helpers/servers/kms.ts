// Local servers that speak the key services' wire protocols and hold test keys, for the real
// clients: AWS KMS (JSON 1.1, X-Amz-Target TrentService.*), Google Cloud KMS REST (with an STS
// token exchange, as external-account credentials do), and Azure Key Vault REST over HTTPS (with
// its bearer challenge). Each signs with the private key it holds, and can inject throttling,
// server errors and slow replies.
import { constants, createPublicKey, privateEncrypt, type KeyObject } from 'node:crypto'
import {
  createServer as createHttp,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import { createServer as createHttps } from 'node:https'
import type { AddressInfo } from 'node:net'
import { testTls } from './tls.js'

export interface KmsFaults {
  /** Reply with throttling (AWS ThrottlingException, HTTP 429 elsewhere) to the next N requests. */
  throttle?: number
  /** Reply with a 500 to the next N requests. */
  error?: number
  delayMs?: number
}

export interface KmsServer {
  url: string
  /** key name (ARN / alias, version name, Key Vault key name) → its private key. */
  keys: Map<string, KeyObject>
  faults: KmsFaults
  requests: string[]
  /** Authorization headers seen (to check the credentials the client used). */
  authorizations: string[]
  close(): Promise<void>
}

const DIGEST_INFO: Record<string, string> = {
  sha256: '3031300d060960864801650304020105000420',
  sha384: '3041300d060960864801650304020205000430',
  sha512: '3051300d060960864801650304020305000440'
}

/** RSASSA-PKCS1-v1_5 over a digest, as a KMS does it. */
function signDigest(key: KeyObject, hash: string, digest: Buffer): Buffer {
  return privateEncrypt(
    { key, padding: constants.RSA_PKCS1_PADDING },
    Buffer.concat([Buffer.from(DIGEST_INFO[hash], 'hex'), digest])
  )
}

type Handler = (req: IncomingMessage, body: string, res: ServerResponse, state: KmsServer) => void

async function serve(
  handler: Handler,
  fault: (res: ServerResponse, kind: 'throttle' | 'error') => void,
  https: boolean
): Promise<KmsServer> {
  const state: KmsServer = {
    url: '',
    keys: new Map(),
    faults: {},
    requests: [],
    authorizations: [],
    close: async () => undefined
  }
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      state.requests.push(`${req.method} ${req.url}`)
      if (req.headers.authorization) state.authorizations.push(req.headers.authorization)
      setTimeout(() => {
        // Faults are the key service's; the STS token exchange is another service.
        const api = req.url !== '/v1/token'
        if (api && state.faults.throttle) {
          state.faults.throttle--
          return fault(res, 'throttle')
        }
        if (api && state.faults.error) {
          state.faults.error--
          return fault(res, 'error')
        }
        handler(req, body, res, state)
      }, state.faults.delayMs ?? 0)
    })
  }
  const tls = testTls()
  const server: Server = https
    ? createHttps({ key: tls.key, cert: tls.cert }, listener)
    : createHttp(listener)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  state.url = `${https ? 'https' : 'http'}://127.0.0.1:${port}`
  state.close = () =>
    new Promise(resolve => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return state
}

function json(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type })
  res.end(JSON.stringify(body))
}

const spkiOf = (key: KeyObject): Buffer =>
  createPublicKey(key).export({ type: 'spki', format: 'der' })

// --- AWS KMS: POST / with X-Amz-Target: TrentService.<Operation>, JSON 1.1 bodies -------------

const AWS_JSON = 'application/x-amz-json-1.1'
const AWS_ALGORITHMS: Record<string, string> = {
  RSASSA_PKCS1_V1_5_SHA_256: 'sha256',
  RSASSA_PKCS1_V1_5_SHA_384: 'sha384',
  RSASSA_PKCS1_V1_5_SHA_512: 'sha512'
}

function awsKeySpec(key: KeyObject): string {
  if (key.asymmetricKeyType === 'rsa') return `RSA_${key.asymmetricKeyDetails?.modulusLength}`
  return 'ECC_NIST_P256'
}

export function startAwsKmsServer(): Promise<KmsServer> {
  const error = (res: ServerResponse, status: number, type: string, message: string): void =>
    json(res, status, { __type: type, message }, AWS_JSON)
  return serve(
    (req, body, res, state) => {
      const target = String(req.headers['x-amz-target'] ?? '')
      if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 Credential=AKID'))
        return error(res, 400, 'UnrecognizedClientException', 'The security token is invalid.')
      const request = JSON.parse(body || '{}') as Record<string, string>
      const key = state.keys.get(request.KeyId)
      if (!key) return error(res, 400, 'NotFoundException', `Key '${request.KeyId}' does not exist`)
      if (target === 'TrentService.GetPublicKey') {
        const rsa = key.asymmetricKeyType === 'rsa'
        return json(
          res,
          200,
          {
            KeyId: request.KeyId,
            KeySpec: awsKeySpec(key),
            KeyUsage: 'SIGN_VERIFY',
            PublicKey: spkiOf(key).toString('base64'),
            SigningAlgorithms: rsa ? Object.keys(AWS_ALGORITHMS) : ['ECDSA_SHA_256']
          },
          AWS_JSON
        )
      }
      if (target === 'TrentService.Sign') {
        const hash = AWS_ALGORITHMS[request.SigningAlgorithm]
        if (request.MessageType !== 'DIGEST' || !hash || key.asymmetricKeyType !== 'rsa')
          return error(res, 400, 'InvalidKeyUsageException', 'unsupported signing request')
        const digest = Buffer.from(request.Message, 'base64')
        return json(
          res,
          200,
          {
            KeyId: request.KeyId,
            Signature: signDigest(key, hash, digest).toString('base64'),
            SigningAlgorithm: request.SigningAlgorithm
          },
          AWS_JSON
        )
      }
      error(res, 400, 'UnknownOperationException', target)
    },
    (res, kind) =>
      kind === 'throttle'
        ? error(res, 400, 'ThrottlingException', 'Rate exceeded')
        : error(res, 500, 'KMSInternalException', 'internal error'),
    false
  )
}

// --- Google Cloud KMS REST: /v1/{version}/publicKey, /v1/{version}:asymmetricSign -------------

export const GCP_TOKEN = 'gcp-kms-test-access-token'

export function startGcpKmsServer(): Promise<KmsServer> {
  const error = (res: ServerResponse, status: number, code: string, message: string): void =>
    json(res, status, { error: { code: status, status: code, message } })
  return serve(
    (req, body, res, state) => {
      const url = new URL(req.url ?? '/', 'http://x')
      if (req.method === 'POST' && url.pathname === '/v1/token')
        return json(res, 200, {
          access_token: GCP_TOKEN,
          issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
          token_type: 'Bearer',
          expires_in: 3600
        })
      if (req.headers.authorization !== `Bearer ${GCP_TOKEN}`)
        return error(res, 401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.')
      const match =
        /^\/v1\/(projects\/.+\/cryptoKeyVersions\/\d+)(\/publicKey|:asymmetricSign)$/.exec(
          url.pathname
        )
      const key = match && state.keys.get(match[1])
      if (!match || !key)
        return error(res, 404, 'NOT_FOUND', `${match?.[1] ?? url.pathname} not found.`)
      const rsa = key.asymmetricKeyType === 'rsa'
      const bits = key.asymmetricKeyDetails?.modulusLength
      const hash = (key as KeyObject & { gcpHash?: string }).gcpHash ?? 'sha256'
      const algorithm = rsa ? `RSA_SIGN_PKCS1_${bits}_${hash.toUpperCase()}` : 'EC_SIGN_P256_SHA256'
      if (match[2] === '/publicKey' && req.method === 'GET')
        return json(res, 200, {
          name: match[1],
          algorithm,
          pem: createPublicKey(key).export({ type: 'spki', format: 'pem' })
        })
      if (match[2] === ':asymmetricSign' && req.method === 'POST') {
        const digest = (JSON.parse(body) as { digest?: Record<string, string> }).digest ?? {}
        if (!rsa || !digest[hash])
          return error(res, 400, 'INVALID_ARGUMENT', `expected digest.${hash} for ${algorithm}`)
        return json(res, 200, {
          name: match[1],
          signature: signDigest(key, hash, Buffer.from(digest[hash], 'base64')).toString('base64')
        })
      }
      error(res, 404, 'NOT_FOUND', 'no such method')
    },
    (res, kind) =>
      kind === 'throttle'
        ? error(res, 429, 'RESOURCE_EXHAUSTED', 'Quota exceeded')
        : error(res, 500, 'INTERNAL', 'internal error'),
    false
  )
}

/** Cloud KMS keys fix their digest: mark a test key as RSA_SIGN_PKCS1_*_SHA512. */
export function gcpKeyWithHash(key: KeyObject, hash: 'sha256' | 'sha512'): KeyObject {
  return Object.assign(key, { gcpHash: hash })
}

// --- Azure Key Vault REST over HTTPS: /keys/{name}/{version}[/sign] ---------------------------

export const AZURE_TOKEN = 'azure-kv-test-token'
export const AZURE_KEY_VERSION = '0123456789abcdef0123456789abcdef'

export function startAzureKvServer(): Promise<KmsServer> {
  const error = (res: ServerResponse, status: number, code: string, message: string): void =>
    json(res, status, { error: { code, message } })
  return serve(
    (req, body, res, state) => {
      if (req.headers.authorization !== `Bearer ${AZURE_TOKEN}`) {
        res.writeHead(401, {
          'www-authenticate':
            'Bearer authorization="https://login.microsoftonline.com/tenant-1", resource="https://vault.azure.net"',
          'content-type': 'application/json'
        })
        return res.end(JSON.stringify({ error: { code: 'Unauthorized', message: 'no token' } }))
      }
      const url = new URL(req.url ?? '/', 'https://x')
      const match = /^\/keys\/([A-Za-z0-9-]+)(?:\/([0-9a-f]{32})?)?(\/sign)?$/.exec(url.pathname)
      const key = match && state.keys.get(match[1])
      if (!match || !key)
        return error(
          res,
          404,
          'KeyNotFound',
          `A key with (name/id) ${match?.[1]} was not found in this key vault.`
        )
      const kid = `${state.url}/keys/${match[1]}/${AZURE_KEY_VERSION}`
      if (!match[3] && req.method === 'GET') {
        const rsa = key.asymmetricKeyType === 'rsa'
        const jwk = createPublicKey(key).export({ format: 'jwk' }) as Record<string, string>
        return json(res, 200, {
          key: rsa
            ? { kid, kty: 'RSA-HSM', key_ops: ['sign', 'verify'], n: jwk.n, e: jwk.e }
            : { kid, kty: 'EC-HSM', key_ops: ['sign', 'verify'], crv: 'P-256', x: jwk.x, y: jwk.y },
          attributes: { enabled: true }
        })
      }
      if (match[3] && req.method === 'POST') {
        const request = JSON.parse(body) as { alg: string; value: string }
        const hash = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' }[request.alg]
        if (!hash || key.asymmetricKeyType !== 'rsa')
          return error(res, 400, 'BadParameter', `algorithm ${request.alg} not supported`)
        return json(res, 200, {
          kid,
          value: signDigest(key, hash, Buffer.from(request.value, 'base64url')).toString(
            'base64url'
          )
        })
      }
      error(res, 405, 'BadRequest', 'method not allowed')
    },
    (res, kind) =>
      kind === 'throttle'
        ? error(res, 429, 'Throttled', 'Too many requests')
        : error(res, 500, 'InternalError', 'internal error'),
    true
  )
}
