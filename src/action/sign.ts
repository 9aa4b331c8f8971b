// `command: sign` — the key comes from a secret input, is masked first, and is held only in
// memory: Node's crypto signs in-process, so the key is never written to disk at all. Or the
// input is a key URI, and the key never leaves its KMS or HSM.
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { parseKernelConfig } from '../build/kconfig.js'
import { LivepatchError, quotable } from '../errors.js'
import { isKeyUri, remoteSigner } from '../sign/backends/index.js'
import { signModule } from '../sign/sign.js'
import { Inputs, Outputs, type ActionInputs } from './inputs.js'

/** The hash: the input, else the kernel config's CONFIG_MODULE_SIG_HASH, else sha256. */
async function signingHash(inputs: ActionInputs): Promise<string> {
  if (inputs.hash) return inputs.hash
  if (!inputs.kernelConfig) return 'sha256'
  const path = inputs.kernelConfig
  const text = await readFile(path, 'utf8').catch((error: Error) => {
    throw new LivepatchError(
      `Invalid input '${Inputs.KernelConfig}': cannot read '${path}': ${error.message}`
    )
  })
  return parseKernelConfig(text, path).get('CONFIG_MODULE_SIG_HASH') ?? 'sha256'
}

/** `signing-cert` is PEM text, or the path of a PEM or DER file. */
export async function signingCert(value: string): Promise<{ bytes: Buffer; source: string }> {
  if (value.includes('-----BEGIN CERTIFICATE-----')) {
    return { bytes: Buffer.from(value), source: `input '${Inputs.SigningCert}'` }
  }
  // A single line may be a path: read it (a long absolute path is a path, whatever it looks
  // like). Key material pasted into this input is never echoed: only a quotable value is.
  // eslint-disable-next-line no-control-regex
  const oneLine = value.length <= 4096 && !/[\u0000-\u001f\u007f]/.test(value)
  let code = 'not a path'
  if (oneLine) {
    try {
      return {
        bytes: await readFile(value),
        source: quotable(value) ?? `input '${Inputs.SigningCert}'`
      }
    } catch (error) {
      code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    }
  }
  const path = quotable(value)
  if (path === undefined)
    throw new LivepatchError(
      `Invalid input '${Inputs.SigningCert}': not a PEM certificate nor the path of one (the value is not shown: it may be secret). Expected PEM text with -----BEGIN CERTIFICATE----- or the path of the certificate (default keys/livepatch.crt).`
    )
  throw new LivepatchError(
    `Invalid input '${Inputs.SigningCert}': cannot read '${path}' (${code}). Expected PEM text or the path of the certificate (default keys/livepatch.crt).`
  )
}

export async function runSign(inputs: ActionInputs): Promise<number> {
  if (!inputs.signingKey) {
    throw new LivepatchError(
      `Input required and not supplied: ${Inputs.SigningKey} (the PEM private key from the signing environment's secret, or a key URI: pkcs11:, awskms:, gcpkms:, azurekv:)`
    )
  }
  if (!inputs.module)
    throw new LivepatchError(`Input required and not supplied: ${Inputs.Module} (the .ko to sign)`)
  const cert = await signingCert(inputs.signingCert)
  const result = await signModule({
    module: inputs.module,
    output: inputs.output,
    ...(isKeyUri(inputs.signingKey)
      ? {
          signer: await remoteSigner(inputs.signingKey, {
            env: process.env,
            pkcs11Module: inputs.pkcs11Module
          })
        }
      : {
          keyPem: inputs.signingKey,
          keySource: `input '${Inputs.SigningKey}'`,
          keyPassphrase: inputs.signingKeyPassphrase,
          passphraseAdvice: `pass its passphrase in the input '${Inputs.SigningKeyPassphrase}' (from a secret)`
        }),
    cert: cert.bytes,
    certSource: cert.source,
    hash: await signingHash(inputs),
    kernelRelease: inputs.kernelRelease
  })
  core.setOutput(Outputs.SignedModule, result.module)
  core.setOutput(Outputs.Sha256, result.sha256)
  core.setOutput(Outputs.Signer, result.signer)
  core.setOutput(Outputs.KeyId, result.keyId)
  await core.summary
    .addHeading('livepatch sign', 2)
    .addTable([
      [
        { data: 'module', header: true },
        { data: 'sha256', header: true },
        { data: 'hash', header: true },
        { data: 'signer', header: true },
        { data: 'key id', header: true }
      ],
      [result.module, result.sha256, result.hash, result.signer, result.keyId]
    ])
    .write()
  core.info(
    `signed ${result.module} (${result.hash}, signer ${result.signer}, key id ${result.keyId}, sha256 ${result.sha256})`
  )
  return 0
}
