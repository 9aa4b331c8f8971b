// The pristine kernel build: ONE full build of the tree, with exactly the make variables
// kpatch-build's "Building original source" step will use, so that step finds every object up to
// date (kbuild rebuilds an object when its command line changes, and only then).
//
// What kpatch-build's original build runs (kpatch-build/kpatch-build, read at the pinned commit):
//   export KCFLAGS="-I$DATADIR/patch -ffunction-sections -fdata-sections \
//                   $ARCH_KCFLAGS $DEBUG_KCFLAGS"       (ARCH_KCFLAGS is empty on x86-64;
//                                                       DEBUG_KCFLAGS="-gz=none" when the
//                                                       compiler check runs and gcc takes it)
//   make "CC=$TOOLSDIR/kpatch-cc gcc" "LD=$TOOLSDIR/kpatch-cc ld" -j$CPUS vmlinux modules
// with TOOLSDIR = kpatch-build/ and DATADIR = kmod/ of the kpatch checkout (readlink -f), run
// in the tree after copying -c CONFIG to .config. kpatch-cc execs the real tool unchanged
// while KPATCH_GCC_TEMPDIR is unset (it is, for the original build), so these objects are the
// ones kpatch-build would have built itself; KBUILD_MODPOST_WARN is set only for the patched build.
//
// Why the -v vmlinux from this build is safe (what kpatch-build reads from -v): the
// "Linux version" release string; the compiler's .comment (the compiler check); DWARF sizes of
// the special-section structs (find_special_section_data); and `readelf -s` for
// create-diff-object's lookup: which local symbols each STT_FILE group holds and each duplicated
// local name's sympos — the rank of its address among the symbols of that name, which is how the
// running kernel's kallsyms resolves it. The module carries names and sympos, never addresses or
// sizes. Measured on the test tree (`npm run bench build`, symbols.ts): against a plain `make`
// of the same tree, sympos is equal for all 13 891 local functions and objects; 199 sizes differ
// (+3 bytes: jumps are not relaxed across sections) and 131 zero-size locals exist only in the
// plain vmlinux — a patch referencing one fails to build (lookup finds no symbol), it cannot bind
// to the wrong one. A differing sympos would bind wrongly: that is what the bench checks. Where
// the image's published vmlinux exists, pass it as `vmlinux` and it is used for -v instead.
import { copyFileSync, existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { LivepatchError } from '../errors.js'
import { setLocalVersion } from './kpatch-build.js'
import { ProgressCounter } from './progress.js'
import { runStreaming } from './run.js'
import { treePath, vmlinuxObjects } from './targets.js'

export interface KpatchMake {
  /** make's command-line variables, in kpatch-build's order. */
  vars: string[]
  /** KCFLAGS, byte for byte as kpatch-build exports it. */
  kcflags: string
  targets: string[]
}

/** What kpatch-build (x86-64, gcc, GNU ld, native) passes to the original build's make. */
export function kpatchOriginalMake(kpatchDir: string, options: { gzNone: boolean }): KpatchMake {
  const tools = realpathSync(join(kpatchDir, 'kpatch-build'))
  const data = realpathSync(join(kpatchDir, 'kmod'))
  const archKcflags = ''
  const debugKcflags = options.gzNone ? '-gz=none' : ''
  return {
    vars: [`CC=${tools}/kpatch-cc gcc`, `LD=${tools}/kpatch-cc ld`],
    kcflags: `-I${data}/patch -ffunction-sections -fdata-sections \t\t${archKcflags} ${debugKcflags}`,
    targets: ['vmlinux', 'modules']
  }
}

/**
 * kpatch-build's own test for DEBUG_KCFLAGS: gcc compiles a file with -gz=none and says nothing.
 * It runs only when the compiler check runs (not with --skip-compiler-check).
 */
export async function gccTakesGzNone(env: Record<string, string>): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'livepatch-gz-'))
  try {
    const c = join(dir, 'test.c')
    writeFileSync(c, 'void main(void) {}\n')
    const { code, output } = await runStreaming(
      'gcc',
      ['-c', '-gz=none', '-o', join(dir, 'test.o'), c],
      {
        env
      }
    )
    return code === 0 && output.trim() === ''
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface PristineRequest {
  source: string
  /** The image's kernel config. */
  config: string
  kernelRelease: string
  kernelVersion: string
  /** The kpatch checkout kpatch-build will run from (its path is part of every command line). */
  kpatchDir: string
  jobs: number
  skipCompilerCheck: boolean
  /** Where the pristine vmlinux, the resolved config and the object count are kept. */
  pristineDir: string
  env: Record<string, string>
  line?: (line: string) => void
  progress?: (message: string) => void
  now?: () => number
}

export interface PristineResult {
  vmlinux: string
  /** The tree's .config after olddefconfig: what kpatch-build's -c must be (it copies it back). */
  config: string
  objects: number
  seconds: number
  /** Seconds of each step, in order: olddefconfig, prepare, count (the dry run), make. */
  steps: { name: string; seconds: number }[]
}

/**
 * Count the objects a build of this configured tree will compile: kbuild's dry run
 * (`make -n -k`, which still descends into every directory) prints one `CC` line per object.
 * An estimate: objects behind files the real build generates (asn1 parsers) are missed.
 * With the build's jobs (the descents run in parallel; -Oline keeps each printed line whole):
 * over the built test tree with other make variables (every object out of date) 6.1 s at -j2
 * instead of 13.5 s at -j1, the same 746 objects; in the pristine build 4.5–5.5 s (bench).
 */
export async function countObjects(
  source: string,
  make: KpatchMake,
  jobs: number,
  env: Record<string, string>
): Promise<number | undefined> {
  const counter = new ProgressCounter(undefined)
  const { code } = await runStreaming(
    'make',
    ['-C', source, '-n', '-k', `-j${jobs}`, '-Oline', ...make.vars, ...make.targets],
    { env: { ...env, KCFLAGS: make.kcflags }, line: l => counter.countEchoed(l) }
  )
  return code === 0 || counter.done > 0 ? counter.done : undefined
}

/** The original build's make for this compiler check choice (gccTakesGzNone as kpatch-build). */
async function originalMake(
  kpatchDir: string,
  skipCompilerCheck: boolean,
  env: Record<string, string>
): Promise<KpatchMake> {
  const gzNone = !skipCompilerCheck && (await gccTakesGzNone(env))
  return kpatchOriginalMake(kpatchDir, { gzNone })
}

/**
 * The folders to make so that every object of vmlinux and the modules is reached: kbuild's own
 * list of build folders (the top-level `built-in.a` and `modules.order` records name each one:
 * `arch/x86/`, `arch/x86/lib/`, `fs/`, …), else each object's own folder.
 */
export async function buildDirs(source: string, env: Record<string, string>): Promise<string[]> {
  const dirs = new Set<string>()
  const add = (dir: string): void => {
    const path = treePath(dir, source)
    if (
      path &&
      path !== '.' &&
      path.split('/').every(part => /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(part))
    )
      dirs.add(`${path}/`)
  }
  for (const [file, entry] of [
    ['.built-in.a.cmd', /(?:^|\s)(?:\.\/)?([^\s"]+)\/built-in\.a(?=\s)/g],
    ['.modules.order.cmd', /\bcat (?:\.\/)?(\S+)\/modules\.order\b/g]
  ] as const) {
    const text = await readFile(join(source, file), 'utf8').catch(() => '')
    const command = /^savedcmd_\S+ := (.*)$/m.exec(text)?.[1] ?? ''
    for (const match of command.matchAll(entry)) add(match[1])
  }
  if (dirs.size) return [...dirs].sort()
  const modules = (await readFile(join(source, 'modules.order'), 'utf8').catch(() => '')).split(
    '\n'
  )
  for (const path of [...((await vmlinuxObjects(source, env)) ?? []), ...modules]) {
    if (path.trim().includes('/')) add(posix.dirname(path.trim()))
  }
  return [...dirs].sort()
}

const KBUILD_CC = /^ {2}CC(?: \[M\])?\s/

/**
 * Bring every object of a built tree back to its source (`make` of kbuild's folders with the
 * original build's variables: it compiles only what is out of date and links nothing). kpatch-build
 * reverts the patch's sources but leaves the objects and their `.cmd` records of its patched
 * build; object-only targets (targets.ts) read those records, so they must be the sources' own.
 * Returns the objects it compiled (kbuild's CC lines), undefined when the tree names no folders.
 */
export async function refreshObjects(request: {
  source: string
  kpatchDir: string
  jobs: number
  skipCompilerCheck: boolean
  env: Record<string, string>
  line?: (line: string) => void
  /** Said every 250 objects compiled (a changed compiler flag recompiles the whole tree). */
  progress?: (message: string) => void
}): Promise<number | undefined> {
  const dirs = await buildDirs(request.source, request.env)
  if (dirs.length === 0) return undefined
  const make = await originalMake(request.kpatchDir, request.skipCompilerCheck, request.env)
  const counter = new ProgressCounter(undefined)
  const refreshed = await runStreaming(
    'make',
    ['-C', request.source, ...make.vars, `-j${request.jobs}`, ...dirs],
    {
      env: { ...request.env, KCFLAGS: make.kcflags },
      line: l => {
        request.line?.(l)
        counter.count(l)
        if (counter.done && counter.done % 250 === 0 && KBUILD_CC.test(l))
          request.progress?.(`${counter.done} objects compiled so far`)
      }
    }
  )
  if (refreshed.code !== 0)
    throw new LivepatchError(
      `bringing the built tree's objects up to date failed in ${request.source} (exit ${refreshed.code}):\n${tail(refreshed.output)}`
    )
  return counter.done
}

/** Build the pristine tree once, as kpatch-build's original build would; keep its vmlinux. */
export async function buildPristine(request: PristineRequest): Promise<PristineResult> {
  const now = request.now ?? Date.now
  const started = now()
  const steps: PristineResult['steps'] = []
  let stepStart = started
  const step = (name: string): void => {
    const at = now()
    steps.push({ name, seconds: (at - stepStart) / 1000 })
    stepStart = at
  }
  const { source, env } = request
  await copyFile(request.config, join(source, '.config'))
  await setLocalVersion(source, request.kernelRelease, request.kernelVersion)
  const olddefconfig = await runStreaming(
    'make',
    ['-C', source, `-j${request.jobs}`, 'olddefconfig'],
    {
      env,
      line: request.line
    }
  )
  if (olddefconfig.code !== 0)
    throw new LivepatchError(
      `make olddefconfig failed in ${source} (exit ${olddefconfig.code}):\n${tail(olddefconfig.output)}`
    )
  step('olddefconfig')
  await mkdir(request.pristineDir, { recursive: true })
  const config = join(request.pristineDir, 'config')
  copyFileSync(join(source, '.config'), config)
  const make = await originalMake(request.kpatchDir, request.skipCompilerCheck, env)
  // `prepare` first, with the same variables (so nothing of it is rebuilt later): kbuild's dry
  // run needs the generated config and headers to descend into every directory.
  const prepared = await runStreaming(
    'make',
    ['-C', source, ...make.vars, `-j${request.jobs}`, 'prepare'],
    { env: { ...env, KCFLAGS: make.kcflags }, line: request.line }
  )
  if (prepared.code !== 0)
    throw new LivepatchError(
      `make prepare failed in ${source} (exit ${prepared.code}):\n${tail(prepared.output)}`
    )
  step('prepare')
  const total = await countObjects(source, make, request.jobs, env)
  step('count')
  const counter = new ProgressCounter(total, { now: request.now })
  if (total) request.progress?.(`compiling ${total} objects`)
  const built = await runStreaming(
    'make',
    ['-C', source, ...make.vars, `-j${request.jobs}`, ...make.targets],
    {
      env: { ...env, KCFLAGS: make.kcflags },
      line: l => {
        request.line?.(l)
        const message = counter.count(l)
        if (message) request.progress?.(message)
      }
    }
  )
  if (built.code !== 0)
    throw new LivepatchError(
      `the pristine kernel build failed (exit ${built.code}):\n${tail(built.output)}`
    )
  const vmlinux = join(request.pristineDir, 'vmlinux')
  await copyFile(join(source, 'vmlinux'), vmlinux)
  // The exported symbols' versions as built: kpatch-build's object-only builds (targets.ts) never
  // rerun modpost, so the patched versions are checked against this copy.
  if (existsSync(join(source, 'Module.symvers')))
    await copyFile(join(source, 'Module.symvers'), join(request.pristineDir, 'Module.symvers'))
  step('make')
  return {
    vmlinux,
    config,
    objects: counter.done,
    seconds: (now() - started) / 1000,
    steps
  }
}

function tail(output: string): string {
  return output.trimEnd().split('\n').slice(-40).join('\n')
}
