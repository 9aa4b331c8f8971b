// `livepatch check`.
import { LivepatchError } from '../errors.js'
import { EXIT, cliReader, parse, type Command } from './args.js'

export const check: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'check')
  if (positionals.length > 0)
    throw new LivepatchError(`check takes no positional arguments (got ${positionals.join(' ')})`)
  const { checkSettings, runCheck } = await import('../app/check.js')
  const { renderCheckText } = await import('../render/text.js')
  const report = await runCheck(checkSettings(cliReader('check', values)))
  io.stdout(values.json ? JSON.stringify(report, null, 2) + '\n' : renderCheckText(report))
  return report.verdict === 'pass' ? EXIT.pass : EXIT.fail
}
