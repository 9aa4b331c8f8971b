// The CLI door: argv → a stage → text or JSON, and an exit code (0 pass, 1 fail, 2 error).
// Each command loads its stage lazily (dynamic import), so `sign` never pays for the patch
// checker or keygen's X.509 code, and start-up stays close to bare node.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { LivepatchError, errorMessage } from './errors.js'
import { PatchParseError } from './patches/errors.js'
import { readFile } from 'node:fs/promises'

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

  keygen --out DIR [--subject "/CN=..."] [--bits 2048|3072|4096] [--days N]   (alias generate-livepatch-keys)
      livepatch.key (PEM, 0600), livepatch.pem (PEM cert), livepatch.crt (DER cert for Secure Boot db)
  sign --key FILE --cert FILE [--hash sha256|sha384|sha512] [--keyid] [--output FILE]
       [--kernel-release R] [--key-passphrase-env NAME] [--json] MODULE            (alias sign-livepatch)
      append a signature exactly as the kernel's scripts/sign-file does (in place without --output)
  verify --cert FILE [--json] MODULE
      check a signed module against a certificate (PEM or DER)

exit codes: 0 pass, 1 fail (verdict against the change; invalid signature), 2 error (bad input or usage)
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
  const { checkPatches } = await import('./patches/check.js')
  const { renderCheckText } = await import('./render/text.js')
  const report = await checkPatches({
    dir: values.dir as string | undefined,
    previous: values.previous as string | undefined,
    latest: values.latest as string | undefined,
    baseRef: values['base-ref'] as string | undefined
  })
  io.stdout(values.json ? JSON.stringify(report, null, 2) + '\n' : renderCheckText(report))
  return report.verdict === 'pass' ? EXIT.pass : EXIT.fail
}

async function readInput(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    throw new LivepatchError(`cannot read ${what} '${path}': ${(error as Error).message}`)
  }
}

function oneModule(positionals: string[], command: string): string {
  if (positionals.length !== 1)
    throw new LivepatchError(`${command} takes exactly one MODULE (got ${positionals.length})`)
  return positionals[0]
}

function whole(value: unknown, option: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n))
    throw new LivepatchError(`invalid ${option} '${value}': expected a whole number`)
  return n
}

const keygen: Command = async (args, io) => {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    subject: { type: 'string' },
    bits: { type: 'string' },
    days: { type: 'string' },
    json: { type: 'boolean' }
  })
  if (positionals.length > 0)
    throw new LivepatchError(`keygen takes no positional arguments (got ${positionals.join(' ')})`)
  const { generateKeys } = await import('./sign/keygen.js')
  const result = await generateKeys({
    outDir: (values.out as string | undefined) ?? '.',
    subject: values.subject as string | undefined,
    bits: whole(values.bits, '--bits'),
    days: whole(values.days, '--days')
  })
  io.stdout(
    values.json
      ? JSON.stringify(result, null, 2) + '\n'
      : `private key  ${result.key} (keep secret: the signing environment's secret)\ncertificate  ${result.pem} (PEM)\nfor the VM   ${result.crt} (DER: add to the VM's Secure Boot signature database when creating it)\nsubject      ${result.subject}, valid until ${result.notAfter.toISOString()}\n`
  )
  return EXIT.pass
}

const sign: Command = async (args, io) => {
  const { values, positionals } = parse(args, {
    key: { type: 'string' },
    cert: { type: 'string' },
    hash: { type: 'string' },
    keyid: { type: 'boolean' },
    output: { type: 'string' },
    'kernel-release': { type: 'string' },
    'key-passphrase-env': { type: 'string' },
    json: { type: 'boolean' }
  })
  const module = oneModule(positionals, 'sign')
  if (!values.key || !values.cert)
    throw new LivepatchError(
      'sign needs --key FILE (PEM private key) and --cert FILE (PEM or DER certificate)'
    )
  const passphraseEnv = values['key-passphrase-env'] as string | undefined
  if (passphraseEnv !== undefined && io.env[passphraseEnv] === undefined) {
    throw new LivepatchError(
      `--key-passphrase-env ${passphraseEnv}: that environment variable is not set`
    )
  }
  const { signModule } = await import('./sign/sign.js')
  const result = await signModule({
    module,
    output: values.output as string | undefined,
    keyPem: (await readInput(values.key as string, 'key')).toString('utf8'),
    keySource: values.key as string,
    keyPassphrase: passphraseEnv === undefined ? undefined : io.env[passphraseEnv],
    cert: await readInput(values.cert as string, 'certificate'),
    certSource: values.cert as string,
    hash: values.hash as string | undefined,
    useKeyId: values.keyid as boolean | undefined,
    kernelRelease: values['kernel-release'] as string | undefined
  })
  io.stdout(
    values.json
      ? JSON.stringify(result, null, 2) + '\n'
      : `signed ${result.module} (${result.hash}, signer ${result.signer}, key id ${result.keyId})\nsha256 ${result.sha256}\n`
  )
  return EXIT.pass
}

const verify: Command = async (args, io) => {
  const { values, positionals } = parse(args, {
    cert: { type: 'string' },
    json: { type: 'boolean' }
  })
  const module = oneModule(positionals, 'verify')
  if (!values.cert) throw new LivepatchError('verify needs --cert FILE (PEM or DER certificate)')
  const { verifyModule } = await import('./sign/sign.js')
  const result = await verifyModule(
    module,
    await readInput(values.cert as string, 'certificate'),
    values.cert as string
  )
  io.stdout(
    values.json
      ? JSON.stringify(result, null, 2) + '\n'
      : `${result.valid ? 'valid' : 'INVALID'}: ${module}: ${result.reason}\nsigner ${result.signer}\nkey id ${result.keyId}\nhash ${result.hash}\n`
  )
  return result.valid ? EXIT.pass : EXIT.fail
}

const COMMANDS: Record<string, Command> = {
  check,
  keygen,
  'generate-livepatch-keys': keygen,
  sign,
  'sign-livepatch': sign,
  verify
}

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
