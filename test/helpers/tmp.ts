import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh temp folder, removed by the returned cleanup. */
export function tempDir(prefix = 'livepatch-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export const REPO_ROOT = join(import.meta.dirname, '..', '..')
/** Generated data the tests read (the image's kernel configs): see test/fixtures/README.md. */
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures')
