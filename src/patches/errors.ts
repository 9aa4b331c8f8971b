import { LivepatchError } from '../errors.js'

// C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidi overrides and
// isolates: none may reach a terminal or a CI log raw from a file name (a newline there would
// start a line with `::error::`, which the runner takes for a workflow command).
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
const UNPRINTABLE_OR_BACKSLASH = new RegExp(`${UNPRINTABLE.source}|\\\\`, 'g')

function escape(c: string): string {
  if (c === '\\') return '\\\\'
  if (c === '\n') return '\\n'
  if (c === '\r') return '\\r'
  if (c === '\t') return '\\t'
  const code = c.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * A file name or path as it may be shown: control and bidi characters (and the backslash, so
 * the escape is unambiguous) written as `\n`, `\xNN` or `\uNNNN`. Names without them are unchanged.
 */
export function displayName(name: string): string {
  return name.replace(UNPRINTABLE_OR_BACKSLASH, escape)
}

/** A line of text for a terminal or log: its control and bidi characters escaped (tabs kept). */
export function displayLine(line: string): string {
  return line.replace(UNPRINTABLE, c => (c === '\t' ? c : escape(c)))
}

/** Malformed patch input, located at a line of the patch file. */
export class PatchParseError extends LivepatchError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string
  ) {
    super(`${displayName(file)}:${line}: ${detail}`)
  }
}
