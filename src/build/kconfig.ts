// Reading a kernel .config: `CONFIG_X=value` lines and `# CONFIG_X is not set`.
import { LivepatchError } from '../errors.js'

export type KernelConfig = Map<string, string>

/** Parse a .config; values keep their quotes stripped. Throws on a file that is not one. */
export function parseKernelConfig(text: string, source: string): KernelConfig {
  const config: KernelConfig = new Map()
  let lineNo = 0
  for (const raw of text.split('\n')) {
    lineNo++
    const line = raw.trim()
    if (line === '') continue
    const unset = /^# (CONFIG_\w+) is not set$/.exec(line)
    if (unset) {
      config.set(unset[1], 'n')
      continue
    }
    if (line.startsWith('#')) continue
    const set = /^(CONFIG_\w+)=(.*)$/.exec(line)
    if (!set) {
      throw new LivepatchError(
        `${source}:${lineNo}: not a kernel config line (expected CONFIG_NAME=value or '# CONFIG_NAME is not set')`
      )
    }
    config.set(
      set[1],
      set[2].startsWith('"') && set[2].endsWith('"')
        ? set[2].slice(1, -1).replace(/\\"/g, '"')
        : set[2]
    )
  }
  if (config.size === 0)
    throw new LivepatchError(`${source}: no CONFIG_ options found; is this a kernel .config?`)
  return config
}

export function isEnabled(config: KernelConfig, name: string): boolean {
  const value = config.get(name)
  return value === 'y' || value === 'm'
}
