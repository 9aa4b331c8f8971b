// The CLI door: argv → a stage → text or JSON, and an exit code (0 pass, 1 fail, 2 error).
// Each command's module, and the stage behind it, is loaded only when that command runs, so
// start-up stays close to bare node.
import { EXIT, type CliIo, type Command } from './cli/args.js'
import { LivepatchError, errorMessage } from './errors.js'
import { PatchParseError } from './patches/errors.js'
import { PROVIDER_ALIASES, topUsage, verbHelp, verbNamed } from './cli/verbs.js'

export { EXIT, type CliIo } from './cli/args.js'

const lazy =
  (load: () => Promise<Command>): Command =>
  async (args, io) =>
    (await load())(args, io)

const COMMANDS: Record<string, Command> = {
  check: lazy(async () => (await import('./cli/check.js')).check),
  keygen: lazy(async () => (await import('./cli/sign.js')).keygen),
  'generate-livepatch-keys': lazy(async () => (await import('./cli/sign.js')).keygen),
  sign: lazy(async () => (await import('./cli/sign.js')).sign),
  'sign-livepatch': lazy(async () => (await import('./cli/sign.js')).sign),
  verify: lazy(async () => (await import('./cli/sign.js')).verify),
  preflight: lazy(async () => (await import('./cli/build.js')).preflight),
  build: lazy(async () => (await import('./cli/build.js')).build),
  deploy: lazy(async () => (await import('./cli/deploy.js')).deploy),
  status: lazy(async () => (await import('./cli/deploy.js')).status),
  rollback: lazy(async () => (await import('./cli/deploy.js')).rollback),
  vm: lazy(async () => (await import('./cli/deploy.js')).vm)
}
for (const provider of PROVIDER_ALIASES) {
  COMMANDS[provider] = lazy(async () => (await import('./cli/deploy.js')).guideDeploy(provider))
}

/** A command name as typed, safe to print (no control characters, bounded). */
const safeName = (name: string): string => JSON.stringify(name.slice(0, 64)).slice(1, -1)

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topUsage())
    return name === undefined ? EXIT.error : EXIT.pass
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  const json = rest.includes('--json')
  if (!command) {
    io.stderr(`livepatch: unknown command '${safeName(name)}'\n${topUsage()}`)
    return EXIT.error
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    const verb = verbNamed((PROVIDER_ALIASES as readonly string[]).includes(name) ? 'deploy' : name)
    if (verb) {
      io.stdout(verbHelp(verb))
      return EXIT.pass
    }
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
