// `command: build` — in an Ubuntu 22.04 userland whose gcc-12 the workflow installed at the
// kernel's exact revision: preflight against that gcc, caches (source, pristine tree), kpatch
// built from its pinned commit, the pristine kernel built once with kpatch-build's own make
// variables (its vmlinux kept outside the tree), kpatch-build in an allow-listed environment, the
// function gate, artifacts, job summary. A runner that already has a tree and vmlinux (a
// self-hosted builder) passes kernel-source-dir and vmlinux and skips the fetching and building.
import * as artifact from '@actions/artifact'
import * as cache from '@actions/cache'
import * as core from '@actions/core'
import * as exec from '@actions/exec'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { cacheKeys, type CacheKey } from '../build/cache-keys.js'
import { FunctionGateError, missingFunctions, parseFunctionsJson } from '../build/functions.js'
import { builderEnv } from '../build/env.js'
import { BuildError, kpatchBuilder } from '../build/kpatch-build.js'
import {
  buildKpatchTools,
  DEFAULT_KPATCH_REF,
  DEFAULT_KPATCH_REPOSITORY
} from '../build/kpatch-tools.js'
import { buildPristine } from '../build/pristine.js'
import { preflightConfig, renderPreflight } from '../build/preflight.js'
import { LivepatchError } from '../errors.js'
import { readHistory } from '../patches/history.js'
import { Inputs, Outputs, type ActionInputs } from './inputs.js'

interface BuildInputs {
  kernelConfig: string
  kernelRelease: string
  kernelVersion: string
  sourceUrl: string
  kpatchRepository: string
  kpatchRef: string
  cacheKernelTree: boolean
  jobs: number
  skipCompilerCheck: boolean
  sourceDir: string | undefined
  vmlinux: string | undefined
  previousFunctions: string | undefined
  workDir: string
}

const boolInput = (name: string, fallback: boolean): boolean =>
  core.getInput(name) === '' ? fallback : core.getBooleanInput(name)

function buildInputs(inputs: ActionInputs): BuildInputs {
  if (!inputs.kernelConfig)
    throw new LivepatchError(
      `Input required and not supplied: ${Inputs.KernelConfig} (the image's kernel .config)`
    )
  if (!inputs.kernelRelease)
    throw new LivepatchError(
      `Input required and not supplied: ${Inputs.KernelRelease} (the VMs' uname -r, e.g. 6.15.2-automata)`
    )
  const jobs = Number(core.getInput(Inputs.Jobs) || '0') || undefined
  return {
    kernelConfig: inputs.kernelConfig,
    kernelRelease: inputs.kernelRelease,
    kernelVersion: core.getInput(Inputs.KernelVersion) || '6.15.2',
    sourceUrl:
      core.getInput(Inputs.KernelSourceUrl) ||
      'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git',
    kpatchRepository: core.getInput(Inputs.KpatchRepository) || DEFAULT_KPATCH_REPOSITORY,
    kpatchRef: core.getInput(Inputs.KpatchRef) || DEFAULT_KPATCH_REF,
    cacheKernelTree: boolInput(Inputs.CacheKernelTree, true),
    jobs: jobs ?? availableParallelism(),
    skipCompilerCheck: boolInput(Inputs.SkipCompilerCheck, false),
    sourceDir: core.getInput(Inputs.KernelSourceDir) || undefined,
    vmlinux: core.getInput(Inputs.Vmlinux) || undefined,
    previousFunctions: core.getInput(Inputs.PreviousFunctions) || undefined,
    workDir:
      core.getInput(Inputs.WorkDir) || join(process.env.RUNNER_TEMP || '/tmp', 'livepatch-build')
  }
}

async function gccText(): Promise<string | undefined> {
  const out = await exec
    .getExecOutput('gcc', ['--version'], { silent: true, ignoreReturnCode: true })
    .catch(() => undefined)
  return out && out.exitCode === 0 ? out.stdout.split('\n')[0] : undefined
}

async function restore(entry: CacheKey, paths: string[]): Promise<boolean> {
  if (!cache.isFeatureAvailable()) return false
  try {
    return (await cache.restoreCache(paths, entry.key, entry.restoreKeys)) !== undefined
  } catch (error) {
    core.warning(`cache restore of ${entry.key} failed: ${(error as Error).message}`)
    return false
  }
}

async function save(entry: CacheKey, paths: string[]): Promise<void> {
  // Caches made in a pull request are scoped to it: only main's runs seed the shared ones.
  if (!cache.isFeatureAvailable() || process.env.GITHUB_EVENT_NAME === 'pull_request') return
  try {
    await cache.saveCache(paths, entry.key)
  } catch (error) {
    core.warning(`cache save of ${entry.key} skipped: ${(error as Error).message}`)
  }
}

/** kbuild's quiet progress lines (`  CC      x.o`): counted for the progress, not logged. */
const KBUILD_QUIET = /^ {2}[A-Z0-9_]+(?: \[M\])?\s+\S+$/

interface Prepared {
  source: string
  config: string
  vmlinux: string
  kpatchBin: string
}

/**
 * Fetch the source, build kpatch (always, from the pinned commit: nothing restored from a cache is
 * executed as a tool) and the pristine kernel (once, with kpatch-build's own make variables, so
 * its "Building original source" finds the tree up to date). Caches: `pristine` holds the built
 * tree with its vmlinux and resolved config (kernel-tree cache; `cache-kernel-tree: false` turns
 * it off); `source` the bare checkout, saved before anything is built in it. `saves` collects
 * what to save once the whole build succeeded.
 */
async function prepare(
  build: BuildInputs,
  keys: ReturnType<typeof cacheKeys>,
  hits: Record<string, boolean>,
  saves: (() => Promise<void>)[],
  env: Record<string, string>
): Promise<Prepared> {
  const source = join(build.workDir, 'linux')
  const pristine = join(build.workDir, 'pristine')
  const pristineVmlinux = join(pristine, 'vmlinux')
  const pristineConfig = join(pristine, 'config')
  hits.pristine = build.cacheKernelTree && (await restore(keys.pristine, [source, pristine]))
  hits.source = hits.pristine || (await restore(keys.source, [source]))
  if (!existsSync(join(source, 'Makefile'))) {
    await core.group('get the kernel source', () =>
      exec.exec(
        'git',
        ['clone', '--depth', '1', '--branch', `v${build.kernelVersion}`, build.sourceUrl, source],
        { env }
      )
    )
    await save(keys.source, [source]) // the bare tree, before any build touches it
  }
  // The same path every run: it is part of every compile command line (CC=…/kpatch-cc gcc).
  const tools = await core.group(`build kpatch ${build.kpatchRef}`, () =>
    buildKpatchTools({
      repository: build.kpatchRepository,
      ref: build.kpatchRef,
      dir: join(build.workDir, 'kpatch'),
      jobs: build.jobs,
      env,
      line: l => core.info(l)
    })
  )
  core.info(`kpatch ${tools.commit} built from ${build.kpatchRepository}`)
  if (!existsSync(pristineVmlinux) || !existsSync(pristineConfig)) {
    core.info(
      '== build the pristine kernel once, with kpatch-build\'s own make variables (the guide: "build it at least once")'
    )
    const started = Date.now()
    const result = await buildPristine({
      source,
      config: build.kernelConfig,
      kernelRelease: build.kernelRelease,
      kernelVersion: build.kernelVersion,
      kpatchDir: tools.dir,
      jobs: build.jobs,
      skipCompilerCheck: build.skipCompilerCheck,
      pristineDir: pristine,
      env,
      line: l => {
        if (!KBUILD_QUIET.test(l)) core.info(l)
      },
      progress: message =>
        core.info(`== ${message} (at ${((Date.now() - started) / 1000).toFixed(0)} s)`)
    })
    core.info(`== pristine kernel: ${result.objects} objects in ${result.seconds.toFixed(0)} s`)
    if (build.cacheKernelTree) saves.push(() => save(keys.pristine, [source, pristine]))
  }
  return {
    source,
    config: pristineConfig,
    // The image's own vmlinux when given (what the VMs run); else the pristine build's (why
    // that is safe for -v: src/build/pristine.ts).
    vmlinux: build.vmlinux ?? pristineVmlinux,
    kpatchBin: tools.kpatchBuild
  }
}

async function upload(name: string, files: string[], root: string): Promise<void> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.warning(`artifact ${name} not uploaded: no artifact service outside GitHub Actions`)
    return
  }
  await new artifact.DefaultArtifactClient().uploadArtifact(name, files, root)
}

export async function runBuild(inputs: ActionInputs): Promise<number> {
  const build = buildInputs(inputs)
  const history = await readHistory(inputs.patchesDir)
  const latest = history.patches[history.patches.length - 1]
  if (!latest) throw new LivepatchError(`no patches in ${inputs.patchesDir}: nothing to build`)
  const configText = await readFile(build.kernelConfig, 'utf8')
  const gcc = await gccText()
  const preflight = preflightConfig(configText, build.kernelConfig, {
    kernelRelease: build.kernelRelease,
    gccVersionText: build.skipCompilerCheck ? undefined : gcc
  })
  core.info(renderPreflight(preflight))
  if (!preflight.ok) {
    for (const problem of preflight.fatal)
      core.error(`${problem.option}: ${problem.message}`, {
        title: 'kernel config preflight',
        file: build.kernelConfig
      })
    core.setFailed('livepatch build: the kernel config preflight failed; nothing was built')
    return 1
  }
  await mkdir(build.workDir, { recursive: true })
  const keys = cacheKeys({
    kernelVersion: build.kernelVersion,
    config: configText,
    gccText: gcc ?? preflight.compiler ?? '',
    kpatchRef: build.kpatchRef,
    sourceUrl: build.sourceUrl
  })
  const hits: Record<string, boolean> = {}
  const saves: (() => Promise<void>)[] = []
  // The builder sees only the allow-listed environment: never this job's inputs or tokens.
  const env = builderEnv(process.env)
  const prepared: Prepared =
    build.sourceDir && build.vmlinux
      ? {
          source: build.sourceDir,
          config: build.kernelConfig,
          vmlinux: build.vmlinux,
          kpatchBin: 'kpatch-build' // a self-hosted builder's installed kpatch
        }
      : await prepare(build, keys, hits, saves, env)
  const output = join(build.workDir, 'output')
  const started = Date.now()
  let result
  try {
    result = await kpatchBuilder.build(
      {
        source: prepared.source,
        config: prepared.config,
        vmlinux: prepared.vmlinux,
        output,
        kernelRelease: build.kernelRelease,
        jobs: build.jobs,
        patch: latest.path,
        skipCompilerCheck: build.skipCompilerCheck,
        command: prepared.kpatchBin,
        env
      },
      {
        stage: stage =>
          core.info(`== ${stage} (at ${((Date.now() - started) / 1000).toFixed(0)} s)`),
        line: line => core.info(line)
      }
    )
  } catch (error) {
    if (error instanceof BuildError) {
      core.error(`${error.message}\n${error.advice.join('\n')}`, {
        title: 'kpatch-build failed',
        file: latest.path
      })
      await core.group("tail of kpatch-build's build.log", async () => core.info(error.logTail))
      if (error.logFile) await upload('build-log', [error.logFile], join(error.logFile, '..'))
    }
    throw error
  }
  if (build.previousFunctions) {
    const previous = parseFunctionsJson(
      await readFile(build.previousFunctions, 'utf8'),
      build.previousFunctions
    )
    const missing = missingFunctions(previous, result.functions)
    if (missing.length > 0) throw new FunctionGateError(missing, build.previousFunctions)
  }
  // Save the tree only from a clean, successful run.
  for (const saveOne of saves) await saveOne()
  await upload('livepatch-module', [result.module, result.functionsFile], output)
  await writeFile(
    join(output, 'build-summary.json'),
    JSON.stringify({ ...result, cacheHits: hits }, null, 2) + '\n'
  )
  core.setOutput(Outputs.Module, result.module)
  core.setOutput(Outputs.ModuleName, result.moduleName)
  core.setOutput(Outputs.Sha256, result.sha256)
  core.setOutput(Outputs.FunctionsFile, result.functionsFile)
  const changed = Object.entries(result.functions.objects).flatMap(([object, e]) =>
    e.changed.map(f => `${object}: ${f}`)
  )
  await core.summary
    .addHeading('livepatch build', 2)
    .addTable([
      [
        { data: 'module', header: true },
        { data: 'size', header: true },
        { data: 'vermagic', header: true },
        { data: 'sha256', header: true }
      ],
      [result.moduleName, `${result.size} bytes`, result.vermagic, result.sha256]
    ])
    .addHeading('changed functions', 3)
    .addList(changed.length ? changed : ['(none)'])
    .addHeading('stages and caches', 3)
    .addList([
      ...result.stages.map(s => `${s.name}: ${s.seconds.toFixed(1)} s`),
      ...Object.entries(hits).map(([k, v]) => `cache ${k}: ${v ? 'hit' : 'miss'}`)
    ])
    .write()
  return 0
}
