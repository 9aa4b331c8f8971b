// Benchmark: the kernel-truth test kernel built cold (empty cache folder) and warm (same inputs,
// second call) through test/kernel/build-kernel.sh's cache, whole process, same run. Goal:
// warm ≤ 0.2× cold. A cold build takes about 3 minutes on 2 cores.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { line, timeProcess } from './lib.mjs'

export function runKernelBench() {
  const cache = mkdtempSync(join(tmpdir(), 'livepatch-bench-kernel-'))
  try {
    execFileSync(process.execPath, ['dist/cli.js', 'keygen', '--out', cache], { stdio: 'pipe' })
    const build = () =>
      timeProcess('bash', ['test/kernel/build-kernel.sh', join(cache, 'livepatch.pem'), cache], {
        expectStatus: [0]
      }).ms
    const cold = build()
    const warm = build()
    line('test kernel, cold (extract + tinyconfig build)', `${(cold / 1000).toFixed(1)} s`)
    line('test kernel, warm (cache hit)', `${(warm / 1000).toFixed(2)} s`)
    line('ratio warm / cold (goal ≤ 0.2)', (warm / cold).toFixed(4))
  } finally {
    rmSync(cache, { recursive: true, force: true })
  }
}
