// `keygen`: the key pair the image's tooling uses (its secure_boot/ folder): livepatch.key (PEM
// private key, 0600), livepatch.pem (PEM certificate), livepatch.crt (the same certificate, DER,
// for the VM's Secure Boot signature database). Extensions as the kernel's certs/default_x509.genkey,
// plus extendedKeyUsage codeSigning. With a key in a KMS or HSM, only the certificate is made.
import { createHash, generateKeyPairSync, randomBytes, verify, type KeyObject } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import asn1 from 'node-forge/lib/asn1.js'
import pki from 'node-forge/lib/x509.js'
import { LivepatchError } from '../errors.js'
import { createFilesExclusive } from '../files.js'
import { keyObjectSigner } from './backends/file.js'
import { checkSigningKey, type Signer } from './signer.js'

export interface KeygenOptions {
  outDir: string
  subject?: string
  bits?: number
  days?: number
  now?: Date
  /** A key that already lives in a KMS or HSM: only the certificate is made, signed by it. */
  signer?: Signer
}

export interface KeygenResult {
  /** The private key file; absent when the key lives in a KMS or HSM. */
  key?: string
  pem: string
  crt: string
  subject: string
  notAfter: Date
}

export const KEY_FILES = {
  key: 'livepatch.key',
  pem: 'livepatch.pem',
  crt: 'livepatch.crt'
} as const
const SHORT_NAMES: Record<string, string> = {
  CN: 'commonName',
  O: 'organizationName',
  OU: 'organizationalUnitName',
  C: 'countryName',
  ST: 'stateOrProvinceName',
  L: 'localityName',
  emailAddress: 'emailAddress'
}
const OID_SHA256_WITH_RSA = '1.2.840.113549.1.1.11'

/** `/CN=name/O=org` (openssl -subj form) → forge attributes. */
export function parseSubject(subject: string): { name: string; value: string }[] {
  if (!subject.startsWith('/'))
    throw new LivepatchError(
      `invalid --subject '${subject}': expected the form /CN=name[/O=org...]`
    )
  return subject
    .slice(1)
    .split('/')
    .map(part => {
      const eq = part.indexOf('=')
      const short = part.slice(0, eq)
      const name = SHORT_NAMES[short]
      if (eq <= 0 || !name || part.slice(eq + 1) === '') {
        throw new LivepatchError(
          `invalid --subject part '${part}': expected KEY=value with KEY one of ${Object.keys(SHORT_NAMES).join(', ')}`
        )
      }
      return { name, value: part.slice(eq + 1) }
    })
}

/**
 * A self-signed certificate for `publicKey`, its TBSCertificate built here and signed
 * (sha256WithRSAEncryption) by `signer` — a key in memory, a token or a KMS alike.
 */
export async function makeCertificate(
  publicKey: KeyObject,
  signer: Signer,
  attributes: { name: string; value: string }[],
  notBefore: Date,
  notAfter: Date
): Promise<{ der: Buffer; pem: string }> {
  const cert = pki.createCertificate()
  cert.publicKey = pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }) as string)
  const serial = randomBytes(16)
  serial[0] &= 0x7f // positive INTEGER
  serial[0] |= 0x01 // no leading zero byte to strip
  cert.serialNumber = serial.toString('hex')
  cert.validity.notBefore = notBefore
  cert.validity.notAfter = notAfter
  cert.setSubject(attributes)
  cert.setIssuer(attributes)
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, critical: false },
    { name: 'extKeyUsage', codeSigning: true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: true }
  ])
  // Sign the TBSCertificate outside forge (forge's pure-JS RSA is slow, and cannot reach a KMS).
  cert.signatureOid = cert.siginfo.algorithmOid = OID_SHA256_WITH_RSA
  const tbs = (
    pki as unknown as { getTBSCertificate(c: typeof cert): ReturnType<typeof asn1.fromDer> }
  ).getTBSCertificate(cert)
  const tbsDer = Buffer.from(asn1.toDer(tbs).getBytes(), 'binary')
  const signature = await signer.signDigest('sha256', createHash('sha256').update(tbsDer).digest())
  if (!verify('sha256', tbsDer, publicKey, signature))
    throw new LivepatchError(
      `${signer.name}: the certificate signature it returned does not verify`
    )
  ;(cert as unknown as { tbsCertificate: unknown }).tbsCertificate = tbs
  cert.signature = signature.toString('binary')
  const der = Buffer.from(asn1.toDer(pki.certificateToAsn1(cert)).getBytes(), 'binary')
  return { der, pem: pki.certificateToPem(cert) }
}

export async function generateKeys(options: KeygenOptions): Promise<KeygenResult> {
  const bits = options.bits ?? 2048
  if (![2048, 3072, 4096].includes(bits))
    throw new LivepatchError(`invalid --bits ${bits}: expected 2048, 3072 or 4096`)
  const days = options.days ?? 3650
  if (!Number.isInteger(days) || days < 1)
    throw new LivepatchError(`invalid --days ${options.days}: expected a whole number of days ≥ 1`)
  const subject = options.subject ?? '/CN=livepatch signing key'
  const attributes = parseSubject(subject)

  let keyPem: string | undefined
  let signer = options.signer
  if (!signer) {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: bits,
      publicExponent: 0x10001
    })
    keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
    signer = keyObjectSigner(privateKey, 'the new key')
  }
  const publicKey = await signer.publicKey()
  checkSigningKey(publicKey, signer.name)
  const now = options.now ?? new Date()
  const notAfter = new Date(now.getTime() + days * 86_400_000)
  const { der, pem } = await makeCertificate(
    publicKey,
    signer,
    attributes,
    new Date(now.getTime() - 60_000),
    notAfter
  )

  const paths = {
    key: join(options.outDir, KEY_FILES.key),
    pem: join(options.outDir, KEY_FILES.pem),
    crt: join(options.outDir, KEY_FILES.crt)
  }
  // As ssh-keygen does: a missing output folder is made, private to its owner.
  try {
    await mkdir(options.outDir, { recursive: true, mode: 0o700 })
  } catch (error) {
    throw new LivepatchError(
      `cannot make output folder ${options.outDir}: ${(error as Error).message}`
    )
  }
  try {
    await createFilesExclusive([
      ...(keyPem === undefined ? [] : [{ path: paths.key, data: keyPem, mode: 0o600 }]),
      { path: paths.pem, data: pem, mode: 0o644 },
      { path: paths.crt, data: der, mode: 0o644 }
    ])
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'EEXIST')
      throw new LivepatchError(
        `refusing to overwrite existing keys in ${options.outDir}: move livepatch.key/.pem/.crt away first`
      )
    throw error
  }
  return {
    ...(keyPem === undefined ? { pem: paths.pem, crt: paths.crt } : paths),
    subject,
    notAfter
  }
}
