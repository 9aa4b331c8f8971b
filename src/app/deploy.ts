// deploy, rollback and status, for both doors: typed settings from the one table, then
// check → lookup → select → deployFleet, the measurements on the result rows, the deploy record.
// A door only builds the Reader, calls these and renders what they return.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { LivepatchError, errorMessage } from '../errors.js'
import type { DeployOptions } from '../deploy/deploy.js'
import type { LoadedProvider, ProviderName, ProviderOptions } from '../deploy/providers.js'
import type { DeployResult, ModuleArtifact, GuestReport, Vm } from '../deploy/types.js'
import { readCertificate } from './certificate.js'
import type { Reporter } from './ports.js'
import type { Reader } from './settings.js'

export interface FleetSettings {
  provider: ProviderName
  /** VM names (or instance ids); empty when a selector names the fleet. */
  targets: string[]
  selector: string | undefined
  address: string | undefined
  addressKind: 'public' | 'private'
  agentPort: number | undefined
  pins: string[]
  insecure: boolean
  /** The tokens' JSON object (or one token) and how messages name where it came from. */
  tokens: { text: string | undefined; source: string }
  tokenDir: string | undefined
  ssmTokenPath: string | undefined
  endpoint: string | undefined
  region: string | undefined
  project: string | undefined
  zone: string | undefined
  subscription: string | undefined
  resourceGroup: string | undefined
  qemuStateDir: string | undefined
}

export interface DeploySettings extends FleetSettings {
  module: string
  /** The certificate (PEM text or path) and whether the user named one. */
  certificate: { value: string | undefined; label: string; given: boolean }
  kernelRelease: string | undefined
  previousModule: string | undefined
  timeoutSeconds: number | undefined
  canary: number | undefined
  maxConcurrency: number | undefined
  maxErrors: string | undefined
  persist: boolean
  /** CLI: the deploy record read before and written after (VM id → sha256). */
  state: string | undefined
  /** CLI: where each VM's new golden measurement is written. */
  measurementsFile: string | undefined
}

/** `--address HOST[:PORT]`: checked before any request is made. */
function checkAddress(address: string | undefined, label: string): void {
  if (address === undefined) return
  const match = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+|[0-9A-Fa-f:]+)(?::(\d{1,5}))?$/.exec(address)
  const port = match?.[1] === undefined ? 8000 : Number(match[1])
  if (!match || port < 1 || port > 65535)
    throw new LivepatchError(
      `invalid ${label} '${address}': expected HOST[:PORT] (an IP or DNS name; a port 1-65535)`
    )
}

/** Where and how to reach the VMs, from the table; every value checked before any VM is touched. */
export function fleetSettings(r: Reader, env: NodeJS.ProcessEnv): FleetSettings {
  const provider = r.choice<ProviderName>('provider')
  if (!provider)
    throw new LivepatchError(`name the provider: ${r.label('provider')} (aws, gcp or azure)`)
  const targets = r.list('targets')
  const selector = r.text('selector') || undefined
  if (targets.length === 0 && !selector)
    throw new LivepatchError(
      `name the VMs: ${r.label('targets')} (names or instance ids) or ${r.label('selector')} (KEY=VALUE)`
    )
  if (selector && provider === 'qemu')
    throw new LivepatchError(`provider qemu has no ${r.label('selector')}`)
  const address = r.text('address') || undefined
  checkAddress(address, r.label('address'))
  const ssmTokenPath = r.text('ssmTokenPath') || undefined
  if (ssmTokenPath && provider !== 'aws')
    throw new LivepatchError(`${r.label('ssmTokenPath')} is for provider aws`)
  const tokensGiven = r.given('agentTokens')
  return {
    provider,
    targets,
    selector,
    address,
    addressKind: r.choice<'public' | 'private'>('addressKind') ?? 'public',
    agentPort: r.whole('agentPort'),
    pins: r.list('agentCertSha256'),
    insecure: r.flag('insecure'),
    // Never a command-line value (it would show in `ps`): the action's input, else the environment.
    tokens: {
      text: tokensGiven ? r.text('agentTokens') : env.CVM_AGENT_TOKENS,
      source: tokensGiven ? r.label('agentTokens') : 'CVM_AGENT_TOKENS'
    },
    tokenDir: r.text('tokenDir') || undefined,
    ssmTokenPath,
    endpoint: r.text('endpoint') || undefined,
    region: r.text('region') || undefined,
    project: r.text('project') || undefined,
    zone: r.text('zone') || undefined,
    subscription: r.text('subscription') || undefined,
    resourceGroup: r.text('resourceGroup') || undefined,
    qemuStateDir: r.text('stateDir') || undefined
  }
}

export function deploySettings(r: Reader, env: NodeJS.ProcessEnv): DeploySettings {
  const fleet = fleetSettings(r, env)
  return {
    ...fleet,
    module: r.required('module', 'the signed .ko'),
    certificate: {
      value: r.text('signingCert'),
      label: r.label('signingCert'),
      given: r.given('signingCert')
    },
    kernelRelease: r.text('kernelRelease') || undefined,
    previousModule: r.text('previousModule') || undefined,
    timeoutSeconds: r.whole('timeout'),
    canary: r.whole('canary'),
    maxConcurrency: r.whole('maxConcurrency'),
    maxErrors: r.text('maxErrors'),
    persist: r.flag('persist'),
    state: r.text('state') || undefined,
    measurementsFile: r.text('measurementsFile') || undefined
  }
}

/** The provider with its tokens, pins and cloud options; measurements land in `measurements`. */
async function openProvider(
  fleet: FleetSettings,
  report: Reporter,
  measurements: Map<string, unknown>
): Promise<LoadedProvider> {
  const { loadProvider } = await import('../deploy/providers.js')
  if (fleet.provider === 'qemu') return loadProvider('qemu', { qemuStateDir: fleet.qemuStateDir })
  const { firstToken, tokensFromDir, tokensFromEnv } = await import('../deploy/tokens.js')
  const { parsePins } = await import('../deploy/agent.js')
  const mask = (secret: string): void => report.mask(secret)
  const sources = [tokensFromEnv(fleet.tokens.text, mask, fleet.tokens.source)]
  if (fleet.tokenDir) sources.push(tokensFromDir(fleet.tokenDir, fleet.provider, mask))
  if (fleet.ssmTokenPath)
    sources.push(
      (await import('../deploy/aws.js')).ssmTokens(
        fleet.ssmTokenPath,
        { endpoint: fleet.endpoint, region: fleet.region },
        mask
      )
    )
  const options: ProviderOptions = {
    cloud: {
      endpoint: fleet.endpoint,
      region: fleet.region,
      address: fleet.address,
      addressKind: fleet.addressKind,
      vendorDir: fleet.tokenDir,
      project: fleet.project,
      zone: fleet.zone,
      subscription: fleet.subscription,
      resourceGroup: fleet.resourceGroup,
      agentPort: fleet.agentPort,
      agent: {
        tokens: firstToken(...sources),
        pins: parsePins(fleet.pins),
        insecure: fleet.insecure
      },
      onMeasurement: (vm, measurement) => measurements.set(vm, measurement)
    }
  }
  return loadProvider(fleet.provider, options)
}

/** A cloud or VM lookup's failure may quote what a cloud API said: made one safe line first. */
async function looked<T>(lookup: () => Promise<T>): Promise<T> {
  try {
    return await lookup()
  } catch (error) {
    if (error instanceof LivepatchError) throw error
    const { remoteText } = await import('../deploy/remote-text.js')
    throw new LivepatchError(remoteText(errorMessage(error)))
  }
}

async function findFleet(provider: LoadedProvider, fleet: FleetSettings): Promise<Vm[]> {
  if (fleet.selector) {
    if (!provider.select) throw new LivepatchError(`provider ${fleet.provider} has no selector`)
    const { parseSelector } = await import('../deploy/cloud.js')
    const select = provider.select.bind(provider)
    const selector = parseSelector(fleet.selector)
    return looked(() => select(selector))
  }
  return looked(() => provider.find(fleet.targets))
}

/** The deploy record: a JSON object of VM id (else name) → sha256 (a Map: VM names are any text). */
async function readState(path: string | undefined, label: string): Promise<Map<string, string>> {
  const state = new Map<string, string>()
  if (!path) return state
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return state
    throw new LivepatchError(`${label} ${path}: not a deploy record (${(error as Error).message})`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new LivepatchError(`${label} ${path}: not a deploy record (expected a JSON object)`)
  for (const [vm, sha] of Object.entries(parsed)) {
    if (typeof sha !== 'string' || !/^[0-9a-f]{64}$/.test(sha))
      throw new LivepatchError(
        `${label} ${path}: the entry for VM '${vm}' is not a sha256 (64 hex digits)`
      )
    state.set(vm, sha)
  }
  return state
}

export interface DeployOutcome {
  provider: ProviderName
  module: ModuleArtifact
  /** One row per VM, in target order, each with its new golden measurement when it has one. */
  results: DeployResult[]
  succeeded: boolean
  /** The rows that did not take the module. */
  failed: DeployResult[]
  insecure: boolean
}

/** A row as a log line: `vm (id): status — message`. */
export const resultLine = (result: DeployResult): string =>
  `${result.vm}${result.id === result.vm ? '' : ` (${result.id})`}: ${result.status} — ${result.message}`

/**
 * Deploy (or roll back: a cumulative replace-mode module replaces whatever is loaded) the module
 * to the fleet. Errors (exit 2) come before any VM is touched; the rows say what each VM did.
 */
export async function runDeploy(
  settings: DeploySettings,
  report: Reporter
): Promise<DeployOutcome> {
  const { checkBeforeUpload, checkResultPath, deployFleet, deploySucceeded, readModuleArtifact } =
    await import('../deploy/deploy.js')
  const module = await readModuleArtifact(settings.module)
  const cert = settings.certificate
  // The default certificate is used when it exists; a named one must.
  const certificate =
    cert.value && (cert.given || existsSync(cert.value))
      ? await readCertificate(cert.value, cert.label)
      : undefined
  if (!certificate)
    report.warning(
      `no certificate (${cert.label}): this deploy does NOT check the module's signature; only the VMs' kernels will judge it (name the certificate to refuse a module they would reject before it is sent)`
    )
  if (settings.state) await checkResultPath(settings.state, '--state')
  if (settings.measurementsFile) await checkResultPath(settings.measurementsFile, '--measurements')
  const options: DeployOptions = {
    cert: certificate,
    kernelRelease: settings.kernelRelease,
    previous: settings.previousModule
      ? await readModuleArtifact(settings.previousModule)
      : undefined,
    timeoutSeconds: settings.timeoutSeconds,
    canary: settings.canary,
    maxConcurrency: settings.maxConcurrency,
    maxErrors: settings.maxErrors,
    persist: settings.persist,
    deployed: await readState(settings.state, '--state'),
    onResult: result => report.info(resultLine(result))
  }
  await checkBeforeUpload(module, options) // exit 2 before any VM is touched
  const measurements = new Map<string, unknown>()
  const provider = await openProvider(settings, report, measurements)
  try {
    const vms = await findFleet(provider, settings)
    const results = await deployFleet(provider, vms, module, options)
    // Rows are in target order; a row's `vm` and `id` are made safe to print: key by target.
    const key = (k: number): string => vms[k].id ?? vms[k].name
    results.forEach((result, k) => {
      const measurement = measurements.get(key(k))
      if (measurement !== undefined) result.measurement = measurement
    })
    if (settings.state) await writeState(settings.state, options.deployed, results, vms, module)
    if (settings.measurementsFile) {
      const { measurementsOf } = await import('../deploy/deploy.js')
      const { writeFileAtomic } = await import('../files.js')
      await writeFileAtomic(
        settings.measurementsFile,
        JSON.stringify(measurementsOf(results), null, 2) + '\n'
      )
    }
    const failed = results.filter(r => r.status !== 'applied' && r.status !== 'already-active')
    return {
      provider: settings.provider,
      module,
      results,
      succeeded: deploySucceeded(results),
      failed,
      insecure: settings.insecure
    }
  } finally {
    await provider.close()
  }
}

async function writeState(
  path: string,
  before: DeployOptions['deployed'],
  results: DeployResult[],
  vms: Vm[],
  module: ModuleArtifact
): Promise<void> {
  const { writeFileAtomic } = await import('../files.js')
  const state = new Map(before instanceof Map ? before : Object.entries(before ?? {}))
  results.forEach((result, k) => {
    if (result.status === 'applied') state.set(vms[k].id ?? vms[k].name, module.sha256)
  })
  await writeFileAtomic(path, JSON.stringify(Object.fromEntries(state), null, 2) + '\n')
}

export interface StatusOutcome {
  vms: Vm[]
  reports: GuestReport[]
  /** Only a VM that was looked at and found healthy passes; `unknown` is not healthy. */
  healthy: boolean
}

export async function runStatus(fleet: FleetSettings, report: Reporter): Promise<StatusOutcome> {
  const { statusOf } = await import('../deploy/deploy.js')
  const provider = await openProvider(fleet, report, new Map())
  try {
    const vms = await findFleet(provider, fleet)
    const reports = await statusOf(provider, vms, {})
    return { vms, reports, healthy: reports.every(r => r.status === 'ok') }
  } finally {
    await provider.close()
  }
}
