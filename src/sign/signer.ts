// One small interface for every place a signing key can live: a PEM in memory, a PKCS#11 token,
// or a cloud KMS. sign-file's PKCS#7 has no signed attributes, so all a back-end must do is the
// RSA PKCS#1 v1.5 signature of the module's digest (RFC 8017 8.2) — deterministic, so every
// back-end gives the same bytes as sign-file with the same key.
import type { KeyObject } from 'node:crypto'
import { errorMessage } from '../errors.js'
import { withRetry } from '../retry.js'
import { KeyError } from './keys.js'
import type { HashName } from './pkcs7.js'

export interface Signer {
  /** How messages name this key: a path, an input name, or a URI with any PIN removed. */
  readonly name: string
  /** The key's public half (SPKI), to check against the certificate before anything is signed. */
  publicKey(): Promise<KeyObject>
  /** RSASSA-PKCS1-v1_5 signature of `digest`, the `hash` of the data. */
  signDigest(hash: HashName, digest: Buffer): Promise<Buffer>
}

/** DER DigestInfo prefixes for EMSA-PKCS1-v1_5 (RFC 8017 section 9.2, note 1). */
export const DIGEST_INFO: Record<HashName, Buffer> = {
  sha256: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
  sha384: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
  sha512: Buffer.from('3051300d060960864801650304020305000440', 'hex')
}

export const MIN_RSA_BITS = 2048

/** A module-signing key must be RSA (sign-file's PKCS#7 names rsaEncryption) of at least 2048 bits. */
export function checkSigningKey(publicKey: KeyObject, name: string): void {
  if (publicKey.asymmetricKeyType !== 'rsa') {
    throw new KeyError(
      `${name}: key type ${publicKey.asymmetricKeyType ?? 'unknown'} is not supported; module signing keys are RSA (PKCS#1 v1.5), at least ${MIN_RSA_BITS} bits`
    )
  }
  const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0
  if (bits < MIN_RSA_BITS) {
    throw new KeyError(
      `${name}: RSA key of ${bits} bits is too weak; module signing keys must be at least ${MIN_RSA_BITS} bits (livepatch keygen makes 2048)`
    )
  }
}

/** What a back-end says about a failed remote call. */
export interface RemoteFailure {
  /** Worth trying again: throttling, a 5xx, a dropped connection or a timeout. */
  retry: boolean
  /** One line for the user, from the service's own error (never a credential). */
  detail: string
}

export interface RemoteCallOptions {
  timeoutMs: number
  attempts: number
  baseDelayMs: number
}

export const REMOTE_DEFAULTS: RemoteCallOptions = {
  timeoutMs: 15_000,
  attempts: 4,
  baseDelayMs: 250
}

class RemoteTimeout extends Error {}

/**
 * One call to a key service: each attempt has a deadline (the signal aborts the request, and a
 * timer stops waiting even if the client ignores it); throttling and 5xx are retried a bounded
 * number of times; anything else becomes a KeyError naming the key and the operation.
 */
export async function remoteCall<T>(
  key: string,
  operation: string,
  call: (signal: AbortSignal) => Promise<T>,
  classify: (error: unknown) => RemoteFailure,
  options: RemoteCallOptions = REMOTE_DEFAULTS
): Promise<T> {
  const judge = (error: unknown): RemoteFailure =>
    error instanceof RemoteTimeout
      ? { retry: true, detail: `no reply within ${options.timeoutMs / 1000} s` }
      : classify(error)
  try {
    return await withRetry(
      async () => {
        const controller = new AbortController()
        let timer: NodeJS.Timeout | undefined
        const deadline = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            controller.abort()
            reject(new RemoteTimeout())
          }, options.timeoutMs)
        })
        try {
          return await Promise.race([call(controller.signal), deadline])
        } catch (error) {
          // An abort by our deadline surfaces from the client as its own error: report the timeout.
          throw controller.signal.aborted ? new RemoteTimeout() : error
        } finally {
          clearTimeout(timer)
        }
      },
      {
        attempts: options.attempts,
        baseDelayMs: options.baseDelayMs,
        retryable: error => judge(error).retry
      }
    )
  } catch (error) {
    if (error instanceof KeyError) throw error
    const failure = judge(error)
    throw new KeyError(
      `${key}: ${operation} failed: ${failure.detail}${failure.retry ? ` (tried ${options.attempts} times)` : ''}`
    )
  }
}

/** An HTTP status: 429 and 5xx are worth another try, other 4xx are the caller's to fix. */
export function retryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 429 || status >= 500
}

export function detailOf(error: unknown): string {
  return errorMessage(error).split('\n')[0].slice(0, 300)
}
