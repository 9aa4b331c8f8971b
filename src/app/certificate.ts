// The signing certificate, as either door is given it: PEM text (an action input holding the
// certificate itself) or the path of a PEM or DER file. Key material pasted here is never echoed.
import { readFile } from 'node:fs/promises'
import { LivepatchError, quotable } from '../errors.js'

export interface Certificate {
  bytes: Buffer
  /** How messages name it: the path, or the setting it came from. */
  source: string
}

/** `value` is PEM text or a path; `label` names the setting (`--cert`, `input 'signing-cert'`). */
export async function readCertificate(value: string, label: string): Promise<Certificate> {
  if (value.includes('-----BEGIN CERTIFICATE-----'))
    return { bytes: Buffer.from(value), source: label }
  // A single line may be a path: read it (a long absolute path is a path, whatever it looks
  // like). Only a quotable value is ever shown.
  // eslint-disable-next-line no-control-regex
  const oneLine = value.length <= 4096 && !/[\u0000-\u001f\u007f]/.test(value)
  let code = 'not a path'
  if (oneLine) {
    try {
      return { bytes: await readFile(value), source: quotable(value) ?? label }
    } catch (error) {
      code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    }
  }
  const path = quotable(value)
  if (path === undefined)
    throw new LivepatchError(
      `Invalid ${label}: not a PEM certificate nor the path of one (value not shown: it may be secret). Expected PEM text with -----BEGIN CERTIFICATE----- or the path of the certificate (default keys/livepatch.crt).`
    )
  throw new LivepatchError(
    `Invalid ${label}: cannot read '${path}' (${code}). Expected PEM text or the path of the certificate (default keys/livepatch.crt).`
  )
}
