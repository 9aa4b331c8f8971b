// `command: deploy` — runs in the protected environment (required reviewers are the approval
// gate). Tokens come from the `agent-tokens` input (the CVM_AGENT_TOKENS secret) or SSM, and are
// masked first; cloud credentials only from the SDKs' default chains, which the ecosystem's
// OIDC login actions fill.
import * as core from '@actions/core'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deploySettings, resultLine, runDeploy, type DeployOutcome } from '../app/deploy.js'
import { measurementsOf } from '../deploy/deploy.js'
import { boundedJson, deployRecord } from '../deploy/record.js'
import { LivepatchError, errorMessage } from '../errors.js'
import { writeFileAtomic } from '../files.js'
import { renderDeploySummary } from '../render/deploy.js'
import { Outputs, actionReader } from './inputs.js'
import { actionReporter } from './reporter.js'

export async function runDeployCommand(): Promise<number> {
  const settings = deploySettings(actionReader(), process.env)
  // The runner always supplies signing-cert (action.yml's default when the caller gives none, or
  // an empty value): the action never deploys unchecked. A missing file is exit 2.
  settings.certificate.given = true
  // The runner reaches cloud VMs; a local qemu VM is the CLI's.
  if (settings.provider === 'qemu')
    throw new LivepatchError("Invalid input 'provider': 'qemu'. Expected aws, gcp or azure.")
  const upload = actionReader().flag('uploadRecord')
  const outcome = await runDeploy(settings, actionReporter())
  await reportDeploy(outcome, upload)
  if (!outcome.succeeded) {
    core.setFailed(
      `livepatch deploy: ${outcome.failed.length} of ${outcome.results.length} VMs did not take the module`
    )
    return 1
  }
  return 0
}

/** Error annotations per step that GitHub shows; the rest are counted in one more. */
const ANNOTATIONS = 10

/**
 * Outputs, record file, artifact and summary, each within GitHub's limits at any fleet size: the
 * full per-VM record goes to a JSON file (and an artifact when the runner has the artifact
 * service); `results` and `measurements` are set only while they fit.
 */
async function reportDeploy(
  { provider, module, results, failed, insecure }: DeployOutcome,
  upload: boolean
): Promise<void> {
  const record = deployRecord(provider, module, results)
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'livepatch-deploy')
  await mkdir(dir, { recursive: true })
  const file = join(dir, `deploy-results-${module.name}.json`)
  await writeFileAtomic(file, JSON.stringify(record, null, 1) + '\n')
  const artifactName = upload
    ? await uploadRecord(`livepatch-deploy-results-${module.name}`, file, dir)
    : undefined
  core.setOutput(Outputs.ResultsFile, file)
  core.setOutput(Outputs.ResultsArtifact, artifactName ?? '')
  core.setOutput(Outputs.Counts, JSON.stringify(record.counts))
  const where = artifactName ? `artifact ${artifactName} (${file})` : file
  const rows = boundedJson(results)
  const measured = boundedJson(measurementsOf(results))
  core.setOutput(Outputs.Results, rows ?? '')
  core.setOutput(Outputs.Measurements, measured ?? '')
  if (rows === undefined || measured === undefined)
    core.notice(
      `${results.length} VMs: the per-VM results${measured === undefined ? ' and measurements' : ''} are too large for a job output (GitHub allows 1 MB per job); they are in ${where}`,
      { title: 'livepatch deploy' }
    )
  let summary = renderDeploySummary(results, `livepatch deploy: ${module.name} to ${provider}`, {
    record: where
  })
  if (insecure)
    summary +=
      "\n> ⚠️ **insecure**: the agents' TLS certificates were NOT verified for this deploy.\n"
  await core.summary.addRaw(summary).write()
  for (const result of failed.slice(0, ANNOTATIONS))
    core.error(resultLine(result), { title: 'livepatch deploy' })
  if (failed.length > ANNOTATIONS)
    core.error(
      `… and ${failed.length - ANNOTATIONS} more VMs did not take the module; see ${where}`,
      {
        title: 'livepatch deploy'
      }
    )
}

/** Upload the record as an artifact when the runner provides the artifact service; its name, or undefined. */
async function uploadRecord(name: string, file: string, dir: string): Promise<string | undefined> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    core.info(
      `deploy record not uploaded as an artifact (no artifact service outside GitHub Actions): ${file}`
    )
    return undefined
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    await new DefaultArtifactClient().uploadArtifact(name, [file], dir)
    return name
  } catch (error) {
    // The VMs are already patched: a failed upload must not hide that; the file is still there.
    core.warning(
      `deploy record not uploaded as artifact ${name}: ${errorMessage(error)}; it is at ${file}`
    )
    return undefined
  }
}
