// The action door: inputs → a stage → outputs, job summary, annotations. Only this file and
// src/action/ import @actions/*; every stage below is plain functions. Each command is loaded
// when it runs (dynamic import): a check never pays for the cache, artifact or cloud clients.
import * as core from '@actions/core'
import { Outputs, readInputs } from './action/inputs.js'
import { LivepatchError, errorMessage } from './errors.js'
import { PatchParseError } from './patches/errors.js'

/** Run the action; returns the exit code. One catch at the edge, prefixed with the action's name. */
export async function runAction(): Promise<number> {
  try {
    const inputs = readInputs()
    switch (inputs.command) {
      case 'check':
        return await (await import('./action/check.js')).runCheck(inputs)
      case 'sign':
        return await (await import('./action/sign.js')).runSign(inputs)
      case 'build':
        return await (await import('./action/build.js')).runBuild(inputs)
      case 'deploy':
        return await (await import('./action/deploy.js')).runDeploy(inputs)
      case 'release':
        return await (await import('./action/release.js')).runRelease(inputs)
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
