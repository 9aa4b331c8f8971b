// Google Cloud KMS: `gcpkms:projects/P/locations/L/keyRings/R/cryptoKeys/K/cryptoKeyVersions/N`.
// REST (getPublicKey, asymmetricSign with a digest) through google-auth-library's default
// credentials (google-github-actions/auth writes them for OIDC). Not @google-cloud/kms: like
// @google-cloud/compute it pulls in gRPC/gax, which does not bundle safely with ncc.
import { createPublicKey } from 'node:crypto'
import { quoted } from '../../errors.js'
import { KeyError } from '../keys.js'
import type { HashName } from '../pkcs7.js'
import {
  detailOf,
  remoteCall,
  retryableStatus,
  REMOTE_DEFAULTS,
  type RemoteCallOptions,
  type RemoteFailure,
  type Signer
} from '../signer.js'

export interface GcpKmsOptions {
  endpoint?: string
  call?: RemoteCallOptions
}

const VERSION_NAME =
  /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/locations\/[a-z0-9-]{1,63}\/keyRings\/[A-Za-z0-9_-]{1,63}\/cryptoKeys\/[A-Za-z0-9_-]{1,63}\/cryptoKeyVersions\/[1-9][0-9]{0,9}$/

/** Cloud KMS RSA PKCS#1 v1.5 algorithms fix the digest: RSA_SIGN_PKCS1_<bits>_<SHA>. */
const PKCS1 = /^RSA_SIGN_PKCS1_(2048|3072|4096)_(SHA256|SHA512)$/

function classify(error: unknown): RemoteFailure {
  const e = error as {
    status?: number
    response?: { status?: number; data?: { error?: { status?: string; message?: string } } }
  }
  const status = e.response?.status ?? e.status
  const remote = e.response?.data?.error
  return {
    retry: retryableStatus(status),
    detail: remote?.message
      ? `${remote.status ?? 'error'} (HTTP ${status}): ${remote.message.slice(0, 300)}`
      : `${status ? `HTTP ${status}: ` : ''}${detailOf(error)}`
  }
}

export function gcpKmsSigner(value: string, options: GcpKmsOptions): Signer {
  const version = value.slice('gcpkms:'.length)
  if (!VERSION_NAME.test(version))
    throw new KeyError(
      `${quoted(version)} is not a Cloud KMS key version: expected gcpkms:projects/P/locations/L/keyRings/R/cryptoKeys/K/cryptoKeyVersions/N`
    )
  const name = value
  const base = (options.endpoint ?? 'https://cloudkms.googleapis.com').replace(/\/$/, '')
  const call = options.call ?? REMOTE_DEFAULTS
  let algorithm: string | undefined
  const client = (async () => {
    const { GoogleAuth } = await import('google-auth-library')
    // The project is in the key's name: the library then asks no resource manager for one.
    return new GoogleAuth({
      scopes: ['https://www.googleapis.com/auth/cloudkms'],
      projectId: version.split('/')[1]
    }).getClient()
  })()
  const request = async <T>(operation: string, path: string, body?: unknown): Promise<T> => {
    const c = await client.catch((error: unknown) => {
      throw new KeyError(`${name}: no Google credentials: ${detailOf(error)}`)
    })
    const reply = await remoteCall(
      name,
      operation,
      signal =>
        c.request<T>({
          url: `${base}/v1/${version}${path}`,
          method: body === undefined ? 'GET' : 'POST',
          ...(body === undefined ? {} : { data: body }),
          timeout: call.timeoutMs,
          retry: false,
          signal
        }),
      classify,
      call
    )
    return reply.data
  }
  const publicKey = async () => {
    const reply = await request<{ pem?: string; algorithm?: string }>(
      'cloudkms.cryptoKeyVersions.getPublicKey',
      '/publicKey'
    )
    if (!reply.algorithm || !PKCS1.test(reply.algorithm))
      throw new KeyError(
        `${name}: algorithm ${reply.algorithm ?? '(none)'} cannot sign modules; create the key with --default-algorithm rsa-sign-pkcs1-2048-sha256 (or 3072/4096)`
      )
    if (!reply.pem) throw new KeyError(`${name}: getPublicKey returned no public key`)
    algorithm = reply.algorithm
    return createPublicKey(reply.pem)
  }
  return {
    name,
    publicKey,
    async signDigest(hash: HashName, digest: Buffer) {
      if (algorithm === undefined) await publicKey()
      const keyHash = (PKCS1.exec(algorithm as string) as RegExpExecArray)[2].toLowerCase()
      if (keyHash !== hash)
        throw new KeyError(
          `${name}: this key version (${algorithm}) signs ${keyHash} digests only; sign with --hash ${keyHash} (and CONFIG_MODULE_SIG_HASH must match)`
        )
      const reply = await request<{ signature?: string }>(
        'cloudkms.cryptoKeyVersions.useToSign',
        ':asymmetricSign',
        { digest: { [hash]: digest.toString('base64') } }
      )
      if (!reply.signature) throw new KeyError(`${name}: asymmetricSign returned no signature`)
      return Buffer.from(reply.signature, 'base64')
    }
  }
}
