// The reader against GNU patch itself (the program kpatch-build applies patches with): every
// patch the reader accepts is read by GNU patch as exactly the same files and hunks, and every
// hostile shape GNU patch would apply but the reader does not parse is refused with its line.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli.js'
import { PatchParseError } from '../../src/patches/errors.js'
import { parsePatch, type ParsedPatch } from '../../src/patches/unified-diff.js'
import { baseTree, gnuPatchView, readerFiles, type GnuPatchView } from '../helpers/gnu-patch.js'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'

// Mutants: LIVEPATCH_PROPERTY_RUNS (default 300), seed LIVEPATCH_PROPERTY_SEED.
const RUNS = Number(process.env.LIVEPATCH_PROPERTY_RUNS ?? 300)

/** A small patch of one file, the base of the hostile cases (10 lines, the hunk at 10). */
const ORIGINAL = [
  'diff --git a/kernel/foo.c b/kernel/foo.c',
  'index 1111111..2222222 100644',
  '--- a/kernel/foo.c',
  '+++ b/kernel/foo.c',
  '@@ -10,3 +10,4 @@ int foo(void)',
  ' a',
  '+b',
  ' c',
  ' d',
  ''
].join('\n')

/** Every patch file the repository ships or tests with. */
function corpus(): [string, string][] {
  const dirs = ['patches', 'test/build/patches', 'test/patches/fixtures']
  const files: [string, string][] = []
  for (const dir of dirs) {
    for (const name of readdirSync(join(REPO_ROOT, dir)).filter(n => n.endsWith('.patch'))) {
      files.push([`${dir}/${name}`, readFileSync(join(REPO_ROOT, dir, name), 'utf8')])
    }
  }
  files.push(['ORIGINAL', ORIGINAL], ['ORIGINAL with CRLF', ORIGINAL.replace(/\n/g, '\r\n')])
  return files
}

function parsed(text: string): ParsedPatch {
  return parsePatch('p.patch', Buffer.from(text))
}

/** The reader refuses `text` (only ever with a PatchParseError), or null when it accepts it. */
function refusal(text: string): PatchParseError | null {
  try {
    parsed(text)
    return null
  } catch (error) {
    if (!(error instanceof PatchParseError)) throw error
    return error
  }
}

/** GNU patch read the same files and hunks as the reader, and applied each where it says. */
function expectSameReading(view: GnuPatchView, patch: ParsedPatch): void {
  expect({ files: view.files, exact: view.exact, fatal: view.fatal }).toEqual({
    files: readerFiles(patch),
    exact: true,
    fatal: null
  })
}

describe('every patch the reader accepts reads the same to GNU patch', () => {
  test.each(corpus())('%s', async (_name, text) => {
    const patch = parsed(text)
    const view = await gnuPatchView(text, baseTree(patch))
    expectSameReading(view, patch)
    expect(view.exitCode).toBe(0)
  })
})

// Each case: a hostile text, the line the reader must refuse, and what GNU patch reads in it
// (its files → hunks, and whether every hunk applied exactly), run on the original's tree plus
// kernel/bar.c. Where GNU patch reads only the original, the text is refused on principle:
// nothing after the first header may be text the reader does not parse.
interface GnuReads {
  files: Record<string, number>
  exact?: boolean
  fatal?: boolean
}
type Case = [string, string, number, RegExp, GnuReads | undefined]

const after = (...lines: string[]): string => ORIGINAL + lines.join('\n') + '\n'
const context = [
  '*** a/kernel/foo.c',
  '--- b/kernel/foo.c',
  '***************',
  '*** 1,2 ****',
  '! x',
  '  y',
  '--- 1,2 ----',
  '! EVIL',
  '  y'
]
const otherFile = ['--- a/kernel/bar.c', '+++ b/kernel/bar.c', '@@ -1 +1 @@', '-x', '+EVIL']
const indent = (prefix: string, lines: string[]): string[] => lines.map(l => prefix + l)
const ONLY_ORIGINAL: GnuReads = { files: { 'kernel/foo.c': 1 }, exact: true, fatal: false }
const ALSO_BAR: GnuReads = { files: { 'kernel/foo.c': 1, 'kernel/bar.c': 1 }, exact: true }

const cases: Case[] = [
  // The review's case: kernel/foo.c gets a second, context-format change.
  [
    'a context diff appended',
    after(...context),
    10,
    /context-format diffs/,
    { files: { 'kernel/foo.c': 2 } }
  ],
  [
    'a context diff in the mail text before the first header',
    ['Subject: [PATCH] x', '', ...context, '---', ''].join('\n') + '\n' + ORIGINAL,
    3,
    /before the first file header is a context-diff/,
    { files: { 'kernel/foo.c': 2 } }
  ],
  [
    'a context hunk without a file header',
    after(...context.slice(2)),
    10,
    /context-format/,
    ONLY_ORIGINAL
  ],
  [
    'a normal diff after an Index: line',
    after('Index: a/kernel/foo.c', '1c1', '< x', '---', '> EVIL'),
    10,
    /Index: line/,
    { files: { 'kernel/foo.c': 2 } }
  ],
  ['a normal-diff command', after('5a6', '> EVIL'), 10, /normal-format diffs/, ONLY_ORIGINAL],
  [
    'an ed script after an Index: line',
    after('Index: a/kernel/foo.c', '3d', '5a', 'EVIL', '.'),
    10,
    /Index: line/,
    // GNU patch names no file for an ed script it runs: the view keys it by its format.
    { files: { 'kernel/foo.c': 1, '?ed script #2': 0 } }
  ],
  ['an ed command', after('s/.//'), 10, /ed scripts/, ONLY_ORIGINAL],
  [
    "a command that is normal or ed ('3d')",
    after('3d'),
    10,
    /normal-format diffs and ed/,
    ONLY_ORIGINAL
  ],
  [
    'an indented diff of another file',
    after(...indent('  ', otherFile)),
    10,
    /is a file header/,
    ALSO_BAR
  ],
  ['a tab-indented one', after(...indent('\t', otherFile)), 10, /is a file header/, ALSO_BAR],
  ["an 'X'-quoted one (shar)", after(...indent('X', otherFile)), 10, /is a file header/, ALSO_BAR],
  [
    'a diff after the mail signature',
    after('-- ', '2.39.5', '', ...otherFile),
    13,
    /after the mail signature/,
    ALSO_BAR
  ],
  [
    'a loose hunk header GNU patch reads (@@ -1 +1 @)',
    after('@@ -1 +1 @', '-x', '+EVIL'),
    10,
    /malformed hunk header/,
    { files: { 'kernel/foo.c': 2 }, exact: false }
  ],
  [
    'a second entry for the same file',
    after('--- a/kernel/foo.c', '+++ b/kernel/foo.c', '@@ -1 +1 @@', '-x', '+EVIL'),
    10,
    /appears twice/,
    { files: { 'kernel/foo.c': 2 } }
  ],
  [
    'a new file whose git header names an existing one',
    [
      'diff --git a/kernel/foo.c b/kernel/foo.c',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/kernel/new.c',
      '@@ -0,0 +1 @@',
      '+EVIL',
      ''
    ].join('\n'),
    3,
    /differs from 'kernel\/foo.c' in the git header/,
    // GNU patch keeps the git header's name over /dev/null: it patches kernel/foo.c.
    { files: { 'kernel/foo.c': 1 } }
  ],
  [
    'a path with a blank (GNU patch ends the name there)',
    ORIGINAL.replace(/^(---|\+\+\+) (.*)$/gm, '$1 $2 .orig'),
    3,
    /contains blanks/,
    { files: { 'kernel/foo.c': 1 } }
  ],
  [
    "a '.' path component (the same file under another name)",
    after('--- a/kernel/./foo.c', '+++ b/kernel/./foo.c', '@@ -1 +1 @@', '-x', '+EVIL'),
    10,
    /leaves the kernel tree or is malformed/,
    { files: { 'kernel/foo.c': 1, 'kernel/./foo.c': 1 }, exact: false }
  ],
  [
    'a Prereq: line before the first header',
    'Prereq: 2.0\n' + ORIGINAL,
    1,
    /Prereq: line/,
    undefined
  ],
  [
    "a '#' line inside a hunk (GNU patch skips it as a comment)",
    ORIGINAL.replace(' c\n', '#include <evil.h>\n c\n'),
    8,
    /fewer lines than its header/,
    ONLY_ORIGINAL
  ],
  [
    'a last hunk line without a newline (GNU patch ignores a partial line)',
    ORIGINAL.slice(0, -1),
    9,
    /no final newline/,
    { files: { 'kernel/foo.c': 1 }, exact: false }
  ],
  [
    'CR-only line endings',
    ORIGINAL.replace(/\n/g, '\r'),
    1,
    /carriage return inside a line/,
    { files: {}, fatal: true }
  ],
  [
    'one CRLF context line among LF lines',
    ORIGINAL.replace(' c\n', ' c\r\n'),
    1,
    /mixed line endings: this line ends in LF, line 8 in CRLF/,
    { files: { 'kernel/foo.c': 1 }, exact: false }
  ],
  [
    "'\\ No newline at end of file' after a middle line",
    ORIGINAL.replace('+b\n', '+b\n\\ No newline at end of file\n'),
    8,
    /not the last of its side/,
    { files: { 'kernel/foo.c': 0 }, fatal: true }
  ],
  [
    'free text after the hunks',
    after('Thanks, Bob'),
    10,
    /unexpected text "Thanks, Bob"/,
    ONLY_ORIGINAL
  ],
  ["a '#' line after the hunks", after('# note'), 10, /unexpected text/, ONLY_ORIGINAL]
]

describe('the review case through the CLI: a context hunk appended to the newest patch', () => {
  test('check is exit 2 with file:line, not a pass', async () => {
    const work = tempDir()
    try {
      const previous = join(REPO_ROOT, 'patches/0002-xt-comment-debug.patch')
      const latest = join(work.dir, '0003-more.patch')
      const text = readFileSync(previous, 'utf8')
      const appended = ['*** a/net/netfilter/xt_comment.c', '--- b/net/netfilter/xt_comment.c']
      writeFileSync(latest, text + [...appended, ...context.slice(2)].join('\n') + '\n')
      const line = text.split('\n').length
      // GNU patch applies the appended hunk: the danger is real.
      const tree = baseTree(parsed(text))
      const view = await gnuPatchView(readFileSync(latest), tree)
      expect(view.files.get('net/netfilter/xt_comment.c')).toBe(3)
      let out = ''
      let err = ''
      const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), env: {} }
      const code = await runCli(['check', '--previous', previous, '--latest', latest], io)
      expect({ code, err }).toEqual({
        code: 2,
        err: expect.stringContaining(`${latest}:${line}: "*** a/net/netfilter/xt_comment.c"`)
      })
      expect(err).toMatch(/context-format diffs/)
      expect(out).toBe('')
    } finally {
      work.cleanup()
    }
  })
})

describe('what GNU patch would apply but the reader does not parse is refused with its line', () => {
  test.each(cases)('%s', async (_name, text, line, message, gnu) => {
    const error = refusal(text)
    expect({ line: error?.line, detail: error?.detail }).toEqual({
      line,
      detail: expect.stringMatching(message)
    })
    if (gnu === undefined) return
    const tree = baseTree(parsed(ORIGINAL))
    tree.set('kernel/bar.c', 'x\n')
    const view = await gnuPatchView(text, tree)
    const seen: GnuReads = { files: Object.fromEntries(view.files) }
    if (gnu.exact !== undefined) seen.exact = view.exact
    if (gnu.fatal !== undefined) seen.fatal = view.fatal !== null
    expect({ ...seen, output: view.output }).toEqual({ ...gnu, output: view.output })
  })
})

// Hostile shapes for the fuzzer: each is inserted (possibly indented) at a random line.
const SHAPES: string[][] = [
  context,
  context.slice(2),
  ['Index: a/kernel/foo.c', '1c1', '< x', '---', '> EVIL'],
  ['5a6', '> EVIL'],
  ['2,3d1', '< a', '< b'],
  ['Index: a/kernel/foo.c', '3d', '5a', 'EVIL', '.'],
  ['4c', 'EVIL', '.'],
  ['s/.//'],
  ['d'],
  otherFile,
  ['--- a/kernel/foo.c', '+++ b/kernel/foo.c', '@@ -1 +1 @@', '-x', '+EVIL'],
  ['diff --git a/kernel/baz.c b/kernel/baz.c', ...otherFile.map(l => l.replace('bar', 'baz'))],
  ['diff -ruN a/kernel/baz.c b/kernel/baz.c', ...otherFile.map(l => l.replace('bar', 'baz'))],
  ['=====', ...otherFile.map(l => l.replace('bar', 'qux'))],
  ['@@ -1 +1 @@', '-x', '+EVIL'],
  ['@@ -1 +1 @', '-x', '+EVIL'],
  ['@@ -40,0 +41 @@', '+EVIL'],
  ['@@ -40,0 +40,0 @@'],
  ['@@ -40,2 +40,2 @@', ' x', ' y'],
  ['@@ -40,2 +40,2 @@', '=x', '-y', '+z'],
  ['@@ -40 +40 @@', '\tx', '-y', '+z'],
  ['@@ -0,1 +0,1 @@', '-x', '+y'],
  ['Prereq: 1.0'],
  ['diff --git a/kernel/foo.c b/kernel/foo.c'],
  ['index 1111111..2222222 100644'],
  ['new file mode 100644'],
  ['\\ No newline at end of file'],
  ['-- ', '2.39.5'],
  ['# comment'],
  [''],
  [' '],
  ['+EVIL'],
  ['-x'],
  [' x'],
  ['hello world'],
  ['From: someone <a@b.c>'],
  ['Binary files a/x and b/x differ'],
  ['< x'],
  ['.']
]
// Mostly none; GNU patch also reads indented, shar-quoted (X) and RFC 934 (- ) lines.
const PREFIXES = ['', '', '', '', '', ' ', '  ', '\t', 'X', '- ']

interface Mutation {
  at: number
  /** Insert where a file entry starts (or at the end) rather than at any line. */
  boundary: boolean
  shape: number
  prefix: number
}

const HEADER_LINE = /^(diff |index |new file mode |deleted file mode |=+$)/

/** Where a file entry starts, and the end: inserting there keeps hunks whole. */
function boundaries(lines: string[]): number[] {
  const starts = lines.flatMap((line, k) =>
    line.startsWith('diff ') ||
    (line.startsWith('--- ') &&
      (lines[k + 1] ?? '').startsWith('+++ ') &&
      !HEADER_LINE.test(lines[k - 1] ?? ''))
      ? [k]
      : []
  )
  return [...starts, lines.length]
}

function mutate(text: string, mutations: Mutation[], ending: number): string {
  const lines = text.split('\n')
  const final = lines[lines.length - 1] === '' ? lines.pop() : undefined
  for (const m of mutations) {
    const prefix = PREFIXES[m.prefix % PREFIXES.length]
    const shape = SHAPES[m.shape % SHAPES.length].map(l => prefix + l)
    const places = m.boundary ? boundaries(lines) : [...lines.keys(), lines.length]
    lines.splice(places[m.at % places.length], 0, ...shape)
  }
  let out = lines.join('\n') + (final === undefined ? '' : '\n')
  // Now and then a line-ending change: one CR, or no final newline.
  if (ending === 1) out = out.replace('\n', '\r\n')
  if (ending === 2) out = out.replace(/\n$/, '')
  return out
}

describe('fuzzer: hostile lines inserted into accepted patches (fast-check)', () => {
  test(`${RUNS} mutants: the reader refuses each, or GNU patch reads what the reader parsed`, async () => {
    const patches = corpus().map(([, text]) => text)
    const counts = { refused: 0, accepted: 0 }
    await fc.assert(
      fc.asyncProperty(
        fc.nat(patches.length - 1),
        fc.array(
          fc.record({
            at: fc.nat(),
            boundary: fc.boolean(),
            shape: fc.nat(SHAPES.length - 1),
            prefix: fc.nat(20)
          }),
          { minLength: 1, maxLength: 3 }
        ),
        fc.nat(8),
        async (which, mutations, ending) => {
          const text = mutate(patches[which], mutations, ending)
          const error = refusal(text)
          if (error) {
            counts.refused++
            return
          }
          counts.accepted++
          const patch = parsed(text)
          expectSameReading(await gnuPatchView(text, baseTree(patch)), patch)
        }
      ),
      { numRuns: RUNS, seed: Number(process.env.LIVEPATCH_PROPERTY_SEED ?? 20261201) }
    )
    // Both sides are exercised: some mutants stay valid (blank lines, another file, a
    // signature at the end), most are refused.
    expect(counts.accepted).toBeGreaterThan(RUNS / 50)
    expect(counts.refused).toBeGreaterThan(RUNS / 2)
  })
})
