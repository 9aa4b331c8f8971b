// Just enough ELF to check a kernel module: the header (include/uapi/linux/elf.h) and the
// `.modinfo` section, a run of NUL-terminated `key=value` strings (include/linux/moduleparam.h).
import { LivepatchError } from '../errors.js'

const ET_REL = 1

export interface ElfInfo {
  is64: boolean
  littleEndian: boolean
  type: number
}

export class ModuleFormatError extends LivepatchError {}

export function readElfHeader(bytes: Uint8Array, name: string): ElfInfo {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (b.length < 64 || b.readUInt32BE(0) !== 0x7f454c46) {
    throw new ModuleFormatError(
      `${name}: not an ELF file (no \\x7fELF magic); expected a kernel module (.ko)`
    )
  }
  const is64 = b[4] === 2
  const littleEndian = b[5] === 1
  if (b[4] !== 1 && b[4] !== 2) throw new ModuleFormatError(`${name}: unknown ELF class ${b[4]}`)
  const type = littleEndian ? b.readUInt16LE(16) : b.readUInt16BE(16)
  if (type !== ET_REL) {
    throw new ModuleFormatError(
      `${name}: ELF type ${type} is not a relocatable object (ET_REL); a kernel module (.ko) is one`
    )
  }
  return { is64, littleEndian, type }
}

const SHT_NOBITS = 8

/**
 * Check the whole section table before a module is signed or sent: the table lies inside the
 * file, entries have the size of this ELF class, every section's name and (unless NOBITS) its
 * contents lie inside the file, and `.modinfo` is present. A truncated or corrupt module would
 * be refused by the kernel only after it was signed, shipped and the old patch unloaded.
 */
/** The file's bytes and readers of its fields in the file's class and byte order. */
function elfFields(bytes: Uint8Array, file: string) {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const { is64, littleEndian } = readElfHeader(b, file)
  const u16 = (o: number): number => (littleEndian ? b.readUInt16LE(o) : b.readUInt16BE(o))
  const u32 = (o: number): number => (littleEndian ? b.readUInt32LE(o) : b.readUInt32BE(o))
  const word = (o: number): number =>
    is64 ? Number(littleEndian ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(o)
  return { b, is64, littleEndian, u16, u32, word }
}

export function validateModuleElf(bytes: Uint8Array, file: string): void {
  const { b, is64, u16, u32, word } = elfFields(bytes, file)
  const corrupt = (what: string): ModuleFormatError =>
    new ModuleFormatError(
      `${file}: truncated or corrupt ELF: ${what}; rebuild the module (kpatch-build's output is complete)`
    )
  const shoff = word(is64 ? 0x28 : 0x20)
  const shentsize = u16(is64 ? 0x3a : 0x2e)
  const shnum = u16(is64 ? 0x3c : 0x30)
  const shstrndx = u16(is64 ? 0x3e : 0x32)
  if (shentsize !== (is64 ? 64 : 40)) throw corrupt(`section header size ${shentsize}`)
  if (shnum === 0) throw corrupt('no section headers')
  if (shoff === 0 || shoff + shnum * shentsize > b.length)
    throw corrupt(
      `section table (${shnum} entries at offset ${shoff}) ends past the file's ${b.length} bytes`
    )
  if (shstrndx >= shnum) throw corrupt(`section name table index ${shstrndx} ≥ ${shnum}`)
  const header = (k: number) => {
    const at = shoff + k * shentsize
    return {
      name: u32(at),
      type: u32(at + 4),
      offset: word(at + (is64 ? 0x18 : 0x10)),
      size: word(at + (is64 ? 0x20 : 0x14))
    }
  }
  const strings = header(shstrndx)
  if (strings.offset + strings.size > b.length) throw corrupt('section name table past the end')
  let modinfo = false
  for (let k = 1; k < shnum; k++) {
    const section = header(k)
    if (section.name >= strings.size) throw corrupt(`section ${k}'s name is outside the name table`)
    if (section.type !== SHT_NOBITS && section.offset + section.size > b.length)
      throw corrupt(`section ${k} ends past the end of the file`)
    const start = strings.offset + section.name
    const end = b.indexOf(0, start)
    if (end < 0 || end > strings.offset + strings.size) throw corrupt(`section ${k}'s name`)
    if (b.toString('latin1', start, end) === '.modinfo') modinfo = true
  }
  if (!modinfo)
    throw new ModuleFormatError(`${file}: no .modinfo section; is this a kernel module?`)
}

/** Section contents by name, or undefined. */
export function elfSection(bytes: Uint8Array, name: string, file: string): Buffer | undefined {
  const { b, is64, u16, u32, word } = elfFields(bytes, file)
  try {
    const shoff = word(is64 ? 0x28 : 0x20)
    const shentsize = u16(is64 ? 0x3a : 0x2e)
    const shnum = u16(is64 ? 0x3c : 0x30)
    const shstrndx = u16(is64 ? 0x3e : 0x32)
    const header = (k: number) => {
      const at = shoff + k * shentsize
      return {
        name: u32(at),
        offset: word(at + (is64 ? 0x18 : 0x10)),
        size: word(at + (is64 ? 0x20 : 0x14))
      }
    }
    const strings = header(shstrndx)
    for (let k = 0; k < shnum; k++) {
      const section = header(k)
      const start = strings.offset + section.name
      const end = b.indexOf(0, start)
      if (b.toString('latin1', start, end) === name) {
        if (section.offset + section.size > b.length)
          throw new RangeError('section past end of file')
        return b.subarray(section.offset, section.offset + section.size)
      }
    }
    return undefined
  } catch (error) {
    if (error instanceof RangeError)
      throw new ModuleFormatError(`${file}: truncated or corrupt ELF section table`)
    throw error
  }
}

/** `.modinfo` as key → values (a key like `alias` may repeat). */
export function readModinfo(bytes: Uint8Array, file: string): Map<string, string[]> {
  const section = elfSection(bytes, '.modinfo', file)
  if (!section)
    throw new ModuleFormatError(`${file}: no .modinfo section; is this a kernel module?`)
  const info = new Map<string, string[]>()
  for (const entry of section.toString('utf8').split('\0')) {
    const eq = entry.indexOf('=')
    if (eq <= 0) continue
    const key = entry.slice(0, eq)
    info.set(key, [...(info.get(key) ?? []), entry.slice(eq + 1)])
  }
  return info
}

/** The kernel release a module was built for: the first word of its vermagic. */
export function moduleKernelRelease(bytes: Uint8Array, file: string): string {
  const vermagic = readModinfo(bytes, file).get('vermagic')?.[0]
  if (!vermagic) throw new ModuleFormatError(`${file}: .modinfo has no vermagic`)
  return vermagic.split(' ')[0]
}
