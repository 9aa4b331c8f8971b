// `livepatch check`.
import { existsSync } from 'node:fs'
import { LivepatchError } from '../errors.js'
import { EXIT, parse, type Command } from './args.js'

export const check: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'check')
  if (positionals.length > 0)
    throw new LivepatchError(`check takes no positional arguments (got ${positionals.join(' ')})`)
  const { checkPatches } = await import('../patches/check.js')
  const { renderCheckText } = await import('../render/text.js')
  const report = await checkPatches({
    dir: values.dir as string | undefined,
    previous: values.previous as string | undefined,
    latest: values.latest as string | undefined,
    baseRef: values['base-ref'] as string | undefined,
    kernelSource: values['kernel-source'] as string | undefined,
    // The repository's kernel/config, when it has one, is preflighted with every check.
    kernelConfig:
      (values['kernel-config'] as string | undefined) ??
      (existsSync('kernel/config') ? 'kernel/config' : undefined)
  })
  io.stdout(values.json ? JSON.stringify(report, null, 2) + '\n' : renderCheckText(report))
  return report.verdict === 'pass' ? EXIT.pass : EXIT.fail
}
