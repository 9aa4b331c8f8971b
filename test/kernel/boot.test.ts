// The local VM's boot under qemu: /init survives what used to kill it, and a boot that fails is
// retried once, then reported with the whole console log.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runOverPipes, startVm, stopVm } from '../../src/deploy/qemu.js'
import { tempDir } from '../helpers/tmp.js'
import { initramfs, testKernel, type TestKernel } from './harness.js'

let work: { dir: string; cleanup: () => void }
let kernel: TestKernel
const stateDir = () => join(work.dir, 'vms')

beforeAll(async () => {
  work = tempDir()
  kernel = await testKernel()
}, 900_000)
afterAll(() => work.cleanup())

describe('vm start', () => {
  test('a boot that fails is retried once, then the whole console log is given', async () => {
    // Not an initramfs: the kernel finds no init and panics, qemu exits (-no-reboot), twice.
    const junk = join(work.dir, 'junk.cpio')
    writeFileSync(junk, 'not a cpio archive\n')
    const error = (await startVm({
      name: 'junk',
      kernel: kernel.bzImage,
      initrd: junk,
      stateDir: stateDir(),
      bootTimeoutMs: 120_000
    }).catch(e => e)) as Error
    expect(error.message).toMatch(
      /did not boot, twice \(first: qemu exited during boot; then: qemu exited/
    )
    // The whole log: from the kernel's first line to the panic, not a tail.
    expect(error.message).toMatch(/Whole console log of the second boot:\n[\s\S]*Linux version/)
    expect(error.message).toMatch(/Kernel panic/)
    expect(error.message.split('\n').length).toBeGreaterThan(20)
  }, 300_000)

  test('/init survives a line that is not valid shell, and keeps serving', async () => {
    const vm = await startVm({
      name: 'garbled',
      kernel: kernel.bzImage,
      initrd: initramfs(join(work.dir, 'initramfs.cpio')),
      stateDir: stateDir()
    })
    try {
      // What a byte lost on the line during boot probing looks like: an unterminated quote.
      const bad = await runOverPipes(vm.address as string, 'echo "unterminated', 10_000)
      expect(bad.stdout).toMatch(/syntax error/)
      const after = await runOverPipes(vm.address as string, 'echo still-here $((20 + 22))', 10_000)
      expect(after.stdout).toContain('still-here 42')
    } finally {
      await stopVm('garbled', stateDir())
    }
  }, 300_000)
})
