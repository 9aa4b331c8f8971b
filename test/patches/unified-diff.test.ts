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
    ['file header without hunks', '--- a/x.c\n+++ b/x.c\nnothing\n', 1, /no hunks/]
  ]
  test.each(cases)('%s', (_name, text, line, message) => {
    const error = parseError(text)
    expect(error.line).toBe(line)
    expect(error.detail).toMatch(message)
    expect(error.message).toBe(`p.patch:${line}: ${error.detail}`)
  })
})
