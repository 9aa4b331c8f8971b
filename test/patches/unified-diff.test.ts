import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PatchParseError } from '../../src/patches/errors.js'
import { NO_NEWLINE, parsePatch } from '../../src/patches/unified-diff.js'
import { REPO_ROOT } from '../helpers/tmp.js'

const GOOD = [
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

function parseError(text: string | Buffer): PatchParseError {
  try {
    parsePatch('p.patch', typeof text === 'string' ? Buffer.from(text) : text)
  } catch (error) {
    expect(error).toBeInstanceOf(PatchParseError)
    return error as PatchParseError
  }
  throw new Error('expected a PatchParseError')
}

describe('parsePatch reads what kpatch-build is given', () => {
  test('the guide example with its tabs', () => {
    const patch = parsePatch(
      'meminfo.patch',
      readFileSync(join(REPO_ROOT, 'patches', '0001-meminfo-debug.patch'))
    )
    expect(patch.files).toHaveLength(1)
    const [file] = patch.files
    expect(file.path).toBe('fs/proc/meminfo.c')
    expect(file.hunks[0]).toMatchObject({ oldStart: 41, oldCount: 6, newStart: 41, newCount: 7 })
    const added = file.hunks[0].lines.filter(l => l.kind === 'added')
    expect(added).toEqual([
      {
        kind: 'added',
        text: '\tpr_info("[test] this is a dynamic patch in meminfo_proc_show()!");',
        patchLine: 9
      }
    ])
  })

  test('plain diff -u headers with timestamps and any first component', () => {
    const text = [
      '--- linux-6.15.2.orig/kernel/foo.c\t2025-06-10 10:00:00.000000000 +0000',
      '+++ linux-6.15.2/kernel/foo.c\t2025-06-11 10:00:00.000000000 +0000',
      '@@ -1 +1 @@',
      '-x',
      '+y',
      ''
    ].join('\n')
    const patch = parsePatch('p.patch', Buffer.from(text))
    expect(patch.files[0].path).toBe('kernel/foo.c')
    expect(patch.files[0].hunks[0]).toMatchObject({ oldStart: 1, oldCount: 1, newCount: 1 })
  })

  test('"\\ No newline at end of file" marks the line it follows', () => {
    const text = [
      '--- a/f.c',
      '+++ b/f.c',
      '@@ -1 +1 @@',
      '-x',
      '\\ No newline at end of file',
      '+x',
      ''
    ].join('\n')
    const lines = parsePatch('p.patch', Buffer.from(text)).files[0].hunks[0].lines
    expect(lines[0].text).toBe('x' + NO_NEWLINE)
    expect(lines[1].text).toBe('x')
  })

  test('CRLF line endings are normalised and noted', () => {
    const patch = parsePatch('p.patch', Buffer.from(GOOD.replace(/\n/g, '\r\n')))
    expect(patch.files[0].hunks[0].lines.map(l => l.text)).toEqual(['a', 'b', 'c', 'd'])
    expect(patch.notes).toEqual([{ line: 1, message: expect.stringContaining('CRLF') }])
  })

  test('what git format-patch, git diff -U0, diff -ruN and jsdiff write is read alike', () => {
    const read = (name: string) =>
      parsePatch(name, readFileSync(join(REPO_ROOT, 'test/patches/fixtures', name)))
    const shape = (name: string) =>
      read(name).files.map(f => [f.path, f.created, f.deleted, f.hunks.length])
    const expected = [
      ['kernel/new.c', true, false, 1],
      ['kernel/sched.c', false, false, 2],
      ['kernel/tail.c', false, false, 1],
      ['mm/gone.c', false, true, 1],
      ['mm/slab.c', false, false, 1]
    ]
    expect(shape('format-patch-mail.patch')).toEqual(expected)
    expect(shape('git-diff-U0.patch')).toEqual(expected)
    // diff -N marks the created and the deleted file by dating them at the epoch.
    expect(shape('diff-ruN.patch')).toEqual(expected)
    expect(shape('jsdiff.patch')).toEqual([expected[1], expected[4]])
    const tail = read('format-patch-mail.patch').files[2].hunks[0].lines
    expect(tail.map(l => l.text)).toEqual([
      'last line without newline' + NO_NEWLINE,
      'last line changed' + NO_NEWLINE
    ])
  })

  test('a git format-patch mail with a diffstat and signature is read', () => {
    const text = [
      'From abc Mon Sep 17 00:00:00 2001',
      'Subject: [PATCH] x',
      '---',
      ' kernel/foo.c | 1 +',
      '',
      GOOD,
      '-- ',
      '2.39.5',
      ''
    ].join('\n')
    expect(parsePatch('p.patch', Buffer.from(text)).files[0].path).toBe('kernel/foo.c')
  })
})

describe('parsePatch refuses bad input with file:line', () => {
  const cases: [string, string | Buffer, number, RegExp][] = [
    ['empty file', '', 1, /empty file/],
    ['only whitespace', '\n\n', 1, /empty file/],
    ['not text (NUL byte)', Buffer.from('--- a/x\n+++ b/x\n\0\n'), 3, /not a text file/],
    ['not UTF-8', Buffer.from([0x2d, 0x2d, 0x2d, 0x20, 0xff, 0xfe, 0x0a]), 1, /not valid UTF-8/],
    ['no diff at all', 'hello world\n', 1, /no file changes found/],
    ['truncated hunk', GOOD.split('\n').slice(0, 7).join('\n') + '\n', 5, /truncated hunk/],
    [
      'hunk with fewer lines than its header',
      GOOD.replace('@@ -10,3 +10,4 @@', '@@ -10,4 +10,5 @@') + 'junk\n',
      10,
      /fewer lines than its header/
    ],
    [
      'hunk with more lines than its header',
      GOOD.replace('@@ -10,3 +10,4 @@', '@@ -10,2 +10,3 @@'),
      9,
      /more lines than its header/
    ],
    [
      'git binary patch',
      'diff --git a/f.bin b/f.bin\nindex 1..2 100644\nGIT binary patch\nliteral 3\n',
      3,
      /binary patch/
    ],
    [
      'Binary files differ',
      'diff --git a/f.bin b/f.bin\nindex 1..2 100644\nBinary files a/f.bin and b/f.bin differ\n',
      3,
      /binary patch/
    ],
    [
      'rename headers',
      'diff --git a/x.c b/y.c\nsimilarity index 100%\nrename from x.c\nrename to y.c\n',
      2,
      /rename\/copy/
    ],
    ['copy headers', 'diff --git a/x.c b/y.c\ncopy from x.c\ncopy to y.c\n', 2, /rename\/copy/],
    [
      'mode-only change',
      'diff --git a/x.sh b/x.sh\nold mode 100644\nnew mode 100755\n',
      2,
      /mode changes/
    ],
    [
      'absolute path',
      GOOD.replace('--- a/kernel/foo.c', '--- /usr/src/kernel/foo.c'),
      3,
      /absolute path/
    ],
    [
      '.. path',
      GOOD.replace('+++ b/kernel/foo.c', '+++ b/../etc/passwd'),
      4,
      /leaves the kernel tree/
    ],
    [
      'renaming through ---/+++',
      GOOD.replace('+++ b/kernel/foo.c', '+++ b/kernel/bar.c'),
      3,
      /renames are not supported/
    ],
    ['hunk without file header', '@@ -1 +1 @@\n-a\n+b\n', 1, /without a preceding/],
    [
      'same file twice',
      GOOD + GOOD.replace(/@@ -10,3 \+10,4 @@/, '@@ -20,3 +21,4 @@'),
      12,
      /appears twice/
    ],
    ['overlapping hunks', GOOD + '@@ -11,2 +12,2 @@\n c\n d\n', 10, /overlapping/],
    ['file header without hunks', '--- a/x.c\n+++ b/x.c\nnothing\n', 1, /no hunks/],
    // What GNU patch would read that this reader does not parse (see gnu-patch.test.ts).
    [
      'a context diff after the hunks',
      GOOD + '*** a/kernel/foo.c\n--- b/kernel/foo.c\n***************\n',
      10,
      /context-format diffs/
    ],
    ['a normal diff after the hunks', GOOD + '1,3c1,4\n< x\n', 10, /normal-format diffs/],
    ['an ed script after the hunks', GOOD + '5a\nevil\n.\n', 10, /ed scripts/],
    ['an Index: line before the first header', 'Index: kernel/foo.c\n' + GOOD, 1, /Index: line/],
    [
      'an indented file header before the first header',
      '  --- a/kernel/evil.c\n' + GOOD,
      1,
      /before the first file header is a file header/
    ],
    ['a stars line in the mail text', 'x\n*** a/kernel/evil.c\n' + GOOD, 2, /context-diff/],
    ['free text between files', GOOD + 'note\n' + GOOD, 10, /unexpected text "note"/],
    ['text after the signature', GOOD + '-- \n2.39.5\nmore\n', 12, /after the mail signature/],
    ['a malformed hunk header', GOOD + '@@ -20 +21 @\n-x\n+y\n', 10, /malformed hunk header/],
    ['an empty hunk', GOOD + '@@ -20,0 +21,0 @@\n', 10, /changes nothing/],
    ['a hunk of context only', GOOD + '@@ -20,1 +21,1 @@\n x\n', 10, /changes nothing/],
    [
      'a hunk after a last line without newline',
      '--- a/f.c\n+++ b/f.c\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n@@ -5 +5 @@\n-a\n+b\n',
      7,
      /hunk after the end of 'f.c'/
    ],
    [
      "'\\ No newline' after a line that is not its side's last",
      '--- a/f.c\n+++ b/f.c\n@@ -1,2 +1,2 @@\n-x\n\\ No newline at end of file\n-y\n+z\n+w\n',
      5,
      /not the last of its side/
    ],
    [
      "'\\ No newline' after an empty line",
      '--- a/f.c\n+++ b/f.c\n@@ -1 +1 @@\n-x\n+\n\\ No newline at end of file\n',
      6,
      /after an empty line/
    ],
    [
      "'\\ No newline' twice",
      '--- a/f.c\n+++ b/f.c\n@@ -1 +1 @@\n-x\n+y\n\\ No newline at end of file\n\\ No newline at end of file\n',
      7,
      /twice/
    ],
    ['a partial last hunk line', GOOD.slice(0, -1), 9, /no final newline/],
    ['CR-only line endings', GOOD.replace(/\n/g, '\r'), 1, /carriage return inside a line/],
    ['mixed line endings', GOOD.replace(' c\n', ' c\r\n'), 1, /mixed line endings/],
    ['a path with a blank', GOOD.replace(/^(---|\+\+\+) (.*)$/gm, '$1 $2 x'), 3, /contains blanks/],
    [
      'a control character in a path',
      GOOD.replace(/^(---|\+\+\+) (.*)$/gm, '$1 $2\u001b'),
      3,
      /control or non-ASCII/
    ],
    ["a '.' path component", GOOD.replace(/kernel\/foo/g, 'kernel/./foo'), 1, /malformed/],
    [
      'git header names another file',
      GOOD.replace('diff --git a/kernel/foo.c b/kernel/foo.c', 'diff --git a/x/y.c b/x/y.c'),
      3,
      /'kernel\/foo.c' differs from 'x\/y.c' in the git header at line 1/
    ],
    [
      'new file mode with a --- a/ header',
      GOOD.replace('index 1111111..2222222 100644', 'new file mode 100644'),
      3,
      /disagree on whether 'kernel\/foo.c' is created/
    ],
    [
      'a symlink mode',
      GOOD.replace('index 1111111..2222222 100644', 'index 1111111..2222222 120000'),
      2,
      /not a regular file/
    ],
    [
      'an unknown line in a git header',
      GOOD.replace('index 1111111..2222222 100644', 'Index: kernel/foo.c'),
      2,
      /unexpected line "Index: kernel\/foo.c" in the git header at line 1/
    ],
    ['a dissimilarity header', GOOD.replace(/^index .*$/m, 'dissimilarity index 90%'), 2, /rename/]
  ]
  test.each(cases)('%s', (_name, text, line, message) => {
    const error = parseError(text)
    expect(error.line).toBe(line)
    expect(error.detail).toMatch(message)
    expect(error.message).toBe(`p.patch:${line}: ${error.detail}`)
  })
})
