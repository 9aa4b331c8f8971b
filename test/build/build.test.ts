// `livepatch build` driving a STAND-IN kpatch-build (test/build/stand-in/kpatch-build: kpatch is
// not packaged for Debian 12). The stand-in takes exactly kpatch-build's options and builds a
// real livepatch against the test kernel, so its output continues through sign and deploy qemu.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli.js'
import { deployFleet, readModuleArtifact } from '../../src/deploy/deploy.js'
import { qemuProvider, runOverPipes, startVm, stopVm } from '../../src/deploy/qemu.js'
import { initramfs, testKernel, type TestKernel } from '../kernel/harness.js'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'

const STAND_IN = join(REPO_ROOT, 'test/build/stand-in')
const PATCHES = join(REPO_ROOT, 'test/build/patches')
let work: { dir: string; cleanup: () => void }
let kernel: TestKernel
let vmlinux: string
const savedEnv = { ...process.env }
let knobs: string
let config: string

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    stdout: t => (out += t),
    stderr: t => (err += t),
    env: process.env
  })
  return { code, out, err }
}

function buildArgs(patch: string, output: string, extra: string[] = []): string[] {
  return [
    'build',
    '--source',
    kernel.build,
    '--config',
    config,
    '--vmlinux',
    vmlinux,
    '--output',
    output,
    '--kernel-release',
    kernel.release,
    '--jobs',
    '2',
    ...extra,
    join(PATCHES, patch)
  ]
}

beforeAll(async () => {
  work = tempDir()
  kernel = await testKernel()
  // The pristine vmlinux lives outside the tree, as the build stage keeps it.
  vmlinux = join(work.dir, 'vmlinux')
  copyFileSync(join(kernel.build, 'vmlinux'), vmlinux)
  // The build's preflight wants DEBUG_INFO (the image's configs have it); the fast test kernel
  // has none, so this copy says it has (as test/action-build.test.ts does).
  config = join(work.dir, 'config')
  writeFileSync(
    config,
    readFileSync(join(kernel.build, '.config'), 'utf8') + 'CONFIG_DEBUG_INFO=y\n'
  )
  process.env.PATH = `${STAND_IN}:${process.env.PATH}`
  process.env.CACHEDIR = join(work.dir, 'kpatch-cache')
  knobs = join(process.env.CACHEDIR, 'stand-in.env')
  // The test kernel has no DEBUG_INFO (it would triple its build time); the stand-in would
  // otherwise refuse it exactly as kpatch-build does.
  // (A file in CACHEDIR: the builder's environment is allow-listed.)
  mkdirSync(process.env.CACHEDIR, { recursive: true })
  writeFileSync(knobs, 'STANDIN_ALLOW_NO_DEBUG_INFO=1\n')
}, 40 * 60_000)

afterAll(() => {
  process.env = savedEnv
  work.cleanup()
})

describe('livepatch build with the stand-in kpatch-build', () => {
  test('builds a livepatch with the right name and vermagic, writes functions.json, and it loads', async () => {
    const out = join(work.dir, 'out1')
    const ran = await cli([...buildArgs('0001-cmdline.patch', out), '--json'])
    expect(ran.err).toBe('')
    expect(ran.code).toBe(0)
    const result = JSON.parse(ran.out)
    expect(result.moduleName).toBe('livepatch-0001-cmdline')
    expect(result.module).toBe(join(out, 'livepatch-0001-cmdline.ko'))
    expect(result.vermagic.split(' ')[0]).toBe(kernel.release)
    expect(result.stages.map((s: { name: string }) => s.name)).toEqual([
      'Building original source',
      'Building patched source',
      'Extracting new and modified ELF sections',
      'Building patch module'
    ])
    expect(JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8')).objects).toEqual({
      'fs/proc/cmdline.o': { changed: ['cmdline_proc_show'], new: [] }
    })

    // Through sign and deploy qemu into the test kernel.
    const signed = join(work.dir, 'signed.ko')
    const sign = await cli([
      'sign',
      '--key',
      join(kernel.keys, 'livepatch.key'),
      '--cert',
      join(kernel.keys, 'livepatch.crt'),
      '--kernel-release',
      kernel.release,
      '--output',
      signed,
      result.module
    ])
    expect(sign.code).toBe(0)
    const stateDir = join(work.dir, 'vms')
    const vm = await startVm({
      name: 'build-test',
      kernel: kernel.bzImage,
      initrd: initramfs(join(work.dir, 'initramfs.cpio')),
      stateDir
    })
    try {
      const [deployed] = await deployFleet(
        qemuProvider(stateDir),
        [vm],
        await readModuleArtifact(signed),
        {}
      )
      expect(deployed).toMatchObject({ status: 'applied', module: 'livepatch_0001_cmdline' })
      expect((await runOverPipes(vm.address as string, 'cat /proc/cmdline', 10_000)).stdout).toBe(
        'livepatch-action test v1\n'
      )
    } finally {
      await stopVm('build-test', stateDir)
    }
  })

  test("function gate: the previous release's functions must be patched again", async () => {
    const first = join(work.dir, 'gate1')
    const second = join(work.dir, 'gate2')
    expect((await cli(buildArgs('0001-cmdline.patch', first))).code).toBe(0)
    const both = await cli(
      buildArgs('0002-cmdline-version.patch', second, [
        '--previous-functions',
        join(first, 'functions.json')
      ])
    )
    expect(both.code).toBe(0)
    expect(both.out).toContain(
      'fs/proc/cmdline.o: cmdline_proc_show, fs/proc/version.o: version_proc_show'
    )
    const back = await cli(
      buildArgs('0001-cmdline.patch', join(work.dir, 'gate3'), [
        '--previous-functions',
        join(second, 'functions.json')
      ])
    )
    expect(back.code).toBe(1)
    expect(back.err).toMatch(/no longer patches version_proc_show \(fs\/proc\/version.o\)/)
  })

  test('-n is used as given (sanitised, cut to 55)', async () => {
    const out = join(work.dir, 'named')
    const ran = await cli([
      ...buildArgs('0001-cmdline.patch', out, ['--name', 'livepatch-0001 custom.name']),
      '--json'
    ])
    expect(ran.code).toBe(0)
    expect(existsSync(join(out, 'livepatch-0001-custom-name.ko'))).toBe(true)
  })

  const failures: [string, RegExp, RegExp][] = [
    [
      'compiler',
      /gcc\/kernel version mismatch/,
      /Compiler mismatch: install gcc-12 at the exact revision/
    ],
    ['unsupported', /not selected for inclusion/, /Unsupported section or data change/],
    ['no-changed', /no changed objects found/, /No changed objects/],
    ['undefined', /undefined!/, /Undefined symbols/]
  ]
  test.each(failures)(
    'failure %s: the log tail and advice are printed, exit 2',
    async (kind, log, advice) => {
      writeFileSync(knobs, `STANDIN_ALLOW_NO_DEBUG_INFO=1\nSTANDIN_FAIL=${kind}\n`)
      try {
        const out = join(work.dir, `fail-${kind}`)
        mkdirSync(out, { recursive: true })
        const ran = await cli(buildArgs('0001-cmdline.patch', out))
        expect(ran.code).toBe(2)
        expect(ran.err).toMatch(log)
        expect(ran.err).toMatch(advice)
        expect(ran.err).toMatch(/kpatch-build failed \(exit 1\)/)
        // --json keeps stdout for the JSON; the log's tail still reaches the user on stderr.
        const quiet = await cli([...buildArgs('0001-cmdline.patch', out), '--json'])
        expect(quiet.code).toBe(2)
        expect(quiet.err).toMatch(log)
        expect(JSON.parse(quiet.out)).toMatchObject({ verdict: 'error' })
      } finally {
        writeFileSync(knobs, 'STANDIN_ALLOW_NO_DEBUG_INFO=1\n')
      }
    }
  )

  test("a kernel release that is not the tree's is refused by the preflight, before any build", async () => {
    const ran = await cli([
      'build',
      '--source',
      kernel.build,
      '--config',
      config,
      '--vmlinux',
      vmlinux,
      '--output',
      join(work.dir, 'vm'),
      '--kernel-release',
      '6.15.2-automata',
      join(PATCHES, '0001-cmdline.patch')
    ])
    expect(ran.code).toBe(1)
    expect(ran.err).toMatch(
      /error: .*config: kernel release: the config describes kernel 6\.12\.\d+ but the VMs run 6\.15\.2-automata/
    )
    expect(ran.err).not.toContain('Building original source')
  })

  test('a pristine vmlinux that was overwritten is caught by its sha256', async () => {
    const { kpatchBuilder } = await import('../../src/build/kpatch-build.js')
    await expect(
      kpatchBuilder.build({
        source: kernel.build,
        config: join(kernel.build, '.config'),
        vmlinux,
        vmlinuxSha256: '0'.repeat(64),
        output: join(work.dir, 'sha'),
        kernelRelease: kernel.release,
        jobs: 1,
        patch: join(PATCHES, '0001-cmdline.patch')
      })
    ).rejects.toThrow(/has sha256 .* expected 0{64}: it was overwritten/)
  })
})
