// `build` and `preflight`, for both doors: typed settings from the one table → the config
// preflight against the local gcc → the tree (prepared in the work folder, or the given built
// tree and vmlinux) → kpatch-build → the function gate → a typed outcome. The doors only make the
// settings, pass their ports (cache, reporter, environment) and render the outcome.
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { cacheKeys } from '../build/cache-keys.js'
import { builderEnv } from '../build/env.js'
import {
  changedFunctions,
  FunctionGateError,
  missingFunctions,
  parseFunctionsJson
} from '../build/functions.js'
import { localGccVersion } from '../build/gcc.js'
import { BuildError, type BuildResult } from '../build/kpatch-build.js'
import { prepare, sha256Of, type CachePort, type KernelSource } from '../build/prepare.js'
import { preflightConfig, renderPreflight, type PreflightReport } from '../build/preflight.js'
import { LivepatchError, quoted } from '../errors.js'
import { buildWithTargets } from '../build/targets.js'
import { readHistory } from '../patches/history.js'
import type { Reporter } from './ports.js'
import type { Reader } from './settings.js'

/** A tree already built by someone else (a self-hosted builder): used as it is. */
export interface BuiltTree {
  kind: 'built'
  dir: string
  vmlinux: string
}

export interface BuildSettings {
  kernelConfig: string
  kernelRelease: string
  kernelVersion: string
  /** Where the tree comes from: prepared from a source, or given built. */
  source: KernelSource | BuiltTree
  /** The image's own vmlinux for -v when the tree is prepared (else the pristine build's). */
  vmlinux: string | undefined
  kpatchRepository: string
  kpatchRef: string
  /** auto: -t the objects the patch reaches when that is provably enough (src/build/targets.ts). */
  kpatchTargets: 'auto' | 'default'
  cacheKernelTree: boolean
  jobs: number
  skipCompilerCheck: boolean
  previousFunctions: string | undefined
  /** The source, kpatch and the pristine build live here between runs (about 15 GB). */
  workDir: string
  /** Where the module and functions.json go. */
  output: string
  /** The patch to build; undefined: the newest of patchesDir. */
  patch: string | undefined
  patchesDir: string
  moduleName: string | undefined
}

/** Typed build settings from a door's reader; `door.workDir` is the door's default work folder. */
export function buildSettings(r: Reader, door: { workDir: string }): BuildSettings {
  const kernelConfig = r.required('kernelConfig', "the image's kernel .config")
  const kernelRelease = r.required('kernelRelease', "the VMs' uname -r, e.g. 6.15.2-automata")
  const dir = r.text('kernelSourceDir') || undefined
  const vmlinux = r.text('vmlinux') || undefined
  const tarball = r.text('kernelSourceTarball') || undefined
  if (dir && tarball)
    throw new LivepatchError(
      `${r.label('kernelSourceDir')} and ${r.label('kernelSourceTarball')} both name the kernel source: give one of them`
    )
  const source: BuildSettings['source'] =
    dir && vmlinux
      ? { kind: 'built', dir, vmlinux }
      : dir
        ? { kind: 'tree', dir }
        : tarball
          ? { kind: 'tarball', file: tarball }
          : { kind: 'git', url: r.required('kernelSourceUrl', 'git URL of the kernel source') }
  const workDir = r.text('workDir') || door.workDir
  const kernelVersion = r.required('kernelVersion', 'the kernel version, e.g. 6.15.2')
  // The tree's local version is the rest of the release: known wrong now, not after an hour.
  if (source.kind !== 'built' && !kernelRelease.startsWith(kernelVersion))
    throw new LivepatchError(
      `${r.label('kernelRelease')} ${quoted(kernelRelease)} does not start with ${r.label('kernelVersion')} ${quoted(kernelVersion)}: the release the VMs run is the version the tree is built from plus its local version (e.g. 6.15.2-automata)`
    )
  return {
    kernelConfig,
    kernelRelease,
    kernelVersion,
    source,
    vmlinux: source.kind === 'built' ? undefined : vmlinux,
    kpatchRepository: r.required('kpatchRepository', 'git URL of kpatch'),
    kpatchRef: r.required('kpatchRef', 'the kpatch commit or tag'),
    kpatchTargets: r.choice<'auto' | 'default'>('kpatchTargets') ?? 'auto',
    cacheKernelTree: r.flag('cacheKernelTree'),
    jobs: r.whole('jobs') ?? availableParallelism(),
    skipCompilerCheck: r.flag('skipCompilerCheck'),
    previousFunctions: r.text('previousFunctions') || undefined,
    workDir,
    output: r.text('buildOutput') || join(workDir, 'output'),
    patch: r.text('patch') || undefined,
    patchesDir: r.text('patchesDir') || 'patches',
    moduleName: r.text('moduleName') || undefined
  }
}

export interface PreflightSettings {
  kernelConfig: string
  kernelRelease: string | undefined
  /** The compiler text to compare with; else the local gcc's when `localGcc`. */
  gccVersionText: string | undefined
  localGcc: boolean
}

export function preflightSettings(r: Reader): PreflightSettings {
  return {
    kernelConfig: r.required('kernelConfig', "the image's kernel .config"),
    kernelRelease: r.text('kernelRelease') || undefined,
    gccVersionText: r.text('gccVersionText') || undefined,
    localGcc: !r.flag('noLocalGcc')
  }
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new LivepatchError(
      `cannot read ${what} ${quoted(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    )
  }
}

/** The config preflight: what kpatch-build would refuse, against the given or the local gcc. */
export async function runPreflight(
  settings: PreflightSettings,
  env: NodeJS.ProcessEnv
): Promise<{ report: PreflightReport; configText: string }> {
  const configText = await readText(settings.kernelConfig, 'kernel config')
  const gccVersionText =
    settings.gccVersionText ??
    (settings.localGcc ? await localGccVersion(builderEnv(env)) : undefined)
  const report = preflightConfig(configText, settings.kernelConfig, {
    kernelRelease: settings.kernelRelease,
    gccVersionText
  })
  return { report, configText }
}

export interface BuildPorts {
  cache: CachePort
  reporter: Reporter
  /** The door's environment; the builders get only its allow-listed part (src/build/env.ts). */
  env: NodeJS.ProcessEnv
}

export type BuildOutcome =
  | { verdict: 'preflight-failed'; preflight: PreflightReport }
  | {
      verdict: 'built'
      preflight: PreflightReport
      patch: string
      result: BuildResult
      /** `object: function` for each changed function. */
      changedFunctions: string[]
      /** The caches consulted, and whether each was a hit. */
      cacheHits: Record<string, boolean>
      /** kpatch built for this run (undefined: a built tree's installed kpatch-build). */
      kpatchCommit: string | undefined
      /** This run's pristine kernel build, when it did one. */
      pristine: { objects: number; seconds: number } | undefined
      /** The function gate: the previous release's functions.json, all patched again. */
      gate: { previous: string; functions: number } | undefined
    }

async function newestPatch(patchesDir: string): Promise<string> {
  const history = await readHistory(patchesDir)
  const latest = history.patches[history.patches.length - 1]
  if (!latest) throw new LivepatchError(`no patches in ${patchesDir}: nothing to build`)
  return latest.path
}

/** kpatch-build's failure as both doors show it: the advice as an error, the log's tail. */
async function reportBuildError(error: BuildError, patch: string, reporter: Reporter) {
  const advice = error.advice.length
    ? error.advice.map(a => `advice: ${a}`)
    : ['advice: none known for this failure; read the log below']
  reporter.error(
    [error.message, ...advice, ...(error.logFile ? [`full log: ${error.logFile}`] : [])].join('\n'),
    { title: 'kpatch-build failed', file: patch }
  )
  reporter.detail("tail of kpatch-build's build.log", error.logTail)
}

export async function runBuild(settings: BuildSettings, ports: BuildPorts): Promise<BuildOutcome> {
  const { reporter, cache } = ports
  const patch = settings.patch ?? (await newestPatch(settings.patchesDir))
  // The builders see only the allow-listed environment: never the job's inputs or tokens.
  const env = builderEnv(ports.env)
  const gcc = await localGccVersion(env)
  const { report: preflight, configText } = await runPreflight(
    {
      kernelConfig: settings.kernelConfig,
      kernelRelease: settings.kernelRelease,
      gccVersionText: settings.skipCompilerCheck ? undefined : gcc,
      localGcc: false
    },
    ports.env
  )
  reporter.info(renderPreflight(preflight).trimEnd())
  if (!preflight.ok) {
    for (const problem of preflight.fatal)
      reporter.error(`${problem.option}: ${problem.message}`, {
        title: 'kernel config preflight',
        file: settings.kernelConfig
      })
    return { verdict: 'preflight-failed', preflight }
  }
  const { source } = settings
  const prepared =
    source.kind === 'built'
      ? {
          source: source.dir,
          config: settings.kernelConfig,
          vmlinux: source.vmlinux,
          // Its Module.symvers is whatever its last build left: not a baseline (targets.ts).
          symvers: undefined,
          kpatchBin: 'kpatch-build', // a self-hosted builder's installed kpatch
          kpatchCommit: undefined,
          hits: {},
          saves: [],
          pristine: undefined
        }
      : await prepare(
          {
            workDir: settings.workDir,
            source,
            kernelConfig: settings.kernelConfig,
            kernelRelease: settings.kernelRelease,
            kernelVersion: settings.kernelVersion,
            kpatchRepository: settings.kpatchRepository,
            kpatchRef: settings.kpatchRef,
            jobs: settings.jobs,
            skipCompilerCheck: settings.skipCompilerCheck,
            cacheKernelTree: settings.cacheKernelTree,
            vmlinux: settings.vmlinux,
            refreshObjects: settings.kpatchTargets === 'auto',
            keys: cacheKeys({
              kernelVersion: settings.kernelVersion,
              config: configText,
              gccText: gcc ?? preflight.compiler ?? '',
              kpatchRef: settings.kpatchRef,
              sourceUrl:
                source.kind === 'git'
                  ? source.url
                  : source.kind === 'tarball'
                    ? `tarball-${await sha256Of(resolve(source.file))}`
                    : `tree-${resolve(source.dir)}`
            }),
            env
          },
          { cache, reporter }
        )
  const started = Date.now()
  let result: BuildResult
  try {
    result = await buildWithTargets(
      {
        source: prepared.source,
        config: prepared.config,
        vmlinux: prepared.vmlinux,
        output: settings.output,
        kernelRelease: settings.kernelRelease,
        jobs: settings.jobs,
        name: settings.moduleName,
        patch,
        skipCompilerCheck: settings.skipCompilerCheck,
        command: prepared.kpatchBin,
        cacheDir: env.CACHEDIR,
        env
      },
      {
        // A tree built elsewhere may hold objects (and records) of another source state.
        mode: source.kind === 'built' ? 'default' : settings.kpatchTargets,
        ...(source.kind === 'built' && settings.kpatchTargets === 'auto'
          ? { ownReason: "a tree built elsewhere: its objects' records may not be its sources'" }
          : {}),
        pristineSymvers: prepared.symvers,
        log: reporter
      },
      {
        stage: stage =>
          reporter.info(`== ${stage} (at ${((Date.now() - started) / 1000).toFixed(0)} s)`),
        line: line => reporter.info(line)
      }
    )
  } catch (error) {
    if (error instanceof BuildError) await reportBuildError(error, patch, reporter)
    throw error
  }
  let gate: { previous: string; functions: number } | undefined
  if (settings.previousFunctions) {
    const previous = parseFunctionsJson(
      await readText(settings.previousFunctions, 'previous functions.json'),
      settings.previousFunctions
    )
    const missing = missingFunctions(previous, result.functions)
    if (missing.length > 0) throw new FunctionGateError(missing, settings.previousFunctions)
    gate = { previous: settings.previousFunctions, functions: changedFunctions(previous).length }
    reporter.info(
      `function gate: all ${gate.functions} functions of ${gate.previous} are patched again`
    )
  } else {
    reporter.info('function gate: skipped (no previous release functions.json given)')
  }
  // Save the tree only from a clean, successful run.
  for (const save of prepared.saves) await cache.save(save.entry, save.paths)
  return {
    verdict: 'built',
    preflight,
    patch,
    result,
    changedFunctions: changedFunctions(result.functions),
    cacheHits: prepared.hits,
    kpatchCommit: prepared.kpatchCommit,
    pristine: prepared.pristine,
    gate
  }
}
