// Provider `qemu`: a local VM booted from a kernel and initramfs under qemu, whose second serial
// port runs a root shell. It is driven exactly like a cloud run-command: a script in, its output
// and exit status out, one connection per command. VMs are found by name in a state folder.
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, constants, existsSync, openSync, readFileSync, writeSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { Socket } from 'node:net'
import { homedir } from 'node:os'
import { join } from 'node:path'
import {
  DeployError,
  type CommandChannel,
  type CommandOutput,
  type Provider,
  type Vm
} from './types.js'

export interface QemuVmSpec {
  name: string
  kernel: string
  initrd: string
  memoryMb?: number
  /** Extra kernel command line (the console is set here). */
  append?: string
  stateDir?: string
  bootTimeoutMs?: number
}

interface QemuState {
  name: string
  pid: number
  socket: string
  console: string
}

/** Most output kept from one command: the guest's output is untrusted and must not exhaust memory. */
export const MAX_COMMAND_OUTPUT = 4 * 1024 * 1024

export function defaultStateDir(): string {
  return process.env.LIVEPATCH_QEMU_DIR || join(homedir(), '.cache', 'livepatch-action', 'qemu')
}

/**
 * Run one script over the VM's serial shell: a pair of FIFOs (`<base>.in`, `<base>.out`) that qemu
 * holds open (`-serial pipe:<base>`). Output the guest wrote while nobody listened waits in the
 * FIFO and is skipped: only what precedes this command's own end marker is its output. (A socket
 * chardev loses or delays output across reconnects, so FIFOs it is.)
 */
export async function runOverPipes(
  base: string,
  script: string,
  timeoutMs: number
): Promise<CommandOutput> {
  const marker = `__LPDONE_${randomBytes(6).toString('hex')}__`
  let reader: Socket | undefined
  let timer: NodeJS.Timeout | undefined
  try {
    const readFd = openSync(`${base}.out`, constants.O_RDONLY | constants.O_NONBLOCK)
    reader = new Socket({ fd: readFd, readable: true, writable: false })
    const done = new Promise<CommandOutput>((resolve, reject) => {
      let output = ''
      timer = setTimeout(
        () => reject(new DeployError(`no answer within ${timeoutMs} ms`)),
        timeoutMs
      )
      reader?.setEncoding('latin1')
      reader?.on('data', (data: string) => {
        output += data
        if (output.length > MAX_COMMAND_OUTPUT) {
          clearTimeout(timer)
          reader?.destroy()
          reject(
            new DeployError(
              `output too large: the VM wrote more than ${MAX_COMMAND_OUTPUT / 1024 / 1024} MiB for one command; stopped reading`
            )
          )
          return
        }
        const end = new RegExp(`${marker} (\\d+)`).exec(output)
        if (!end) return
        clearTimeout(timer)
        // Skip whatever earlier commands left behind: our output starts after our start marker.
        const start = output.lastIndexOf(`${marker}_start`, end.index)
        const from = start < 0 ? 0 : output.indexOf('\n', start) + 1
        resolve({
          stdout: output.slice(from, end.index).replace(/\r/g, ''),
          exitCode: Number(end[1])
        })
      })
      reader?.on('error', error => {
        clearTimeout(timer)
        reject(new DeployError(`cannot read the VM's serial shell: ${error.message}`))
      })
    })
    done.catch(() => undefined) // observed below; never an unhandled rejection
    const writeFd = openSync(`${base}.in`, constants.O_WRONLY | constants.O_NONBLOCK)
    try {
      writeSync(writeFd, `echo ${marker}_start\n${script}\necho "${marker} $?"\n`)
    } finally {
      closeSync(writeFd)
    }
    return await done
  } catch (error) {
    if (error instanceof DeployError) throw error
    throw new DeployError(
      `cannot reach the VM's serial shell at ${base}: ${(error as Error).message}`
    )
  } finally {
    clearTimeout(timer)
    reader?.destroy()
  }
}

export const serialShell: CommandChannel = {
  kind: 'command',
  async run(vm: Vm, script: string, timeoutMs: number): Promise<CommandOutput> {
    if (!vm.address) throw new DeployError(`${vm.name}: no serial socket known`, vm.name)
    return runOverPipes(vm.address, script, timeoutMs)
  }
}

async function readState(stateDir: string, name: string): Promise<QemuState | undefined> {
  try {
    return JSON.parse(await readFile(join(stateDir, name, 'state.json'), 'utf8')) as QemuState
  } catch {
    return undefined
  }
}

/** Is this VM's qemu still running? (A bare pid check is fooled by thread ids and reuse.) */
function alive(state: QemuState): boolean {
  try {
    return readFileSync(`/proc/${state.pid}/cmdline`, 'latin1').includes(`pipe:${state.socket}`)
  } catch {
    return false
  }
}

/** Boot a VM in the background and wait (bounded) until its shell answers. A boot that fails
 * (qemu exits, or the shell never answers: a race on a busy host) is retried once; a final
 * failure carries the whole console log. */
export async function startVm(spec: QemuVmSpec): Promise<Vm> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(spec.name))
    throw new DeployError(`invalid VM name '${spec.name}': letters, digits, . _ -`)
  for (const [what, path] of [
    ['kernel', spec.kernel],
    ['initrd', spec.initrd]
  ]) {
    if (!existsSync(path)) throw new DeployError(`${what} image ${path} does not exist`)
  }
  const stateDir = spec.stateDir ?? defaultStateDir()
  const existing = await readState(stateDir, spec.name)
  if (existing && alive(existing))
    throw new DeployError(`VM ${spec.name} is already running (pid ${existing.pid}); stop it first`)
  let first: BootFailure | undefined
  for (const attempt of [1, 2]) {
    const booted = await bootOnce(spec, stateDir)
    if (!(booted instanceof BootFailure)) return booted
    if (attempt === 1) {
      first = booted
      continue
    }
    await rm(join(stateDir, spec.name), { recursive: true, force: true })
    throw new DeployError(
      `VM ${spec.name} did not boot, twice (first: ${first?.reason}; then: ${booted.reason}). ` +
        `Whole console log of the second boot:\n${booted.console.trimEnd() || '(empty)'}`
    )
  }
  throw new Error('unreachable')
}

class BootFailure {
  constructor(
    readonly reason: string,
    readonly console: string
  ) {}
}

async function bootOnce(spec: QemuVmSpec, stateDir: string): Promise<Vm | BootFailure> {
  const dir = join(stateDir, spec.name)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const socket = join(dir, 'shell')
  for (const end of ['in', 'out']) execFileSync('mkfifo', ['-m', '600', `${socket}.${end}`])
  const consoleLog = join(dir, 'console.log')
  const args = [
    // TCG by default: KVM on these hosts boots the test kernel to silence (nested virtualisation).
    '-machine',
    `pc,accel=${process.env.LIVEPATCH_QEMU_ACCEL || 'tcg'}`,
    '-m',
    String(spec.memoryMb ?? 256),
    '-smp',
    '1',
    '-nodefaults',
    '-display',
    'none',
    '-no-reboot',
    '-kernel',
    spec.kernel,
    '-initrd',
    spec.initrd,
    '-append',
    `console=ttyS0 panic=-1 ${spec.append ?? ''}`.trim(),
    '-serial',
    `file:${consoleLog}`,
    '-serial',
    `pipe:${socket}`
  ]
  const child = spawn('qemu-system-x86_64', args, { detached: true, stdio: 'ignore' })
  const spawned = await new Promise<number>((resolve, reject) => {
    child.once('error', error =>
      reject(
        new DeployError(
          `cannot start qemu-system-x86_64: ${error.message} (install Debian's qemu-system-x86)`
        )
      )
    )
    child.once('spawn', () => resolve(child.pid as number))
  })
  child.unref()
  const state: QemuState = { name: spec.name, pid: spawned, socket, console: consoleLog }
  await writeFile(join(dir, 'state.json'), JSON.stringify(state) + '\n')
  const deadline = Date.now() + (spec.bootTimeoutMs ?? 180_000)
  const consoleText = (): Promise<string> => readFile(consoleLog, 'utf8').catch(() => '')
  let lastError = 'not started'
  while (Date.now() < deadline) {
    if (!alive(state)) return new BootFailure('qemu exited during boot', await consoleText())
    try {
      const probe = await runOverPipes(socket, 'echo __ALIVE__', 3000)
      if (probe.stdout.includes('__ALIVE__'))
        return { name: spec.name, provider: 'qemu', address: socket, id: String(spawned) }
    } catch (error) {
      lastError = (error as Error).message
      await new Promise(resolve => setTimeout(resolve, 500))
    }
  }
  if (alive(state)) process.kill(spawned, 'SIGKILL')
  return new BootFailure(
    `no answer on its serial shell in time (${lastError})`,
    await consoleText()
  )
}

export async function stopVm(name: string, stateDir = defaultStateDir()): Promise<boolean> {
  const state = await readState(stateDir, name)
  if (!state) return false
  if (alive(state)) process.kill(state.pid, 'SIGKILL')
  await rm(join(stateDir, name), { recursive: true, force: true })
  return true
}

export async function listVms(stateDir = defaultStateDir()): Promise<Vm[]> {
  const names = await readdir(stateDir).catch(() => [] as string[])
  const vms: Vm[] = []
  for (const name of names) {
    const state = await readState(stateDir, name)
    if (state && alive(state))
      vms.push({ name, provider: 'qemu', address: state.socket, id: String(state.pid) })
  }
  return vms
}

/** The console log of a VM (kernel messages). */
export async function consoleLog(name: string, stateDir = defaultStateDir()): Promise<string> {
  const state = await readState(stateDir, name)
  return state ? readFile(state.console, 'utf8').catch(() => '') : ''
}

export function qemuProvider(stateDir = defaultStateDir()): Provider {
  return {
    name: 'qemu',
    channel: serialShell,
    async find(names: string[]): Promise<Vm[]> {
      const running = await listVms(stateDir)
      return names.map(name => {
        const vm = running.find(v => v.name === name)
        if (!vm)
          throw new DeployError(
            `qemu VM '${name}' is not running (start it with: livepatch vm start ${name} --kernel BZIMAGE --initrd INITRAMFS)`,
            name
          )
        return vm
      })
    },
    async close() {}
  }
}
