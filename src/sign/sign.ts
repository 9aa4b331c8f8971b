// `sign` and `verify`: append a signature exactly as the kernel's scripts/sign-file does, and
// check one against the certificate the VMs trust.
import { createHash, sign as rsaSign, verify as rsaVerify } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { LivepatchError } from '../errors.js'
import { writeFileAtomic } from '../files.js'
import { moduleKernelRelease, readElfHeader, ModuleFormatError } from './elf.js'
import {
  hexId,
  keyMatchesCertificate,
  KeyError,
  loadCertificate,
  loadPrivateKey,
  type LoadedCertificate
} from './keys.js'
import {
  buildSignedData,
  derOf,
  HASHES,
  isSigned,
  moduleSignatureTrailer,
  readModuleSignature,
  type HashName
} from './pkcs7.js'

export interface SignOptions {
  module: string
  /** Where to write the signed module; the module itself when undefined. */
  output?: string
  keyPem: string
  keySource: string
  keyPassphrase?: string
  cert: Uint8Array
  certSource: string
  hash?: string
  /** sign-file -k: identify the signer by subjectKeyIdentifier (CMS version 3). */
  useKeyId?: boolean
  /** The VM's `uname -r`; the module's vermagic must be for it. */
  kernelRelease?: string
  now?: Date
}

export interface SignResult {
  module: string
  sha256: string
  signer: string
  keyId: string
  hash: HashName
  size: number
}

export function parseHash(hash: string | undefined): HashName {
  const value = (hash ?? 'sha256').toLowerCase()
  if (!(HASHES as readonly string[]).includes(value)) {
    throw new LivepatchError(
      `unknown hash '${hash}': expected one of ${HASHES.join(', ')} (the image's kernel uses sha256)`
    )
  }
  return value as HashName
}

async function readModule(path: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    throw new LivepatchError(`cannot read module '${path}': ${(error as Error).message}`)
  }
}

function checkKernelRelease(module: Buffer, path: string, kernelRelease: string | undefined): void {
  if (kernelRelease === undefined) return
  const built = moduleKernelRelease(module, path)
  if (built !== kernelRelease) {
    throw new ModuleFormatError(
      `${path}: vermagic is for kernel ${built}, not ${kernelRelease}; the VM would refuse it. Build against the VM's kernel release (uname -r)`
    )
  }
}

function keyIdOf(cert: LoadedCertificate, useKeyId: boolean): string {
  return useKeyId
    ? hexId(cert.subjectKeyId ?? Buffer.alloc(0))
    : hexId(Buffer.from(cert.serial.value as string, 'binary'))
}

/** Sign module bytes: the pure core of `sign`. */
export function signatureFor(
  module: Buffer,
  options: {
    key: ReturnType<typeof loadPrivateKey>
    cert: LoadedCertificate
    hash: HashName
    useKeyId: boolean
  }
): Buffer {
  const signature = rsaSign(options.hash, module, options.key) // RSA PKCS#1 v1.5
  const signer = options.useKeyId
    ? { subjectKeyId: options.cert.subjectKeyId as Buffer }
    : { issuer: options.cert.issuer, serial: options.cert.serial }
  const blob = buildSignedData(options.hash, signer, signature)
  return Buffer.concat([blob, moduleSignatureTrailer(blob.length)])
}

export async function signModule(options: SignOptions): Promise<SignResult> {
  const hash = parseHash(options.hash)
  const module = await readModule(options.module)
  readElfHeader(module, options.module)
  if (isSigned(module)) {
    throw new ModuleFormatError(
      `${options.module}: already signed; sign the unsigned module that kpatch-build wrote`
    )
  }
  checkKernelRelease(module, options.module, options.kernelRelease)
  const key = loadPrivateKey(options.keyPem, options.keySource, options.keyPassphrase)
  const cert = loadCertificate(options.cert, options.certSource)
  if (!keyMatchesCertificate(key, cert)) {
    throw new KeyError(
      `${options.keySource} does not match the certificate ${options.certSource} (different public key)`
    )
  }
  const now = options.now ?? new Date()
  if (cert.notAfter.getTime() < now.getTime()) {
    throw new KeyError(
      `${options.certSource}: certificate expired on ${cert.notAfter.toISOString()}; make a new key pair (livepatch keygen)`
    )
  }
  const useKeyId = options.useKeyId ?? false
  if (useKeyId && !cert.subjectKeyId) {
    throw new KeyError(
      `${options.certSource}: --keyid needs a certificate with a subjectKeyIdentifier extension`
    )
  }
  const signed = Buffer.concat([module, signatureFor(module, { key, cert, hash, useKeyId })])
  const output = options.output ?? options.module
  await writeFileAtomic(output, signed)
  return {
    module: output,
    sha256: createHash('sha256').update(signed).digest('hex'),
    signer: cert.subjectName,
    keyId: keyIdOf(cert, useKeyId),
    hash,
    size: signed.length
  }
}

export interface VerifyResult {
  valid: boolean
  reason: string
  signer: string
  keyId: string
  hash: HashName
}

/** Check a signed module against a certificate. Malformed input throws (exit 2); a wrong signature is `valid: false`. */
export async function verifyModule(
  modulePath: string,
  certBytes: Uint8Array,
  certSource: string
): Promise<VerifyResult> {
  const module = await readModule(modulePath)
  readElfHeader(module, modulePath)
  const cert = loadCertificate(certBytes, certSource)
  const signature = readModuleSignature(module, modulePath)
  const byKeyId = 'subjectKeyId' in signature.signer
  const keyId = byKeyId
    ? hexId((signature.signer as { subjectKeyId: Buffer }).subjectKeyId)
    : hexId(
        Buffer.from(
          (signature.signer as { serial: { value: unknown } }).serial.value as string,
          'binary'
        )
      )
  const result = { signer: '(not this certificate)', keyId, hash: signature.hash }
  const matchesCert =
    'subjectKeyId' in signature.signer
      ? cert.subjectKeyId !== undefined && signature.signer.subjectKeyId.equals(cert.subjectKeyId)
      : derOf(signature.signer.issuer).equals(derOf(cert.issuer)) &&
        Buffer.from(signature.signer.serial.value as string, 'binary').equals(
          Buffer.from(cert.serial.value as string, 'binary')
        )
  if (!matchesCert) {
    return {
      ...result,
      valid: false,
      reason: `signed by another key (key id ${keyId}), not by ${certSource}`
    }
  }
  const ok = rsaVerify(signature.hash, signature.content, cert.publicKey, signature.signature)
  return ok
    ? { ...result, signer: cert.subjectName, valid: true, reason: 'signature valid' }
    : {
        ...result,
        signer: cert.subjectName,
        valid: false,
        reason:
          'signature does not match the module contents (tampered, or signed with another key)'
      }
}
