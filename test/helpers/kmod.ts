// Real kernel modules for tests: a tiny module built with kbuild against Debian's kernel headers
// (package linux-headers-amd64). Each is built once per machine into a file named by what it is
// built from (headers + source), so runs share it and nothing piles up in /tmp; callers copy the
// .ko before they change it.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const SIGN_FILE = '/usr/lib/linux-kbuild-6.1/scripts/sign-file'

export function headersDir(): string {
  const found = readdirSync('/usr/src')
    .filter(name => /^linux-headers-.*-amd64$/.test(name))
    .sort()
  if (found.length === 0)
    throw new Error(
      'no /usr/src/linux-headers-*-amd64: run scripts/setup.sh (package linux-headers-amd64)'
    )
  return join('/usr/src', found[found.length - 1])
}

const built = new Map<string, string>()

/** Path of an unsigned test module (hello.ko); built on first use. */
export function testModule(): string {
  return buildModule('hello', '')
}

/**
 * An unsigned module that says it is a livepatch (`.modinfo` livepatch=Y), for the deploy tests'
 * agent emulator; the kernel-truth test uses real livepatches.
 */
export function testLivepatchModule(name = 'livepatch_cloud'): string {
  return buildModule(name, 'MODULE_INFO(livepatch, "Y");')
}

function buildModule(name: string, extra: string): string {
  const cached = built.get(name)
  if (cached && existsSync(cached)) return cached
  const source = [
    '#include <linux/module.h>',
    '#include <linux/init.h>',
    'static int __init hello_init(void) { return 0; }',
    'static void __exit hello_exit(void) {}',
    'module_init(hello_init);',
    'module_exit(hello_exit);',
    'MODULE_LICENSE("GPL");',
    extra,
    ''
  ].join('\n')
  const headers = headersDir()
  const id = createHash('sha256').update(`${headers}\0${name}\0${source}`).digest('hex')
  const path = join(tmpdir(), `livepatch-kmod-${name}-${id.slice(0, 16)}.ko`)
  if (!existsSync(path)) {
    // Built aside, then only the .ko renamed into place (a file rename replaces atomically:
    // two jest workers may build the same module at once, and either result is the same).
    const work = mkdtempSync(join(tmpdir(), `livepatch-kmod-build-${name}-`))
    try {
      writeFileSync(join(work, `${name}.c`), source)
      writeFileSync(join(work, 'Makefile'), `obj-m := ${name}.o\n`)
      execFileSync('make', ['-s', '-C', headers, `M=${work}`, 'modules'], { stdio: 'pipe' })
      chmodSync(join(work, `${name}.ko`), 0o644)
      renameSync(join(work, `${name}.ko`), path)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  }
  built.set(name, path)
  return path
}

/** The kernel release the headers build modules for (first word of the test module's vermagic). */
export function headersRelease(): string {
  return headersDir().replace(/^\/usr\/src\/linux-headers-/, '')
}
