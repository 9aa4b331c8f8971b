// A PEM private key held in memory (a file or the action's secret input): Node's crypto does the
// RSA operation in-process, so the key is never written anywhere.
import { constants, createPublicKey, privateEncrypt, type KeyObject } from 'node:crypto'
import { loadPrivateKey } from '../keys.js'
import type { HashName } from '../pkcs7.js'
import { DIGEST_INFO, type Signer } from '../signer.js'

export function keyObjectSigner(key: KeyObject, name: string): Signer {
  return {
    name,
    publicKey: async () => createPublicKey(key),
    // EMSA-PKCS1-v1_5: private-key operation over DigestInfo || digest with block type 1 padding,
    // which is what RSA_PKCS1_PADDING does for a private-key "encrypt".
    signDigest: async (hash: HashName, digest: Buffer) =>
      privateEncrypt(
        { key, padding: constants.RSA_PKCS1_PADDING },
        Buffer.concat([DIGEST_INFO[hash], digest])
      )
  }
}

export function pemSigner(
  pem: string,
  name: string,
  passphrase?: string,
  passphraseAdvice?: string
): Signer {
  return keyObjectSigner(loadPrivateKey(pem, name, passphrase, passphraseAdvice), name)
}
