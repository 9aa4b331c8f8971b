// The command-channel protocol: deliver the guest script and the module in checksummed chunks,
// reassemble and verify on the VM, run `livepatch-apply.sh`, read its one JSON line.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CommandChannel, GuestReport, ModuleArtifact, Vm } from './types.js'
import { DeployError } from './types.js'

/** Base64 characters per chunk: small enough for any run-command payload and a serial line. */
export const CHUNK_SIZE = 3072
const WORK_DIR = '/run/livepatch-upload'

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
    const file = `${dir}/${name}.b64.${String(k).padStart(4, '0')}`
    commands.push(
      `printf '%s' '${chunk}' > ${file} && [ "$(sha256sum ${file} | cut -d ' ' -f 1)" = ${sha256(chunk)} ] && echo __CHUNK_OK__`
    )
  }
  return commands
}

/** The last line of output that is the guest script's JSON report. */
export function parseGuestReport(stdout: string, vm: string): GuestReport {
  const lines = stdout.replace(/\r/g, '').split('\n').reverse()
  for (const line of lines) {
    if (!line.startsWith('{')) continue
    try {
      const raw = JSON.parse(line) as Record<string, unknown>
      if (typeof raw.status !== 'string') continue
      return {
        status: raw.status as GuestReport['status'],
        module: String(raw.module ?? ''),
        sha256: String(raw.sha256 ?? ''),
        kernel: String(raw.kernel ?? ''),
        active: Array.isArray(raw.active) ? raw.active.map(String) : [],
        transitionSeconds:
          typeof raw.transition_seconds === 'number' ? raw.transition_seconds : null,
        message: String(raw.message ?? '')
      }
    } catch {
      // not the report line
    }
  }
  throw new DeployError(
    `${vm}: the guest script printed no JSON report; output was: ${stdout.trim().slice(-500) || '(nothing)'}`,
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

/** Ensure the guest script is on the VM; returns its path there. */
async function installGuestScript(
  channel: CommandChannel,
  vm: Vm,
  timeoutMs: number
): Promise<string> {
  const script = Buffer.from(guestScript())
  const dir = `${WORK_DIR}/guest-${sha256(script).slice(0, 16)}`
  const path = `${dir}/livepatch-apply.sh`
  const present = await channel.run(vm, `[ -f ${path} ] && echo __PRESENT__ || true`, timeoutMs)
  if (present.stdout.includes('__PRESENT__')) return path
  await channel.run(vm, `rm -rf ${dir} && mkdir -p ${dir}`, timeoutMs)
  await deliver(channel, vm, dir, 'script', script, timeoutMs)
  const assembled = await channel.run(
    vm,
    `cat ${dir}/script.b64.* | base64 -d > ${path} && rm -f ${dir}/script.b64.* && chmod 700 ${path} && echo __ASSEMBLED__`,
    timeoutMs
  )
  if (!assembled.stdout.includes('__ASSEMBLED__'))
    throw new DeployError(
      `${vm.name}: could not install the guest script: ${assembled.stdout.trim()}`,
      vm.name
    )
  return path
}

/** Run the guest script with arguments on the VM. */
export async function runGuest(
  channel: CommandChannel,
  vm: Vm,
  args: string,
  timeoutMs: number
): Promise<GuestReport> {
  const script = await installGuestScript(channel, vm, timeoutMs)
  const output = await channel.run(vm, `sh ${script} ${args}`, timeoutMs)
  return parseGuestReport(output.stdout, vm.name)
}

/** Deliver a module in chunks and apply it with replace semantics. */
export async function applyOverCommands(
  channel: CommandChannel,
  vm: Vm,
  module: ModuleArtifact,
  options: { timeoutSeconds: number; persist: boolean; commandTimeoutMs: number }
): Promise<GuestReport> {
  const script = await installGuestScript(channel, vm, options.commandTimeoutMs)
  const dir = `${WORK_DIR}/${module.sha256.slice(0, 16)}`
  await channel.run(vm, `rm -rf ${dir} && mkdir -p ${dir}`, options.commandTimeoutMs)
  await deliver(channel, vm, dir, 'module', module.bytes, options.commandTimeoutMs)
  const file = `${dir}/${module.name}.ko`
  const apply = [
    `cat ${dir}/module.b64.* | base64 -d > ${file} && rm -f ${dir}/module.b64.*`,
    `sh ${script} apply --module ${file} --sha256 ${module.sha256} --timeout ${options.timeoutSeconds}${options.persist ? ' --persist' : ''}`
  ].join('; ')
  const output = await channel.run(
    vm,
    apply,
    options.commandTimeoutMs + options.timeoutSeconds * 3000
  )
  return parseGuestReport(output.stdout, vm.name)
}
