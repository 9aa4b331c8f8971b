// `livepatch deploy | status | rollback` (and the guide's `livepatch <provider> <vm> <ko>`),
// and `livepatch vm start | stop | list` for the local qemu VMs.
import type { RawValue, SettingId } from '../app/settings.js'
import { LivepatchError } from '../errors.js'
import {
  EXIT,
  cliReader,
  json,
  parse,
  usageOf,
  whole,
  type CliIo,
  type Command,
  type Positional
} from './args.js'
import { cliReporter } from './reporter.js'

const DEPLOY_USAGE = usageOf('deploy')
const STATUS_USAGE = usageOf('status')
const ROLLBACK_USAGE = usageOf('rollback')
const VM_USAGE = usageOf('vm')

type Values = Record<string, RawValue>

/** deploy and rollback: the one app path, the rows as a table or JSON. */
async function deployWith(
  verb: string,
  values: Values,
  positionals: Partial<Record<SettingId, Positional>>,
  io: CliIo
): Promise<number> {
  const { deploySettings, runDeploy } = await import('../app/deploy.js')
  const { renderDeployTable } = await import('../render/deploy.js')
  const settings = deploySettings(cliReader(verb, values, positionals), io.env)
  const outcome = await runDeploy(settings, cliReporter(io, values.json === true))
  io.stdout(values.json ? json(outcome.results) : renderDeployTable(outcome.results))
  return outcome.succeeded ? EXIT.pass : EXIT.fail
}

const providerArg = (value: string | undefined): Positional => ({ value, label: '<provider>' })
const vmArg = (value: string | undefined): Positional => ({ value, label: '<vm>' })

export const deploy: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'deploy')
  if (values.selector ? positionals.length !== 2 : positionals.length !== 3) {
    throw new LivepatchError(
      `deploy takes <provider> <vm> <module.ko>, or <provider> --selector KEY=VALUE <module.ko>\nusage: ${DEPLOY_USAGE}`
    )
  }
  const [provider, ...rest] = positionals
  const module = rest[rest.length - 1]
  return deployWith(
    'deploy',
    values,
    {
      provider: providerArg(provider),
      targets: vmArg(values.selector ? undefined : rest[0]),
      module: { value: module, label: '<module.ko>' }
    },
    io
  )
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
  return deployWith(
    'rollback',
    values,
    {
      provider: providerArg(positionals[0]),
      targets: vmArg(positionals[1]),
      module: { value: values.to as string, label: '--to' }
    },
    io
  )
}

export const status: Command = async (args, io) => {
  const { values, positionals } = parse(args, 'status')
  if (values.selector ? positionals.length !== 1 : positionals.length !== 2)
    throw new LivepatchError(
      `status takes <provider> <vm>, or <provider> --selector KEY=VALUE\nusage: ${STATUS_USAGE}`
    )
  const { fleetSettings, runStatus } = await import('../app/deploy.js')
  const { renderStatusTable } = await import('../render/deploy.js')
  const fleet = fleetSettings(
    cliReader('status', values, {
      provider: providerArg(positionals[0]),
      targets: vmArg(positionals[1])
    }),
    io.env
  )
  const outcome = await runStatus(fleet, cliReporter(io, values.json === true))
  const names = outcome.vms.map(v => v.name)
  io.stdout(
    values.json
      ? json(outcome.reports.map((r, k) => ({ vm: names[k], ...r })))
      : renderStatusTable(names, outcome.reports)
  )
  if (!values.json && outcome.reports.some(r => r.status === 'unknown'))
    io.stderr(
      'status unknown: the agent was reached but cannot say which livepatch is loaded; exit 1 (not verified healthy)\n'
    )
  return outcome.healthy ? EXIT.pass : EXIT.fail
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
