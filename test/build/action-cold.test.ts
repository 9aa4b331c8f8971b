// The bundled action's COLD build path (no kernel-source-dir): the kernel source and kpatch come
// from local git repositories (kernel-source-url and kpatch-repository accept a mirror), with a
// FAKE kernel tree and a FAKE kpatch (test/build/fake-*) that record what they were given. Checks
// the pristine build's make variables (kpatch-build's own), the builder's allow-listed
// environment (no job secrets reach make or kpatch-build), that nothing left in the work folder
// (as a cache restore leaves it) is executed, and the progress lines.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fakeRepos } from '../helpers/fake-build.js'
import { runBundledAction, type ActionRun } from '../helpers/run.js'
import { FIXTURES, REPO_ROOT, tempDir } from '../helpers/tmp.js'

let work: { dir: string; cleanup: () => void }
// The image's own config (it passes the preflight); the fake tree answers for its version.
const config = join(FIXTURES, 'cvm-6.15.2.config')
const release = '6.15.2-automata'
const version = '6.15.2'
let kernelRepo: string
let kpatchRepo: string
let kpatchCommit: string

const SECRETS = {
  ACTIONS_RUNTIME_TOKEN: 'runtime-secret-1',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret-2',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.invalid/secret-3',
  AWS_SECRET_ACCESS_KEY: 'aws-secret-4'
}

beforeAll(() => {
  work = tempDir()
  ;({ kernelRepo, kpatchRepo, kpatchCommit } = fakeRepos(work.dir, version))
})
afterAll(() => work.cleanup())

function runCold(
  name: string,
  extra: Record<string, string> = {}
): { ran: ActionRun; root: string } {
  const root = join(work.dir, name)
  mkdirSync(root, { recursive: true })
  const ran = runBundledAction(
    root,
    {
      command: 'build',
      'patches-dir': join(REPO_ROOT, 'test/build/patches'),
      'kernel-config': config,
      'kernel-release': release,
      'kernel-version': version,
      'kernel-source-url': kernelRepo,
      'kpatch-repository': kpatchRepo,
      'kpatch-ref': kpatchCommit,
      'skip-compiler-check': 'true',
      'github-token': 'ghs_input-secret-0',
      jobs: '2',
      ...extra
    },
    SECRETS
  )
  return { ran, root }
}

describe('action command: build, cold path', () => {
  let cold: { ran: ActionRun; root: string }
  beforeAll(() => {
    cold = runCold('cold')
  })
  const tree = () => join(cold.root, 'livepatch-build/linux')
  const output = () => join(cold.root, 'livepatch-build/output')

  test('builds the module from the source and kpatch repositories given as inputs', () => {
    expect(cold.ran.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
    expect(cold.ran.status).toBe(0)
    expect(cold.ran.outputs['module-name']).toBe('livepatch-0002-cmdline-version')
    expect(cold.ran.stdout).toContain(`kpatch ${kpatchCommit} built from ${kpatchRepo}`)
  })

  test("the pristine build uses exactly kpatch-build's original-build variables", () => {
    const kpatch = join(cold.root, 'livepatch-build/kpatch')
    const vars = readFileSync(join(tree(), 'build-vars.txt'), 'utf8').split('\n')
    expect(vars[0]).toBe(`CC=${kpatch}/kpatch-build/kpatch-cc gcc`)
    expect(vars[1]).toBe(`LD=${kpatch}/kpatch-build/kpatch-cc ld`)
    // --skip-compiler-check: kpatch-build adds no -gz=none then.
    expect(vars[2]).toBe(`KCFLAGS=-I${kpatch}/kmod/patch -ffunction-sections -fdata-sections \t\t `)
  })

  test('kpatch-build gets the resolved config and the pristine vmlinux kept outside the tree', () => {
    const args = readFileSync(join(output(), 'kpatch-build-args.txt'), 'utf8').split('\n')
    // Its builds make only the two objects the patch reaches, both linked into vmlinux.
    expect(cold.ran.stdout).toContain(
      'kpatch-build targets: fs/proc/cmdline.o fs/proc/version.o - the 2 objects the patch reaches'
    )
    expect(args.slice(args.indexOf('-t'), args.indexOf('-t') + 4)).toEqual([
      '-t',
      'fs/proc/cmdline.o',
      '-t',
      'fs/proc/version.o'
    ])
    expect(
      readFileSync(join(cold.root, 'livepatch-build/pristine/Module.symvers'), 'utf8')
    ).toContain('proc_version_fake')
    const pristine = join(cold.root, 'livepatch-build/pristine')
    expect(args[args.indexOf('-c') + 1]).toBe(join(pristine, 'config'))
    expect(args[args.indexOf('-v') + 1]).toBe(join(pristine, 'vmlinux'))
    expect(readFileSync(join(pristine, 'config'), 'utf8')).toContain('# olddefconfig')
    expect(readFileSync(join(pristine, 'vmlinux'), 'utf8')).toContain(`Linux version ${version}`)
  })

  test('no job secret reaches make or kpatch-build (allow-listed environment)', () => {
    for (const file of [join(tree(), 'build-env.txt'), join(output(), 'kpatch-build-env.txt')]) {
      const env = readFileSync(file, 'utf8')
      expect(env).toMatch(/^PATH=/m)
      for (const name of [...Object.keys(SECRETS), 'INPUT_GITHUB-TOKEN', 'INPUT_']) {
        expect(env).not.toContain(name)
      }
      for (const value of [...Object.values(SECRETS), 'ghs_input-secret-0']) {
        expect(env).not.toContain(value)
      }
    }
  })

  test('progress: objects compiled against the dry-run count, CC lines not echoed', () => {
    expect(cold.ran.stdout).toContain('== compiling 4 objects')
    expect(cold.ran.stdout).toMatch(/== compiled 1\/4 objects \(25%\)/)
    expect(cold.ran.stdout).not.toContain('  CC      init/main.o')
  })

  test("the object count is kbuild's dry run with the build's jobs, each line whole (-Oline)", () => {
    const flags = (name: string) =>
      readFileSync(join(tree(), `make-flags-${name}.txt`), 'utf8')
        .trim()
        .split(/\s+/)
    const dry = flags('dry-run')
    expect(dry[0]).toMatch(/^k?n/) // -n -k
    expect(dry).toContain('-Oline')
    const jobs = flags('build').find(f => /^-j\d+$/.test(f))
    expect(jobs).toBeDefined()
    expect(dry).toContain(jobs)
  })

  test("the pristine build's line names the seconds of each step, in order", () => {
    expect(cold.ran.stdout).toMatch(
      /== pristine kernel: 4 objects in \d+ s \(olddefconfig \d+ s, prepare \d+ s, count \d+ s, make \d+ s\)/
    )
  })
})

describe('action command: build, nothing from a cache is executed', () => {
  test('a kpatch-build left in the work folder (as a cache restore leaves it) is never run', () => {
    const root = join(work.dir, 'planted')
    const planted = join(root, 'livepatch-build/kpatch/kpatch-build')
    mkdirSync(planted, { recursive: true })
    const marker = join(work.dir, 'planted-ran')
    for (const tool of ['kpatch-build', 'kpatch-cc', 'create-diff-object']) {
      writeFileSync(join(planted, tool), `#!/bin/sh\ntouch '${marker}'\nexit 1\n`)
      chmodSync(join(planted, tool), 0o755)
    }
    const { ran } = runCold('planted')
    expect(ran.status).toBe(0)
    expect(existsSync(marker)).toBe(false)
    expect(readFileSync(join(planted, 'kpatch-build'), 'utf8')).toContain('FAKE kpatch-build')
  })

  test('a kpatch-ref that is not a ref name is refused before anything is fetched', () => {
    const { ran } = runCold('bad-ref', { 'kpatch-ref': '--upload-pack=touch /tmp/x' })
    expect(ran.status).toBe(2)
    expect(ran.stdout).toContain('kpatch-ref')
    expect(ran.stdout).toContain('is not a commit, tag or branch name')
  })
})
