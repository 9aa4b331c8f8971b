// sign, for both doors (keygen and verify are the CLI's alone: src/cli/sign.ts). The key is a PEM (text, or a file the CLI names), or
// the URI of a key in a KMS or HSM (it never leaves it); the digest follows the kernel config's
// CONFIG_MODULE_SIG_HASH when a config is named, else sha256.
import { readFile } from 'node:fs/promises'
import { LivepatchError, quotable, quoted } from '../errors.js'
import type { SignOptions, SignResult } from '../sign/sign.js'
import { readCertificate } from './certificate.js'
import type { Reader } from './settings.js'

export interface SignSettings {
  module: string
  output: string | undefined
  /** PEM text, the path of a PEM file, or a key URI (pkcs11:, awskms:, gcpkms:, azurekv:). */
  key: { value: string; label: string }
  passphrase: string | undefined
  /** What to tell the user when an encrypted key has no passphrase, in this door's words. */
  passphraseAdvice: string
  pkcs11Module: string | undefined
  keyEndpoint: string | undefined
  certificate: { value: string; label: string }
  hash: string | undefined
  kernelConfig: string | undefined
  useKeyId: boolean
  kernelRelease: string | undefined
}

const KEY_FORMS = 'a PEM private key, or a key URI: pkcs11:, awskms:, gcpkms:, azurekv:'

export function signSettings(r: Reader, env: NodeJS.ProcessEnv): SignSettings {
  const key = r.required('signingKey', KEY_FORMS)
  let passphrase = r.text('signingKeyPassphrase') || undefined
  const passphraseEnv = r.text('keyPassphraseEnv')
  if (passphraseEnv !== undefined) {
    if (env[passphraseEnv] === undefined)
      throw new LivepatchError(
        `${r.label('keyPassphraseEnv')} ${passphraseEnv}: that environment variable is not set`
      )
    passphrase = env[passphraseEnv]
  }
  return {
    module: r.required('module', 'the .ko to sign'),
    output: r.text('output') || undefined,
    key: { value: key, label: r.label('signingKey') },
    passphrase,
    passphraseAdvice: r.has('signingKeyPassphrase')
      ? `pass its passphrase in the ${r.label('signingKeyPassphrase')} (from a secret)`
      : `name the environment variable holding its passphrase with ${r.label('keyPassphraseEnv')}`,
    pkcs11Module: r.text('pkcs11Module') || undefined,
    keyEndpoint: r.text('keyEndpoint') || undefined,
    certificate: {
      value: r.required('signingCert', 'PEM or DER certificate'),
      label: r.label('signingCert')
    },
    hash: r.choice('hash'),
    kernelConfig: r.text('kernelConfig') || undefined,
    useKeyId: r.flag('keyId'),
    kernelRelease: r.text('kernelRelease') || undefined
  }
}

/** The hash: the setting, else the kernel config's CONFIG_MODULE_SIG_HASH, else sha256. */
async function signingHash(settings: SignSettings): Promise<string> {
  if (settings.hash) return settings.hash
  const path = settings.kernelConfig
  if (!path) return 'sha256'
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new LivepatchError(
      `cannot read the kernel config ${quoted(path)}: ${error.code ?? error.message}`
    )
  })
  const { parseKernelConfig } = await import('../build/kconfig.js')
  return parseKernelConfig(text, path).get('CONFIG_MODULE_SIG_HASH') ?? 'sha256'
}

/** The key's part of the sign options: a remote signer, or the PEM (read from its file if need be). */
async function keyOptions(
  settings: SignSettings,
  env: NodeJS.ProcessEnv
): Promise<
  Pick<SignOptions, 'signer' | 'keyPem' | 'keySource' | 'keyPassphrase' | 'passphraseAdvice'>
> {
  const { isKeyUri, remoteSigner } = await import('../sign/backends/index.js')
  const { value, label } = settings.key
  if (isKeyUri(value))
    return {
      signer: await remoteSigner(value, {
        env,
        pkcs11Module: settings.pkcs11Module,
        endpoint: settings.keyEndpoint
      })
    }
  const common = { keyPassphrase: settings.passphrase, passphraseAdvice: settings.passphraseAdvice }
  if (value.includes('-----BEGIN')) return { keyPem: value, keySource: label, ...common }
  const shown = quotable(value)
  const pem = await readFile(value, 'utf8').catch((error: NodeJS.ErrnoException) => {
    // A key pasted where a path belongs is never echoed (nor inside Node's message).
    throw new LivepatchError(
      `cannot read key ${quoted(value)}: ${shown === undefined ? error.code : error.message}`
    )
  })
  return { keyPem: pem, keySource: shown ?? label, ...common }
}

export async function runSign(settings: SignSettings, env: NodeJS.ProcessEnv): Promise<SignResult> {
  const { signModule } = await import('../sign/sign.js')
  const cert = await readCertificate(settings.certificate.value, settings.certificate.label)
  return signModule({
    module: settings.module,
    output: settings.output,
    ...(await keyOptions(settings, env)),
    cert: cert.bytes,
    certSource: cert.source,
    hash: await signingHash(settings),
    useKeyId: settings.useKeyId,
    kernelRelease: settings.kernelRelease
  })
}
