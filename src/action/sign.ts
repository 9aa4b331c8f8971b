// `command: sign` — the key comes from a secret input, is masked first, and is held only in
// memory: Node's crypto signs in-process, so the key is never written to disk at all.
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { parseKernelConfig } from '../build/kconfig.js'
import { LivepatchError } from '../errors.js'
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
  try {
    return { bytes: await readFile(value), source: value }
  } catch (error) {
    throw new LivepatchError(
      `Invalid input '${Inputs.SigningCert}': cannot read '${value}' (${(error as Error).message}). Expected PEM text or the path of the certificate (default keys/livepatch.crt).`
    )
  }
}

export async function runSign(inputs: ActionInputs): Promise<number> {
  if (!inputs.signingKey) {
    throw new LivepatchError(
      `Input required and not supplied: ${Inputs.SigningKey} (the PEM private key, from the signing environment's secret)`
    )
  }
  if (!inputs.module)
    throw new LivepatchError(`Input required and not supplied: ${Inputs.Module} (the .ko to sign)`)
  const cert = await signingCert(inputs.signingCert)
  const result = await signModule({
    module: inputs.module,
    output: inputs.output,
    keyPem: inputs.signingKey,
    keySource: `input '${Inputs.SigningKey}'`,
    keyPassphrase: inputs.signingKeyPassphrase,
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
