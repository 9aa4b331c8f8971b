// `command: deploy` — runs in the protected environment (required reviewers are the approval
// gate). Tokens come from the `agent-tokens` input (the CVM_AGENT_TOKENS secret) or SSM, and are
// masked first; cloud credentials only from the SDKs' default chains, which the ecosystem's
// OIDC login actions fill.
import * as core from '@actions/core'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAddressKind, parseSelector, type CloudOptions } from '../deploy/cloud.js'
import {
  checkBeforeUpload,
  deployFleet,
  deploySucceeded,
  measurementsOf,
  readModuleArtifact
} from '../deploy/deploy.js'
import { parsePins } from '../deploy/agent.js'
import { isProviderName, loadProvider } from '../deploy/providers.js'
import { firstToken, tokensFromEnv } from '../deploy/tokens.js'
import { boundedJson, deployRecord } from '../deploy/record.js'
import type { DeployResult, ModuleArtifact } from '../deploy/types.js'
import { LivepatchError, errorMessage } from '../errors.js'
import { writeFileAtomic } from '../files.js'
import { renderDeploySummary } from '../render/deploy.js'
import { Inputs, Outputs, maskSecret, type ActionInputs } from './inputs.js'
import { signingCert } from './sign.js'

function list(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean)
}

const whole = (name: string, min: number, max: number): number | undefined => {
  const text = core.getInput(name)
  if (text === '') return undefined
  const n = /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isInteger(n) || n < min || n > max)
    throw new LivepatchError(
      `Invalid input '${name}': '${text}'. Expected a whole number ${min}-${max}.`
    )
  return n
}

export async function runDeploy(inputs: ActionInputs): Promise<number> {
  const provider = core.getInput(Inputs.Provider)
  if (!isProviderName(provider) || provider === 'qemu') {
    throw new LivepatchError(
      `Invalid input '${Inputs.Provider}': '${provider}'. Expected aws, gcp or azure.`
    )
  }
  const modulePath = inputs.module
  if (!modulePath)
    throw new LivepatchError(`Input required and not supplied: ${Inputs.Module} (the signed .ko)`)
  const targets = list(Inputs.Targets)
  const selector = core.getInput(Inputs.Selector)
  if (targets.length === 0 && !selector)
    throw new LivepatchError(
      `Name the VMs: input '${Inputs.Targets}' (names) or '${Inputs.Selector}' (KEY=VALUE)`
    )
  const insecure = core.getInput(Inputs.Insecure) === 'true'
  // Every number and header value is checked here, named by its input, before any VM is touched.
  const agentPort = whole(Inputs.AgentPort, 1, 65535)
  const canary = whole(Inputs.Canary, 0, 1_000_000)
  const maxConcurrency = whole(Inputs.MaxConcurrency, 1, 10_000)
  const maxErrors = core.getInput(Inputs.MaxErrors) || undefined
  if (maxErrors !== undefined && !/^\d+%?$/.test(maxErrors.trim()))
    throw new LivepatchError(
      `Invalid input '${Inputs.MaxErrors}': '${maxErrors}'. Expected N or N% (e.g. 2 or 10%).`
    )
  const tokensInput = core.getInput(Inputs.AgentTokens)
  const tokenSources = [
    tokensFromEnv(
      tokensInput || process.env.CVM_AGENT_TOKENS,
      maskSecret,
      tokensInput ? `input '${Inputs.AgentTokens}'` : 'CVM_AGENT_TOKENS'
    )
  ]
  const ssmPath = core.getInput(Inputs.SsmTokenPath)
  const endpoint = core.getInput(Inputs.Endpoint) || undefined
  if (endpoint !== undefined && !/^https?:\/\/\S+$/.test(endpoint))
    throw new LivepatchError(
      `Invalid input '${Inputs.Endpoint}': '${endpoint}'. Expected an http(s):// URL.`
    )
  const region = core.getInput(Inputs.Region) || undefined
  if (ssmPath)
    tokenSources.push(
      (await import('../deploy/aws.js')).ssmTokens(ssmPath, { endpoint, region }, maskSecret)
    )
  const measurements = new Map<string, unknown>()
  const cloud: CloudOptions = {
    endpoint,
    region,
    project: core.getInput(Inputs.Project) || undefined,
    zone: core.getInput(Inputs.Zone) || undefined,
    subscription: core.getInput(Inputs.Subscription) || undefined,
    resourceGroup: core.getInput(Inputs.ResourceGroup) || undefined,
    agentPort,
    addressKind: parseAddressKind(
      core.getInput(Inputs.AddressKind),
      `input '${Inputs.AddressKind}'`
    ),
    agent: {
      tokens: firstToken(...tokenSources),
      pins: parsePins(list(Inputs.AgentCertSha256)),
      insecure
    },
    onMeasurement: (vm, measurement) => measurements.set(vm, measurement)
  }
  const module = await readModuleArtifact(modulePath)
  const certificate = await signingCert(inputs.signingCert)
  const cert = { bytes: certificate.bytes, source: certificate.source }
  const previousPath = core.getInput(Inputs.PreviousModule)
  const options = {
    cert,
    kernelRelease: inputs.kernelRelease,
    previous: previousPath ? await readModuleArtifact(previousPath) : undefined,
    canary,
    maxConcurrency,
    maxErrors,
    onResult: (result: DeployResult) =>
      core.info(
        `${result.vm}${result.id === result.vm ? '' : ` (${result.id})`}: ${result.status} — ${result.message}`
      )
  }
  await checkBeforeUpload(module, options)
  const loaded = await loadProvider(provider, { cloud })
  const vms =
    selector && loaded.select
      ? await loaded.select(parseSelector(selector))
      : await loaded.find(targets)
  const results = await deployFleet(loaded, vms, module, options)
  // Rows are in target order; a row's `vm` and `id` are made safe to print, so key by target.
  results.forEach((result, k) => {
    const measurement = measurements.get(vms[k].id ?? vms[k].name)
    if (measurement !== undefined) result.measurement = measurement
  })
  await reportDeploy(provider, module, results, insecure)
  if (!deploySucceeded(results)) {
    core.setFailed(
      `livepatch deploy: ${results.filter(r => r.status !== 'applied' && r.status !== 'already-active').length} of ${results.length} VMs did not take the module`
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
  provider: string,
  module: ModuleArtifact,
  results: DeployResult[],
  insecure: boolean
): Promise<void> {
  const record = deployRecord(provider, module, results)
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'livepatch-deploy')
  await mkdir(dir, { recursive: true })
  const file = join(dir, `deploy-results-${module.name}.json`)
  await writeFileAtomic(file, JSON.stringify(record, null, 1) + '\n')
  const artifactName = await uploadRecord(`livepatch-deploy-results-${module.name}`, file, dir)
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
  const failed = results.filter(r => r.status !== 'applied' && r.status !== 'already-active')
  for (const result of failed.slice(0, ANNOTATIONS))
    core.error(
      `${result.vm}${result.id === result.vm ? '' : ` (${result.id})`}: ${result.status}: ${result.message}`,
      {
        title: 'livepatch deploy'
      }
    )
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
