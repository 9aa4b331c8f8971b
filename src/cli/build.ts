// `livepatch preflight` and `livepatch build`, the CLI's door: argv → settings → the same build
// the action runs (src/app/build.ts) with a stderr reporter and no cache (the work folder
// persists: a second build skips what is built) → text or JSON.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { LivepatchError } from '../errors.js'
import { EXIT, cliReader, json, parse, usageOf, type CliIo, type Command } from './args.js'
import { cliReporter } from './reporter.js'

/** Where `livepatch build` keeps the source, kpatch and the pristine build (about 15 GB). */
export function defaultWorkDir(env: CliIo['env']): string {
  const cache = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache')
  return join(cache, 'livepatch-action', 'build')
}

export const preflight: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'preflight')
  if (positionals.length > 0)
    throw new LivepatchError(`preflight takes no PATCH\nusage: ${usageOf('preflight')}`)
  const { preflightSettings, runPreflight } = await import('../app/build.js')
  const { renderPreflight } = await import('../build/preflight.js')
  const settings = preflightSettings(cliReader('preflight', values))
  const { report } = await runPreflight(settings, io.env)
  io.stdout(values.json ? json(report) : renderPreflight(report))
  return report.ok ? EXIT.pass : EXIT.fail
}

export const build: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'build')
  if (positionals.length !== 1)
    throw new LivepatchError(`build takes exactly one PATCH\nusage: ${usageOf('build')}`)
  const { buildSettings, runBuild } = await import('../app/build.js')
  const { NO_CACHE } = await import('../build/prepare.js')
  const reader = cliReader('build', values, {
    patch: { value: positionals[0], label: 'PATCH' }
  })
  const settings = buildSettings(reader, { workDir: defaultWorkDir(io.env) })
  const reporter = cliReporter(io, values.json === true)
  const outcome = await runBuild(settings, { cache: NO_CACHE, reporter, env: io.env })
  if (outcome.verdict === 'preflight-failed') {
    if (values.json) io.stdout(json({ verdict: 'fail', preflight: outcome.preflight }))
    io.stderr('livepatch build: the kernel config preflight failed; nothing was built\n')
    return EXIT.fail
  }
  const { result, changedFunctions, cacheHits, kpatchCommit, pristine, gate } = outcome
  io.stdout(
    values.json
      ? json({ ...result, changedFunctions, cacheHits, kpatchCommit, pristine, gate })
      : `built ${result.module} (${result.size} bytes, vermagic ${result.vermagic})\nchanged functions: ${changedFunctions.join(', ') || '(none)'}\nfunctions.json ${result.functionsFile}\n`
  )
  return EXIT.pass
}
