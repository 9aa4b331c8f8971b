// A module's `.modinfo` name is read from a file and ends up in file names, shell commands (run
// as root on the VM) and an HTTP header. kpatch-build only makes names of letters, digits, `_`
// and `-`, at most 55 characters (MODULE_NAME_LEN is 64 - sizeof(unsigned long) = 56 with the
// NUL, include/linux/module.h); anything else did not come from it and is refused before use.
import { LivepatchError } from '../errors.js'
import { remoteText } from './remote-text.js'

export const MODULE_NAME_MAX = 55
const MODULE_NAME = /^[A-Za-z0-9_-]+$/

export function checkModuleName(name: string, path: string): void {
  if (MODULE_NAME.test(name) && name.length <= MODULE_NAME_MAX) return
  throw new LivepatchError(
    `${path}: .modinfo name '${remoteText(name, 80)}' is not a kpatch module name (letters, digits, _ and -, at most ${MODULE_NAME_MAX} characters); refusing to send it to any VM`
  )
}
