// Reading the signing key and the certificate the VMs trust. Node's crypto holds the key (it is
// never turned into a JS string beyond the PEM we were given); node-forge's ASN.1 reads the
// certificate's raw parts that a signature must copy byte for byte.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import asn1 from 'node-forge/lib/asn1.js'
import { LivepatchError } from '../errors.js'

export class KeyError extends LivepatchError {}

export type Asn1 = ReturnType<typeof asn1.fromDer>

export interface LoadedCertificate {
  der: Buffer
  publicKey: KeyObject
  notAfter: Date
  /** The issuer Name exactly as encoded in the certificate. */
  issuer: Asn1
  /** The serial number INTEGER exactly as encoded (never re-encoded: no sign flips). */
  serial: Asn1
  /** subjectKeyIdentifier extension value, when present. */
  subjectKeyId: Buffer | undefined
  /** Common name of the subject (what modinfo shows as signer). */
  subjectName: string
}

const OID_SUBJECT_KEY_ID = '2.5.29.14'

/** How the CLI asks for a passphrase; the action names its input instead. */
export const CLI_PASSPHRASE_ADVICE =
  'pass its passphrase in an environment variable named by --key-passphrase-env'

export function loadPrivateKey(
  pem: string,
  source: string,
  passphrase?: string,
  passphraseAdvice = CLI_PASSPHRASE_ADVICE
): KeyObject {
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new KeyError(
      `${source}: no PEM private key found (expected -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)`
    )
  }
  const encrypted = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem)
  if (encrypted && passphrase === undefined) {
    throw new KeyError(`${source}: the private key is encrypted; ${passphraseAdvice}`)
  }
  try {
    const key = createPrivateKey({ key: pem, format: 'pem', passphrase })
    if (key.asymmetricKeyType !== 'rsa') {
      throw new KeyError(
        `${source}: key type ${key.asymmetricKeyType} is not supported; module signing keys here are RSA`
      )
    }
    return key
  } catch (error) {
    if (error instanceof KeyError) throw error
    // Never echo the key material: only the library's reason code.
    const code = (error as { code?: string }).code ?? 'unreadable'
    throw new KeyError(
      `${source}: cannot read the private key (${encrypted ? 'wrong passphrase? ' : ''}${code})`
    )
  }
}

/** The first CERTIFICATE block of a PEM file, or the bytes themselves when they are DER. */
function certificateDer(bytes: Uint8Array, source: string): Buffer {
  const text = Buffer.from(bytes).toString('latin1')
  const match = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(text)
  if (match) return Buffer.from(match[1].replace(/\s+/g, ''), 'base64')
  if (bytes[0] === 0x30) return Buffer.from(bytes)
  throw new KeyError(
    `${source}: not a certificate (expected PEM with -----BEGIN CERTIFICATE----- or DER)`
  )
}

const OID_COMMON_NAME = '2.5.4.3'

/** A Time (UTCTime or GeneralizedTime, RFC 5280 4.1.2.5) as a Date. */
function timeOf(node: Asn1): Date {
  const text = node.value as string
  return node.type === asn1.Type.UTCTIME
    ? asn1.utcTimeToDate(text)
    : asn1.generalizedTimeToDate(text)
}

/** The common name of a Name, else all its values joined. */
function commonName(name: Asn1): string {
  const values: string[] = []
  for (const rdn of name.value as Asn1[]) {
    for (const attribute of rdn.value as Asn1[]) {
      const [type, value] = attribute.value as Asn1[]
      const text = Buffer.from(value.value as string, 'binary').toString('utf8')
      if (asn1.derToOid(type.value as string) === OID_COMMON_NAME) return text
      values.push(text)
    }
  }
  return values.join(', ')
}

export function loadCertificate(bytes: Uint8Array, source: string): LoadedCertificate {
  const der = certificateDer(bytes, source)
  try {
    const tbs = (asn1.fromDer(der.toString('binary')).value as Asn1[])[0]
    const fields = tbs.value as Asn1[]
    // TBSCertificate (RFC 5280 4.1): [0] version (optional), serialNumber, signature, issuer,
    // validity, subject, subjectPublicKeyInfo, [1] [2] unique ids, [3] extensions.
    const k = fields[0].tagClass === asn1.Class.CONTEXT_SPECIFIC && fields[0].type === 0 ? 1 : 0
    const serial = fields[k]
    const issuer = fields[k + 2]
    const validity = fields[k + 3].value as Asn1[]
    const subject = fields[k + 4]
    const spki = Buffer.from(asn1.toDer(fields[k + 5]).getBytes(), 'binary')
    let subjectKeyId: Buffer | undefined
    for (const field of fields.slice(k + 6)) {
      if (field.tagClass !== asn1.Class.CONTEXT_SPECIFIC || field.type !== 3) continue
      for (const extension of (field.value as Asn1[])[0].value as Asn1[]) {
        const parts = extension.value as Asn1[]
        if (asn1.derToOid(parts[0].value as string) !== OID_SUBJECT_KEY_ID) continue
        const inner = asn1.fromDer(parts[parts.length - 1].value as string)
        subjectKeyId = Buffer.from(inner.value as string, 'binary')
      }
    }
    return {
      der,
      publicKey: createPublicKey({ key: spki, format: 'der', type: 'spki' }),
      notAfter: timeOf(validity[1]),
      issuer,
      serial,
      subjectKeyId,
      subjectName: commonName(subject)
    }
  } catch (error) {
    throw new KeyError(`${source}: cannot parse the certificate: ${(error as Error).message}`)
  }
}

/** Do the private key and the certificate hold the same public key? */
export function keyMatchesCertificate(key: KeyObject, cert: LoadedCertificate): boolean {
  const fromKey = createPublicKey(key).export({ type: 'spki', format: 'der' })
  return fromKey.equals(cert.publicKey.export({ type: 'spki', format: 'der' }))
}

/** Colon-separated upper-case hex, as modinfo prints key ids. */
export function hexId(bytes: Uint8Array): string {
  return [...bytes].map(b => b.toString(16).toUpperCase().padStart(2, '0')).join(':')
}
