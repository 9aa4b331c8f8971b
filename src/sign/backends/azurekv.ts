// Azure Key Vault (or Managed HSM): `azurekv:https://VAULT.vault.azure.net/keys/NAME[/VERSION]`,
// through @azure/keyvault-keys: getKey for the public half, CryptographyClient.sign (RS256/384/512)
// on the digest. Credentials as the deploy finds them: the environment's service principal, else
// the az CLI login azure/login leaves behind.
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

export interface AzureKvOptions {
  call?: RemoteCallOptions
}

const ALGORITHM: Record<HashName, 'RS256' | 'RS384' | 'RS512'> = {
  sha256: 'RS256',
  sha384: 'RS384',
  sha512: 'RS512'
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

export function parseAzureKey(value: string): {
  vault: string
  key: string
  version: string | undefined
  loopback: boolean
} {
  const text = value.slice('azurekv:'.length)
  let url: URL
  try {
    url = new URL(text)
  } catch {
    url = new URL('invalid:')
  }
  const parts = /^\/keys\/([A-Za-z0-9-]{1,127})(?:\/([0-9a-f]{32}))?\/?$/.exec(url.pathname)
  if (url.protocol !== 'https:' || !parts || url.search || url.hash || url.username)
    throw new KeyError(
      `${quoted(text)} is not a Key Vault key: expected azurekv:https://VAULT.vault.azure.net/keys/NAME/VERSION`
    )
  return {
    vault: url.origin,
    key: parts[1],
    version: parts[2],
    loopback: LOOPBACK.has(url.hostname)
  }
}

function classify(error: unknown): RemoteFailure {
  const e = error as { name?: string; statusCode?: number; code?: string }
  if (
    /^(CredentialUnavailableError|AuthenticationError|AggregateAuthenticationError)$/.test(
      e.name ?? ''
    )
  )
    return {
      retry: false,
      detail: `no Azure credentials (${detailOf(error)}); log in with azure/login`
    }
  return {
    retry: retryableStatus(e.statusCode),
    detail: `${e.code ?? e.name ?? 'error'}${e.statusCode ? ` (HTTP ${e.statusCode})` : ''}: ${detailOf(error)}`
  }
}

export function azureKvSigner(value: string, options: AzureKvOptions = {}): Signer {
  const { vault, key, version, loopback } = parseAzureKey(value)
  const name = value
  const call = options.call ?? REMOTE_DEFAULTS
  const clients = (async () => {
    const [keys, identity] = await Promise.all([
      import('@azure/keyvault-keys'),
      import('@azure/identity')
    ])
    const credential = new identity.ChainedTokenCredential(
      new identity.EnvironmentCredential(),
      new identity.AzureCliCredential()
    )
    const common = {
      retryOptions: { maxRetries: 0 }, // remoteCall retries, with its own bound and deadline
      // The challenge's resource must be the vault's domain; a loopback vault (a local emulator)
      // has no such domain, and a token for it never leaves the machine.
      disableChallengeResourceVerification: loopback
    }
    const keyClient = new keys.KeyClient(vault, credential, common)
    return { keys, credential, keyClient, common }
  })()
  let keyId: string | undefined
  const publicKey = async () => {
    const { keyClient } = await clients
    const found = await remoteCall(
      name,
      'keys/get',
      signal => keyClient.getKey(key, { version, abortSignal: signal }),
      classify,
      call
    )
    const jwk = found.key
    if (!jwk?.kty || !['RSA', 'RSA-HSM'].includes(jwk.kty) || !jwk.n || !jwk.e)
      throw new KeyError(
        `${name}: key type ${jwk?.kty ?? '(none)'} cannot sign modules; create an RSA key (az keyvault key create --kty RSA-HSM --size 2048)`
      )
    if (jwk.keyOps && !jwk.keyOps.includes('sign'))
      throw new KeyError(`${name}: the key does not permit the sign operation (key_ops)`)
    // Sign at our vault, never at an address the reply names: only the version comes from it.
    const foundVersion = version ?? found.properties.version
    if (!foundVersion || !/^[0-9a-f]{32}$/.test(foundVersion))
      throw new KeyError(`${name}: Key Vault returned no key version`)
    keyId = `${vault}/keys/${key}/${foundVersion}`
    return createPublicKey({
      key: {
        kty: 'RSA',
        n: Buffer.from(jwk.n).toString('base64url'),
        e: Buffer.from(jwk.e).toString('base64url')
      },
      format: 'jwk'
    })
  }
  return {
    name,
    publicKey,
    async signDigest(hash: HashName, digest: Buffer) {
      if (keyId === undefined) await publicKey()
      const { keys, credential, common } = await clients
      // The exact version read by publicKey(), so the checked key is the one that signs.
      const crypto = new keys.CryptographyClient(keyId as string, credential, common)
      const result = await remoteCall(
        name,
        'keys/sign',
        signal => crypto.sign(ALGORITHM[hash], digest, { abortSignal: signal }),
        classify,
        call
      )
      return Buffer.from(result.result)
    }
  }
}
