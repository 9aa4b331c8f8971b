// Kernel truth: a real kernel under qemu (MODULE_SIG_FORCE, our certificate as its trusted key)
// decides. Everything goes through our sign, the qemu provider and the guest script.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readModuleArtifact, deployFleet } from '../../src/deploy/deploy.js'
import { consoleLog, qemuProvider, runOverPipes, startVm, stopVm } from '../../src/deploy/qemu.js'
import type { DeployResult, Provider, Vm } from '../../src/deploy/types.js'
import { generateKeys } from '../../src/sign/keygen.js'
import { pkcs11Signer } from '../../src/sign/backends/pkcs11.js'
import { signModule } from '../../src/sign/sign.js'
import { tempDir } from '../helpers/tmp.js'
import { SOFTHSM_MODULE, softHsmToken } from '../sign/softhsm.js'
import { initramfs, testKernel, testModules, type TestKernel } from './harness.js'

let work: { dir: string; cleanup: () => void }
let kernel: TestKernel
let vm: Vm
let provider: Provider
const stateDir = () => join(work.dir, 'vms')
const modules: Record<string, string> = {}

async function signWith(keys: string, input: string, output: string): Promise<string> {
  await signModule({
    module: input,
    output,
    keyPem: readFileSync(join(keys, 'livepatch.key'), 'utf8'),
    keySource: 'key',
    cert: readFileSync(join(keys, 'livepatch.crt')),
    certSource: 'cert',
    kernelRelease: kernel.release
  })
  return output
}

async function deploy(path: string): Promise<DeployResult> {
  const [result] = await deployFleet(provider, [vm], await readModuleArtifact(path), {
    timeoutSeconds: 30
  })
  return result
}

async function guest(command: string): Promise<string> {
  return (await runOverPipes(vm.address as string, command, 10_000)).stdout
}

beforeAll(async () => {
  work = tempDir()
  kernel = await testKernel()
  const built = testModules(kernel, join(work.dir, 'built'))
  modules.v1 = await signWith(kernel.keys, built.v1, join(work.dir, 'v1.ko'))
  modules.v2 = await signWith(kernel.keys, built.v2, join(work.dir, 'v2.ko'))
  modules.unsigned = join(work.dir, 'unsigned.ko')
  copyFileSync(built.v1, modules.unsigned)
  const other = join(work.dir, 'other-keys')
  mkdirSync(other)
  await generateKeys({ outDir: other, subject: '/CN=not trusted by the kernel' })
  modules.wrongKey = await signWith(other, built.v1, join(work.dir, 'wrong-key.ko'))
  // The same key on a PKCS#11 token (SoftHSM2): sign v1 through it.
  const token = softHsmToken(join(work.dir, 'hsm'))
  token.importKey(join(kernel.keys, 'livepatch.key'), 'livepatch', '01')
  modules.v1Hsm = join(work.dir, 'v1-hsm.ko')
  await signModule({
    module: built.v1,
    output: modules.v1Hsm,
    signer: pkcs11Signer('pkcs11:token=livepatch-test;object=livepatch;type=private', {
      modulePath: SOFTHSM_MODULE,
      env: { ...process.env, ...token.env, KBUILD_SIGN_PIN: token.pin }
    }),
    cert: readFileSync(join(kernel.keys, 'livepatch.crt')),
    certSource: 'cert',
    kernelRelease: kernel.release
  })
  vm = await startVm({
    name: `kernel-test-${process.pid}`,
    kernel: kernel.bzImage,
    initrd: initramfs(join(work.dir, 'initramfs.cpio')),
    stateDir: stateDir()
  })
  provider = qemuProvider(stateDir())
}, 40 * 60_000)

afterAll(async () => {
  if (vm) await stopVm(vm.name, stateDir())
  work?.cleanup()
})

describe('a real kernel under qemu, through the guest script and the qemu provider', () => {
  test("an unsigned module is refused, in the kernel's words", async () => {
    const result = await deploy(modules.unsigned)
    expect(result.status).toBe('refused')
    expect(result.message).toMatch(/Key was rejected by service/)
    expect(await consoleLog(vm.name, stateDir())).toMatch(/Loading of unsigned module is rejected/)
    expect(result.active).toEqual([])
  })

  test('a module signed with a key the kernel does not trust is refused', async () => {
    const result = await deploy(modules.wrongKey)
    expect(result.status).toBe('refused')
    expect(result.message).toMatch(/Key was rejected by service|Required key not available/)
  })

  test('a module whose bytes do not match the sha256 is refused before any load', async () => {
    const artifact = await readModuleArtifact(modules.v1)
    const forged = { ...artifact, sha256: '0'.repeat(64) }
    const before = await consoleLog(vm.name, stateDir())
    const [result] = await deployFleet(provider, [vm], forged, {})
    expect(result.status).toBe('refused')
    expect(result.message).toMatch(/sha256 mismatch.*nothing was loaded/)
    expect(await consoleLog(vm.name, stateDir())).toBe(before)
  })

  test('v1 signed by our sign is applied and takes effect', async () => {
    const result = await deploy(modules.v1)
    expect(result).toMatchObject({
      status: 'applied',
      module: 'livepatch_test_v1',
      kernel: kernel.release,
      active: ['livepatch_test_v1']
    })
    expect(await guest('cat /proc/cmdline')).toBe('livepatch-action test v1\n')
    expect(await guest('cat /sys/kernel/livepatch/livepatch_test_v1/enabled')).toBe('1\n')
  })

  test('v2 replaces v1: applied, and v1 is no longer listed', async () => {
    const result = await deploy(modules.v2)
    expect(result).toMatchObject({ status: 'applied', active: ['livepatch_test_v2'] })
    expect(await guest('ls /sys/kernel/livepatch')).toBe('livepatch_test_v2\n')
    expect(await guest('cat /proc/cmdline /proc/version')).toBe(
      'livepatch-action test v2\npatched version v2\n'
    )
    expect(await guest('grep -c livepatch_test_v1 /proc/modules || true')).toBe('0\n')
  })

  test('v2 again is already-active and changes nothing', async () => {
    const result = await deploy(modules.v2)
    expect(result.status).toBe('already-active')
    expect(await guest('cat /proc/cmdline')).toBe('livepatch-action test v2\n')
  })

  test('a refused module leaves the previous livepatch active', async () => {
    const result = await deploy(modules.unsigned)
    expect(result.status).toBe('refused')
    expect(result.active).toEqual(['livepatch_test_v2'])
    expect(await guest('cat /proc/cmdline')).toBe('livepatch-action test v2\n')
    writeFileSync(join(work.dir, 'done'), 'ok')
  })

  test('v1 signed through a PKCS#11 token (SoftHSM2) loads, replacing v2', async () => {
    expect(readFileSync(modules.v1Hsm).equals(readFileSync(modules.v1))).toBe(true)
    const result = await deploy(modules.v1Hsm)
    expect(result).toMatchObject({ status: 'applied', active: ['livepatch_test_v1'] })
    expect(await guest('cat /proc/cmdline')).toBe('livepatch-action test v1\n')
  })
})
