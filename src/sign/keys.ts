// Reading the signing key and the certificate the VMs trust. Node's crypto holds the key (it is
// never turned into a JS string beyond the PEM we were given); node-forge's ASN.1 reads the
// certificate's raw parts that a signature must copy byte for byte.
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto'
import asn1 from 'node-forge/lib/asn1.js'
import { LivepatchError } from '../errors.js'

export class KeyError extends LivepatchError {}

export type Asn1 = ReturnType<typeof asn1.fromDer>

export interface LoadedCertificate {
  der: Buffer
  x509: X509Certificate
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

export function loadPrivateKey(pem: string, source: string, passphrase?: string): KeyObject {
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new KeyError(
      `${source}: no PEM private key found (expected -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)`
    )
  }
  const encrypted = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem)
  if (encrypted && passphrase === undefined) {
    throw new KeyError(
      `${source}: the private key is encrypted; pass its passphrase in an environment variable named by --key-passphrase-env`
    )
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

export function loadCertificate(bytes: Uint8Array, source: string): LoadedCertificate {
  const der = certificateDer(bytes, source)
  let x509: X509Certificate
  let tbs: Asn1
  try {
    x509 = new X509Certificate(der)
    tbs = (asn1.fromDer(der.toString('binary')).value as Asn1[])[0]
  } catch (error) {
    throw new KeyError(`${source}: cannot parse the certificate: ${(error as Error).message}`)
  }
  const fields = tbs.value as Asn1[]
  // TBSCertificate: [0] version (optional), serial, signature, issuer, validity, subject, spki, ...
  const k = fields[0].tagClass === asn1.Class.CONTEXT_SPECIFIC && fields[0].type === 0 ? 1 : 0
  const serial = fields[k]
  const issuer = fields[k + 2] // after the signature algorithm
  let subjectKeyId: Buffer | undefined
  for (const field of fields) {
    if (field.tagClass !== asn1.Class.CONTEXT_SPECIFIC || field.type !== 3) continue
    for (const extension of (field.value as Asn1[])[0].value as Asn1[]) {
      const parts = extension.value as Asn1[]
      if (asn1.derToOid(parts[0].value as string) !== OID_SUBJECT_KEY_ID) continue
      const inner = asn1.fromDer(parts[parts.length - 1].value as string)
      subjectKeyId = Buffer.from(inner.value as string, 'binary')
    }
  }
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(x509.subject)?.[1] ?? x509.subject.replace(/\n/g, ', ')
  return { der, x509, issuer, serial, subjectKeyId, subjectName: cn }
}

/** Colon-separated upper-case hex, as modinfo prints key ids. */
export function hexId(bytes: Uint8Array): string {
  return [...bytes].map(b => b.toString(16).toUpperCase().padStart(2, '0')).join(':')
}
