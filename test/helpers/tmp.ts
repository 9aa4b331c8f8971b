import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh temp folder, removed by the returned cleanup. */
export function tempDir(prefix = 'livepatch-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The shared data folder beside the project checkout (real kernel configs, the guide's patch). */
export const SHARED_DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data')
export const REPO_ROOT = join(import.meta.dirname, '..', '..')
