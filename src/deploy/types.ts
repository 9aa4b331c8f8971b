import { LivepatchError } from '../errors.js'

// One interface for every way a module reaches a VM. Two kinds of channel:
// - an *agent* that takes the whole module over HTTPS and loads it itself (the image's agent);
// - a *command* channel (run-command style: SSM, Azure Run Command, the GCP guest agent, the
//   local qemu VM's serial shell) where we send the module in checksummed chunks and run our
//   guest script, reading its JSON line.

export type DeployStatus =
  'applied' | 'already-active' | 'refused' | 'failed' | 'stuck' | 'unreachable' | 'skipped'

export interface Vm {
  /** The name the user knows the VM by (cloud instance name, tag Name, qemu VM name). */
  name: string
  provider: string
  /** Where to reach it, when the provider found one (IP, host:port, socket path). */
  address?: string
  /** Provider-specific id (EC2 InstanceId, GCE instance id, Azure vmId, qemu pid): unique where names are not. */
  id?: string
  /** Set when the provider could not find or resolve the VM: it gets a row, not an attempt. */
  error?: string
}

/** A signed module, read and checked once before any VM is touched. */
export interface ModuleArtifact {
  path: string
  bytes: Buffer
  sha256: string
  /** `.modinfo` name (as the kernel and sysfs show it: `_` for `-`). */
  name: string
  /** First word of vermagic. */
  kernelRelease: string
}

/** What the guest script (or the agent) said about one VM. */
export interface GuestReport {
  /** `ok`: the VM was looked at and is healthy; `unknown`: it could not be looked at (the message says what was checked). */
  status: DeployStatus | 'ok' | 'unknown'
  module: string
  sha256: string
  kernel: string
  active: string[]
  transitionSeconds: number | null
  message: string
}

export interface CommandOutput {
  stdout: string
  exitCode: number
}

export interface CommandChannel {
  kind: 'command'
  /** Run a POSIX sh script as root on the VM; resolves with its output, rejects when unreachable. */
  run(vm: Vm, script: string, timeoutMs: number): Promise<CommandOutput>
}

export interface AgentChannel {
  kind: 'agent'
  /** Throws a `refused` DeployError when the VM lacks what a request needs (token, pin); sends nothing. */
  preflight(vm: Vm): Promise<void>
  /** Hand the whole module to the VM's agent, which unloads all livepatches and loads it. */
  apply(vm: Vm, module: ModuleArtifact): Promise<GuestReport>
  status(vm: Vm): Promise<GuestReport>
}

export type Channel = CommandChannel | AgentChannel

export interface Provider {
  name: string
  /** VMs by name, in order; a name the provider cannot find comes back with `error` set. */
  find(names: string[]): Promise<Vm[]>
  channel: Channel
  close(): Promise<void>
}

/** One row of the result table: every targeted VM ends in exactly one. */
export interface DeployResult extends Omit<GuestReport, 'status'> {
  /** The VM's name, for people. */
  vm: string
  /** The VM's identity: its provider id, or its name when the provider has none. The deploy record keys on it. */
  id: string
  status: DeployStatus
  /** When the new module failed and the previous one was re-deployed. */
  rollback?: { status: DeployStatus; message: string }
  /** The VM's new golden measurement (agent channel), recorded after success. */
  measurement?: unknown
}

export class DeployError extends LivepatchError {
  constructor(
    message: string,
    readonly vm?: string,
    /** The row this failure puts the VM in: refused when it was known before any upload. */
    readonly outcome: DeployStatus = 'unreachable'
  ) {
    super(message)
  }
}

/** A deploy stopped before any upload because some VM lacks a token or pin: exit 2, nothing sent. */
export class DeployRefusedError extends LivepatchError {}
