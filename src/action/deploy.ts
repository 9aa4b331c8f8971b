// `command: deploy` — runs in the protected environment (required reviewers are the approval
// gate). Tokens come from the `agent-tokens` input (the CVM_AGENT_TOKENS secret) or SSM, and are
// masked first; cloud credentials only from the SDKs' default chains, which the ecosystem's
// OIDC login actions fill.
import * as core from '@actions/core'
import { parseSelector, type CloudOptions } from '../deploy/cloud.js'
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
import type { DeployResult } from '../deploy/types.js'
import { LivepatchError } from '../errors.js'
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

const whole = (name: string): number | undefined => {
  const text = core.getInput(name)
  if (text === '') return undefined
  const n = Number(text)
  if (!Number.isInteger(n) || n < 0)
    throw new LivepatchError(`Invalid input '${name}': '${text}'. Expected a whole number.`)
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
  const tokenSources = [
    tokensFromEnv(core.getInput(Inputs.AgentTokens) || process.env.CVM_AGENT_TOKENS, maskSecret)
  ]
  const ssmPath = core.getInput(Inputs.SsmTokenPath)
  const endpoint = core.getInput(Inputs.Endpoint) || undefined
  const region = core.getInput(Inputs.Region) || undefined
  if (ssmPath)
    tokenSources.push(
      (await import('../deploy/aws.js')).ssmTokens(ssmPath, { endpoint, region }, maskSecret)
    )
  const measurements: Record<string, unknown> = {}
  const cloud: CloudOptions = {
    endpoint,
    region,
    project: core.getInput(Inputs.Project) || undefined,
    zone: core.getInput(Inputs.Zone) || undefined,
    subscription: core.getInput(Inputs.Subscription) || undefined,
    resourceGroup: core.getInput(Inputs.ResourceGroup) || undefined,
    agentPort: whole(Inputs.AgentPort),
    agent: {
      tokens: firstToken(...tokenSources),
      pins: parsePins(list(Inputs.AgentCertSha256)),
      insecure
    },
    onMeasurement: (vm, measurement) => (measurements[vm] = measurement)
  }
  const module = await readModuleArtifact(modulePath)
  const certificate = await signingCert(inputs.signingCert)
  const cert = { bytes: certificate.bytes, source: certificate.source }
  const previousPath = core.getInput(Inputs.PreviousModule)
  const options = {
    cert,
    kernelRelease: inputs.kernelRelease,
    previous: previousPath ? await readModuleArtifact(previousPath) : undefined,
    canary: whole(Inputs.Canary),
    maxConcurrency: whole(Inputs.MaxConcurrency),
    maxErrors: core.getInput(Inputs.MaxErrors) || undefined,
    onResult: (result: DeployResult) =>
      core.info(`${result.vm}: ${result.status} — ${result.message}`)
  }
  await checkBeforeUpload(module, options)
  const loaded = await loadProvider(provider, { cloud })
  const vms =
    selector && loaded.select
      ? await loaded.select(parseSelector(selector))
      : await loaded.find(targets)
  const results = await deployFleet(loaded, vms, module, options)
  for (const result of results)
    if (measurements[result.vm] !== undefined) result.measurement = measurements[result.vm]
  core.setOutput(Outputs.Results, JSON.stringify(results))
  core.setOutput(Outputs.Measurements, JSON.stringify(measurementsOf(results)))
  let summary = renderDeploySummary(results, `livepatch deploy: ${module.name} to ${provider}`)
  if (insecure)
    summary +=
      "\n> ⚠️ **insecure**: the agents' TLS certificates were NOT verified for this deploy.\n"
  await core.summary.addRaw(summary).write()
  for (const result of results) {
    if (result.status !== 'applied' && result.status !== 'already-active')
      core.error(`${result.vm}: ${result.status}: ${result.message}`, { title: 'livepatch deploy' })
  }
  if (!deploySucceeded(results)) {
    core.setFailed(
      `livepatch deploy: ${results.filter(r => r.status !== 'applied' && r.status !== 'already-active').length} of ${results.length} VMs did not take the module`
    )
    return 1
  }
  return 0
}
