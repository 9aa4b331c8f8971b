import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareSuperset } from '../../src/patches/superset.js'
import { parsePatch } from '../../src/patches/unified-diff.js'
import { gitDiff, gnuDiff } from '../helpers/diff.js'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'

// A base "kernel tree" of two files with distinct lines.
const fileA = Array.from({ length: 120 }, (_, k) => `\tint a_${k} = ${k}; /* a */`)
const fileB = Array.from({ length: 80 }, (_, k) => `\tint b_${k} = ${k}; /* b */`)
const base = { 'kernel/a.c': fileA.join('\n') + '\n', 'net/b.c': fileB.join('\n') + '\n' }

function edit(
  lines: string[],
  changes: { at: number; remove?: number; insert?: string[] }[]
): string {
  const out = [...lines]
  for (const change of [...changes].sort((x, y) => y.at - x.at)) {
    out.splice(change.at, change.remove ?? 0, ...(change.insert ?? []))
  }
  return out.join('\n') + '\n'
}

let work: { dir: string; cleanup: () => void }
let n = 0
beforeEach(() => {
  work = tempDir()
})
afterEach(() => work.cleanup())

function patchOf(after: Record<string, string>, context = 3, style: 'gnu' | 'git' = 'gnu'): string {
  const root = join(work.dir, String(n++))
  const text = gnuDiff(root, base, { ...base, ...after }, context)
  return style === 'git' ? gitDiff(root, context) : text
}

function verdict(previous: string, latest: string) {
  return compareSuperset(parsePatch('prev.patch', previous), parsePatch('latest.patch', latest))
}

const prevChanges = {
  'kernel/a.c': edit(fileA, [
    { at: 10, insert: ['\tpr_info("one");'] },
    { at: 50, remove: 1, insert: ['\tint a_50 = 500; /* a */'] }
  ])
}

describe('superset verdict in base-tree coordinates', () => {
  test("the repository's 0002 contains 0001 and not the other way round", () => {
    const p1 = readFileSync(join(REPO_ROOT, 'patches/0001-meminfo-debug.patch'))
    const p2 = readFileSync(join(REPO_ROOT, 'patches/0002-xt-comment-debug.patch'))
    expect(compareSuperset(parsePatch('1', p1), parsePatch('2', p2)).verdict).toBe('pass')
    const back = compareSuperset(parsePatch('2', p2), parsePatch('1', p1))
    expect(back.verdict).toBe('fail')
    expect(back.missing.map(m => [m.file, m.kind, m.how, m.text])).toEqual([
      ['net/netfilter/xt_comment.c', 'addition', 'dropped', '#include <linux/kernel.h>'],
      [
        'net/netfilter/xt_comment.c',
        'addition',
        'dropped',
        '\tpr_info("[test]: Patched comment_mt called!");'
      ]
    ])
  })

  test.each([
    [0, 3, 'gnu', 'gnu'],
    [3, 5, 'gnu', 'git'],
    [5, 0, 'git', 'gnu'],
    [1, 8, 'git', 'git']
  ] as const)(
    'extra changes, -U%i vs -U%i, %s vs %s headers, merged/split hunks, file order',
    (u1, u2, s1, s2) => {
      const previous = patchOf(prevChanges, u1, s1)
      const latestFiles = {
        'kernel/a.c': edit(fileA, [
          { at: 8, insert: ['\t/* extra before: shifts offsets */', '\textra();'] },
          { at: 10, insert: ['\tpr_info("one");', '\tpr_info("more, same place");'] },
          { at: 12, remove: 2 },
          { at: 50, remove: 1, insert: ['\tint a_50 = 500; /* a */'] }
        ]),
        'net/b.c': edit(fileB, [{ at: 3, insert: ['\tnew_in_b();'] }])
      }
      let latest = patchOf(latestFiles, u2, s2)
      // Put net/b.c first: file order must not matter.
      const parts = latest.split(/(?=^diff )/m)
      latest = [...parts].reverse().join('')
      const report = verdict(previous, latest)
      expect(report.missing).toEqual([])
      expect(report.verdict).toBe('pass')
    }
  )

  test('a dropped removal and a dropped addition are named with file, old line and text', () => {
    const previous = patchOf(prevChanges)
    const latest = patchOf({ 'kernel/a.c': edit(fileA, [{ at: 70, insert: ['\tunrelated();'] }]) })
    const report = verdict(previous, latest)
    expect(report.verdict).toBe('fail')
    expect(report.missing.map(m => [m.file, m.oldLine, m.kind, m.how, m.text])).toEqual([
      ['kernel/a.c', 10, 'addition', 'dropped', '\tpr_info("one");'],
      ['kernel/a.c', 51, 'removal', 'dropped', '\tint a_50 = 50; /* a */'],
      ['kernel/a.c', 51, 'addition', 'dropped', '\tint a_50 = 500; /* a */']
    ])
  })

  test('an altered line is reported with what the latest patch has instead', () => {
    const previous = patchOf(prevChanges)
    const latest = patchOf({
      'kernel/a.c': edit(fileA, [
        { at: 10, insert: ['\tpr_info("ONE");'] },
        { at: 50, remove: 1, insert: ['\tint a_50 = 500; /* a */'] }
      ])
    })
    const report = verdict(previous, latest)
    expect(report.missing).toEqual([
      expect.objectContaining({
        how: 'altered',
        text: '\tpr_info("one");',
        found: '\tpr_info("ONE");',
        oldLine: 10
      })
    ])
  })

  test('a moved line is reported as moved, a reordered pair fails', () => {
    const previous = patchOf({
      'kernel/a.c': edit(fileA, [{ at: 10, insert: ['\tx();', '\ty();'] }])
    })
    const moved = patchOf({
      'kernel/a.c': edit(fileA, [
        { at: 10, insert: ['\tx();'] },
        { at: 30, insert: ['\ty();'] }
      ])
    })
    expect(verdict(previous, moved).missing).toEqual([
      expect.objectContaining({
        how: 'moved',
        text: '\ty();',
        found: 'added after old line 30 instead'
      })
    ])
    const reordered = patchOf({
      'kernel/a.c': edit(fileA, [{ at: 10, insert: ['\ty();', '\tx();'] }])
    })
    expect(verdict(previous, reordered).verdict).toBe('fail')
  })

  test('more removals around a replaced line still contain it', () => {
    const previous = patchOf({
      'kernel/a.c': edit(fileA, [{ at: 20, remove: 1, insert: ['\tnew20();'] }])
    })
    const latest = patchOf({
      'kernel/a.c': edit(fileA, [
        { at: 18, remove: 5, insert: ['\tnew18();', '\tnew20();', '\tnew22();'] }
      ])
    })
    expect(verdict(previous, latest).verdict).toBe('pass')
  })

  test('an incremental patch (made on top of the previous one) is caught', () => {
    const previous = patchOf({
      'kernel/a.c': edit(fileA, [{ at: 10, insert: ['\tpr_info("one");'] }])
    })
    // Diff of the previous result → previous result + more: line numbers and context are off.
    const root = join(work.dir, 'inc')
    const prevResult = edit(fileA, [{ at: 10, insert: ['\tpr_info("one");'] }])
    const incremental = gnuDiff(
      root,
      { 'kernel/a.c': prevResult },
      {
        'kernel/a.c': prevResult.replace(
          '\tint a_12 = 12; /* a */\n',
          '\tint a_12 = 12; /* a */\n\ttwo();\n'
        )
      }
    )
    const report = verdict(previous, incremental)
    expect(report.verdict).toBe('fail')
    expect(report.missing.some(m => m.kind === 'base' && m.how === 'disagrees')).toBe(true)
  })

  test('files the previous patch creates must still be created; deletions must stay', () => {
    const root = join(work.dir, 'new')
    const previous = gnuDiff(root, {}, { 'kernel/new.c': 'int x;\nint y;\n' })
    const latestRoot = join(work.dir, 'new2')
    const latest = gnuDiff(latestRoot, {}, { 'kernel/other.c': 'int z;\n' })
    const report = verdict(previous, latest)
    expect(report.files).toEqual([
      expect.objectContaining({ file: 'kernel/new.c', status: 'dropped', missing: 2 }),
      expect.objectContaining({ file: 'kernel/other.c', status: 'new' })
    ])
    const again = gnuDiff(
      join(work.dir, 'new3'),
      {},
      { 'kernel/new.c': 'int x;\nint w;\nint y;\n' }
    )
    expect(verdict(previous, again).verdict).toBe('pass')
  })

  test('a change of only the newline at end of file is no change; real changes there are', () => {
    const noNl = { 'kernel/c.c': 'a\nb' }
    const previous = gnuDiff(join(work.dir, 'nl'), noNl, { 'kernel/c.c': 'a\nb\n' })
    const latest = gnuDiff(join(work.dir, 'nl2'), noNl, { 'kernel/c.c': 'a\nx\nb' })
    expect(verdict(previous, latest).verdict).toBe('pass')
    const changed = gnuDiff(join(work.dir, 'nl3'), noNl, { 'kernel/c.c': 'a\nB\n' })
    expect(verdict(changed, latest).missing.map(m => [m.kind, m.text])).toEqual([
      ['removal', 'b'],
      ['addition', 'B']
    ])
  })

  test('a line equal to its neighbour matches wherever each diff placed it', () => {
    // Base: a, }, b. Both patches add one more "}" next to the existing one; the previous diff
    // put it above (after line 1), the latest below (after line 2), and adds more after b.
    const previous = ['--- a/k.c', '+++ b/k.c', '@@ -1,2 +1,3 @@', ' a', '+}', ' }', ''].join('\n')
    const latest = ['--- a/k.c', '+++ b/k.c', '@@ -2,2 +2,4 @@', ' }', '+}', ' b', '+c', ''].join(
      '\n'
    )
    expect(verdict(previous, latest).verdict).toBe('pass')
    // A real difference is still one: the latest adds "{" where the previous added "}".
    const other = ['--- a/k.c', '+++ b/k.c', '@@ -2,2 +2,3 @@', ' }', '+{', ' b', ''].join('\n')
    expect(verdict(previous, other).verdict).toBe('fail')
  })

  test('a deleted line equal to its neighbour matches whichever of the two each diff deleted', () => {
    // Base: a, }, }, b. Both delete one "}": the previous diff names line 2, the latest line 3.
    const previous = ['--- a/k.c', '+++ b/k.c', '@@ -1,3 +1,2 @@', ' a', '-}', ' }', ''].join('\n')
    const latest = ['--- a/k.c', '+++ b/k.c', '@@ -2,3 +2,3 @@', ' }', '-}', ' b', '+c', ''].join(
      '\n'
    )
    expect(verdict(previous, latest).verdict).toBe('pass')
    const keeps = ['--- a/k.c', '+++ b/k.c', '@@ -3,2 +3,3 @@', ' }', ' b', '+c', ''].join('\n')
    expect(verdict(previous, keeps).missing.map(m => [m.kind, m.how])).toEqual([
      ['removal', 'dropped']
    ])
  })
})
