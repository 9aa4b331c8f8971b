// The bundled action's `command: build` with the STAND-IN kpatch-build on PATH, against the test
// kernel (a self-hosted-style runner: kernel-source-dir and vmlinux given).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { testKernel, type TestKernel } from './kernel/harness.js'
import { runBundledAction } from './helpers/run.js'
import { REPO_ROOT, tempDir } from './helpers/tmp.js'

let work: { dir: string; cleanup: () => void }
let kernel: TestKernel
let config: string
let vmlinux: string
const env = () => ({
  PATH: `${join(REPO_ROOT, 'test/build/stand-in')}:${process.env.PATH}`,
  CACHEDIR: join(work.dir, 'kpatch')
})

beforeAll(async () => {
  work = tempDir()
  kernel = await testKernel()
  vmlinux = join(work.dir, 'vmlinux')
  copyFileSync(join(kernel.build, 'vmlinux'), vmlinux)
  // The image's configs have DEBUG_INFO; the fast test kernel does not. This copy says it has.
  config = join(work.dir, 'config')
  writeFileSync(
    config,
    readFileSync(join(kernel.build, '.config'), 'utf8') + 'CONFIG_DEBUG_INFO=y\n'
  )
}, 40 * 60_000)
afterAll(() => work.cleanup())

const inputs = (extra: Record<string, string> = {}) => ({
  command: 'build',
  'patches-dir': join(REPO_ROOT, 'test/build/patches'),
  'kernel-config': config,
  'kernel-release': kernel.release,
  'kernel-source-dir': kernel.build,
  vmlinux,
  jobs: '2',
  ...extra
})

describe('action command: build', () => {
  test('builds the newest patch, sets outputs, summary with changed functions, and the function gate passes', () => {
    const previous = join(work.dir, 'previous-functions.json')
    writeFileSync(
      previous,
      JSON.stringify({
        module: 'livepatch-0001-cmdline',
        kernelRelease: kernel.release,
        objects: { 'fs/proc/cmdline.o': { changed: ['cmdline_proc_show'], new: [] } }
      })
    )
    const ran = runBundledAction(work.dir, inputs({ 'previous-functions': previous }), env())
    expect(ran.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
    expect(ran.status).toBe(0)
    expect(ran.outputs['module-name']).toBe('livepatch-0002-cmdline-version')
    expect(ran.outputs.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(ran.summary).toContain('fs/proc/cmdline.o: cmdline_proc_show')
    expect(ran.summary).toContain('fs/proc/version.o: version_proc_show')
    expect(ran.stdout).toContain(
      'artifact livepatch-module not uploaded: no artifact service outside GitHub Actions'
    )
  })

  test('the preflight fails in seconds, before any build, with annotations on the config', () => {
    const bad = join(work.dir, 'no-debug.config')
    writeFileSync(bad, readFileSync(join(kernel.build, '.config'), 'utf8'))
    const ran = runBundledAction(work.dir, inputs({ 'kernel-config': bad }), env())
    expect(ran.status).toBe(1)
    expect(ran.stdout).toMatch(
      /::error title=kernel config preflight,file=.*no-debug.config::CONFIG_DEBUG_INFO/
    )
    expect(ran.stdout).not.toContain('Building original source')
  })

  test('a function the previous release patched and this one does not fails the build, naming it', () => {
    const previous = join(work.dir, 'wider.json')
    writeFileSync(
      previous,
      JSON.stringify({
        module: 'x',
        kernelRelease: kernel.release,
        objects: { 'meminfo.o': { changed: ['meminfo_proc_show'], new: [] } }
      })
    )
    const ran = runBundledAction(work.dir, inputs({ 'previous-functions': previous }), env())
    expect(ran.status).toBe(1)
    expect(ran.stdout).toMatch(/no longer patches meminfo_proc_show \(meminfo.o\)/)
  })

  test('required inputs are named', () => {
    const ran = runBundledAction(
      work.dir,
      { command: 'build', 'patches-dir': join(REPO_ROOT, 'test/build/patches') },
      env()
    )
    expect(ran.status).toBe(2)
    expect(ran.stdout).toContain('Input required and not supplied: kernel-config')
  })
})
