// The builder: the guide's `kpatch-build -s SRC -c CONFIG -v VMLINUX -j N -n NAME -o OUT PATCH`
// behind a small interface (upstream klp-build replaces kpatch-build from Linux 6.19; a builder
// for it fits the same shape). Streams kpatch-build's stages, collects changed functions,
// explains known failures, and checks the module it wrote.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { LivepatchError } from '../errors.js'
import { writeFileAtomic } from '../files.js'
import { moduleNameFor } from '../patches/history.js'
import { readModinfo } from '../sign/elf.js'
import { builderEnv } from './env.js'
import { parseFunctionLines, type FunctionsReport } from './functions.js'
import { runStreaming } from './run.js'

export interface BuildRequest {
  source: string
  config: string
  /** The pristine vmlinux, kept outside the tree (kpatch-build overwrites the tree's). */
  vmlinux: string
  /** Its expected sha256 (checked before the build when given). */
  vmlinuxSha256?: string
  output: string
  kernelRelease: string
  jobs: number
  /** Module name; default from the patch file name, as kpatch-build does. */
  name?: string
  patch: string
  skipCompilerCheck?: boolean
  /** kpatch-build's -t targets (empty or absent: its own `vmlinux modules`; see targets.ts). */
  targets?: string[]
  /** kpatch-build's CACHEDIR (build.log lives there). */
  cacheDir?: string
  command?: string
  /**
   * The builder's whole environment (default: the allow-listed part of ours, see env.ts).
   * Never the job's environment as it is: that holds the action's inputs and runtime tokens.
   */
  env?: Record<string, string>
}

export interface BuildStage {
  name: string
  seconds: number
}

export interface BuildResult {
  module: string
  moduleName: string
  vermagic: string
  size: number
  sha256: string
  functions: FunctionsReport
  functionsFile: string
  stages: BuildStage[]
}

export interface BuildEvents {
  stage?: (name: string) => void
  line?: (line: string) => void
}

export interface Builder {
  name: string
  build(request: BuildRequest, events?: BuildEvents): Promise<BuildResult>
}

/** kpatch-build's stage headings, in order. */
export const STAGES = [
  'Building original source',
  'Building patched source',
  'Extracting new and modified ELF sections',
  'Building patch module'
] as const

export class BuildError extends LivepatchError {
  constructor(
    message: string,
    readonly logTail: string,
    readonly advice: string[],
    readonly logFile: string | undefined
  ) {
    super(message)
  }
}

/** Known kpatch-build failures → what to do. */
const ADVICE: [RegExp, string][] = [
  [
    /gcc\/kernel version mismatch/,
    "Compiler mismatch: install gcc-12 at the exact revision in the kernel config's CONFIG_CC_VERSION_TEXT and make it the default (update-alternatives); run `livepatch preflight` to see the revision."
  ],
  [
    /Unsupported changes detected|changed section .* not selected for inclusion|data section .* selected for inclusion|unsupported (section|data) change|reference to static local variable/,
    'Unsupported section or data change: a livepatch may change code, not data structures or initialised data. See the kpatch patch-author guide, "Data structure changes" and "Data semantic changes" (shadow variables, callbacks).'
  ],
  [
    /no changed objects found/,
    'No changed objects: the patch changes nothing that is compiled into this kernel (a file the config leaves out, or a comment-only change).'
  ],
  [
    /undefined reference|undefined!/,
    'Undefined symbols: the patched code calls a function or uses a symbol the module cannot link against (static in another object, or not exported). See the patch-author guide on calls to static functions.'
  ],
  [
    /Kernel version mismatch|vermagic|version magic/,
    "Kernel version mismatch: the tree, vmlinux and --kernel-release must all be the VM's exact kernel release (uname -r)."
  ],
  [
    /patch file failed to apply|failed to apply/,
    'The patch does not apply to the pristine source: it must be a diff against the unmodified v6.15.2 tree (made with `git diff` there), cumulative, not on top of the previous patch.'
  ],
  [
    /can't find special struct/,
    'kpatch-build could not read a special section layout from the kernel: the kpatch version may not support this kernel; pin a newer kpatch ref.'
  ],
  [
    /No space left on device/,
    'The runner ran out of disk: a kernel build with debug info needs about 15 GB; free space first.'
  ]
]

export function adviceFor(log: string): string[] {
  return ADVICE.filter(([pattern]) => pattern.test(log)).map(([, advice]) => advice)
}

/** `make -s kernelversion` of the source tree (null when make cannot tell). */
export function makeKernelVersion(
  source: string,
  env: Record<string, string>
): Promise<string | null> {
  return new Promise(resolve => {
    const child = spawn('make', ['-s', '--no-print-directory', '-C', source, 'kernelversion'], {
      env,
      stdio: ['ignore', 'pipe', 'ignore']
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', () => resolve(null))
    child.on('close', code => resolve(code === 0 && out.trim() ? out.trim() : null))
  })
}

async function sha256File(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex')
}

/** Set the tree's local version so `make kernelrelease` (and so the module's vermagic) is exactly R. */
export async function setLocalVersion(
  source: string,
  kernelRelease: string,
  kernelVersion: string
): Promise<void> {
  if (!kernelRelease.startsWith(kernelVersion)) {
    throw new LivepatchError(
      `kernel release ${kernelRelease} does not start with the tree's version ${kernelVersion}: is this the right source tree?`
    )
  }
  const suffix = kernelRelease.slice(kernelVersion.length)
  const file = join(source, 'localversion-livepatch')
  if (suffix) await writeFile(file, `${suffix}\n`)
  else await rm(file, { force: true })
}

async function run(
  command: string,
  args: string[],
  env: Record<string, string>,
  events: BuildEvents,
  stages: BuildStage[]
): Promise<{ code: number; output: string }> {
  let current: { name: string; start: number } | undefined
  const closeStage = (): void => {
    if (current) stages.push({ name: current.name, seconds: (Date.now() - current.start) / 1000 })
    current = undefined
  }
  try {
    return await runStreaming(command, args, {
      env,
      tail: Infinity,
      hint: 'is kpatch installed? the build job builds it at the pinned kpatch-ref',
      line: line => {
        const stage = STAGES.find(s => line.startsWith(s))
        if (stage) {
          closeStage()
          current = { name: stage, start: Date.now() }
          events.stage?.(stage)
        }
        events.line?.(line)
      }
    })
  } finally {
    closeStage()
  }
}

export const kpatchBuilder: Builder = {
  name: 'kpatch-build',
  async build(request, events = {}) {
    for (const [what, path] of [
      ['source tree', request.source],
      ['config', request.config],
      ['vmlinux', request.vmlinux],
      ['patch', request.patch]
    ] as const) {
      if (!existsSync(path)) throw new LivepatchError(`${what} ${path} does not exist`)
    }
    if (request.vmlinuxSha256) {
      const actual = await sha256File(request.vmlinux)
      if (actual !== request.vmlinuxSha256) {
        throw new LivepatchError(
          `pristine vmlinux ${request.vmlinux} has sha256 ${actual}, expected ${request.vmlinuxSha256}: it was overwritten; rebuild the pristine kernel`
        )
      }
    }
    await mkdir(request.output, { recursive: true }) // kpatch-build needs -o to exist
    // -n is used as given (kpatch-build only replaces [^A-Za-z0-9_-] and cuts to 55); the default
    // is kpatch-build's own: livepatch- + the patch file's name.
    const name = request.name
      ? request.name.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 55)
      : moduleNameFor(request.patch)
    const kernelVersion = await makeKernelVersion(
      request.source,
      request.env ?? builderEnv(process.env)
    )
    if (kernelVersion) await setLocalVersion(request.source, request.kernelRelease, kernelVersion)
    const cacheDir = request.cacheDir ?? process.env.CACHEDIR ?? join(homedir(), '.kpatch')
    const args = [
      '-s',
      request.source,
      '-c',
      request.config,
      '-v',
      request.vmlinux,
      '-j',
      String(request.jobs),
      '-n',
      name,
      '-o',
      request.output
    ]
    if (request.skipCompilerCheck) args.push('--skip-compiler-check')
    for (const target of request.targets ?? []) args.push('-t', target)
    args.push(request.patch)
    const stages: BuildStage[] = []
    const { code, output } = await run(
      request.command ?? 'kpatch-build',
      args,
      { ...(request.env ?? builderEnv(process.env)), CACHEDIR: cacheDir },
      events,
      stages
    )
    if (code !== 0) {
      const logFile = join(cacheDir, 'build.log')
      const log = existsSync(logFile) ? await readFile(logFile, 'utf8') : ''
      const tail = (log || output).trimEnd().split('\n').slice(-60).join('\n')
      const advice = adviceFor(`${output}\n${log}`)
      throw new BuildError(
        `kpatch-build failed (exit ${code})`,
        tail,
        advice,
        existsSync(logFile) ? logFile : undefined
      )
    }
    const module = join(request.output, `${name}.ko`)
    if (!existsSync(module))
      throw new LivepatchError(`kpatch-build succeeded but ${module} is missing`)
    const bytes = await readFile(module)
    const info = readModinfo(bytes, module)
    if (info.get('livepatch')?.[0] !== 'Y')
      throw new LivepatchError(`${module} is not a livepatch module (.modinfo livepatch=Y missing)`)
    const vermagic = info.get('vermagic')?.[0] ?? ''
    if (vermagic.split(' ')[0] !== request.kernelRelease) {
      throw new LivepatchError(
        `${module} has vermagic "${vermagic}", not for ${request.kernelRelease}: the VMs would refuse it`
      )
    }
    const functions: FunctionsReport = {
      module: name,
      kernelRelease: request.kernelRelease,
      objects: parseFunctionLines(output)
    }
    const functionsFile = join(request.output, 'functions.json')
    await writeFileAtomic(functionsFile, JSON.stringify(functions, null, 2) + '\n')
    return {
      module,
      moduleName: name,
      vermagic,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      functions,
      functionsFile,
      stages
    }
  }
}
