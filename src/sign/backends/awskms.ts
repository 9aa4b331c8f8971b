// AWS KMS: `awskms:` + a key ARN, alias ARN, `alias/NAME` or key id. GetPublicKey, then Sign with
// MessageType DIGEST and RSASSA_PKCS1_V1_5_SHA_*: the same PKCS#1 v1.5 signature sign-file makes.
// Credentials from the SDK's default chain (aws-actions/configure-aws-credentials with OIDC);
// AWS_ENDPOINT_URL_KMS (the SDK's own variable) or --key-endpoint reach a private endpoint.
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

export interface AwsKmsOptions {
  endpoint?: string
  env: NodeJS.ProcessEnv
  call?: RemoteCallOptions
}

const ALGORITHM: Record<HashName, string> = {
  sha256: 'RSASSA_PKCS1_V1_5_SHA_256',
  sha384: 'RSASSA_PKCS1_V1_5_SHA_384',
  sha512: 'RSASSA_PKCS1_V1_5_SHA_512'
}

/** A key id as KMS takes it: an ARN, `alias/NAME`, or a key id (uuid or mrk-…). */
export function parseAwsKey(value: string): { keyId: string; region: string | undefined } {
  const keyId = value.slice('awskms:'.length)
  const arn = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):\d{12}:(key|alias)\/[A-Za-z0-9/_+=.@-]+$/.exec(
    keyId
  )
  if (arn) return { keyId, region: arn[1] }
  if (/^alias\/[A-Za-z0-9/_-]{1,250}$/.test(keyId) || /^(mrk-)?[0-9a-f-]{32,36}$/.test(keyId))
    return { keyId, region: undefined }
  throw new KeyError(
    `${quoted(keyId)} is not an AWS KMS key: expected awskms:arn:aws:kms:REGION:ACCOUNT:key/ID, awskms:alias/NAME or awskms:KEY-ID`
  )
}

function classify(error: unknown): RemoteFailure {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } }
  if (e.name === 'CredentialsProviderError')
    return {
      retry: false,
      detail: `no AWS credentials (${detailOf(error)}); log in with aws-actions/configure-aws-credentials`
    }
  const status = e.$metadata?.httpStatusCode
  const throttled = e.name === 'ThrottlingException' || e.name === 'LimitExceededException'
  return {
    retry: throttled || retryableStatus(status),
    detail: `${e.name ?? 'error'}${status ? ` (HTTP ${status})` : ''}: ${detailOf(error)}`
  }
}

export function awsKmsSigner(value: string, options: AwsKmsOptions): Signer {
  const { keyId, region } = parseAwsKey(value)
  const name = value
  const resolvedRegion = region ?? options.env.AWS_REGION ?? options.env.AWS_DEFAULT_REGION
  const call = options.call ?? REMOTE_DEFAULTS
  const client = (async () => {
    if (!resolvedRegion)
      throw new KeyError(`${name}: no AWS region; use the key's ARN or set AWS_REGION`)
    const kms = await import('@aws-sdk/client-kms')
    return {
      kms,
      client: new kms.KMSClient({
        region: resolvedRegion,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        maxAttempts: 1, // remoteCall retries, with its own bound and deadline
        requestHandler: { connectionTimeout: call.timeoutMs, requestTimeout: call.timeoutMs }
      })
    }
  })()
  return {
    name,
    async publicKey() {
      const { kms, client: c } = await client
      const reply = await remoteCall(
        name,
        'kms:GetPublicKey',
        signal => c.send(new kms.GetPublicKeyCommand({ KeyId: keyId }), { abortSignal: signal }),
        classify,
        call
      )
      if (reply.KeyUsage !== undefined && reply.KeyUsage !== 'SIGN_VERIFY')
        throw new KeyError(
          `${name}: key usage is ${reply.KeyUsage}; module signing needs an asymmetric SIGN_VERIFY key (RSA_2048 or larger)`
        )
      if (!reply.PublicKey) throw new KeyError(`${name}: kms:GetPublicKey returned no public key`)
      return createPublicKey({ key: Buffer.from(reply.PublicKey), format: 'der', type: 'spki' })
    },
    async signDigest(hash: HashName, digest: Buffer) {
      const { kms, client: c } = await client
      const reply = await remoteCall(
        name,
        'kms:Sign',
        signal =>
          c.send(
            new kms.SignCommand({
              KeyId: keyId,
              Message: digest,
              MessageType: 'DIGEST',
              SigningAlgorithm: ALGORITHM[hash] as 'RSASSA_PKCS1_V1_5_SHA_256'
            }),
            { abortSignal: signal }
          ),
        classify,
        call
      )
      if (!reply.Signature) throw new KeyError(`${name}: kms:Sign returned no signature`)
      return Buffer.from(reply.Signature)
    }
  }
}
