// The action door: inputs → a stage → outputs, job summary, annotations. Only this file and
// src/action/ import @actions/*; every stage below is plain functions.
import * as core from '@actions/core'
import { runBuild } from './action/build.js'
import { runCheck } from './action/check.js'
import { runDeploy } from './action/deploy.js'
import { runRelease } from './action/release.js'
import { Outputs, readInputs } from './action/inputs.js'
import { runSign } from './action/sign.js'
import { LivepatchError, errorMessage } from './errors.js'
import { PatchParseError } from './patches/errors.js'

/** Run the action; returns the exit code. One catch at the edge, prefixed with the action's name. */
export async function runAction(): Promise<number> {
  try {
    const inputs = readInputs()
    switch (inputs.command) {
      case 'check':
        return await runCheck(inputs)
      case 'sign':
        return await runSign(inputs)
      case 'build':
        return await runBuild(inputs)
      case 'deploy':
        return await runDeploy(inputs)
      case 'release':
        return await runRelease(inputs)
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
