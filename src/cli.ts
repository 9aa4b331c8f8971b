// The CLI door: argv → a stage → text or JSON, and an exit code (0 pass, 1 fail, 2 error).
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { LivepatchError, errorMessage } from './errors.js'
import { checkPatches } from './patches/check.js'
import { PatchParseError } from './patches/errors.js'
import { renderCheckText } from './render/text.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
}

export const EXIT = { pass: 0, fail: 1, error: 2 } as const

type Command = (args: string[], io: CliIo) => Promise<number>

const USAGE = `usage: livepatch <command> [options]

commands:
  check [--dir DIR] [--previous A --latest B] [--base-ref REF] [--json]
      history rules, superset verdict of the newest patch, author-guide warnings

exit codes: 0 pass, 1 fail (verdict against the change), 2 error (bad input or usage)
`

function parse(args: string[], options: ParseArgsConfig['options']): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new LivepatchError(`${errorMessage(error)}\n${USAGE}`)
  }
}

const check: Command = async (args, io) => {
  const { values, positionals } = parse(args, {
    dir: { type: 'string' },
    previous: { type: 'string' },
    latest: { type: 'string' },
    'base-ref': { type: 'string' },
    json: { type: 'boolean' }
  })
  if (positionals.length > 0)
    throw new LivepatchError(`check takes no positional arguments (got ${positionals.join(' ')})`)
  const report = await checkPatches({
    dir: values.dir as string | undefined,
    previous: values.previous as string | undefined,
    latest: values.latest as string | undefined,
    baseRef: values['base-ref'] as string | undefined
  })
  io.stdout(values.json ? JSON.stringify(report, null, 2) + '\n' : renderCheckText(report))
  return report.verdict === 'pass' ? EXIT.pass : EXIT.fail
}

const COMMANDS: Record<string, Command> = { check }

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE)
    return name === undefined ? EXIT.error : EXIT.pass
  }
  const command = COMMANDS[name]
  const json = rest.includes('--json')
  if (!command) {
    io.stderr(`livepatch: unknown command '${name}'\n${USAGE}`)
    return EXIT.error
  }
  try {
    return await command(rest, io)
  } catch (error) {
    const kind = error instanceof LivepatchError ? error.kind : 'error'
    const message = errorMessage(error)
    if (json) {
      const where = error instanceof PatchParseError ? { file: error.file, line: error.line } : {}
      io.stdout(JSON.stringify({ verdict: kind, error: { ...where, message } }, null, 2) + '\n')
    }
    io.stderr(`livepatch ${name}: ${message}\n`)
    return kind === 'fail' ? EXIT.fail : EXIT.error
  }
}
