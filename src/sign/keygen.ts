// `keygen`: the key pair the image's tooling uses (its secure_boot/ folder): livepatch.key (PEM
// private key, 0600), livepatch.pem (PEM certificate), livepatch.crt (the same certificate, DER,
// for the VM's Secure Boot signature database). Extensions as the kernel's certs/default_x509.genkey,
// plus extendedKeyUsage codeSigning.
import { createPublicKey, generateKeyPairSync, randomBytes, sign as rsaSign } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import asn1 from 'node-forge/lib/asn1.js'
import pki from 'node-forge/lib/x509.js'
import { LivepatchError } from '../errors.js'
import { createFilesExclusive } from '../files.js'

export interface KeygenOptions {
  outDir: string
  subject?: string
  bits?: number
  days?: number
  now?: Date
}

export interface KeygenResult {
  key: string
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

export async function generateKeys(options: KeygenOptions): Promise<KeygenResult> {
  const bits = options.bits ?? 2048
  if (![2048, 3072, 4096].includes(bits))
    throw new LivepatchError(`invalid --bits ${bits}: expected 2048, 3072 or 4096`)
  const days = options.days ?? 3650
  if (!Number.isInteger(days) || days < 1)
    throw new LivepatchError(`invalid --days ${options.days}: expected a whole number of days ≥ 1`)
  const subject = options.subject ?? '/CN=livepatch signing key'
  const attributes = parseSubject(subject)

  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: bits,
    publicExponent: 0x10001
  })
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
  const cert = pki.createCertificate()
  cert.publicKey = pki.publicKeyFromPem(
    createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }) as string
  )
  const serial = randomBytes(16)
  serial[0] &= 0x7f // positive INTEGER
  serial[0] |= 0x01 // no leading zero byte to strip
  cert.serialNumber = serial.toString('hex')
  const now = options.now ?? new Date()
  cert.validity.notBefore = new Date(now.getTime() - 60_000)
  cert.validity.notAfter = new Date(now.getTime() + days * 86_400_000)
  cert.setSubject(attributes)
  cert.setIssuer(attributes)
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, critical: false },
    { name: 'extKeyUsage', codeSigning: true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: true }
  ])
  // Sign the TBSCertificate with Node's crypto (forge's pure-JS RSA is much slower).
  cert.signatureOid = cert.siginfo.algorithmOid = OID_SHA256_WITH_RSA
  const tbs = (
    pki as unknown as { getTBSCertificate(c: typeof cert): ReturnType<typeof asn1.fromDer> }
  ).getTBSCertificate(cert)
  const signature = rsaSign('sha256', Buffer.from(asn1.toDer(tbs).getBytes(), 'binary'), privateKey)
  ;(cert as unknown as { tbsCertificate: unknown }).tbsCertificate = tbs
  cert.signature = signature.toString('binary')
  const der = Buffer.from(asn1.toDer(pki.certificateToAsn1(cert)).getBytes(), 'binary')
  const pem = pki.certificateToPem(cert)

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
      { path: paths.key, data: keyPem, mode: 0o600 },
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
  return { ...paths, subject, notAfter: cert.validity.notAfter }
}
