// The bundled CLI's COLD build path: `livepatch build` without a built tree fetches the kernel
// source (a local git repository with the FAKE kernel tree, a tarball of it, or an unbuilt tree
// given with --source), builds the FAKE kpatch at --kpatch-ref and the pristine kernel in
// --work-dir, then runs kpatch-build — exactly as the action's cold path does: the same make
// variables and the same kpatch-build arguments, the builder's environment allow-listed, and a
// second build in the same work folder skips what is built.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fakeKernelSource, fakeRepos, type FakeRepos } from '../helpers/fake-build.js'
import { runBundledAction, runBundledCli, type Ran } from '../helpers/run.js'
import { FIXTURES, REPO_ROOT, tempDir } from '../helpers/tmp.js'

const config = join(FIXTURES, 'cvm-6.15.2.config')
const release = '6.15.2-automata'
const version = '6.15.2'
const PATCHES = join(REPO_ROOT, 'test/build/patches')
const SECRET = { AWS_SECRET_ACCESS_KEY: 'aws-secret-cli-1' }
let work: { dir: string; cleanup: () => void }
let repos: FakeRepos

beforeAll(() => {
  work = tempDir()
  repos = fakeRepos(work.dir, version)
})
afterAll(() => work.cleanup())

const cacheDir = () => join(work.dir, 'kpatch-cache')

function cli(
  extra: string[],
  env: NodeJS.ProcessEnv = {},
  patch = join(PATCHES, '0002-cmdline-version.patch')
): Ran {
  return runBundledCli(
    [
      'build',
      '--config',
      config,
      '--kernel-release',
      release,
      '--kpatch-repository',
      repos.kpatchRepo,
      '--kpatch-ref',
      repos.kpatchCommit,
      '--skip-compiler-check',
      '--jobs',
      '2',
      ...extra,
      patch
    ],
    { env: { CACHEDIR: cacheDir(), ...SECRET, ...env } }
  )
}

/** A recorded file with the run's own folder written as ROOT. */
const recorded = (file: string, root: string): string[] =>
  readFileSync(file, 'utf8').split(root).join('ROOT').trimEnd().split('\n')

describe('livepatch build (bundled CLI), cold path', () => {
  let actionRoot: string
  let cliRoot: string
  let first: Ran
  beforeAll(() => {
    actionRoot = join(work.dir, 'action')
    mkdirSync(actionRoot)
    const action = runBundledAction(
      actionRoot,
      {
        command: 'build',
        'patches-dir': PATCHES,
        'kernel-config': config,
        'kernel-release': release,
        'kernel-version': version,
        'kernel-source-url': repos.kernelRepo,
        'kpatch-repository': repos.kpatchRepo,
        'kpatch-ref': repos.kpatchCommit,
        'skip-compiler-check': 'true',
        jobs: '2'
      },
      { CACHEDIR: cacheDir() }
    )
    expect(action.status).toBe(0)
    cliRoot = join(work.dir, 'cli')
    first = cli([
      '--kernel-source-url',
      repos.kernelRepo,
      '--work-dir',
      join(cliRoot, 'livepatch-build')
    ])
  })

  test('fetches the source, builds kpatch and the pristine kernel, then the module', () => {
    expect(first.stderr).not.toMatch(/^error:/m)
    expect(first.status).toBe(0)
    expect(first.stdout).toContain(
      `built ${join(cliRoot, 'livepatch-build/output/livepatch-0002-cmdline-version.ko')}`
    )
    expect(first.stdout).toContain('changed functions: fs/proc/cmdline.o: cmdline_proc_show')
    expect(first.stderr).toContain(`kpatch ${repos.kpatchCommit} built from ${repos.kpatchRepo}`)
    expect(first.stderr).toContain('== compiling 4 objects')
  })

  test("the same make variables and kpatch-build arguments as the action's cold path", () => {
    const build = (root: string) => join(root, 'livepatch-build')
    const vars = (root: string) => recorded(join(build(root), 'linux/build-vars.txt'), root)
    const args = (root: string) => recorded(join(build(root), 'output/kpatch-build-args.txt'), root)
    expect(vars(cliRoot)).toEqual(vars(actionRoot))
    expect(vars(cliRoot)[0]).toBe('CC=ROOT/livepatch-build/kpatch/kpatch-build/kpatch-cc gcc')
    expect(args(cliRoot)).toEqual(args(actionRoot))
    expect(args(cliRoot)).toEqual([
      '-s',
      'ROOT/livepatch-build/linux',
      '-c',
      'ROOT/livepatch-build/pristine/config',
      '-v',
      'ROOT/livepatch-build/pristine/vmlinux',
      '-j',
      '2',
      '-n',
      'livepatch-0002-cmdline-version',
      '-o',
      'ROOT/livepatch-build/output',
      '--skip-compiler-check',
      // The two objects the patch reaches, both linked into vmlinux (the fake tree's records).
      '-t',
      'fs/proc/cmdline.o',
      '-t',
      'fs/proc/version.o',
      join(PATCHES, '0002-cmdline-version.patch')
    ])
  })

  test("the caller's environment does not reach make or kpatch-build", () => {
    for (const file of ['linux/build-env.txt', 'output/kpatch-build-env.txt']) {
      const env = readFileSync(join(cliRoot, 'livepatch-build', file), 'utf8')
      expect(env).toMatch(/^PATH=/m)
      expect(env).not.toContain('AWS_SECRET_ACCESS_KEY')
      expect(env).not.toContain(SECRET.AWS_SECRET_ACCESS_KEY)
    }
  })

  test('a second build in the same work folder reuses the source and the pristine kernel', () => {
    const again = cli([
      '--kernel-source-url',
      repos.kernelRepo,
      '--work-dir',
      join(cliRoot, 'livepatch-build'),
      '--json'
    ])
    expect(again.status).toBe(0)
    const result = JSON.parse(again.stdout)
    expect(result.pristine).toBeUndefined()
    expect(result.changedFunctions).toEqual(['fs/proc/cmdline.o: cmdline_proc_show'])
    // The objects an earlier kpatch-build left patched are compiled back (kbuild's folders).
    // (make runs the folders in parallel with -j2: in any order)
    expect(
      readFileSync(join(cliRoot, 'livepatch-build/linux/make-calls.txt'), 'utf8')
        .trimEnd()
        .split('\n')
        .sort()
    ).toEqual(['prepare', 'refresh arch/x86/kernel/cpu/', 'refresh fs/proc/', 'refresh init/'])
  })

  const lastCall = () =>
    readFileSync(join(cliRoot, 'livepatch-build/output/kpatch-build-calls.txt'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(-1)[0]
  const again = (extra: string[] = [], patch?: string) =>
    cli(
      [
        '--kernel-source-url',
        repos.kernelRepo,
        '--work-dir',
        join(cliRoot, 'livepatch-build'),
        ...extra
      ],
      {},
      patch
    )

  test('a patch file that does not exist is named, not a raw read error', () => {
    const missing = join(work.dir, 'no-such.patch')
    const ran = again([], missing)
    expect(ran.status).not.toBe(0)
    expect(ran.stderr).toContain(`patch ${missing} does not exist`)
    expect(ran.stderr).not.toContain('ENOENT')
  })

  test('--kpatch-targets default: kpatch-build makes its own targets', () => {
    const ran = again(['--kpatch-targets', 'default'])
    expect(ran.status).toBe(0)
    expect(ran.stderr).toContain(
      'kpatch-build targets: its own (vmlinux modules) - kpatch-targets is default'
    )
    expect(lastCall()).not.toContain('-t ')
  })

  test("a Module.symvers rewritten by an earlier build: the pristine build's copy is put back", () => {
    const symvers = join(cliRoot, 'livepatch-build/linux/Module.symvers')
    const pristine = readFileSync(join(cliRoot, 'livepatch-build/pristine/Module.symvers'), 'utf8')
    writeFileSync(symvers, pristine.replace('0x1234abcd', '0x0badc0de'))
    const ran = again()
    expect(ran.status).toBe(0)
    expect(ran.stderr).toContain("Module.symvers: the pristine build's copy put back")
    expect(ran.stderr).toMatch(/== objects brought back to their sources .*: 0 compiled in/)
    expect(readFileSync(symvers, 'utf8')).toBe(pristine)
    expect(lastCall()).toContain('-t fs/proc/version.o')
  })

  test("an export whose version the patch changes: built again with kpatch-build's own targets", () => {
    const patch = join(work.dir, 'changes-export.patch')
    writeFileSync(
      patch,
      `FAKE: changes an export's version\n\n${readFileSync(join(PATCHES, '0002-cmdline-version.patch'), 'utf8')}`
    )
    const calls = join(cliRoot, 'livepatch-build/output/kpatch-build-calls.txt')
    const before = readFileSync(calls, 'utf8').trimEnd().split('\n').length
    const cmd = join(cliRoot, 'livepatch-build/linux/fs/proc/.version.o.cmd')
    const original = readFileSync(cmd, 'utf8')
    try {
      const ran = again([], patch)
      expect(ran.status).toBe(0)
      expect(ran.stderr).toContain(
        "the patch changes the version (CRC) of exported proc_version_fake: building again with kpatch-build's own targets, whose checks need them"
      )
      const made = readFileSync(calls, 'utf8').trimEnd().split('\n').slice(before)
      expect(made).toHaveLength(2)
      expect(made[0]).toContain('-t fs/proc/cmdline.o -t fs/proc/version.o')
      expect(made[1]).not.toContain('-t ')
    } finally {
      writeFileSync(cmd, original) // a real original build would recompile it
    }
  })

  test("a patched object that stops defining a global: built again with kpatch-build's own targets", () => {
    const patch = join(work.dir, 'removes-global.patch')
    writeFileSync(
      patch,
      `FAKE: removes a global\n\n${readFileSync(join(PATCHES, '0001-cmdline.patch'), 'utf8')}`
    )
    const object = join(cliRoot, 'livepatch-build/linux/fs/proc/cmdline.o')
    const original = readFileSync(object)
    try {
      const ran = again([], patch)
      expect(ran.status).toBe(0)
      expect(ran.stderr).toContain(
        "the patch removes the global fake_cmdline: building again with kpatch-build's own targets"
      )
      expect(lastCall()).not.toContain('-t ')
    } finally {
      writeFileSync(object, original) // a real original build would recompile it
    }
  })

  test('when kpatch-build then refuses the patch, the first module does not stay behind', () => {
    const patch = join(work.dir, 'refused.patch')
    writeFileSync(
      patch,
      `FAKE: changes an export's version\nFAKE: refused by its own targets\n\n${readFileSync(join(PATCHES, '0002-cmdline-version.patch'), 'utf8')}`
    )
    const cmd = join(cliRoot, 'livepatch-build/linux/fs/proc/.version.o.cmd')
    const original = readFileSync(cmd, 'utf8')
    const output = join(cliRoot, 'livepatch-build/output')
    try {
      const ran = again([], patch)
      expect(ran.status).not.toBe(0)
      expect(ran.stderr).toContain('Patch module referencing altered exported kernel symbols')
      expect(existsSync(join(output, 'livepatch-refused.ko'))).toBe(false)
      expect(existsSync(join(output, 'functions.json'))).toBe(false)
    } finally {
      writeFileSync(cmd, original)
    }
  })
})

describe('livepatch build (bundled CLI), other sources', () => {
  test('--kernel-source-tarball: unpacked into the default work folder ($XDG_CACHE_HOME)', () => {
    const staging = join(work.dir, 'tarball')
    fakeKernelSource(join(staging, `linux-${version}`), version)
    const tarball = join(work.dir, `linux-${version}.tar.gz`)
    execFileSync('tar', ['-czf', tarball, '-C', staging, `linux-${version}`])
    const xdg = join(work.dir, 'xdg')
    const ran = cli(['--kernel-source-tarball', tarball], { XDG_CACHE_HOME: xdg })
    expect(ran.stderr).not.toMatch(/^error:/m)
    expect(ran.status).toBe(0)
    const workDir = join(xdg, 'livepatch-action/build')
    expect(readFileSync(join(workDir, 'linux/build-vars.txt'), 'utf8')).toContain(
      `CC=${workDir}/kpatch/kpatch-build/kpatch-cc gcc`
    )
    expect(existsSync(join(workDir, 'output/livepatch-0002-cmdline-version.ko'))).toBe(true)
  })

  test('--source alone: an unbuilt tree, built in place; with a tarball too it is refused', () => {
    const tree = fakeKernelSource(join(work.dir, 'my-tree'), version)
    const workDir = join(work.dir, 'tree-work')
    const ran = cli(['--source', tree, '--work-dir', workDir])
    expect(ran.status).toBe(0)
    expect(readFileSync(join(tree, 'build-vars.txt'), 'utf8')).toContain(
      `CC=${workDir}/kpatch/kpatch-build/kpatch-cc gcc`
    )
    const args = readFileSync(join(workDir, 'output/kpatch-build-args.txt'), 'utf8').split('\n')
    expect(args[args.indexOf('-s') + 1]).toBe(tree)
    const both = cli(['--source', tree, '--kernel-source-tarball', 'x.tar.gz'])
    expect(both.status).toBe(2)
    expect(both.stderr).toContain(
      '--source and --kernel-source-tarball both name the kernel source: give one of them'
    )
  })

  test('a kernel version the git repository has no tag for fails naming the settings', () => {
    // A config for 6.15.9 (its header), so the preflight lets it through to the clone.
    const newer = join(work.dir, 'cvm-6.15.9.config')
    writeFileSync(newer, readFileSync(config, 'utf8').replace('6.15.2-automata', '6.15.9-automata'))
    const ran = cli([
      '--config',
      newer,
      '--kernel-release',
      '6.15.9-automata',
      '--kernel-source-url',
      repos.kernelRepo,
      '--kernel-version',
      '6.15.9',
      '--work-dir',
      join(work.dir, 'no-tag')
    ])
    expect(ran.status).toBe(2)
    expect(ran.stderr).toContain('cloning v6.15.9 of the kernel source')
  })

  test('a tarball of another version than --kernel-version is refused before the pristine build', () => {
    const staging = join(work.dir, 'tarball-6.15.3')
    fakeKernelSource(join(staging, 'linux-6.15.3'), '6.15.3')
    const tarball = join(work.dir, 'linux-6.15.3.tar.gz')
    execFileSync('tar', ['-czf', tarball, '-C', staging, 'linux-6.15.3'])
    const workDir = join(work.dir, 'wrong-version')
    const ran = cli(['--kernel-source-tarball', tarball, '--work-dir', workDir])
    expect(ran.status).toBe(2)
    expect(ran.stderr).toContain(
      'is linux 6.15.3, not 6.15.2: set kernel-version (--kernel-version) to 6.15.3'
    )
    expect(existsSync(join(workDir, 'pristine'))).toBe(false)
  })

  test('a --kernel-release that is not --kernel-version plus a local version is refused at once', () => {
    const ran = cli(['--kernel-version', '6.15.3', '--work-dir', join(work.dir, 'never')])
    expect(ran.status).toBe(2)
    expect(ran.stderr).toContain(
      "--kernel-release '6.15.2-automata' does not start with --kernel-version '6.15.3'"
    )
    expect(existsSync(join(work.dir, 'never'))).toBe(false)
  })
})
