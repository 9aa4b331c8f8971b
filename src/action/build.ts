// `command: build`, the action's door: inputs → build settings → the build (src/app/build.ts,
// with @actions/cache behind its cache port and @actions/core behind its reporter) → outputs,
// artifacts and the job summary. The workflow installs gcc-12 at the kernel's exact revision in
// an Ubuntu 22.04 userland; a self-hosted builder with a built tree passes kernel-source-dir and
// vmlinux instead of fetching and building.
import * as artifact from '@actions/artifact'
import * as core from '@actions/core'
import { dirname, join } from 'node:path'
import { buildSettings, runBuild } from '../app/build.js'
import { BuildError } from '../build/kpatch-build.js'
import { writeFileAtomic } from '../files.js'
import { actionCache } from './cache.js'
import { actionReader, Outputs } from './inputs.js'
import { actionReporter } from './reporter.js'

async function upload(name: string, files: string[], root: string): Promise<void> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.warning(`artifact ${name} not uploaded: no artifact service outside GitHub Actions`)
    return
  }
  await new artifact.DefaultArtifactClient().uploadArtifact(name, files, root)
}

export async function runBuildCommand(): Promise<number> {
  const settings = buildSettings(actionReader(), {
    workDir: join(process.env.RUNNER_TEMP || '/tmp', 'livepatch-build')
  })
  const reporter = actionReporter()
  let outcome
  try {
    outcome = await runBuild(settings, { cache: actionCache(reporter), reporter, env: process.env })
  } catch (error) {
    if (error instanceof BuildError && error.logFile)
      await upload('build-log', [error.logFile], dirname(error.logFile))
    throw error
  }
  if (outcome.verdict === 'preflight-failed') {
    core.setFailed('livepatch build: the kernel config preflight failed; nothing was built')
    return 1
  }
  const { result } = outcome
  await upload('livepatch-module', [result.module, result.functionsFile], settings.output)
  await writeFileAtomic(
    join(settings.output, 'build-summary.json'),
    JSON.stringify({ ...result, cacheHits: outcome.cacheHits }, null, 2) + '\n'
  )
  core.setOutput(Outputs.Module, result.module)
  core.setOutput(Outputs.ModuleName, result.moduleName)
  core.setOutput(Outputs.Sha256, result.sha256)
  core.setOutput(Outputs.FunctionsFile, result.functionsFile)
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
    .addList(outcome.changedFunctions.length ? outcome.changedFunctions : ['(none)'])
    .addHeading('stages and caches', 3)
    .addList([
      ...result.stages.map(s => `${s.name}: ${s.seconds.toFixed(1)} s`),
      ...Object.entries(outcome.cacheHits).map(([k, v]) => `cache ${k}: ${v ? 'hit' : 'miss'}`),
      outcome.gate
        ? `function gate: all ${outcome.gate.functions} functions of the previous release patched again`
        : 'function gate: skipped (no previous release)',
      ...(settings.skipCompilerCheck ? ['compiler check: SKIPPED (skip-compiler-check)'] : [])
    ])
    .write()
  return 0
}
