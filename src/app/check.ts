// check, for both doors: the history rules, the superset verdict, the kernel config preflight
// (the repository's kernel/config when none is named) and the author-guide warnings.
import { existsSync } from 'node:fs'
import type { CheckOptions, CheckReport } from '../patches/check.js'
import type { Reader } from './settings.js'

/** The config preflighted with every check when none is named and the repository has one. */
export const REPOSITORY_KERNEL_CONFIG = 'kernel/config'

export function checkSettings(r: Reader): CheckOptions {
  return {
    dir: r.text('patchesDir'),
    previous: r.text('previousPatch') || undefined,
    latest: r.text('latestPatch') || undefined,
    baseRef: r.text('baseRef') || undefined,
    kernelSource: r.text('kernelSource') || undefined,
    kernelConfig:
      r.text('kernelConfig') ||
      (existsSync(REPOSITORY_KERNEL_CONFIG) ? REPOSITORY_KERNEL_CONFIG : undefined)
  }
}

export async function runCheck(settings: CheckOptions): Promise<CheckReport> {
  const { checkPatches } = await import('../patches/check.js')
  return checkPatches(settings)
}
