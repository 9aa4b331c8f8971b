// Shared pieces of the CLI commands: the I/O they write to, exit codes, argument parsing.
import { readFile } from 'node:fs/promises'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { LivepatchError, errorMessage } from '../errors.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
}

export const EXIT = { pass: 0, fail: 1, error: 2 } as const

export type Command = (args: string[], io: CliIo) => Promise<number>

export function parse(
  args: string[],
  options: ParseArgsConfig['options'],
  usage: string
): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new LivepatchError(`${errorMessage(error)}\nusage: ${usage}`)
  }
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n'

export async function readInput(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    throw new LivepatchError(`cannot read ${what} '${path}': ${(error as Error).message}`)
  }
}

export function oneModule(positionals: string[], command: string): string {
  if (positionals.length !== 1)
    throw new LivepatchError(`${command} takes exactly one MODULE (got ${positionals.length})`)
  return positionals[0]
}

export function whole(value: unknown, option: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n))
    throw new LivepatchError(`invalid ${option} '${value}': expected a whole number`)
  return n
}
