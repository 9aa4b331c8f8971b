// Benchmark: sign a 2 MB kernel module, whole process, against the kernel's own sign-file and
// bare `node -e 0` in the same run. Ratio = (ours − bare node) / sign-file; goal ≤ 1.0.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { line, medianOf, timeProcess } from './lib.mjs'

const SIGN_FILE = '/usr/lib/linux-kbuild-6.1/scripts/sign-file'

function buildBigModule(dir) {
  const headers = readdirSync('/usr/src')
    .filter(n => /^linux-headers-.*-amd64$/.test(n))
    .sort()
    .pop()
  if (!headers) throw new Error('no Debian kernel headers: run scripts/setup.sh')
  writeFileSync(
    join(dir, 'big.c'),
    '#include <linux/module.h>\n' +
      '__attribute__((used)) static const char blob[2 * 1024 * 1024] = { 1 };\n' +
      'static int __init big_init(void) { return blob[0] ? 0 : 1; }\n' +
      'module_init(big_init);\nMODULE_LICENSE("GPL");\n'
  )
  writeFileSync(join(dir, 'Makefile'), 'obj-m := big.o\n')
  execFileSync('make', ['-s', '-C', join('/usr/src', headers), `M=${dir}`, 'modules'], {
    stdio: 'pipe'
  })
  return join(dir, 'big.ko')
}

export function runSignBench() {
  const work = mkdtempSync(join(tmpdir(), 'livepatch-bench-sign-'))
  try {
    const module = buildBigModule(work)
    const keys = join(work, 'keys')
    mkdirSync(keys)
    execFileSync(process.execPath, ['dist/cli.js', 'keygen', '--out', keys], { stdio: 'pipe' })
    const key = join(keys, 'livepatch.key')
    const pem = join(keys, 'livepatch.pem')
    line('module', `${(statSync(module).size / 1048576).toFixed(2)} MiB`)
    const fresh = name => {
      const copy = join(work, name)
      copyFileSync(module, copy)
      return copy
    }
    const ours = medianOf(
      9,
      () =>
        timeProcess(
          process.execPath,
          [
            'dist/cli.js',
            'sign',
            '--key',
            key,
            '--cert',
            pem,
            '--output',
            join(work, 'ours.ko'),
            fresh('in.ko')
          ],
          { expectStatus: [0] }
        ).ms
    )
    const reference = medianOf(
      9,
      () =>
        timeProcess(SIGN_FILE, ['sha256', key, pem, module, join(work, 'ref.ko')], {
          expectStatus: [0]
        }).ms
    )
    const bare = medianOf(9, () => timeProcess(process.execPath, ['-e', '0']).ms)
    line('livepatch sign (whole process, median of 9)', `${ours.toFixed(1)} ms`)
    line('sign-file (median of 9)', `${reference.toFixed(1)} ms`)
    line('bare node -e 0 (median of 9)', `${bare.toFixed(1)} ms`)
    line(
      'ratio (ours − bare node) / sign-file (goal ≤ 1.0)',
      ((ours - bare) / reference).toFixed(2)
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
