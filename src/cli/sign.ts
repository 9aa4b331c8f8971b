// `livepatch keygen | sign | verify` (and the guide's names generate-livepatch-keys, sign-livepatch).
import { LivepatchError } from '../errors.js'
import { isKeyUri } from '../sign/backends/index.js'
import type { Signer } from '../sign/signer.js'
import { EXIT, cliReader, oneModule, parse, whole, type Command } from './args.js'

async function uriSigner(
  uri: string,
  values: Record<string, unknown>,
  env: NodeJS.ProcessEnv
): Promise<Signer> {
  const { remoteSigner } = await import('../sign/backends/index.js')
  return remoteSigner(uri, {
    env,
    pkcs11Module: values['pkcs11-module'] as string | undefined,
    endpoint: values['key-endpoint'] as string | undefined
  })
}

export const keygen: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'keygen')
  if (positionals.length > 0)
    throw new LivepatchError(`keygen takes no positional arguments (got ${positionals.join(' ')})`)
  const key = values.key as string | undefined
  if (key !== undefined && !isKeyUri(key))
    throw new LivepatchError(
      'keygen --key takes the URI of a key in a KMS or HSM (pkcs11:, awskms:, gcpkms:, azurekv:); without --key, keygen makes a new key file'
    )
  const { generateKeys } = await import('../sign/keygen.js')
  const result = await generateKeys({
    signer: key === undefined ? undefined : await uriSigner(key, values, io.env),
    outDir: (values.out as string | undefined) ?? '.',
    subject: values.subject as string | undefined,
    bits: whole(values.bits, '--bits'),
    days: whole(values.days, '--days')
  })
  io.stdout(
    values.json
      ? JSON.stringify(result, null, 2) + '\n'
      : `${result.key ? `private key  ${result.key} (keep secret: the signing environment's secret)` : `private key  ${key} (stays in the KMS/HSM)`}\ncertificate  ${result.pem} (PEM)\nfor the VM   ${result.crt} (DER: add to the VM's Secure Boot signature database when creating it)\nsubject      ${result.subject}, valid until ${result.notAfter.toISOString()}\n`
  )
  return EXIT.pass
}

export const sign: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'sign')
  const module = oneModule(positionals, 'sign')
  // Key material on a command line is visible to every user of the machine (ps, /proc).
  if (typeof values.key === 'string' && values.key.includes('-----BEGIN'))
    throw new LivepatchError(
      '--key takes the path of the key file or a key URI, never the key itself (value not shown: it is secret; a key on the command line is visible to every user of this machine)'
    )
  const { runSign, signSettings } = await import('../app/sign.js')
  const settings = signSettings(
    cliReader('sign', values, { module: { value: module, label: 'MODULE' } }),
    io.env
  )
  const result = await runSign(settings, io.env)
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
  // The table's default certificate (keys/livepatch.crt) when --cert is not given, as sign's.
  const r = cliReader('verify', values)
  const { readCertificate } = await import('../app/certificate.js')
  const cert = await readCertificate(
    r.required('signingCert', 'PEM or DER certificate'),
    r.label('signingCert')
  )
  const { verifyModule } = await import('../sign/sign.js')
  const result = await verifyModule(module, cert.bytes, cert.source)
  io.stdout(
    values.json
      ? JSON.stringify(result, null, 2) + '\n'
      : `${result.valid ? 'valid' : 'INVALID'}: ${module}: ${result.reason}\nsigner ${result.signer}\nkey id ${result.keyId}\nhash ${result.hash}\n`
  )
  return result.valid ? EXIT.pass : EXIT.fail
}
