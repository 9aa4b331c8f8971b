// The deploy stage: check everything that can be checked before any VM is touched, then apply
// the module to each VM (canary first, then waves under a concurrency bound and an error
// budget), re-deploy the previous module where the new one failed, and end every targeted VM
// in exactly one result row. Text in a row that a VM, agent or cloud wrote is neutralised there
// (remote-text.ts), so no door prints it raw.
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { LivepatchError, errorMessage } from '../errors.js'
import { readModinfo } from '../sign/elf.js'
import { isSigned } from '../sign/pkcs7.js'
import { verifyModule } from '../sign/sign.js'
import { applyOverCommands, runGuest } from './channel.js'
import { checkModuleName } from './module-name.js'
import { remoteText } from './remote-text.js'
import {
  DeployError,
  DeployRefusedError,
  type DeployResult,
  type DeployStatus,
  type GuestReport,
  type ModuleArtifact,
  type Provider,
  type Vm
} from './types.js'

export interface DeployOptions {
  /** The certificate the VMs trust: when given, the signature is verified before upload. */
  cert?: { bytes: Uint8Array; source: string }
  /** The VMs' `uname -r`: when given, the vermagic is checked before upload. */
  kernelRelease?: string
  /** Re-deployed to a VM where the new module fails. */
  previous?: ModuleArtifact
  timeoutSeconds?: number
  persist?: boolean
  commandTimeoutMs?: number
  /** VMs done first, alone; a failure there stops the rollout. */
  canary?: number
  maxConcurrency?: number
  /** Failures tolerated before the rollout stops: a count, or a percentage of the VMs. */
  maxErrors?: string
  /** The last deploy record, VM id (else name) → sha256 of the module it runs: a VM already on this module is skipped. */
  deployed?: ReadonlyMap<string, string> | Readonly<Record<string, string>>
  onResult?: (result: DeployResult) => void
}

const SUCCESS: DeployStatus[] = ['applied', 'already-active']
/** Token look-ups at once before a deploy (the token store may be SSM). */
const PREFLIGHT_CONCURRENCY = 16

export async function readModuleArtifact(path: string): Promise<ModuleArtifact> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new LivepatchError(`cannot read module '${path}': ${(error as Error).message}`)
  }
  const info = readModinfo(bytes, path)
  const name = info.get('name')?.[0]
  const vermagic = info.get('vermagic')?.[0]
  if (!name || !vermagic)
    throw new LivepatchError(
      `${path}: .modinfo lacks name or vermagic; is this a module kpatch-build wrote?`
    )
  checkModuleName(name, path)
  if (info.get('livepatch')?.[0] !== 'Y') {
    throw new LivepatchError(
      `${path}: not a livepatch module (.modinfo has no livepatch=Y); refusing to upload`
    )
  }
  return {
    path,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    name,
    kernelRelease: vermagic.split(' ')[0]
  }
}

/** The numbers of a deploy, checked before anything else (the doors name their own options first). */
export function checkDeployNumbers(options: DeployOptions): void {
  const check = (value: number | undefined, what: string, min: number, max: number): void => {
    if (value !== undefined && (!Number.isInteger(value) || value < min || value > max))
      throw new LivepatchError(`invalid ${what} ${value}: expected a whole number ${min}-${max}`)
  }
  check(options.canary, 'canary count', 0, 1_000_000)
  check(options.maxConcurrency, 'max concurrency', 1, 10_000)
  check(options.timeoutSeconds, 'transition timeout (seconds)', 1, 86_400)
  check(options.commandTimeoutMs, 'command timeout (ms)', 1, 86_400_000)
  errorBudget(options.maxErrors, 0)
}

/**
 * A result file (`--state`, `--measurements`) must be writable where it is named: its folder
 * exists and it is not itself a folder. Checked before any VM is touched.
 */
export async function checkResultPath(path: string, what: string): Promise<void> {
  const folder = dirname(path)
  const info = await stat(folder).catch(() => undefined)
  if (!info?.isDirectory())
    throw new LivepatchError(
      `${what} ${path}: the folder ${folder} does not exist; create it or name another file (nothing was deployed)`
    )
  const existing = await stat(path).catch(() => undefined)
  if (existing && !existing.isFile())
    throw new LivepatchError(
      `${what} ${path}: is a folder (or not a regular file); name a file (nothing was deployed)`
    )
}

/** Everything that can be known before upload. Throws (exit 2, no VM touched). */
export async function checkBeforeUpload(
  module: ModuleArtifact,
  options: DeployOptions
): Promise<void> {
  checkDeployNumbers(options)
  checkModuleName(module.name, module.path)
  if (!isSigned(module.bytes))
    throw new LivepatchError(
      `${module.path}: not signed; the VMs' kernels refuse unsigned modules (run livepatch sign)`
    )
  if (options.kernelRelease !== undefined && module.kernelRelease !== options.kernelRelease) {
    throw new LivepatchError(
      `${module.path}: built for kernel ${module.kernelRelease}, the VMs run ${options.kernelRelease}; refusing to upload`
    )
  }
  if (options.cert) {
    const verdict = await verifyModule(module.path, options.cert.bytes, options.cert.source)
    if (!verdict.valid)
      throw new LivepatchError(
        `${module.path}: ${verdict.reason}; the VMs would refuse it, so nothing was uploaded`
      )
  }
}

/** The error budget as a count of VMs. */
export function errorBudget(maxErrors: string | undefined, vmCount: number): number {
  if (maxErrors === undefined || maxErrors === '') return 0
  const match = /^(\d+)(%?)$/.exec(maxErrors.trim())
  if (!match) throw new LivepatchError(`invalid --max-errors '${maxErrors}': expected N or N%`)
  return match[2] ? Math.floor((Number(match[1]) * vmCount) / 100) : Number(match[1])
}

function row(
  vm: Vm,
  module: ModuleArtifact,
  status: DeployStatus,
  message: string,
  report?: GuestReport
): DeployResult {
  return {
    vm: remoteText(vm.name, 200),
    id: remoteText(vm.id ?? vm.name),
    status,
    module: remoteText(report?.module || module.name, 100),
    sha256: remoteText(report?.sha256 || module.sha256, 100),
    kernel: remoteText(report?.kernel ?? '', 200),
    active: (report?.active ?? []).map(name => remoteText(name, 100)),
    transitionSeconds: report?.transitionSeconds ?? null,
    message: remoteText(message)
  }
}

/** A report's status as a row's: `ok` is applied; a report that could not look is a failure. */
function rowStatus(status: GuestReport['status']): DeployStatus {
  if (status === 'ok') return 'applied'
  if (status === 'unknown') return 'failed'
  return status
}

async function applyOnce(
  provider: Provider,
  vm: Vm,
  module: ModuleArtifact,
  options: DeployOptions
): Promise<GuestReport> {
  const channel = provider.channel
  if (channel.kind === 'agent') return channel.apply(vm, module)
  return applyOverCommands(channel, vm, module, {
    timeoutSeconds: options.timeoutSeconds ?? 60,
    persist: options.persist ?? false,
    commandTimeoutMs: options.commandTimeoutMs ?? 60_000
  })
}

/** A deploy record's entry, by own key only (a VM id or name may be `constructor` or `__proto__`). */
function recorded(record: DeployOptions['deployed'], key: string): string | undefined {
  if (record === undefined) return undefined
  if (record instanceof Map) return record.get(key)
  const plain = record as Readonly<Record<string, string>>
  return Object.hasOwn(plain, key) ? plain[key] : undefined
}

/** Apply to one VM; never throws: every outcome is a row. */
export async function applyToVm(
  provider: Provider,
  vm: Vm,
  module: ModuleArtifact,
  options: DeployOptions
): Promise<DeployResult> {
  if (vm.error) return row(vm, module, 'unreachable', vm.error)
  if (recorded(options.deployed, vm.id ?? vm.name) === module.sha256) {
    const skipped = row(
      vm,
      module,
      'already-active',
      'skipped: this VM already runs this exact module (deploy record)'
    )
    return { ...skipped, active: [module.name] }
  }
  let result: DeployResult
  try {
    const report = await applyOnce(provider, vm, module, options)
    result = row(vm, module, rowStatus(report.status), report.message, report)
  } catch (error) {
    return row(
      vm,
      module,
      error instanceof DeployError ? error.outcome : 'unreachable',
      errorMessage(error)
    )
  }
  if (SUCCESS.includes(result.status) || !options.previous) return result
  // The new module did not take. If the previous one is no longer active there, put it back.
  if (result.active.includes(options.previous.name)) return result
  try {
    const back = await applyOnce(provider, vm, options.previous, options)
    result.rollback = {
      status: rowStatus(back.status),
      message: remoteText(`re-deployed ${options.previous.name}: ${back.message}`)
    }
    result.active = back.active.map(name => remoteText(name, 100))
  } catch (error) {
    result.rollback = {
      status: 'unreachable',
      message: remoteText(`re-deploying ${options.previous.name} failed: ${errorMessage(error)}`)
    }
  }
  return result
}

/**
 * Before any VM is touched, every found VM must have what a request needs (an agent token and a
 * certificate pin): if one lacks it, nothing is sent to any VM and the deploy is refused (exit 2).
 * Other failures (a token store that cannot be read) are left to the VM's own attempt and row.
 */
export async function preflightFleet(provider: Provider, vms: Vm[]): Promise<void> {
  const channel = provider.channel
  if (channel.kind !== 'agent') return
  const refusals = new Map<Vm, string>()
  const reachable = vms.filter(vm => !vm.error)
  let next = 0
  // A token store may be remote (SSM): a few lookups at once, bounded.
  const worker = async (): Promise<void> => {
    while (next < reachable.length) {
      const vm = reachable[next++]
      try {
        await channel.preflight(vm)
      } catch (error) {
        if (error instanceof DeployError && error.outcome === 'refused')
          refusals.set(vm, remoteText(error.message))
      }
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(PREFLIGHT_CONCURRENCY, reachable.length) }, worker)
  )
  if (refusals.size > 0) {
    const reasons = vms.flatMap(vm => refusals.get(vm) ?? [])
    throw new DeployRefusedError(
      `refused before any upload, nothing was sent to any VM: ${reasons.length} of ${vms.length} VM(s) cannot be deployed to safely:\n  ${reasons.join('\n  ')}`
    )
  }
}

/** Canary first, then waves of at most maxConcurrency, stopping when the error budget is spent. */
export async function deployFleet(
  provider: Provider,
  vms: Vm[],
  module: ModuleArtifact,
  options: DeployOptions
): Promise<DeployResult[]> {
  checkDeployNumbers(options)
  checkModuleName(module.name, module.path)
  await preflightFleet(provider, vms)
  // Keyed by the target itself: names repeat in a fleet selected by tag, and come from users and clouds.
  const results = new Map<Vm, DeployResult>()
  const budget = errorBudget(options.maxErrors, vms.length)
  const concurrency = options.maxConcurrency ?? 4
  let errors = 0
  let stopped: string | undefined
  const record = (vm: Vm, result: DeployResult): void => {
    results.set(vm, result)
    if (!SUCCESS.includes(result.status)) errors++
    options.onResult?.(result)
  }
  const canaries = vms.slice(0, options.canary ?? 0)
  for (const vm of canaries) {
    record(vm, await applyToVm(provider, vm, module, options))
    if (errors > 0) {
      stopped = `rollout stopped: canary ${remoteText(vm.name, 200)} did not take the module`
      break
    }
  }
  const rest = vms.slice(canaries.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (!stopped && next < rest.length) {
      const vm = rest[next++]
      record(vm, await applyToVm(provider, vm, module, options))
      if (errors > budget)
        stopped = `rollout stopped: ${errors} VM(s) failed, error budget ${budget}`
    }
  }
  if (!stopped)
    await Promise.all(Array.from({ length: Math.min(concurrency, rest.length) }, worker))
  return vms.map(vm => {
    const done = results.get(vm)
    if (done) return done
    const skipped = row(vm, module, 'skipped', stopped ?? 'not attempted')
    options.onResult?.(skipped)
    return skipped
  })
}

function unreachableReport(message: string): GuestReport {
  return {
    status: 'unreachable',
    module: '',
    sha256: '',
    kernel: '',
    active: [],
    transitionSeconds: null,
    message: remoteText(message)
  }
}

/** Status of each VM, through the guest script (command channels) or the agent. */
export async function statusOf(
  provider: Provider,
  vms: Vm[],
  options: DeployOptions
): Promise<GuestReport[]> {
  const channel = provider.channel
  return Promise.all(
    vms.map(async vm => {
      if (vm.error) return unreachableReport(vm.error)
      try {
        return channel.kind === 'agent'
          ? await channel.status(vm)
          : await runGuest(channel, vm, ['status'], options.commandTimeoutMs ?? 60_000)
      } catch (error) {
        return unreachableReport(errorMessage(error))
      }
    })
  )
}

/** Measurements recorded in a deploy, keyed by VM id in the order of the result rows. */
export function measurementsOf(results: DeployResult[]): Record<string, unknown> {
  return Object.fromEntries(
    results.filter(r => r.measurement !== undefined).map(r => [r.id, r.measurement])
  )
}

export function deploySucceeded(results: DeployResult[]): boolean {
  return results.every(r => SUCCESS.includes(r.status))
}
