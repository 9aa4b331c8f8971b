// The kernel-truth test's pieces: keys (our keygen, kept in the cache so the cached kernel stays
// valid), the test kernel (build-kernel.sh, cached by its inputs), the two test livepatches
// (build-modules.sh) and the initramfs (make-initramfs.sh).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { generateKeys } from '../../src/sign/keygen.js'

export const KERNEL_DIR = import.meta.dirname
export const CACHE = process.env.LIVEPATCH_CACHE || join(homedir(), '.cache', 'livepatch-action')

export interface TestKernel {
  build: string
  bzImage: string
  release: string
  keys: string
}

/** Keys whose certificate the test kernel trusts (made once, then reused). */
export async function trustedKeys(): Promise<string> {
  const dir = join(CACHE, 'test-keys')
  if (!existsSync(join(dir, 'livepatch.pem'))) {
    mkdirSync(dir, { recursive: true })
    await generateKeys({ outDir: dir, subject: '/CN=livepatch-action test key' })
  }
  return dir
}

export async function testKernel(): Promise<TestKernel> {
  const keys = await trustedKeys()
  const build = execFileSync(
    'bash',
    [join(KERNEL_DIR, 'build-kernel.sh'), join(keys, 'livepatch.pem'), CACHE],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024
    }
  ).trim()
  // A build test may set the tree's local version; the shared test kernel must stay as built.
  rmSync(join(build, 'localversion-livepatch'), { force: true })
  const release = execFileSync('make', ['-s', '-C', build, 'kernelrelease'], {
    encoding: 'utf8'
  }).trim()
  return { build, bzImage: join(build, 'arch/x86/boot/bzImage'), release, keys }
}

export function testModules(kernel: TestKernel, out: string): { v1: string; v2: string } {
  execFileSync('bash', [join(KERNEL_DIR, 'build-modules.sh'), kernel.build, out], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  return { v1: join(out, 'livepatch-test-v1.ko'), v2: join(out, 'livepatch-test-v2.ko') }
}

export function initramfs(out: string): string {
  execFileSync('bash', [join(KERNEL_DIR, 'make-initramfs.sh'), out], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  return out
}
