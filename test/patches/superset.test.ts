import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkPatches } from '../../src/patches/check.js'
import { compareSuperset } from '../../src/patches/superset.js'
import { describeMissing } from '../../src/render/text.js'
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

describe('over all alignments, with and without the pristine file', () => {
  const lines = (...l: string[]): string => l.map(x => `${x}\n`).join('')
  const diffOf = (before: string, after: string, context: number): string =>
    gnuDiff(join(work.dir, String(n++)), { 'kernel/k.c': before }, { 'kernel/k.c': after }, context)
  const tree = (text: string): Map<string, string[]> =>
    new Map([['kernel/k.c', text.split('\n').slice(0, -1)]])

  const base = lines(
    'int f(void)',
    '{',
    '\tint a = 1;',
    '',
    '\tif (a)',
    '\t\treturn 1;',
    '\treturn 0;',
    '}'
  )

  test('a -U0 latest that puts the same lines one unseen base line away: undecidable without the tree, a pass with it', () => {
    // The previous patch adds a blank and "x();" after line 3; the latest adds "x();" and a blank
    // after the blank (line 4), plus one more: the same text, if line 4 is blank. Neither -U0
    // diff shows line 4.
    const hunks = (...body: string[]): string =>
      ['--- a/kernel/k.c', '+++ b/kernel/k.c', ...body, ''].join('\n')
    const previous = hunks('@@ -3,0 +4,2 @@', '+', '+\tx();')
    const latest = hunks('@@ -4,0 +5,3 @@', '+\tx();', '+', '+\ty();')
    const p = parsePatch('prev.patch', previous)
    const l = parsePatch('latest.patch', latest)
    const without = compareSuperset(p, l)
    expect(without.verdict).toBe('fail')
    expect(without.missing).toEqual([
      expect.objectContaining({
        kind: 'undecidable',
        found: expect.stringContaining('from 4 on are in neither patch')
      })
    ])
    expect(describeMissing(without.missing[0])).toContain(
      'undecidable without the base file: regenerate with context (-U3) or give --kernel-source'
    )
    expect(compareSuperset(p, l, tree(base)).verdict).toBe('pass')
  })

  test('the same change written as another equally true diff passes (not a slide: the removed statement re-added after the blank)', () => {
    // P: remove "int a = 1;" and the blank after it. N's diff of the same result plus more can
    // read as "remove the blank, keep the statement, remove the statement later": whichever
    // alignment a tool prints, the verdict is the same.
    const previousResult = base.replace('\tint a = 1;\n\n', '')
    const latestResult = base.replace('\tint a = 1;\n\n', '\tpr_info("more");\n')
    for (const [pc, lc] of [
      [0, 3],
      [3, 0],
      [1, 8]
    ]) {
      const p = parsePatch('prev.patch', diffOf(base, previousResult, pc))
      const l = parsePatch('latest.patch', diffOf(base, latestResult, lc))
      expect(compareSuperset(p, l, tree(base)).verdict).toBe('pass')
      expect(compareSuperset(p, l).verdict).toBe('pass')
    }
    // Keeping the statement is not a superset, with or without the tree.
    const keeps = base.replace('\tint a = 1;\n\n', '\tint a = 1;\n')
    const p = parsePatch('prev.patch', diffOf(base, previousResult, 3))
    const l = parsePatch('latest.patch', diffOf(base, keeps, 3))
    expect(compareSuperset(p, l, tree(base)).missing).toEqual([
      expect.objectContaining({ kind: 'removal', text: '\tint a = 1;' })
    ])
  })

  test('a removed line equal to a kept neighbour is not "slid" into the latest patch', () => {
    // Base "}", "}": the previous removes one, the latest keeps both (and adds elsewhere).
    const twice = lines('a', '}', '}', 'b')
    const p = parsePatch('prev.patch', diffOf(twice, lines('a', '}', 'b'), 3))
    const l = parsePatch('latest.patch', diffOf(twice, lines('a', '}', '}', 'b', 'c'), 3))
    expect(compareSuperset(p, l, tree(twice)).verdict).toBe('fail')
    expect(compareSuperset(p, l).verdict).toBe('fail')
  })

  test("a patch whose base lines are not the tree's is named against the tree", () => {
    const p = parsePatch('prev.patch', diffOf(base, base.replace('\treturn 0;', '\treturn 2;'), 3))
    const other = tree(base.replace('\tif (a)', '\tif (!a)'))
    const report = compareSuperset(p, p, other)
    expect(report.verdict).toBe('fail')
    expect(report.missing[0]).toEqual(
      expect.objectContaining({ kind: 'base', how: 'tree', oldLine: 5, found: '\tif (!a)' })
    )
  })

  test('a pathological region is an explicit "too ambiguous" error, not a guess', () => {
    const many = Array.from({ length: 1600 }, () => '}')
    const text = lines(...many)
    const p = parsePatch(
      'prev.patch',
      diffOf(text, lines(...many.slice(0, 800), 'x', ...many.slice(800)), 3)
    )
    const l = parsePatch(
      'latest.patch',
      diffOf(text, lines(...many.slice(0, 801), 'x', 'y', ...many.slice(801)), 3)
    )
    expect(() => compareSuperset(p, l, tree(text))).toThrow(/too ambiguous to decide, 1600 lines/)
  })
})

describe('check --kernel-source: the patch must apply exactly as kpatch-build applies it', () => {
  test('an exact patch applies; one made against shifted lines is refused for its offset', async () => {
    const tree = join(work.dir, 'tree')
    mkdirSync(join(tree, 'kernel'), { recursive: true })
    writeFileSync(join(tree, 'kernel/a.c'), base['kernel/a.c'])
    const exact = join(work.dir, 'exact.patch')
    writeFileSync(exact, patchOf(prevChanges))
    const shifted = join(work.dir, 'shifted.patch')
    writeFileSync(
      shifted,
      readFileSync(exact, 'utf8').replace(/^@@ -(\d+)/gm, (_, start) => `@@ -${Number(start) + 1}`)
    )
    const good = await checkPatches({ previous: exact, latest: exact, kernelSource: tree })
    expect(good.applies).toEqual([{ patch: exact, ok: true, problems: [] }])
    expect(good.verdict).toBe('pass')
    const bad = await checkPatches({ previous: exact, latest: shifted, kernelSource: tree })
    expect(bad.verdict).toBe('fail')
    expect(bad.applies[1]).toEqual(
      expect.objectContaining({
        patch: shifted,
        ok: false,
        problems: expect.arrayContaining([expect.stringMatching(/offset -1 lines/)])
      })
    )
  })
})
