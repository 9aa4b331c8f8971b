// Shared helpers for the benchmarks: whole-process timing, medians, ratio lines.
import { spawnSync } from 'node:child_process'

/** Wall time of one whole process in milliseconds. */
export function timeProcess(command, args, options = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.error) throw result.error
  if (options.expectStatus !== undefined && !options.expectStatus.includes(result.status)) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  }
  return { ms, result }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Median of `runs` timings (after one warm-up run that is not counted). */
export function medianOf(runs, fn) {
  fn()
  return median(Array.from({ length: runs }, () => fn()))
}

export function line(name, value) {
  console.log(`${name.padEnd(48)} ${value}`)
}
