// The CLI door: argv → a stage → text or JSON, and an exit code (0 pass, 1 fail, 2 error).
// Each command's module, and the stage behind it, is loaded only when that command runs, so
// start-up stays close to bare node.
import { EXIT, type CliIo, type Command } from './cli/args.js'
import { LivepatchError, errorMessage } from './errors.js'
import { PatchParseError } from './patches/errors.js'

export { EXIT, type CliIo } from './cli/args.js'

const USAGE = `usage: livepatch <command> [options]

patches:
  check [--dir DIR] [--previous A --latest B] [--base-ref REF] [--json]
      history rules, superset verdict of the newest patch, author-guide warnings

build:
  preflight --config FILE [--kernel-release R] [--gcc-version-text TEXT | --no-local-gcc] [--json]
      what kpatch-build would refuse (options, compiler revision, kernel release), in seconds
  build --source DIR --config FILE --vmlinux FILE --output DIR --kernel-release R [--jobs N]
       [--name NAME] [--previous-functions FILE] [--skip-compiler-check] [--json] PATCH
      kpatch-build -s -c -v -j -n -o PATCH; functions.json; the previous release's functions kept

keys and signatures:
  keygen --out DIR [--subject "/CN=..."] [--bits 2048|3072|4096] [--days N]   (alias generate-livepatch-keys)
      livepatch.key (PEM, 0600), livepatch.pem (PEM cert), livepatch.crt (DER cert for the Secure Boot db)
  sign --key FILE --cert FILE [--hash sha256|sha384|sha512] [--keyid] [--output FILE]
       [--kernel-release R] [--key-passphrase-env NAME] [--json] MODULE            (alias sign-livepatch)
      append a signature exactly as the kernel's scripts/sign-file does (in place without --output)
  verify --cert FILE [--json] MODULE
      check a signed module against a certificate (PEM or DER)

VMs:
  deploy <qemu|aws|gcp|azure> <vm[,vm...]> <module.ko> [--cert FILE] [--kernel-release R]
       [--previous FILE] [--timeout S] [--persist] [--canary N] [--max-concurrency N]
       [--max-errors N|N%] [--json]                       (alias: livepatch <provider> <vm> <module.ko>)
  status <provider> <vm[,vm...]> [--json]
  rollback <provider> <vm[,vm...]> --to <module.ko> [--json]
  vm start NAME --kernel BZIMAGE --initrd INITRAMFS [--memory MB] | vm stop NAME | vm list
      local qemu VMs for the qemu provider

exit codes: 0 pass, 1 fail (verdict against the change, invalid signature, a VM not patched),
            2 error (bad input or usage; nothing was changed)
`

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
  livepatch: lazy(async () => (await import('./cli/deploy.js')).deploy),
  status: lazy(async () => (await import('./cli/deploy.js')).status),
  rollback: lazy(async () => (await import('./cli/deploy.js')).rollback),
  vm: lazy(async () => (await import('./cli/deploy.js')).vm)
}
for (const provider of ['qemu', 'aws', 'gcp', 'azure']) {
  COMMANDS[provider] = lazy(async () => (await import('./cli/deploy.js')).guideDeploy(provider))
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
