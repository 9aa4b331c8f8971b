import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli.js'
import { LivepatchError } from '../../src/errors.js'
import { checkPatches } from '../../src/patches/check.js'
import { moduleNameFor, readHistory, sysfsName } from '../../src/patches/history.js'
import { commitAll, initRepo } from '../helpers/git.js'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'

const P1 = join(REPO_ROOT, 'patches/0001-meminfo-debug.patch')
const P2 = join(REPO_ROOT, 'patches/0002-xt-comment-debug.patch')

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: t => (out += t), stderr: t => (err += t), env: {} })
  return { code, out, err }
}

let work: { dir: string; cleanup: () => void }
let repo: string
let patches: string
let base: string

beforeEach(() => {
  work = tempDir()
  repo = work.dir
  patches = join(repo, 'patches')
  mkdirSync(patches)
  initRepo(repo)
  copyFileSync(P1, join(patches, '0001-meminfo-debug.patch'))
  writeFileSync(join(repo, 'README.md'), 'x\n')
  base = commitAll(repo, 'first patch')
})
afterEach(() => work.cleanup())

/** A third patch: 0002's changes plus one more line in meminfo. */
function thirdPatch(): string {
  return readFileSync(P2, 'utf8')
    .replace(
      '+\tpr_info("[test] this is a dynamic patch in meminfo_proc_show()!");\n',
      '+\tpr_info("[test] this is a dynamic patch in meminfo_proc_show()!");\n+\tpr_info("third");\n'
    )
    .replace('@@ -41,6 +41,7 @@', '@@ -41,6 +41,8 @@')
}

describe('module names (kpatch-build rules)', () => {
  test('livepatch- + base name, [^A-Za-z0-9_-] → -, at most 55 characters', () => {
    expect(moduleNameFor('patches/0002-xt-comment-debug.patch')).toBe(
      'livepatch-0002-xt-comment-debug'
    )
    expect(moduleNameFor('0003-fix.foo+bar.patch')).toBe('livepatch-0003-fix-foo-bar')
    const long = moduleNameFor(`0004-${'x'.repeat(80)}.patch`)
    expect(long).toHaveLength(55)
    expect(long.startsWith('livepatch-0004-xxx')).toBe(true)
    expect(sysfsName('livepatch-0002-xt-comment-debug')).toBe('livepatch_0002_xt_comment_debug')
  })
})

describe('history rules against a base ref, with real git', () => {
  test('appending the next patch passes and checks it against the one before', async () => {
    copyFileSync(P2, join(patches, '0002-xt-comment-debug.patch'))
    commitAll(repo, 'second')
    const report = await checkPatches({ dir: patches, baseRef: base })
    expect(report.history).toEqual([])
    expect(report.pairs.map(p => [p.previous, p.latest, p.verdict])).toEqual([
      [
        join(patches, '0001-meminfo-debug.patch'),
        join(patches, '0002-xt-comment-debug.patch'),
        'pass'
      ]
    ])
    expect(report.verdict).toBe('pass')
    expect(report.moduleName).toBe('livepatch-0002-xt-comment-debug')
  })

  test('two appended patches are each checked against the one before', async () => {
    copyFileSync(P2, join(patches, '0002-xt-comment-debug.patch'))
    writeFileSync(join(patches, '0003-third.patch'), thirdPatch())
    const report = await checkPatches({ dir: patches, baseRef: base })
    expect(report.pairs.map(p => p.verdict)).toEqual(['pass', 'pass'])
    expect(report.latest).toBe(join(patches, '0003-third.patch'))
  })

  test('an appended patch that is not a superset fails', async () => {
    copyFileSync(P2, join(patches, '0002-xt-comment-debug.patch'))
    const second = commitAll(repo, 'second')
    writeFileSync(join(patches, '0003-third.patch'), readFileSync(P1))
    const report = await checkPatches({ dir: patches, baseRef: second })
    expect(report.verdict).toBe('fail')
    expect(report.pairs[0].missing).toHaveLength(2)
  })

  test('editing a released patch fails', async () => {
    writeFileSync(
      join(patches, '0001-meminfo-debug.patch'),
      readFileSync(P1, 'utf8').replace('[test]', '[edited]')
    )
    const report = await checkPatches({ dir: patches, baseRef: base })
    expect(report.verdict).toBe('fail')
    expect(report.history).toEqual([
      expect.objectContaining({ rule: 'edited', file: '0001-meminfo-debug.patch' })
    ])
  })

  test('deleting a released patch fails', async () => {
    copyFileSync(P2, join(patches, '0002-xt-comment-debug.patch'))
    const second = commitAll(repo, 'second')
    rmSync(join(patches, '0001-meminfo-debug.patch'))
    const report = await checkPatches({ dir: patches, baseRef: second })
    expect(report.history).toEqual([
      expect.objectContaining({ rule: 'deleted', file: '0001-meminfo-debug.patch' })
    ])
  })

  test('renaming a released patch fails and names the new name', async () => {
    renameSync(join(patches, '0001-meminfo-debug.patch'), join(patches, '0001-meminfo.patch'))
    const report = await checkPatches({ dir: patches, baseRef: base })
    expect(report.history).toEqual([
      expect.objectContaining({
        rule: 'renamed',
        file: '0001-meminfo-debug.patch',
        renamedTo: '0001-meminfo.patch'
      })
    ])
    expect(report.verdict).toBe('fail')
  })

  test('inserting a patch before the last released one fails', async () => {
    copyFileSync(P2, join(patches, '0002-xt-comment-debug.patch'))
    writeFileSync(join(patches, '0003-third.patch'), thirdPatch())
    const third = commitAll(repo, 'two more')
    rmSync(join(patches, '0002-xt-comment-debug.patch'))
    writeFileSync(join(patches, '0002-other.patch'), readFileSync(P2))
    const report = await checkPatches({ dir: patches, baseRef: third })
    const rules = report.history.map(p => p.rule).sort()
    expect(rules).toEqual(['renamed'])
    writeFileSync(join(patches, '0002-xt-comment-debug.patch'), readFileSync(P2))
    writeFileSync(join(patches, '0002-other.patch'), thirdPatch())
    const again = await checkPatches({ dir: patches, baseRef: third })
    expect(again.history.map(p => p.rule).sort()).toEqual(['inserted', 'numbering'])
  })

  test('an unknown base ref is an error, not a verdict', async () => {
    await expect(checkPatches({ dir: patches, baseRef: 'no-such-ref' })).rejects.toThrow(
      /base ref 'no-such-ref' is not a commit/
    )
  })

  test('a folder that did not exist at the base ref: every patch is new', async () => {
    const empty = join(repo, 'other')
    mkdirSync(empty)
    copyFileSync(P1, join(empty, '0001-meminfo-debug.patch'))
    copyFileSync(P2, join(empty, '0002-xt-comment-debug.patch'))
    const report = await checkPatches({ dir: empty, baseRef: base })
    expect(report.verdict).toBe('pass')
    expect(report.notes).toEqual([
      expect.stringContaining('0001-meminfo-debug.patch is the first patch')
    ])
  })
})

describe('naming and numbering', () => {
  test('bad names, gaps, duplicate numbers and duplicate module names are reported', async () => {
    writeFileSync(join(patches, 'fix-foo.patch'), 'x')
    writeFileSync(join(patches, '0003-gap.patch'), readFileSync(P2))
    writeFileSync(join(patches, '0003-a+b.patch'), readFileSync(P2))
    writeFileSync(join(patches, '0003-a-b.patch'), readFileSync(P2))
    writeFileSync(join(patches, 'notes.txt'), 'ignored')
    const history = await readHistory(patches)
    const clash = history.problems.find(p => p.rule === 'module-name')
    expect(clash?.message).toMatch(
      /module name livepatch-0003-a-b is already used by 0003-a[-+]b.patch/
    )
    expect(
      history.problems
        .filter(p => p.rule !== 'module-name')
        .map(p => `${p.rule}:${p.file}`)
        .sort()
    ).toEqual(
      [
        'name:fix-foo.patch',
        'numbering:0003-a-b.patch',
        'numbering:0003-a+b.patch',
        'numbering:0003-gap.patch'
      ].sort()
    )
  })

  test('a missing folder is an error naming the folder', async () => {
    await expect(readHistory(join(repo, 'nope'))).rejects.toThrow(
      /cannot read patches folder '.*nope'/
    )
  })
})

describe('hostile folders and names are refused clearly', () => {
  test('a symbolic link in the folder is exit 2, naming it, even to a file outside', async () => {
    const outside = join(work.dir, 'outside.patch')
    writeFileSync(outside, readFileSync(P2))
    symlinkSync(outside, join(patches, '0002-xt-comment-debug.patch'))
    await expect(readHistory(patches)).rejects.toThrow(
      new RegExp(
        `0002-xt-comment-debug.patch is a symbolic link \\(to '${outside}'\\): patches must be regular files`
      )
    )
    const { code, err } = await cli(['check', '--dir', patches])
    expect(code).toBe(2)
    expect(err).toMatch(/0002-xt-comment-debug.patch is a symbolic link/)
  })

  test('a folder where a patch should be is refused', async () => {
    mkdirSync(join(patches, '0002-dir.patch'))
    await expect(readHistory(patches)).rejects.toThrow(/0002-dir.patch is not a regular file/)
  })

  test('--base-ref outside a git repository says so, not "fetch it first"', async () => {
    const loose = tempDir()
    try {
      copyFileSync(P1, join(loose.dir, '0001-meminfo-debug.patch'))
      const error = await checkPatches({ dir: loose.dir, baseRef: 'main' }).catch(e => e)
      expect(error).toBeInstanceOf(LivepatchError)
      expect(error.message).toMatch(
        /the patches folder '.*' is not inside a git repository \(git: fatal: not a git repository.*\), so --base-ref \(input base-ref\) 'main' cannot be compared with/
      )
      expect(error.message).not.toMatch(/fetch it first/)
    } finally {
      loose.cleanup()
    }
  })

  test('a base ref that looks like an option is refused before git sees it', async () => {
    await expect(checkPatches({ dir: patches, baseRef: '--output=/tmp/x' })).rejects.toThrow(
      /base ref '--output=\/tmp\/x' is not a ref name/
    )
  })

  test('a newline in a patch file name cannot start a workflow command line', async () => {
    // A bad name in the folder, and one deleted since the base ref: both are reported.
    const evil = 'x\n::error::forged\n.patch'
    writeFileSync(join(patches, evil), 'x')
    const deleted = '0000-y\n::warning::forged\n.patch'
    writeFileSync(join(patches, deleted), 'x')
    const second = commitAll(repo, 'odd names')
    rmSync(join(patches, deleted))
    const { code, out, err } = await cli(['check', '--dir', patches, '--base-ref', second])
    expect(code).toBe(1)
    const lines = `${out}${err}`.split('\n')
    expect(lines.filter(l => l.startsWith('::'))).toEqual([])
    expect(out).toContain('history: x\\n::error::forged\\n.patch: expected NNNN-short-name.patch')
    expect(out).toContain(
      `history: 0000-y\\n::warning::forged\\n.patch was deleted since ${second}`
    )
  })

  test('a newline in a compared path cannot start a workflow command line', async () => {
    const dir = join(work.dir, 'a\n::error::b')
    mkdirSync(dir)
    copyFileSync(P1, join(dir, '1.patch'))
    copyFileSync(P2, join(dir, '2.patch'))
    const args = ['check', '--previous', join(dir, '1.patch'), '--latest', join(dir, '2.patch')]
    const { code, out } = await cli(args)
    expect(code).toBe(0)
    expect(out.split('\n').filter(l => l.startsWith('::'))).toEqual([])
    expect(out).toContain('a\\n::error::b/2.patch contains every change of')
  })

  test('a control character in a patch path is escaped in parse errors', async () => {
    const dir = join(work.dir, 'odd\r::error::dir')
    mkdirSync(dir)
    writeFileSync(join(dir, '0001-a.patch'), 'not a patch\n')
    const { code, err } = await cli(['check', '--dir', dir])
    expect(code).toBe(2)
    expect(err).toContain('odd\\r::error::dir/0001-a.patch:1: no file changes found')
    expect(err.split(/[\r\n]/).filter(l => l.startsWith('::'))).toEqual([])
  })
})
