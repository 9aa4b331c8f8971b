// `command: sign` — the key comes from a secret input, is masked first, and is held only in
// memory: Node's crypto signs in-process, so the key is never written to disk at all. Or the
// input is a key URI, and the key never leaves its KMS or HSM.
import * as core from '@actions/core'
import { runSign, signSettings } from '../app/sign.js'
import { Outputs, actionReader } from './inputs.js'

export async function runSignCommand(): Promise<number> {
  const result = await runSign(signSettings(actionReader(), process.env), process.env)
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
