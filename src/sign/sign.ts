// `sign` and `verify`: append a signature exactly as the kernel's scripts/sign-file does, and
// check one against the certificate the VMs trust.
import {
  constants,
  createHash,
  publicDecrypt,
  verify as rsaVerify,
  type KeyObject
} from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { LivepatchError, quoted } from '../errors.js'
import { writeFileAtomic } from '../files.js'
import { pemSigner } from './backends/file.js'
import { moduleKernelRelease, readElfHeader, ModuleFormatError, validateModuleElf } from './elf.js'
import { hexId, KeyError, loadCertificate, type LoadedCertificate } from './keys.js'
import {
  buildSignedData,
  derOf,
  HASHES,
  isSigned,
  moduleSignatureTrailer,
  readModuleSignature,
  type HashName
} from './pkcs7.js'
import { checkSigningKey, DIGEST_INFO, type Signer } from './signer.js'

export interface SignOptions {
  module: string
  /** Where to write the signed module; the module itself when undefined. */
  output?: string
  /** Where the key lives (a PEM in memory, a PKCS#11 token, a cloud KMS); else `keyPem`. */
  signer?: Signer
  keyPem?: string
  keySource?: string
  keyPassphrase?: string
  /** What to tell the user when an encrypted key has no passphrase (the door's own words). */
  passphraseAdvice?: string
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
      `unknown hash ${quoted(hash ?? '')}: expected one of ${HASHES.join(', ')} (the image's kernel uses sha256)`
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

/** The PKCS#7 blob and trailer sign-file appends, around a signature of the module's digest. */
export async function signatureFor(
  module: Buffer,
  options: { signer: Signer; cert: LoadedCertificate; hash: HashName; useKeyId: boolean }
): Promise<Buffer> {
  const digest = createHash(options.hash).update(module).digest()
  const signature = await options.signer.signDigest(options.hash, digest) // RSA PKCS#1 v1.5
  // A remote key that answered with anything but a valid signature by the certificate's key
  // must not produce a module the VMs would refuse only after the old patch is unloaded.
  // PKCS#1 v1.5 is deterministic: the public-key operation must give back DigestInfo || digest.
  if (!signatureCarries(signature, options.cert.publicKey, options.hash, digest)) {
    throw new KeyError(
      `${options.signer.name}: the signature it returned does not verify against the certificate`
    )
  }
  const signer = options.useKeyId
    ? { subjectKeyId: options.cert.subjectKeyId as Buffer }
    : { issuer: options.cert.issuer, serial: options.cert.serial }
  const blob = buildSignedData(options.hash, signer, signature)
  return Buffer.concat([blob, moduleSignatureTrailer(blob.length)])
}

function signatureCarries(
  signature: Buffer,
  publicKey: KeyObject,
  hash: HashName,
  digest: Buffer
): boolean {
  const bytes = (publicKey.asymmetricKeyDetails?.modulusLength ?? 0) / 8
  if (signature.length !== bytes) return false
  try {
    const recovered = publicDecrypt(
      { key: publicKey, padding: constants.RSA_PKCS1_PADDING },
      signature
    )
    return recovered.equals(Buffer.concat([DIGEST_INFO[hash], digest]))
  } catch {
    return false
  }
}

const spki = (key: KeyObject): Buffer => key.export({ type: 'spki', format: 'der' })

/** The output path must name a file in an existing folder: say so with the path the user gave. */
async function checkOutputPath(output: string): Promise<void> {
  const folder = await stat(dirname(output)).catch(() => undefined)
  if (!folder?.isDirectory())
    throw new LivepatchError(
      `cannot write the signed module to '${output}': folder '${dirname(output)}' does not exist`
    )
  const existing = await stat(output).catch(() => undefined)
  if (existing?.isDirectory())
    throw new LivepatchError(
      `cannot write the signed module to '${output}': it is a folder; give a file name (e.g. ${output.replace(/\/+$/, '')}/module.ko)`
    )
}

function signerOf(options: SignOptions): Signer {
  if (options.signer) return options.signer
  if (options.keyPem === undefined) throw new LivepatchError('no signing key given')
  return pemSigner(
    options.keyPem,
    options.keySource ?? 'the signing key',
    options.keyPassphrase,
    options.passphraseAdvice
  )
}

export async function signModule(options: SignOptions): Promise<SignResult> {
  const hash = parseHash(options.hash)
  const module = await readModule(options.module)
  validateModuleElf(module, options.module)
  if (isSigned(module)) {
    throw new ModuleFormatError(
      `${options.module}: already signed; sign the unsigned module that kpatch-build wrote`
    )
  }
  checkKernelRelease(module, options.module, options.kernelRelease)
  const output = options.output ?? options.module
  await checkOutputPath(output)
  const cert = loadCertificate(options.cert, options.certSource)
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
  const signer = signerOf(options)
  const publicKey = await signer.publicKey()
  checkSigningKey(publicKey, signer.name)
  if (!spki(publicKey).equals(spki(cert.publicKey))) {
    throw new KeyError(
      `${signer.name} does not match the certificate ${options.certSource} (different public key)`
    )
  }
  const signed = Buffer.concat([
    module,
    await signatureFor(module, { signer, cert, hash, useKeyId })
  ])
  try {
    await writeFileAtomic(output, signed)
  } catch (error) {
    throw new LivepatchError(
      `cannot write the signed module to '${output}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    )
  }
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
