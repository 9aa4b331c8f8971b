// `command: build` — in an Ubuntu 22.04 userland whose gcc-12 the workflow installed at the
// kernel's exact revision: preflight against that gcc, caches (source, kpatch, pristine build),
// the pristine kernel built once with its vmlinux kept outside the tree, kpatch-build, the
// function gate, artifacts, job summary. A runner that already has a tree and vmlinux (a
// self-hosted builder) passes kernel-source-dir and vmlinux and skips the fetching and building.
import * as artifact from '@actions/artifact'
import * as cache from '@actions/cache'
import * as core from '@actions/core'
import * as exec from '@actions/exec'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { cacheKeys, type CacheKey } from '../build/cache-keys.js'
import { FunctionGateError, missingFunctions, parseFunctionsJson } from '../build/functions.js'
import { BuildError, kpatchBuilder, setLocalVersion } from '../build/kpatch-build.js'
import { preflightConfig, renderPreflight } from '../build/preflight.js'
import { LivepatchError } from '../errors.js'
import { readHistory } from '../patches/history.js'
import { Inputs, Outputs, type ActionInputs } from './inputs.js'

interface BuildInputs {
  kernelConfig: string
  kernelRelease: string
  kernelVersion: string
  sourceUrl: string
  kpatchRef: string
  jobs: number
  skipCompilerCheck: boolean
  sourceDir: string | undefined
  vmlinux: string | undefined
  previousFunctions: string | undefined
  workDir: string
}

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
    kpatchRef: core.getInput(Inputs.KpatchRef) || 'v0.9.10',
    jobs: jobs ?? availableParallelism(),
    skipCompilerCheck:
      core.getInput(Inputs.SkipCompilerCheck) !== '' &&
      core.getBooleanInput(Inputs.SkipCompilerCheck),
    sourceDir: core.getInput(Inputs.KernelSourceDir) || undefined,
    vmlinux: core.getInput(Inputs.Vmlinux) || undefined,
    previousFunctions: core.getInput(Inputs.PreviousFunctions) || undefined,
    workDir: join(process.env.RUNNER_TEMP || '/tmp', 'livepatch-build')
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

/** Fetch the source, build kpatch and the pristine kernel, as needed; returns the tree and vmlinux. */
/**
 * Fetch the source, build kpatch and the pristine kernel, as needed; returns the tree and vmlinux.
 * Caches: `pristine` holds the built tree together with the pristine vmlinux (kpatch-build -s
 * rebuilds only what the patch changes in a built tree); `source` holds the bare checkout,
 * saved before anything is built in it, for a config or compiler change; `kpatch` the tools.
 * `cache.saves` collects what to save once the whole build succeeded.
 */
async function prepare(
  build: BuildInputs,
  keys: ReturnType<typeof cacheKeys>,
  hits: Record<string, boolean>,
  saves: (() => Promise<void>)[]
): Promise<{ source: string; vmlinux: string; kpatchBin: string }> {
  const source = join(build.workDir, 'linux')
  const kpatch = join(build.workDir, 'kpatch')
  const pristine = join(build.workDir, 'pristine')
  const vmlinux = join(pristine, 'vmlinux')
  hits.pristine = await restore(keys.pristine, [source, pristine])
  hits.source = hits.pristine || (await restore(keys.source, [source]))
  hits.kpatch = await restore(keys.kpatch, [kpatch])
  if (!existsSync(join(source, 'Makefile'))) {
    await core.group('get the kernel source', () =>
      exec.exec('git', [
        'clone',
        '--depth',
        '1',
        '--branch',
        `v${build.kernelVersion}`,
        build.sourceUrl,
        source
      ])
    )
    await save(keys.source, [source]) // the bare tree, before any build touches it
  }
  if (!existsSync(join(kpatch, 'kpatch-build', 'kpatch-build'))) {
    await core.group(`build kpatch ${build.kpatchRef}`, async () => {
      await exec.exec('git', [
        'clone',
        '--depth',
        '1',
        '--branch',
        build.kpatchRef,
        'https://github.com/dynup/kpatch',
        kpatch
      ])
      await exec.exec('make', ['-C', kpatch, '-j', String(build.jobs)])
    })
    saves.push(() => save(keys.kpatch, [kpatch]))
  }
  if (!existsSync(vmlinux)) {
    await core.group(
      'build the pristine kernel once (the guide: "build it at least once")',
      async () => {
        await copyFile(build.kernelConfig, join(source, '.config'))
        await setLocalVersion(source, build.kernelRelease, build.kernelVersion)
        await exec.exec('make', ['-C', source, 'olddefconfig'])
        await exec.exec('make', ['-C', source, `-j${build.jobs}`, 'vmlinux', 'modules'])
        await mkdir(pristine, { recursive: true })
        await copyFile(join(source, 'vmlinux'), vmlinux)
        await writeFile(
          `${vmlinux}.sha256`,
          createHash('sha256')
            .update(await readFile(vmlinux))
            .digest('hex')
        )
      }
    )
    saves.push(() => save(keys.pristine, [source, pristine]))
  }
  return { source, vmlinux, kpatchBin: join(kpatch, 'kpatch-build', 'kpatch-build') }
}

async function upload(name: string, files: string[], root: string): Promise<void> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
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
  const prepared =
    build.sourceDir && build.vmlinux
      ? { source: build.sourceDir, vmlinux: build.vmlinux, kpatchBin: 'kpatch-build' }
      : await prepare(build, keys, hits, saves)
  const vmlinuxSha256 = existsSync(`${prepared.vmlinux}.sha256`)
    ? (await readFile(`${prepared.vmlinux}.sha256`, 'utf8')).trim()
    : undefined
  const output = join(build.workDir, 'output')
  const started = Date.now()
  let result
  try {
    result = await kpatchBuilder.build(
      {
        source: prepared.source,
        config: build.kernelConfig,
        vmlinux: prepared.vmlinux,
        vmlinuxSha256,
        output,
        kernelRelease: build.kernelRelease,
        jobs: build.jobs,
        patch: latest.path,
        skipCompilerCheck: build.skipCompilerCheck,
        command: prepared.kpatchBin
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
  // Save the tree and tools only from a clean, successful run.
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
