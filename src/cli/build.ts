// `livepatch preflight` and `livepatch build`.
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { LivepatchError } from '../errors.js'
import { EXIT, json, parse, readInput, usageOf, whole, type Command } from './args.js'

const PREFLIGHT_USAGE = usageOf('preflight')
const BUILD_USAGE = usageOf('build')

/** First line of the local `gcc --version`, or undefined when there is no gcc. */
function localGcc(): string | undefined {
  try {
    return execFileSync('gcc', ['--version'], { encoding: 'utf8' }).split('\n')[0]
  } catch {
    return undefined
  }
}

export const preflight: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'preflight')
  if (positionals.length > 0 || !values.config)
    throw new LivepatchError(`preflight needs --config FILE\nusage: ${PREFLIGHT_USAGE}`)
  const { preflightConfig, renderPreflight } = await import('../build/preflight.js')
  const text = (await readInput(values.config as string, 'kernel config')).toString('utf8')
  const report = preflightConfig(text, values.config as string, {
    kernelRelease: values['kernel-release'] as string | undefined,
    gccVersionText:
      (values['gcc-version-text'] as string | undefined) ??
      (values['no-local-gcc'] ? undefined : localGcc())
  })
  io.stdout(values.json ? json(report) : renderPreflight(report))
  return report.ok ? EXIT.pass : EXIT.fail
}

export const build: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'build')
  if (positionals.length !== 1)
    throw new LivepatchError(`build takes exactly one PATCH\nusage: ${BUILD_USAGE}`)
  for (const required of ['source', 'config', 'vmlinux', 'output', 'kernel-release'] as const) {
    if (!values[required])
      throw new LivepatchError(`build needs --${required}\nusage: ${BUILD_USAGE}`)
  }
  const { kpatchBuilder, BuildError } = await import('../build/kpatch-build.js')
  const { FunctionGateError, missingFunctions, parseFunctionsJson } =
    await import('../build/functions.js')
  const previousPath = values['previous-functions'] as string | undefined
  const previous = previousPath
    ? parseFunctionsJson(await readFile(previousPath, 'utf8'), previousPath)
    : undefined
  try {
    const result = await kpatchBuilder.build(
      {
        source: values.source as string,
        config: values.config as string,
        vmlinux: values.vmlinux as string,
        output: values.output as string,
        kernelRelease: values['kernel-release'] as string,
        jobs: whole(values.jobs, '--jobs') ?? availableParallelism(),
        name: values.name as string | undefined,
        patch: positionals[0],
        skipCompilerCheck: values['skip-compiler-check'] as boolean | undefined
      },
      values.json ? {} : { stage: stage => io.stderr(`== ${stage}\n`) }
    )
    if (previous) {
      const missing = missingFunctions(previous, result.functions)
      if (missing.length > 0) throw new FunctionGateError(missing, previousPath as string)
    }
    const changed = Object.entries(result.functions.objects).flatMap(([object, e]) =>
      e.changed.map(f => `${object}: ${f}`)
    )
    io.stdout(
      values.json
        ? json(result)
        : `built ${result.module} (${result.size} bytes, vermagic ${result.vermagic})\nchanged functions: ${changed.join(', ') || '(none)'}\nfunctions.json ${result.functionsFile}\n`
    )
    return EXIT.pass
  } catch (error) {
    if (error instanceof BuildError) {
      io.stderr(
        `${error.logTail}\n\n${error.advice.map(a => `advice: ${a}`).join('\n') || 'advice: none known for this failure; read the log above'}\n${error.logFile ? `full log: ${error.logFile}\n` : ''}`
      )
    }
    throw error
  }
}
