// The command-channel protocol: deliver the guest script and the module in checksummed chunks,
// reassemble and verify on the VM, run `livepatch-apply.sh`, read its one JSON line.
// Every value that enters a command goes through `shellQuote` (the commands run as root), and
// the module's name is checked against kpatch's charset before any command is built.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkModuleName } from './module-name.js'
import { STATUSES } from './record.js'
import { remoteText } from './remote-text.js'
import { shellQuote as q } from './shell.js'
import type { CommandChannel, DeployStatus, GuestReport, ModuleArtifact, Vm } from './types.js'
import { DeployError } from './types.js'

/** Base64 characters per chunk: small enough for any run-command payload and a serial line. */
export const CHUNK_SIZE = 3072
/** Where chunks and the guest script live on the VM (tmpfs: gone at reboot). */
export const WORK_DIR = '/run/livepatch-upload'

/** What the guest script may report: a deploy's statuses, and status's `ok`. */
const REPORT_STATUSES: readonly GuestReport['status'][] = [...STATUSES, 'ok']

let cachedScript: string | undefined

/** The guest script's text: next to the bundle in dist/, or in guest/ of the source tree. */
export function guestScript(): string {
  if (cachedScript !== undefined) return cachedScript
  const here = dirname(fileURLToPath(import.meta.url))
  for (const candidate of [
    join(here, 'livepatch-apply.sh'),
    join(here, '..', 'livepatch-apply.sh'),
    join(here, '..', '..', 'guest', 'livepatch-apply.sh')
  ]) {
    try {
      cachedScript = readFileSync(candidate, 'utf8')
      return cachedScript
    } catch {
      // try the next place
    }
  }
  throw new Error('guest/livepatch-apply.sh not found beside the program')
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')

/** Shell commands that write `data` as checksummed base64 chunks to `dir/<name>.b64.NNNN`. */
export function chunkCommands(
  dir: string,
  name: string,
  data: Buffer,
  size = CHUNK_SIZE
): string[] {
  const text = data.toString('base64')
  const commands: string[] = []
  for (let at = 0, k = 0; at < text.length || k === 0; at += size, k++) {
    const chunk = text.slice(at, at + size)
    const file = q(`${dir}/${name}.b64.${String(k).padStart(4, '0')}`)
    commands.push(
      `printf '%s' ${q(chunk)} > ${file} && [ "$(sha256sum ${file} | cut -d ' ' -f 1)" = ${q(sha256(chunk))} ] && echo __CHUNK_OK__`
    )
  }
  return commands
}

/**
 * The last line of output that is the guest script's JSON report. The VM wrote it, so every field
 * is checked and neutralised: an unknown status is a failure, text is one bounded safe line.
 */
export function parseGuestReport(stdout: string, vm: string): GuestReport {
  const lines = stdout.replace(/\r/g, '').split('\n').reverse()
  for (const line of lines) {
    if (!line.startsWith('{')) continue
    try {
      const raw = JSON.parse(line) as Record<string, unknown>
      if (typeof raw.status !== 'string') continue
      const known = (REPORT_STATUSES as readonly string[]).includes(raw.status)
      const message = remoteText(raw.message ?? '')
      return {
        status: known ? (raw.status as DeployStatus | 'ok') : 'failed',
        module: remoteText(raw.module ?? '', 100),
        sha256: remoteText(raw.sha256 ?? '', 100),
        kernel: remoteText(raw.kernel ?? '', 200),
        active: Array.isArray(raw.active)
          ? raw.active.slice(0, 20).map(name => remoteText(name, 100))
          : [],
        transitionSeconds:
          typeof raw.transition_seconds === 'number' ? raw.transition_seconds : null,
        message: known
          ? message
          : `the guest script reported an unknown status '${remoteText(raw.status, 40)}': ${message}`
      }
    } catch {
      // not the report line
    }
  }
  throw new DeployError(
    `${remoteText(vm)}: the guest script printed no JSON report; output was: ${remoteText(stdout.trim().slice(-500)) || '(nothing)'}`,
    vm
  )
}

async function deliver(
  channel: CommandChannel,
  vm: Vm,
  dir: string,
  name: string,
  data: Buffer,
  timeoutMs: number
): Promise<void> {
  for (const command of chunkCommands(dir, name, data)) {
    let ok = false
    for (let attempt = 0; attempt < 2 && !ok; attempt++) {
      const output = await channel.run(vm, command, timeoutMs)
      ok = output.stdout.includes('__CHUNK_OK__')
    }
    if (!ok)
      throw new DeployError(`${vm.name}: a chunk of ${name} arrived corrupted twice`, vm.name)
  }
}

/**
 * Ensure the guest script is on the VM; returns its path there. A copy left by an earlier deploy
 * is used only if its sha256 is this script's (anything else there is replaced).
 */
async function installGuestScript(
  channel: CommandChannel,
  vm: Vm,
  timeoutMs: number,
  workDir: string
): Promise<string> {
  const script = Buffer.from(guestScript())
  const hash = sha256(script)
  const dir = `${workDir}/guest-${hash.slice(0, 16)}`
  const path = `${dir}/livepatch-apply.sh`
  const present = await channel.run(
    vm,
    `[ -f ${q(path)} ] && [ "$(sha256sum ${q(path)} | cut -d ' ' -f 1)" = ${q(hash)} ] && echo __PRESENT__ || true`,
    timeoutMs
  )
  if (present.stdout.includes('__PRESENT__')) return path
  await channel.run(vm, `rm -rf ${q(dir)} && mkdir -p ${q(dir)}`, timeoutMs)
  await deliver(channel, vm, dir, 'script', script, timeoutMs)
  const assembled = await channel.run(
    vm,
    `cat ${q(dir)}/script.b64.* | base64 -d > ${q(path)} && rm -f ${q(dir)}/script.b64.* && chmod 700 ${q(path)} && [ "$(sha256sum ${q(path)} | cut -d ' ' -f 1)" = ${q(hash)} ] && echo __ASSEMBLED__`,
    timeoutMs
  )
  if (!assembled.stdout.includes('__ASSEMBLED__'))
    throw new DeployError(
      `${remoteText(vm.name)}: could not install the guest script (its sha256 on the VM is not ${hash}): ${remoteText(assembled.stdout.trim())}`,
      vm.name
    )
  return path
}

/** Run the guest script with arguments (each quoted) on the VM. */
export async function runGuest(
  channel: CommandChannel,
  vm: Vm,
  args: string[],
  timeoutMs: number,
  workDir = WORK_DIR
): Promise<GuestReport> {
  const script = await installGuestScript(channel, vm, timeoutMs, workDir)
  const output = await channel.run(vm, ['sh', script, ...args].map(q).join(' '), timeoutMs)
  return parseGuestReport(output.stdout, vm.name)
}

/** Deliver a module in chunks and apply it with replace semantics. */
export async function applyOverCommands(
  channel: CommandChannel,
  vm: Vm,
  module: ModuleArtifact,
  options: {
    timeoutSeconds: number
    persist: boolean
    commandTimeoutMs: number
    /** The VM's upload folder (tests use a temp folder). */
    workDir?: string
  }
): Promise<GuestReport> {
  // Checked where the artifact is read too; checked again here because this builds commands.
  checkModuleName(module.name, module.path)
  if (!/^[0-9a-f]{64}$/.test(module.sha256))
    throw new DeployError(`${module.path}: sha256 '${module.sha256}' is not 64 hex digits`)
  if (!Number.isInteger(options.timeoutSeconds) || options.timeoutSeconds < 1)
    throw new DeployError(
      `transition timeout ${options.timeoutSeconds}: expected whole seconds ≥ 1`
    )
  const workDir = options.workDir ?? WORK_DIR
  const script = await installGuestScript(channel, vm, options.commandTimeoutMs, workDir)
  const dir = `${workDir}/${module.sha256.slice(0, 16)}`
  await channel.run(vm, `rm -rf ${q(dir)} && mkdir -p ${q(dir)}`, options.commandTimeoutMs)
  await deliver(channel, vm, dir, 'module', module.bytes, options.commandTimeoutMs)
  const file = `${dir}/${module.name}.ko`
  const args = ['apply', '--module', file, '--sha256', module.sha256]
  args.push('--timeout', String(options.timeoutSeconds))
  if (options.persist) args.push('--persist')
  const apply = [
    `cat ${q(dir)}/module.b64.* | base64 -d > ${q(file)} && rm -f ${q(dir)}/module.b64.*`,
    ['sh', script, ...args].map(q).join(' ')
  ].join('; ')
  const output = await channel.run(
    vm,
    apply,
    options.commandTimeoutMs + options.timeoutSeconds * 3000
  )
  return parseGuestReport(output.stdout, vm.name)
}
