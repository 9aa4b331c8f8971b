// `npm run bench kernel`, the build part: the whole `livepatch build` cold path (one pristine
// build with kpatch-build's make variables + the first kpatch-build) and a warm second patch,
// against a plain `make vmlinux modules` of the same tree measured in the same run: one after
// the other (the plain make first and last, against their mean), or with SIDE_BY_SIDE=1 at the
// same time, which a drifting shared machine needs (README). Goals:
// cold ≤ 1.15× plain make; warm ≤ 0.2× cold. Needs a kpatch checkout built with
// `make -C kpatch-build` (KPATCH_DIR); skipped without one (kpatch is not packaged for Debian).
//
// The tree: Debian's linux-source-6.12, tinyconfig + test/kernel/config.fragment + what the real
// kpatch-build needs (DEBUG_INFO, BUG, JUMP_LABEL on; X86_KERNEL_IBT, DEBUG_INFO_BTF off).
// It also compares what kpatch-build reads from -v between the plain vmlinux and ours.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { builderEnv } from '../src/build/env.js'
import { buildWithTargets } from '../src/build/targets.js'
import { buildPristine } from '../src/build/pristine.js'
import { compareForKpatch } from '../src/build/symbols.js'

const here = resolve(import.meta.dirname, '..')
const kpatchDir = process.env.KPATCH_DIR
const jobs = Number(process.env.JOBS ?? '2')
const tarball = process.env.LINUX_SOURCE_TARBALL ?? '/usr/src/linux-source-6.12.tar.xz'
const line = (name: string, value: string): void => console.log(`${name.padEnd(48)} ${value}`)
const stamp = (): string => new Date().toISOString().slice(11, 19)
const say = (text: string): void => console.log(`${stamp()} ${text}`)
/** CPU seconds (user + system) of every child this process has waited for: /proc/self/stat. */
function childCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
  // After "pid (comm) ": state is field 3, cutime 16 and cstime 17 (1-based) → indexes 13, 14.
  return (Number(fields[13]) + Number(fields[14])) / 100
}

/** Background makes of the side-by-side mode: stopped (their process groups) however the run ends. */
const background: ChildProcess[] = []
function stopBackground(): void {
  for (const child of background.splice(0))
    if (child.pid && child.exitCode === null && child.signalCode === null)
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
}

/** `make vmlinux modules` in the background: its wall time, and its CPU seconds from the shell's `times`. */
function timedMake(
  dir: string,
  jobs: number,
  env: Record<string, string>
): Promise<{ wall: number; cpu: number }> {
  const start = Date.now()
  const script = 'make -C "$1" "-j$2" vmlinux modules >/dev/null 2>&1 || exit 1; times'
  const child = spawn('bash', ['-c', script, 'bash', dir, String(jobs)], {
    env,
    stdio: ['ignore', 'pipe', 'ignore'],
    detached: true
  })
  background.push(child)
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const result = new Promise<{ wall: number; cpu: number }>((done, fail) => {
    child.once('error', fail)
    child.once('exit', code => {
      if (code !== 0) return fail(new Error(`plain make in ${dir} failed (exit ${code})`))
      // `times`: the shell's own user/sys, then its children's, e.g. "6m40.120s 0m35.010s".
      const children = stdout.trim().split('\n').pop() ?? ''
      const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
        (sum, m) => sum + Number(m[1]) * 60 + Number(m[2]),
        0
      )
      done({ wall: (Date.now() - start) / 1000, cpu: seconds })
    })
  })
  // Awaited only after the cold path: until then a failure must not be an unhandled rejection.
  result.catch(() => undefined)
  return result
}

export async function runBuildBench(): Promise<void> {
  if (!kpatchDir) {
    line('livepatch build cold/warm vs plain make', 'skipped: set KPATCH_DIR (a built kpatch)')
    return
  }
  const work = process.env.SMALL_WORK ?? mkdtempSync(join(tmpdir(), 'livepatch-bench-build-'))
  try {
    const trees = ['plain', 'livepatch', 'plain2'].map(name => {
      const dir = join(work, name)
      mkdirSync(dir, { recursive: true })
      execFileSync('tar', ['-C', dir, '-xf', tarball])
      return join(dir, 'linux-source-6.12')
    })
    const [plainTree, tree, plainTree2] = trees
    // The config, made once in the plain tree and used for both.
    execFileSync('make', ['-C', plainTree, 'tinyconfig'], { stdio: 'ignore' })
    const extra = [
      readFileSync(join(here, 'test/kernel/config.fragment'), 'utf8'),
      'CONFIG_DEBUG_INFO=y',
      'CONFIG_DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT=y',
      'CONFIG_BUG=y',
      'CONFIG_JUMP_LABEL=y',
      '# CONFIG_X86_KERNEL_IBT is not set',
      '# CONFIG_DEBUG_INFO_BTF is not set',
      ''
    ].join('\n')
    writeFileSync(
      join(plainTree, '.config'),
      readFileSync(join(plainTree, '.config'), 'utf8') + extra
    )
    execFileSync('make', ['-C', plainTree, 'olddefconfig'], { stdio: 'ignore' })
    const config = join(work, 'config')
    writeFileSync(config, readFileSync(join(plainTree, '.config')))
    const version = execFileSync('make', ['-s', '-C', plainTree, 'kernelversion'], {
      encoding: 'utf8'
    }).trim()
    const release = `${version}-bench`
    writeFileSync(join(plainTree, 'localversion-livepatch'), '-bench\n')

    const env = builderEnv(process.env)
    // Wall time, and CPU time of the children (steadier than wall time on a shared machine).
    const cpu: Record<string, number> = {}
    let phase = ''
    const time = async (fn: () => Promise<unknown>): Promise<number> => {
      const start = Date.now()
      const cpuStart = childCpu()
      await fn()
      cpu[phase] = childCpu() - cpuStart
      return (Date.now() - start) / 1000
    }
    // The same plain tree twice, first and last: the machine's own drift (a shared VM's host)
    // is larger than the effect measured, so the ratio is taken against their mean.
    writeFileSync(join(plainTree2, '.config'), readFileSync(join(plainTree, '.config')))
    writeFileSync(join(plainTree2, 'localversion-livepatch'), '-bench\n')
    execFileSync('make', ['-C', plainTree2, 'olddefconfig'], { stdio: 'ignore' })
    const plainMake = (dir: string, name: string) => async () => {
      console.log(`${stamp()} ${name}: plain make -j${jobs} vmlinux modules`)
      execFileSync('make', ['-C', dir, `-j${jobs}`, 'vmlinux', 'modules'], {
        stdio: 'ignore',
        env
      })
    }
    // SIDE_BY_SIDE=1: the plain make and the cold path run at the same time (each with JOBS),
    // so a host's drift hits both alike; the ratio of their wall times is then the ratio of
    // their work. When the plain make ends first, the same make in the third tree keeps the
    // load until the cold path ends (else the cold path's tail would have the machine to
    // itself). Otherwise one after the other.
    const sideBySide = process.env.SIDE_BY_SIDE === '1'
    let plainAlongside: Promise<{ wall: number; cpu: number }> | undefined
    let plainFirst = 0
    let coldDone = false
    let load: ChildProcess | undefined
    if (sideBySide) {
      console.log(`${stamp()} alongside the cold path: plain make -j${jobs} vmlinux modules`)
      plainAlongside = timedMake(plainTree, jobs, env).then(result => {
        if (coldDone) console.log('  the plain make ended after the cold path: its tail ran alone')
        else {
          console.log(`${stamp()} plain make done; the same make in another tree keeps the load`)
          load = spawn('make', ['-C', plainTree2, `-j${jobs}`, 'vmlinux', 'modules'], {
            env,
            stdio: 'ignore',
            detached: true
          })
          background.push(load)
        }
        return result
      })
    } else {
      phase = 'plain'
      plainFirst = await time(plainMake(plainTree, 'first'))
    }
    const cacheDir = join(work, 'kpatch-cache')
    const kpatch = (patch: string, output: string, vmlinux: string, configFile: string) =>
      buildWithTargets(
        {
          source: tree,
          config: configFile,
          vmlinux,
          output,
          kernelRelease: release,
          jobs,
          patch: join(here, 'test/build/patches', patch),
          cacheDir,
          command: join(kpatchDir, 'kpatch-build/kpatch-build'),
          env: { ...env, CACHEDIR: cacheDir }
        },
        {
          mode: 'auto',
          pristineSymvers: existsSync(join(work, 'pristine/Module.symvers'))
            ? join(work, 'pristine/Module.symvers')
            : undefined,
          log: { info: say, warning: say }
        },
        { stage: s => say(`  ${s}`) }
      )
    console.log(`${stamp()} livepatch build, cold`)
    phase = 'cold'
    const cpuBeforeCold = childCpu()
    let pristineVmlinux = ''
    let firstStages = ''
    let pristineSteps = ''
    const cold = await time(async () => {
      const pristine = await buildPristine({
        source: tree,
        config,
        kernelRelease: release,
        kernelVersion: version,
        kpatchDir,
        jobs,
        skipCompilerCheck: false,
        pristineDir: join(work, 'pristine'),
        env
      })
      pristineVmlinux = pristine.vmlinux
      pristineSteps = pristine.steps.map(s => `${s.name} ${s.seconds.toFixed(1)} s`).join(', ')
      const result = await kpatch(
        '0001-cmdline.patch',
        join(work, 'out1'),
        pristine.vmlinux,
        pristine.config
      )
      firstStages = result.stages
        .map(s => `${s.name.split(' ')[1]} ${s.seconds.toFixed(0)} s`)
        .join(', ')
    })
    coldDone = true
    if (plainAlongside) {
      const alongside = await plainAlongside
      plainFirst = alongside.wall
      cpu.plain = alongside.cpu
      // The plain make's shell was waited for inside the cold window: its CPU is not the cold
      // path's. The load is not waited for yet, so none of its CPU is counted.
      cpu.cold = childCpu() - cpuBeforeCold - alongside.cpu
      const running = load
      if (running?.pid && running.exitCode === null && running.signalCode === null) {
        const exited = new Promise(done => running.once('exit', done))
        process.kill(-running.pid, 'SIGTERM')
        await exited
      }
    }
    console.log(`${stamp()} livepatch build, warm (second patch)`)
    phase = 'warm'
    const warm = await time(() =>
      kpatch(
        '0002-cmdline-version.patch',
        join(work, 'out2'),
        pristineVmlinux,
        join(work, 'pristine/config')
      )
    )
    let plainLast = plainFirst
    if (!sideBySide) {
      phase = 'plain2'
      plainLast = await time(plainMake(plainTree2, 'last'))
    } else cpu.plain2 = cpu.plain
    const plain = (plainFirst + plainLast) / 2
    const plainCpu = (cpu.plain + cpu.plain2) / 2
    line(
      sideBySide
        ? 'plain make vmlinux modules, alongside the cold path'
        : 'plain make vmlinux modules (first, last run)',
      sideBySide
        ? `${plainFirst.toFixed(0)} s`
        : `${plainFirst.toFixed(0)} s, ${plainLast.toFixed(0)} s (mean ${plain.toFixed(0)} s)`
    )
    line('livepatch build cold (pristine + kpatch-build)', `${cold.toFixed(0)} s`)
    line('  pristine steps', pristineSteps)
    line('  first kpatch-build stages', firstStages)
    line(
      'ratio cold / plain make (goal ≤ 1.15)',
      `${(cold / plain).toFixed(3)} (against each: ${(cold / plainFirst).toFixed(3)}, ${(cold / plainLast).toFixed(3)})`
    )
    line('livepatch build warm (second patch)', `${warm.toFixed(0)} s`)
    line(
      'ratio warm / cold (goal ≤ 0.2)',
      sideBySide
        ? `${(warm / cold).toFixed(3)} (not the goal's: warm ran alone, cold under load; run without SIDE_BY_SIDE)`
        : (warm / cold).toFixed(3)
    )
    const cs = (n: number): string => n.toFixed(0)
    line(
      'CPU s plain (first, last) / cold / warm',
      `${cs(cpu.plain)}, ${cs(cpu.plain2)} / ${cs(cpu.cold)} / ${cs(cpu.warm)}`
    )
    line(
      'CPU ratio cold / plain mean, warm / cold',
      `${(cpu.cold / plainCpu).toFixed(3)}, ${(cpu.warm / cpu.cold).toFixed(3)}`
    )
    const diff = compareForKpatch(join(plainTree, 'vmlinux'), pristineVmlinux)
    line('-v facts differing, plain vs pristine vmlinux', `${diff.length} of ${diff.checked}`)
    for (const d of diff.slice(0, 10)) console.log(`  ${d}`)
  } finally {
    stopBackground()
    if (!process.env.SMALL_WORK)
      rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  await runBuildBench()
