import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const atEnd: Array<() => void> = []
/** Run `fn` when the current test file ends (test/helpers/after-file.ts registers the hook). */
export function afterTestFile(fn: () => void): void {
  atEnd.push(fn)
}
/** Called by the afterAll hook of every test file. */
export function runAfterTestFile(): void {
  for (const fn of atEnd.splice(0)) fn()
}

/** A fresh temp folder, removed by the returned cleanup, or else when its test file's tests have run. */
export function tempDir(prefix = 'livepatch-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true })
  afterTestFile(cleanup)
  return { dir, cleanup }
}

export const REPO_ROOT = join(import.meta.dirname, '..', '..')
/** Generated data the tests read (the image's kernel configs): see test/fixtures/README.md. */
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures')
