// A deploy's full per-VM record, and how much of it fits where. GitHub caps a job's outputs at
// 1 MB (approximated as UTF-16, so 2 bytes a character) and a step summary at 1 MiB: at fleet
// scale the rows go into a JSON file (uploaded as an artifact), outputs carry counts and names,
// and the summary shows totals plus the rows that need a person, capped.
import type { DeployResult, DeployStatus } from './types.js'

export const STATUSES: DeployStatus[] = [
  'applied',
  'already-active',
  'refused',
  'failed',
  'stuck',
  'unreachable',
  'skipped'
]

/** Statuses that leave a VM without the new module: a person should look. */
export const NEEDS_A_PERSON: DeployStatus[] = [
  'failed',
  'refused',
  'stuck',
  'skipped',
  'unreachable'
]

/**
 * Characters one JSON output may take: two such outputs (results, measurements) plus the small
 * ones stay far under the job's 1 MB (100,000 characters ≈ 200 KB as UTF-16).
 */
export const OUTPUT_SAFE_CHARS = 100_000

export type DeployCounts = { total: number } & Record<DeployStatus, number>

export function deployCounts(results: DeployResult[]): DeployCounts {
  const counts = { total: results.length } as DeployCounts
  for (const status of STATUSES) counts[status] = 0
  for (const result of results) counts[result.status]++
  return counts
}

export interface DeployRecord {
  /** Bumped when the shape changes. */
  version: 1
  provider: string
  module: { name: string; sha256: string }
  counts: DeployCounts
  /** Every targeted VM, in order: id, name, status, message, rollback, measurement. */
  results: DeployResult[]
}

export function deployRecord(
  provider: string,
  module: { name: string; sha256: string },
  results: DeployResult[]
): DeployRecord {
  return {
    version: 1,
    provider,
    module: { name: module.name, sha256: module.sha256 },
    counts: deployCounts(results),
    results
  }
}

/** The value as JSON when it fits one output's budget; otherwise undefined (it is in the file). */
export function boundedJson(value: unknown, limit = OUTPUT_SAFE_CHARS): string | undefined {
  const text = JSON.stringify(value)
  return text.length <= limit ? text : undefined
}
