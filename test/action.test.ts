import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runBundledAction } from './helpers/run.js'
import { REPO_ROOT, tempDir } from './helpers/tmp.js'

const P1 = join(REPO_ROOT, 'patches/0001-meminfo-debug.patch')
const P2 = join(REPO_ROOT, 'patches/0002-xt-comment-debug.patch')

let work: { dir: string; cleanup: () => void }
beforeEach(() => {
  work = tempDir()
})
afterEach(() => work.cleanup())

describe('the bundled action (dist/index.js), command check', () => {
  test('passes on the shipped patches and sets every output', () => {
    const ran = runBundledAction(work.dir, { command: 'check', 'patches-dir': 'patches' })
    expect(ran.status).toBe(0)
    expect(ran.outputs).toEqual({
      verdict: 'pass',
      'latest-patch': 'patches/0002-xt-comment-debug.patch',
      'previous-patch': 'patches/0001-meminfo-debug.patch',
      'module-name': 'livepatch-0002-xt-comment-debug',
      'report-file': join(work.dir, 'livepatch-check', 'superset-report.md')
    })
    expect(ran.summary).toContain('livepatch check: pass')
    expect(ran.summary).toContain('| `fs/proc/meminfo.c` | kept | 1 | 1 | 0 |')
    // The report as a file the job uploads (a later step cannot read this step's summary).
    expect(readFileSync(ran.outputs['report-file'], 'utf8')).toBe(ran.summary)
  })

  test('a dropped change fails with an error annotation on the newest patch file', () => {
    const dir = join(work.dir, 'patches')
    mkdirSync(dir)
    copyFileSync(P2, join(dir, '0001-a.patch'))
    copyFileSync(P1, join(dir, '0002-b.patch'))
    const ran = runBundledAction(
      work.dir,
      { command: 'check', 'patches-dir': 'patches' },
      { GITHUB_WORKSPACE: work.dir }
    )
    expect(ran.status).toBe(1)
    expect(ran.outputs.verdict).toBe('fail')
    expect(ran.stdout).toMatch(
      /::error title=change of the previous patch missing,file=patches\/0002-b.patch,line=\d+::net\/netfilter\/xt_comment.c:7/
    )
    expect(ran.summary).toContain('| `net/netfilter/xt_comment.c` | dropped | 2 | 0 | 2 |')
  })

  test('lint warnings become warning annotations with file and line', () => {
    const dir = join(work.dir, 'patches')
    mkdirSync(dir)
    writeFileSync(
      join(dir, '0001-static.patch'),
      '--- a/kernel/f.c\n+++ b/kernel/f.c\n@@ -3,2 +3,3 @@ int f(void)\n \tint a;\n+\tstatic int calls;\n \treturn a;\n'
    )
    const ran = runBundledAction(work.dir, { command: 'check' }, { GITHUB_WORKSPACE: work.dir })
    expect(ran.status).toBe(0)
    expect(ran.stdout).toMatch(
      /::warning title=kpatch patch-author guide,file=patches\/0001-static.patch,line=5::/
    )
  })

  test('malformed input: error annotation at file:line, verdict error, exit 2', () => {
    const dir = join(work.dir, 'patches')
    mkdirSync(dir)
    writeFileSync(
      join(dir, '0001-bad.patch'),
      'diff --git a/x b/x\nold mode 100644\nnew mode 100755\n'
    )
    const ran = runBundledAction(work.dir, { command: 'check' }, { GITHUB_WORKSPACE: work.dir })
    expect(ran.status).toBe(2)
    expect(ran.outputs.verdict).toBe('error')
    expect(ran.stdout).toMatch(
      /::error title=malformed patch,file=patches\/0001-bad.patch,line=2::file mode changes/
    )
  })

  test('an unknown command names the input and the choices', () => {
    const ran = runBundledAction(work.dir, { command: 'explode' })
    expect(ran.status).toBe(2)
    expect(ran.stdout).toContain(
      "Invalid input 'command': 'explode'. Expected one of check, build, sign, deploy, release."
    )
  })
})
