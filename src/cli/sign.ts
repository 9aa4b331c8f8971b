// `livepatch keygen | sign | verify` (and the guide's names generate-livepatch-keys, sign-livepatch).
import { LivepatchError } from '../errors.js'
import { EXIT, oneModule, parse, readInput, whole, type Command } from './args.js'

export const keygen: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'keygen')
  if (positionals.length > 0)
    throw new LivepatchError(`keygen takes no positional arguments (got ${positionals.join(' ')})`)
  const { generateKeys } = await import('../sign/keygen.js')
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

export const sign: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'sign')
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
  const { signModule } = await import('../sign/sign.js')
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

export const verify: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'verify')
  const module = oneModule(positionals, 'verify')
  if (!values.cert) throw new LivepatchError('verify needs --cert FILE (PEM or DER certificate)')
  const { verifyModule } = await import('../sign/sign.js')
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
