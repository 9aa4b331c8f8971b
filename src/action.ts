// The action door: inputs → a stage → outputs, job summary, annotations. Only this file and
// src/action/ import @actions/*; every stage below is plain functions. Each command is loaded
// when it runs (dynamic import): a check never pays for the cache, artifact or cloud clients.
import * as core from '@actions/core'
import { Outputs, actionReader, type ActionCommand } from './action/inputs.js'
import { LivepatchError, errorMessage } from './errors.js'
import { PatchParseError } from './patches/errors.js'

/** Run the action; returns the exit code. One catch at the edge, prefixed with the action's name. */
export async function runAction(): Promise<number> {
  try {
    // The reader masks every secret input before anything else is read or written.
    const command = actionReader().choice<ActionCommand>('command') ?? 'check'
    switch (command) {
      case 'check':
        return await (await import('./action/check.js')).runCheckCommand()
      case 'sign':
        return await (await import('./action/sign.js')).runSignCommand()
      case 'build':
        return await (await import('./action/build.js')).runBuildCommand()
      case 'deploy':
        return await (await import('./action/deploy.js')).runDeployCommand()
      case 'release':
        return await (await import('./action/release.js')).runReleaseCommand()
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
