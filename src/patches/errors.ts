import { LivepatchError } from '../errors.js'

/** Malformed patch input, located at a line of the patch file. */
export class PatchParseError extends LivepatchError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string
  ) {
    super(`${file}:${line}: ${detail}`)
  }
}
