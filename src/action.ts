// The action door: inputs → a stage → outputs, job summary, annotations. Only this file (and
// src/action/) imports @actions/*; every stage below is plain functions.
import * as core from '@actions/core'
import { join } from 'node:path'
import { LivepatchError, errorMessage } from './errors.js'
import { checkPatches, type CheckReport } from './patches/check.js'
import { PatchParseError } from './patches/errors.js'
import { renderCheckSummary } from './render/summary.js'
import { describeMissing } from './render/text.js'

export const Inputs = {
  Command: 'command',
  PatchesDir: 'patches-dir',
  BaseRef: 'base-ref'
} as const

export const Outputs = {
  Verdict: 'verdict',
  LatestPatch: 'latest-patch',
  PreviousPatch: 'previous-patch',
  ModuleName: 'module-name'
} as const

const COMMANDS = ['check', 'build', 'sign', 'deploy', 'release'] as const
type ActionCommand = (typeof COMMANDS)[number]

interface ActionInputs {
  command: ActionCommand
  patchesDir: string
  baseRef: string | undefined
}

function readInputs(): ActionInputs {
  const command = core.getInput(Inputs.Command) || 'check'
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new LivepatchError(
      `Invalid input '${Inputs.Command}': '${command}'. Expected one of ${COMMANDS.join(', ')}.`
    )
  }
  return {
    command: command as ActionCommand,
    patchesDir: core.getInput(Inputs.PatchesDir) || 'patches',
    baseRef: core.getInput(Inputs.BaseRef) || undefined
  }
}

function annotateCheck(report: CheckReport, patchesDir: string): void {
  for (const problem of report.history) {
    core.error(problem.message, {
      title: 'livepatch history',
      file: join(patchesDir, problem.file)
    })
  }
  for (const pair of report.pairs) {
    for (const change of pair.missing) {
      core.error(describeMissing(change), {
        title: 'change of the previous patch missing',
        file: pair.latest,
        startLine: change.latestPatchLine
      })
    }
  }
  for (const warning of report.warnings) {
    core.warning(warning.message, {
      title: 'kpatch patch-author guide',
      file: warning.file,
      startLine: warning.line
    })
  }
}

async function runCheck(inputs: ActionInputs): Promise<number> {
  const report = await checkPatches({ dir: inputs.patchesDir, baseRef: inputs.baseRef })
  core.setOutput(Outputs.Verdict, report.verdict)
  core.setOutput(Outputs.LatestPatch, report.latest ?? '')
  core.setOutput(Outputs.PreviousPatch, report.previous ?? '')
  core.setOutput(Outputs.ModuleName, report.moduleName ?? '')
  annotateCheck(report, inputs.patchesDir)
  await core.summary.addRaw(renderCheckSummary(report)).write()
  if (report.verdict !== 'pass') {
    core.setFailed(
      `livepatch check: ${report.latest ?? inputs.patchesDir} failed the check (see the job summary)`
    )
    return 1
  }
  core.info(`livepatch check: pass (${report.latest ?? 'no patches'})`)
  return 0
}

/** Run the action; returns the exit code. One catch at the edge, prefixed with the action's name. */
export async function runAction(): Promise<number> {
  try {
    const inputs = readInputs()
    switch (inputs.command) {
      case 'check':
        return await runCheck(inputs)
      default:
        throw new LivepatchError(
          `command '${inputs.command}' is not available in this version of livepatch-action`
        )
    }
  } catch (error) {
    if (error instanceof PatchParseError) {
      core.error(error.detail, {
        title: 'malformed patch',
        file: error.file,
        startLine: error.line
      })
      core.setOutput(Outputs.Verdict, 'error')
    }
    core.setFailed(`livepatch-action: ${errorMessage(error)}`)
    return error instanceof LivepatchError && error.kind === 'fail' ? 1 : 2
  }
}
