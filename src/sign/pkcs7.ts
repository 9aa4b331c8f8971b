// The PKCS#7/CMS blob and trailer the kernel's scripts/sign-file appends to a module, and their
// reader. Facts from scripts/sign-file.c (CMS_NOCERTS | CMS_DETACHED | CMS_BINARY | CMS_NOATTR,
// optionally CMS_USE_KEYID) and include/linux/module_signature.h.
import asn1 from 'node-forge/lib/asn1.js'
import { LivepatchError } from '../errors.js'
import type { Asn1 } from './keys.js'

export type HashName = 'sha256' | 'sha384' | 'sha512'
export const HASHES: readonly HashName[] = ['sha256', 'sha384', 'sha512']

// NIST hash OIDs (RFC 5754); rsaEncryption (RFC 8017); id-data and id-signedData (RFC 5652).
const HASH_OIDS: Record<HashName, string> = {
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3'
}
const OID_RSA_ENCRYPTION = '1.2.840.113549.1.1.1'
const OID_DATA = '1.2.840.113549.1.7.1'
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2'

/** `~Module signature appended~\n` (include/linux/module_signature.h: MODULE_SIG_STRING). */
export const MODULE_SIG_MAGIC = Buffer.from('~Module signature appended~\n', 'latin1')
/** sizeof(struct module_signature): algo, hash, id_type, signer_len, key_id_len, pad[3], be32 sig_len. */
const TRAILER_SIZE = 12
/** id_type PKEY_ID_PKCS7 (include/linux/module_signature.h). */
const PKEY_ID_PKCS7 = 2

export class SignatureFormatError extends LivepatchError {}

const U = asn1.Class.UNIVERSAL
const T = asn1.Type
const seq = (items: Asn1[]): Asn1 => asn1.create(U, T.SEQUENCE, true, items)
const set = (items: Asn1[]): Asn1 => asn1.create(U, T.SET, true, items)
const oid = (value: string): Asn1 => asn1.create(U, T.OID, false, asn1.oidToDer(value).getBytes())
const int = (value: number): Asn1 =>
  asn1.create(U, T.INTEGER, false, asn1.integerToDer(value).getBytes())

export type SignerId = { issuer: Asn1; serial: Asn1 } | { subjectKeyId: Buffer }

/** DER ContentInfo(signedData) for a detached signature with no certificates and no attributes. */
export function buildSignedData(hash: HashName, signer: SignerId, signature: Buffer): Buffer {
  const useKeyId = 'subjectKeyId' in signer
  const version = useKeyId ? 3 : 1
  const digestAlgorithm = (): Asn1 => seq([oid(HASH_OIDS[hash])]) // no NULL parameters, as sign-file
  const sid = useKeyId
    ? asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, false, signer.subjectKeyId.toString('binary'))
    : seq([signer.issuer, asn1.create(U, T.INTEGER, false, signer.serial.value as string)])
  const signerInfo = seq([
    int(version),
    sid,
    digestAlgorithm(),
    seq([oid(OID_RSA_ENCRYPTION), asn1.create(U, T.NULL, false, '')]),
    asn1.create(U, T.OCTETSTRING, false, signature.toString('binary'))
  ])
  const signedData = seq([
    int(version),
    set([digestAlgorithm()]),
    seq([oid(OID_DATA)]),
    set([signerInfo])
  ])
  const contentInfo = seq([
    oid(OID_SIGNED_DATA),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])
  ])
  return Buffer.from(asn1.toDer(contentInfo).getBytes(), 'binary')
}

/** struct module_signature for a PKCS#7 blob of `length` bytes, then the magic string. */
export function moduleSignatureTrailer(length: number): Buffer {
  const trailer = Buffer.alloc(TRAILER_SIZE)
  trailer[2] = PKEY_ID_PKCS7
  trailer.writeUInt32BE(length, 8)
  return Buffer.concat([trailer, MODULE_SIG_MAGIC])
}

export function isSigned(module: Uint8Array): boolean {
  const b = Buffer.from(module.buffer, module.byteOffset, module.byteLength)
  return (
    b.length >= MODULE_SIG_MAGIC.length &&
    b.subarray(b.length - MODULE_SIG_MAGIC.length).equals(MODULE_SIG_MAGIC)
  )
}

export interface ModuleSignature {
  /** The module bytes the signature covers. */
  content: Buffer
  hash: HashName
  signer: SignerId
  signature: Buffer
}

/** Split a signed module into content and signature, and read the PKCS#7 signer info. */
export function readModuleSignature(module: Buffer, file: string): ModuleSignature {
  if (!isSigned(module))
    throw new SignatureFormatError(
      `${file}: not signed (no "~Module signature appended~" at the end)`
    )
  const trailerAt = module.length - MODULE_SIG_MAGIC.length - TRAILER_SIZE
  if (trailerAt < 0) throw new SignatureFormatError(`${file}: signature trailer is truncated`)
  const trailer = module.subarray(trailerAt, trailerAt + TRAILER_SIZE)
  if (trailer[2] !== PKEY_ID_PKCS7)
    throw new SignatureFormatError(`${file}: signature id_type ${trailer[2]} is not PKCS#7 (2)`)
  const length = trailer.readUInt32BE(8)
  const start = trailerAt - length
  if (start < 0)
    throw new SignatureFormatError(`${file}: signature length ${length} is larger than the file`)
  const blob = module.subarray(start, trailerAt)
  try {
    const contentInfo = asn1.fromDer(blob.toString('binary'))
    const outer = contentInfo.value as Asn1[]
    if (asn1.derToOid(outer[0].value as string) !== OID_SIGNED_DATA)
      throw new Error('not signedData')
    const signedData = (outer[1].value as Asn1[])[0].value as Asn1[]
    const signerInfos = signedData[signedData.length - 1].value as Asn1[]
    if (signerInfos.length !== 1) throw new Error(`${signerInfos.length} signer infos, expected 1`)
    const info = signerInfos[0].value as Asn1[]
    const sid = info[1]
    const signer: SignerId =
      sid.tagClass === asn1.Class.CONTEXT_SPECIFIC
        ? { subjectKeyId: Buffer.from(sid.value as string, 'binary') }
        : { issuer: (sid.value as Asn1[])[0], serial: (sid.value as Asn1[])[1] }
    const hashOid = asn1.derToOid((info[2].value as Asn1[])[0].value as string)
    const hash = (Object.keys(HASH_OIDS) as HashName[]).find(h => HASH_OIDS[h] === hashOid)
    if (!hash) throw new Error(`unsupported digest algorithm ${hashOid}`)
    const signature = Buffer.from(info[info.length - 1].value as string, 'binary')
    return { content: module.subarray(0, start), hash, signer, signature }
  } catch (error) {
    throw new SignatureFormatError(
      `${file}: malformed PKCS#7 signature: ${(error as Error).message}`
    )
  }
}

export function derOf(node: Asn1): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), 'binary')
}
