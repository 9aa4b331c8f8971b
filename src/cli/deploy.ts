// `livepatch deploy | status | rollback` (and the guide's `livepatch <provider> <vm> <ko>`),
// and `livepatch vm start | stop | list` for the local qemu VMs.
import { LivepatchError } from '../errors.js'
import type { DeployOptions } from '../deploy/deploy.js'
import type { DeployResult } from '../deploy/types.js'
import { EXIT, json, parse, readInput, whole, type CliIo, type Command } from './args.js'

const DEPLOY_USAGE =
  'livepatch deploy <qemu|aws|gcp|azure> <vm[,vm...]> <module.ko> [--cert FILE] [--kernel-release R] [--previous FILE] [--timeout S] [--persist] [--canary N] [--max-concurrency N] [--max-errors N|N%] [--json]'
const STATUS_USAGE = 'livepatch status <provider> <vm[,vm...]> [--json]'
const ROLLBACK_USAGE =
  'livepatch rollback <provider> <vm[,vm...]> --to <module.ko> [--cert FILE] [--kernel-release R] [--json]'
const VM_USAGE =
  'livepatch vm start NAME --kernel BZIMAGE --initrd INITRAMFS [--memory MB] | vm stop NAME | vm list'

const DEPLOY_OPTIONS = {
  cert: { type: 'string' },
  'kernel-release': { type: 'string' },
  previous: { type: 'string' },
  timeout: { type: 'string' },
  persist: { type: 'boolean' },
  canary: { type: 'string' },
  'max-concurrency': { type: 'string' },
  'max-errors': { type: 'string' },
  'state-dir': { type: 'string' },
  json: { type: 'boolean' }
} as const

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
  return {
    cert: cert ? { bytes: await readInput(cert, 'certificate'), source: cert } : undefined,
    kernelRelease: values['kernel-release'] as string | undefined,
    previous: previous ? await readModuleArtifact(previous) : undefined,
    timeoutSeconds: whole(values.timeout, '--timeout'),
    persist: values.persist as boolean | undefined,
    canary: whole(values.canary, '--canary'),
    maxConcurrency: whole(values['max-concurrency'], '--max-concurrency'),
    maxErrors: values['max-errors'] as string | undefined,
    onResult: values.json
      ? undefined
      : (result: DeployResult) => io.stderr(`${result.vm}: ${result.status}\n`)
  }
}

async function runDeploy(
  provider: string,
  vms: string,
  modulePath: string,
  values: Record<string, unknown>,
  io: CliIo
): Promise<number> {
  const { checkBeforeUpload, deployFleet, deploySucceeded, readModuleArtifact } =
    await import('../deploy/deploy.js')
  const { loadProvider } = await import('../deploy/providers.js')
  const { renderDeployTable } = await import('../render/deploy.js')
  const names = vmNames(vms, DEPLOY_USAGE)
  const module = await readModuleArtifact(modulePath)
  const options = await deployOptions(values, io)
  await checkBeforeUpload(module, options) // exit 2 before any VM is touched
  const loaded = await loadProvider(provider, {
    qemuStateDir: values['state-dir'] as string | undefined
  })
  try {
    const targets = await loaded.find(names)
    const results = await deployFleet(loaded, targets, module, options)
    io.stdout(values.json ? json(results) : renderDeployTable(results))
    return deploySucceeded(results) ? EXIT.pass : EXIT.fail
  } finally {
    await loaded.close()
  }
}

export const deploy: Command = async (args, io) => {
  const { values, positionals } = parse(args, DEPLOY_OPTIONS, DEPLOY_USAGE)
  if (positionals.length !== 3)
    throw new LivepatchError(`deploy takes <provider> <vm> <module.ko>\nusage: ${DEPLOY_USAGE}`)
  return runDeploy(positionals[0], positionals[1], positionals[2], values, io)
}

/** The guide's form: `livepatch <provider> <vm> <module.ko>`. */
export function guideDeploy(provider: string): Command {
  return (args, io) => deploy([provider, ...args], io)
}

export const rollback: Command = async (args, io) => {
  const { values, positionals } = parse(
    args,
    { ...DEPLOY_OPTIONS, to: { type: 'string' } },
    ROLLBACK_USAGE
  )
  if (positionals.length !== 2 || !values.to)
    throw new LivepatchError(
      `rollback takes <provider> <vm> --to <module.ko>\nusage: ${ROLLBACK_USAGE}`
    )
  // Cumulative replace-mode patches: going back is deploying the older module, which replaces the newer.
  return runDeploy(positionals[0], positionals[1], values.to as string, values, io)
}

export const status: Command = async (args, io) => {
  const { values, positionals } = parse(
    args,
    { json: { type: 'boolean' }, 'state-dir': { type: 'string' } },
    STATUS_USAGE
  )
  if (positionals.length !== 2)
    throw new LivepatchError(`status takes <provider> <vm>\nusage: ${STATUS_USAGE}`)
  const { statusOf } = await import('../deploy/deploy.js')
  const { loadProvider } = await import('../deploy/providers.js')
  const { renderStatusTable } = await import('../render/deploy.js')
  const names = vmNames(positionals[1], STATUS_USAGE)
  const provider = await loadProvider(positionals[0], {
    qemuStateDir: values['state-dir'] as string | undefined
  })
  try {
    const vms = await provider.find(names)
    const reports = await statusOf(provider, vms, {})
    io.stdout(
      values.json
        ? json(reports.map((r, k) => ({ vm: names[k], ...r })))
        : renderStatusTable(names, reports)
    )
    return reports.every(r => r.status === 'ok') ? EXIT.pass : EXIT.fail
  } finally {
    await provider.close()
  }
}

export const vm: Command = async (args, io) => {
  const { values, positionals } = parse(
    args,
    {
      kernel: { type: 'string' },
      initrd: { type: 'string' },
      memory: { type: 'string' },
      'state-dir': { type: 'string' },
      json: { type: 'boolean' }
    },
    VM_USAGE
  )
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
