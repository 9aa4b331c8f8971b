// `livepatch deploy | status | rollback` (and the guide's `livepatch <provider> <vm> <ko>`),
// and `livepatch vm start | stop | list` for the local qemu VMs.
import { LivepatchError, errorMessage } from '../errors.js'
import { readFile } from 'node:fs/promises'
import type { DeployOptions } from '../deploy/deploy.js'
import type { ProviderOptions } from '../deploy/providers.js'
import type { DeployResult } from '../deploy/types.js'
import { EXIT, json, parse, readInput, usageOf, whole, type CliIo, type Command } from './args.js'

const DEPLOY_USAGE = usageOf('deploy')
const STATUS_USAGE = usageOf('status')
const ROLLBACK_USAGE = usageOf('rollback')
const VM_USAGE = usageOf('vm')

/** A whole number option within bounds, named in the error. */
function bounded(value: unknown, option: string, min: number, max: number): number | undefined {
  const n = whole(value, option)
  if (n !== undefined && (n < min || n > max))
    throw new LivepatchError(
      `invalid ${option} '${String(value)}': expected a whole number ${min}-${max}`
    )
  return n
}

/** `--address HOST[:PORT]` and `--endpoint URL`: checked before any request is made. */
function checkAddressOptions(values: Record<string, unknown>): void {
  const address = values.address as string | undefined
  if (address !== undefined) {
    const match = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+|[0-9A-Fa-f:]+)(?::(\d{1,5}))?$/.exec(
      address
    )
    const port = match?.[1] === undefined ? 8000 : Number(match[1])
    if (!match || port < 1 || port > 65535)
      throw new LivepatchError(
        `invalid --address '${address}': expected HOST[:PORT] (an IP or DNS name; a port 1-65535)`
      )
  }
  const endpoint = values.endpoint as string | undefined
  if (endpoint !== undefined && !/^https?:\/\/[^\s]+$/.test(endpoint))
    throw new LivepatchError(`invalid --endpoint '${endpoint}': expected an http(s):// URL`)
}

/** A cloud or VM lookup's failure may quote what a cloud API said: made one safe line first. */
async function looked<T>(lookup: () => Promise<T>): Promise<T> {
  try {
    return await lookup()
  } catch (error) {
    const { remoteText } = await import('../deploy/remote-text.js')
    throw new LivepatchError(remoteText(errorMessage(error)))
  }
}

function vmNames(value: string | undefined, usage: string): string[] {
  const names = (value ?? '')
    .split(',')
    .map(n => n.trim())
    .filter(Boolean)
  if (names.length === 0) throw new LivepatchError(`name at least one VM\nusage: ${usage}`)
  return names
}

async function deployOptions(values: Record<string, unknown>, io: CliIo): Promise<DeployOptions> {
  const { readModuleArtifact } = await import('../deploy/deploy.js')
  const cert = values.cert as string | undefined
  const previous = values.previous as string | undefined
  const maxErrors = values['max-errors'] as string | undefined
  if (maxErrors !== undefined && !/^\d+%?$/.test(maxErrors.trim()))
    throw new LivepatchError(
      `invalid --max-errors '${maxErrors}': expected N or N% (e.g. 2 or 10%)`
    )
  const numbers = {
    timeoutSeconds: bounded(values.timeout, '--timeout', 1, 86_400),
    canary: bounded(values.canary, '--canary', 0, 1_000_000),
    maxConcurrency: bounded(values['max-concurrency'], '--max-concurrency', 1, 10_000)
  }
  bounded(values['agent-port'], '--agent-port', 1, 65535)
  if (!cert)
    io.stderr(
      "warning: no --cert: this deploy does NOT check the module's signature; only the VMs' kernels will judge it (give --cert FILE to refuse a module they would reject before it is sent)\n"
    )
  return {
    cert: cert ? { bytes: await readInput(cert, 'certificate'), source: cert } : undefined,
    kernelRelease: values['kernel-release'] as string | undefined,
    previous: previous ? await readModuleArtifact(previous) : undefined,
    ...numbers,
    persist: values.persist as boolean | undefined,
    maxErrors,
    onResult: values.json
      ? undefined
      : (result: DeployResult) => io.stderr(`${result.vm}: ${result.status}\n`)
  }
}

async function providerOptions(
  provider: string,
  values: Record<string, unknown>,
  io: CliIo,
  measurements: Map<string, unknown>
): Promise<ProviderOptions> {
  if (provider === 'qemu') return { qemuStateDir: values['state-dir'] as string | undefined }
  checkAddressOptions(values)
  const { firstToken, tokensFromDir, tokensFromEnv } = await import('../deploy/tokens.js')
  const mask = (): void => undefined // the CLI prints no token; the action masks them
  const endpoint = values.endpoint as string | undefined
  const region = values.region as string | undefined
  const sources = [tokensFromEnv(io.env.CVM_AGENT_TOKENS, mask, 'CVM_AGENT_TOKENS')]
  const tokenDir = values['token-dir'] as string | undefined
  if (tokenDir) sources.push(tokensFromDir(tokenDir, provider, mask))
  const ssmPath = values['ssm-token-path'] as string | undefined
  if (ssmPath) {
    if (provider !== 'aws') throw new LivepatchError('--ssm-token-path is for provider aws')
    sources.push((await import('../deploy/aws.js')).ssmTokens(ssmPath, { endpoint, region }, mask))
  }
  const { parsePins } = await import('../deploy/agent.js')
  const { parseAddressKind } = await import('../deploy/cloud.js')
  const pinMap = parsePins((values['agent-cert-sha256'] as string[] | undefined) ?? [])
  return {
    cloud: {
      endpoint,
      region,
      address: values.address as string | undefined,
      addressKind: parseAddressKind(values['address-kind'] as string | undefined, '--address-kind'),
      vendorDir: tokenDir,
      project: values.project as string | undefined,
      zone: values.zone as string | undefined,
      subscription: values.subscription as string | undefined,
      resourceGroup: values['resource-group'] as string | undefined,
      agentPort: bounded(values['agent-port'], '--agent-port', 1, 65535),
      agent: {
        tokens: firstToken(...sources),
        pins: pinMap,
        insecure: values.insecure as boolean | undefined
      },
      onMeasurement: (vm, measurement) => measurements.set(vm, measurement)
    }
  }
}

/** The deploy record: a JSON object of VM name → sha256 (a Map: VM names are any text). */
async function readState(path: string | undefined): Promise<Map<string, string>> {
  const state = new Map<string, string>()
  if (!path) return state
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return state
    throw new LivepatchError(`--state ${path}: not a deploy record (${(error as Error).message})`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new LivepatchError(`--state ${path}: not a deploy record (expected a JSON object)`)
  for (const [vm, sha] of Object.entries(parsed)) {
    if (typeof sha !== 'string' || !/^[0-9a-f]{64}$/.test(sha))
      throw new LivepatchError(
        `--state ${path}: the entry for VM '${vm}' is not a sha256 (64 hex digits)`
      )
    state.set(vm, sha)
  }
  return state
}

async function runDeploy(
  provider: string,
  vms: string | undefined,
  modulePath: string,
  values: Record<string, unknown>,
  io: CliIo
): Promise<number> {
  const {
    checkBeforeUpload,
    checkResultPath,
    deployFleet,
    deploySucceeded,
    measurementsOf,
    readModuleArtifact
  } = await import('../deploy/deploy.js')
  const { isProviderName, loadProvider } = await import('../deploy/providers.js')
  const { renderDeployTable } = await import('../render/deploy.js')
  const { writeFileAtomic } = await import('../files.js')
  if (!isProviderName(provider)) {
    throw new LivepatchError(`unknown provider '${provider}': expected qemu, aws, gcp or azure`)
  }
  const module = await readModuleArtifact(modulePath)
  const options = await deployOptions(values, io)
  const statePath = values.state as string | undefined
  const measurementsFile = values.measurements as string | undefined
  if (statePath) await checkResultPath(statePath, '--state')
  if (measurementsFile) await checkResultPath(measurementsFile, '--measurements')
  options.deployed = await readState(statePath)
  await checkBeforeUpload(module, options) // exit 2 before any VM is touched
  const measurements = new Map<string, unknown>()
  const loaded = await loadProvider(
    provider,
    await providerOptions(provider, values, io, measurements)
  )
  try {
    const selector = values.selector as string | undefined
    let targets
    if (selector) {
      if (!loaded.select) throw new LivepatchError(`provider ${provider} has no --selector`)
      const { parseSelector } = await import('../deploy/cloud.js')
      const select = loaded.select.bind(loaded)
      targets = await looked(() => select(parseSelector(selector)))
    } else {
      const names = vmNames(vms, DEPLOY_USAGE)
      targets = await looked(() => loaded.find(names))
    }
    const results = await deployFleet(loaded, targets, module, options)
    // Rows are in target order; a row's `vm` and `id` are made safe to print, so key by target.
    const key = (k: number): string => targets[k].id ?? targets[k].name
    results.forEach((result, k) => {
      const measurement = measurements.get(key(k))
      if (measurement !== undefined) result.measurement = measurement
    })
    if (statePath) {
      const state = new Map(options.deployed)
      results.forEach((result, k) => {
        if (result.status === 'applied') state.set(key(k), module.sha256)
      })
      await writeFileAtomic(statePath, JSON.stringify(Object.fromEntries(state), null, 2) + '\n')
    }
    if (measurementsFile)
      await writeFileAtomic(
        measurementsFile,
        JSON.stringify(measurementsOf(results), null, 2) + '\n'
      )
    io.stdout(values.json ? json(results) : renderDeployTable(results))
    return deploySucceeded(results) ? EXIT.pass : EXIT.fail
  } finally {
    await loaded.close()
  }
}

export const deploy: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'deploy')
  if (values.selector ? positionals.length !== 2 : positionals.length !== 3) {
    throw new LivepatchError(
      `deploy takes <provider> <vm> <module.ko>, or <provider> --selector KEY=VALUE <module.ko>\nusage: ${DEPLOY_USAGE}`
    )
  }
  return values.selector
    ? runDeploy(positionals[0], undefined, positionals[1], values, io)
    : runDeploy(positionals[0], positionals[1], positionals[2], values, io)
}

/** The guide's form: `livepatch <provider> <vm> <module.ko>`. */
export function guideDeploy(provider: string): Command {
  return (args, io) => deploy([provider, ...args], io)
}

export const rollback: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'rollback')
  if (positionals.length !== 2 || !values.to) {
    throw new LivepatchError(
      `rollback takes <provider> <vm> --to <module.ko>\nusage: ${ROLLBACK_USAGE}`
    )
  }
  // Cumulative replace-mode patches: going back is deploying the older module, which replaces the newer.
  return runDeploy(positionals[0], positionals[1], values.to as string, values, io)
}

export const status: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'status')
  if (positionals.length !== 2)
    throw new LivepatchError(`status takes <provider> <vm>\nusage: ${STATUS_USAGE}`)
  const { statusOf } = await import('../deploy/deploy.js')
  const { loadProvider } = await import('../deploy/providers.js')
  const { renderStatusTable } = await import('../render/deploy.js')
  const names = vmNames(positionals[1], STATUS_USAGE)
  const provider = await loadProvider(
    positionals[0],
    await providerOptions(positionals[0], values, io, new Map())
  )
  try {
    const vms = await looked(() => provider.find(names))
    const reports = await statusOf(provider, vms, {})
    io.stdout(
      values.json
        ? json(reports.map((r, k) => ({ vm: names[k], ...r })))
        : renderStatusTable(names, reports)
    )
    if (!values.json && reports.some(r => r.status === 'unknown'))
      io.stderr(
        'status unknown: the agent was reached but cannot say which livepatch is loaded; exit 1 (not verified healthy)\n'
      )
    // Only a VM that was looked at and found healthy passes; `unknown` is not healthy.
    return reports.every(r => r.status === 'ok') ? EXIT.pass : EXIT.fail
  } finally {
    await provider.close()
  }
}

export const vm: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'vm')
  const { listVms, startVm, stopVm } = await import('../deploy/qemu.js')
  const stateDir = values['state-dir'] as string | undefined
  const [action, name] = positionals
  if (action === 'start' && name) {
    if (!values.kernel || !values.initrd)
      throw new LivepatchError(`vm start needs --kernel and --initrd\nusage: ${VM_USAGE}`)
    const started = await startVm({
      name,
      kernel: values.kernel as string,
      initrd: values.initrd as string,
      memoryMb: whole(values.memory, '--memory'),
      stateDir
    })
    io.stdout(
      values.json
        ? json(started)
        : `started ${started.name} (pid ${started.id}); deploy with: livepatch deploy qemu ${started.name} MODULE.ko\n`
    )
    return EXIT.pass
  }
  if (action === 'stop' && name) {
    const stopped = await stopVm(name, stateDir)
    io.stdout(stopped ? `stopped ${name}\n` : `no VM named ${name}\n`)
    return stopped ? EXIT.pass : EXIT.fail
  }
  if (action === 'list') {
    const vms = await listVms(stateDir)
    io.stdout(
      values.json
        ? json(vms)
        : vms.map(v => `${v.name}\tpid ${v.id}`).join('\n') + (vms.length ? '\n' : '')
    )
    return EXIT.pass
  }
  throw new LivepatchError(`usage: ${VM_USAGE}`)
}
