// Real diffs for tests: GNU diff (diffutils) and git, run on files written to a temp folder.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** `diff -u` of two trees (paths → text), as `diff -ruN a b` would write it, with a chosen context width. */
export function gnuDiff(
  root: string,
  before: Record<string, string>,
  after: Record<string, string>,
  context = 3
): string {
  const write = (side: string, files: Record<string, string>): void => {
    for (const [path, text] of Object.entries(files)) {
      const full = join(root, side, path)
      mkdirSync(dirname(full), { recursive: true })
      writeFileSync(full, text)
    }
  }
  write('a', before)
  write('b', after)
  const result = spawnSync('diff', ['-ruN', `-U${context}`, 'a', 'b'], {
    cwd: root,
    encoding: 'utf8'
  })
  if (result.status !== 0 && result.status !== 1) throw new Error(`diff failed: ${result.stderr}`)
  return result.stdout
}

/** `git diff --no-index` output with a/ b/ prefixes and index lines. */
export function gitDiff(root: string, context = 3): string {
  const result = spawnSync('git', ['diff', '--no-index', '--no-color', `-U${context}`, 'a', 'b'], {
    cwd: root,
    encoding: 'utf8'
  })
  return result.stdout.replace(/ a\/a\//g, ' a/').replace(/ b\/b\//g, ' b/')
}
