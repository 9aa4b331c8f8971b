// Shared pieces of the CLI commands: the I/O they write to, exit codes, argument parsing.
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { LivepatchError, errorMessage, quotable, quoted } from '../errors.js'
import { SETTINGS, reader, type RawValue, type Reader, type SettingId } from '../app/settings.js'
import { parseArgsOptions, usageLine, verbNamed } from './verbs.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
}

export const EXIT = { pass: 0, fail: 1, error: 2 } as const

export type Command = (args: string[], io: CliIo) => Promise<number>

/** The usage line of a verb in the table (src/cli/verbs.ts). */
export function usageOf(verb: string): string {
  const spec = verbNamed(verb)
  if (!spec) throw new Error(`no verb ${verb} in the CLI table`)
  return usageLine(spec)
}

/** Parse a verb's arguments with exactly the options the table gives it (and their defaults). */
export function parse(args: string[], verb: string): ReturnType<typeof parseArgs> {
  const spec = verbNamed(verb)
  if (!spec) throw new Error(`no verb ${verb} in the CLI table`)
  try {
    return parseArgs({
      args,
      options: parseArgsOptions(spec),
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    throw new LivepatchError(`${errorMessage(error)}\nusage: ${usageLine(spec)}`)
  }
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n'

export async function readInput(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    // A key pasted where a path belongs must not be echoed (nor inside Node's message).
    const reason =
      quotable(path) === undefined
        ? (error as NodeJS.ErrnoException).code
        : (error as Error).message
    throw new LivepatchError(`cannot read ${what} ${quoted(path)}: ${reason}`)
  }
}

export function oneModule(positionals: string[], command: string): string {
  if (positionals.length !== 1)
    throw new LivepatchError(`${command} takes exactly one MODULE (got ${positionals.length})`)
  return positionals[0]
}

export function whole(value: unknown, option: string): number | undefined {
  if (value === undefined) return undefined
  const text = String(value).trim()
  const n = /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isSafeInteger(n))
    throw new LivepatchError(`invalid ${option} '${value}': expected a whole number`)
  return n
}

/** A positional argument standing for a setting: its value and how the usage names it. */
export interface Positional {
  value: string | undefined
  label: string
}

/**
 * The CLI's reader over the one settings table: a verb's parsed options (and positionals that
 * stand for settings), each named in messages as the user typed it.
 */
export function cliReader(
  verb: string,
  values: Record<string, RawValue>,
  positionals: Partial<Record<SettingId, Positional>> = {}
): Reader {
  const spec = verbNamed(verb)
  if (!spec) throw new Error(`no verb ${verb} in the CLI table`)
  const optionOf = (id: SettingId): string | undefined =>
    Object.entries(spec.options).find(([, o]) => o.setting === id)?.[0]
  const label = (id: SettingId): string => {
    const positional = positionals[id]
    if (positional) return positional.label
    const name = optionOf(id) ?? (SETTINGS[id] as { cli?: string }).cli ?? id
    return `--${name}`
  }
  return reader({
    has: id => positionals[id] !== undefined || optionOf(id) !== undefined,
    raw: id => {
      if (positionals[id]) return positionals[id].value
      const name = optionOf(id)
      return name === undefined ? undefined : values[name]
    },
    label,
    invalid: (id, shown, expected) => `invalid ${label(id)} ${shown}: expected ${expected}`,
    missing: (id, what) =>
      `${verb} needs ${label(id)}${what ? ` (${what})` : ''}\nusage: ${usageLine(spec)}`
  })
}
