// Which back-end holds the key: a URI scheme picks it; anything else is a PEM key. Each back-end
// is loaded only when used (its cloud SDK with it).
import { LivepatchError } from '../../errors.js'
import type { Signer } from '../signer.js'

export const KEY_SCHEMES = ['pkcs11:', 'awskms:', 'gcpkms:', 'azurekv:'] as const

export interface KeyReferenceOptions {
  env: NodeJS.ProcessEnv
  /** --pkcs11-module */
  pkcs11Module?: string
  /** --key-endpoint: a private or test endpoint for awskms/gcpkms. */
  endpoint?: string
}

/** Is this value a key URI (rather than a PEM key or the path of one)? */
export function isKeyUri(value: string): boolean {
  return KEY_SCHEMES.some(scheme => value.startsWith(scheme))
}

export async function remoteSigner(uri: string, options: KeyReferenceOptions): Promise<Signer> {
  if (uri.startsWith('pkcs11:'))
    return (await import('./pkcs11.js')).pkcs11Signer(uri, {
      modulePath: options.pkcs11Module,
      env: options.env
    })
  if (uri.startsWith('awskms:'))
    return (await import('./awskms.js')).awsKmsSigner(uri, {
      endpoint: options.endpoint,
      env: options.env
    })
  if (uri.startsWith('gcpkms:'))
    return (await import('./gcpkms.js')).gcpKmsSigner(uri, { endpoint: options.endpoint })
  if (uri.startsWith('azurekv:')) return (await import('./azurekv.js')).azureKvSigner(uri)
  throw new LivepatchError(`not a key URI: expected one of ${KEY_SCHEMES.join(', ')}`)
}
