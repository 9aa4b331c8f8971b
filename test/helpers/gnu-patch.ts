// What GNU patch itself reads in a patch file, observed by running it. kpatch-build applies a
// livepatch with `patch -N -p1`, so GNU patch's reading is what ships; the reader in
// src/patches/unified-diff.ts must agree with it or refuse the file.
//
// GNU patch is run as `patch -p1 --dry-run --verbose --force` in a scratch tree (nothing is
// written; --force asks no questions and never guesses "reversed"), and its verbose report is
// read: one "Looks like a … to me" per diff it found, the file it checked ("checking file X",
// or "can't find file to patch"), and one "Hunk #N succeeded/FAILED/ignored" per hunk.
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join } from 'node:path'
import { NO_NEWLINE, parsePatch, type ParsedPatch } from '../../src/patches/unified-diff.js'

export interface GnuHunk {
  status: 'succeeded' | 'FAILED' | 'ignored'
  fuzz: number
  offset: number
}

export interface GnuDiff {
  /** GNU patch's name for the format: 'unified diff', 'new-style context diff', 'normal diff', 'ed script', … */
  format: string
  /** The file GNU patch checked, or null when it found none (or, for an ed script, does not say). */
  file: string | null
  hunks: GnuHunk[]
}

export interface GnuPatchView {
  /** Each diff GNU patch found, in the order of the patch file. */
  diffs: GnuDiff[]
  /**
   * File → hunks GNU patch read for it, summed over every diff naming it. A diff without a file
   * is keyed `?<format> #<n>` (n counts diffs from 1), so it never matches a real path.
   */
  files: Map<string, number>
  /** Every hunk applied at its own line with no fuzz and no offset (true when there are none). */
  exact: boolean
  /** GNU patch's fatal complaint ("malformed patch at line 9: …"), or null. */
  fatal: string | null
  /** GNU patch's exit code: 0 all applied, 1 some hunks failed or were ignored, 2 trouble. */
  exitCode: number
  /** Its whole report, for failure messages. */
  output: string
}

/** One line of the scratch tree that no hunk should contain. */
const filler = (path: string, n: number): string => `/* line ${n} of ${path}: scratch base */`

/**
 * A tree on which every hunk of `parsed` applies exactly where it says: each changed file holds
 * its hunks' old sides at their stated lines, filler lines in between, and ends after the last
 * hunk (a hunk with short suffix context must sit at the end of the file). Created files are absent.
 */
export function baseTree(parsed: ParsedPatch): Map<string, string> {
  const tree = new Map<string, string>()
  for (const file of parsed.files) {
    if (file.created) continue
    const lines: string[] = []
    let noNewline = false
    for (const hunk of file.hunks) {
      const firstOld = hunk.oldCount === 0 ? hunk.oldStart + 1 : hunk.oldStart
      while (lines.length + 1 < firstOld) lines.push(filler(file.path, lines.length + 1))
      for (const line of hunk.lines) {
        if (line.kind === 'added') continue
        noNewline = line.text.endsWith(NO_NEWLINE)
        lines.push(noNewline ? line.text.slice(0, -NO_NEWLINE.length) : line.text)
      }
    }
    tree.set(file.path, lines.length === 0 ? '' : lines.join('\n') + (noNewline ? '' : '\n'))
  }
  return tree
}

/** GNU patch quotes odd names shell-style ('a b'); plain names come bare. */
function unquote(name: string): string {
  return name.length > 1 && name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1) : name
}

// "Hmm...  Looks like a unified diff to me...", or without "Hmm..." when a warning came between.
const DIFF_FOUND = /^(?:Hmm\.\.\.)? {2}(?:L|The next patch l)ooks like an? (.+?) to me\.\.\.$/
const CHECKING =
  /^checking (?:file|symbolic link) (.*?)(?: \((?:already )?(?:copied|renamed|read) from .*\))?$/
const HUNK =
  /^Hunk #\d+ (succeeded|FAILED|ignored) at -?\d+(?: with fuzz (\d+))?(?: \(offset (-?\d+) lines?\))?/

function readReport(output: string, exitCode: number): GnuPatchView {
  const diffs: GnuDiff[] = []
  let fatal: string | null = null
  for (const line of output.split('\n')) {
    if (line.startsWith('|')) continue // "The text leading up to this was:" quotes the patch
    const found = DIFF_FOUND.exec(line)
    if (found) {
      diffs.push({ format: found[1], file: null, hunks: [] })
      continue
    }
    const current = diffs[diffs.length - 1]
    const checking = CHECKING.exec(line)
    if (checking && current) {
      current.file = unquote(checking[1])
      continue
    }
    const hunk = HUNK.exec(line)
    if (hunk && current) {
      current.hunks.push({
        status: hunk[1] as GnuHunk['status'],
        fuzz: Number(hunk[2] ?? 0),
        offset: Number(hunk[3] ?? 0)
      })
      continue
    }
    const trouble = /^patch: \*{4} (.*)$/.exec(line)
    if (trouble) fatal ??= trouble[1]
  }
  const files = new Map<string, number>()
  diffs.forEach((diff, k) => {
    const key = diff.file ?? `?${diff.format} #${k + 1}`
    files.set(key, (files.get(key) ?? 0) + diff.hunks.length)
  })
  const exact = diffs.every(d =>
    d.hunks.every(h => h.status === 'succeeded' && h.fuzz === 0 && h.offset === 0)
  )
  return { diffs, files, exact, fatal, exitCode, output }
}

function runPatch(cwd: string, patchFile: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'patch',
      ['-p1', '--dry-run', '--verbose', '--force', '-i', patchFile],
      // C locale: English messages and plain quoting; POSIXLY_CORRECT would change how it reads.
      {
        cwd,
        env: { PATH: process.env.PATH, LC_ALL: 'C' },
        timeout: 30_000,
        maxBuffer: 64 << 20
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        if (code < 0) reject(error)
        else resolve({ code, output: `${stdout}${stderr}` })
      }
    )
  })
}

/**
 * What GNU patch reads in `patch`: the diffs it finds, the files it touches and the hunks it
 * reads for each. `tree` is laid out first (path → content, relative to the tree's root);
 * without it, the tree is made from the patch itself as this project's reader sees it
 * (`baseTree`), or left empty when the reader refuses the patch.
 */
export async function gnuPatchView(
  patch: string | Buffer,
  tree?: ReadonlyMap<string, string>
): Promise<GnuPatchView> {
  let files = tree
  if (files === undefined) {
    try {
      files = baseTree(parsePatch('patch', typeof patch === 'string' ? Buffer.from(patch) : patch))
    } catch {
      files = new Map()
    }
  }
  const root = mkdtempSync(join(tmpdir(), 'livepatch-gnu-patch-'))
  try {
    const base = join(root, 'tree')
    mkdirSync(base)
    for (const [path, content] of files) {
      if (isAbsolute(path) || path.split('/').includes('..')) {
        throw new Error(`tree path '${path}' is outside the tree`)
      }
      mkdirSync(dirname(join(base, path)), { recursive: true })
      writeFileSync(join(base, path), content)
    }
    const patchFile = join(root, 'input.patch')
    writeFileSync(patchFile, patch)
    const { code, output } = await runPatch(base, patchFile)
    return readReport(output, code)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** The reader's view in the same shape as `GnuPatchView.files`: path → hunk count. */
export function readerFiles(parsed: ParsedPatch): Map<string, number> {
  return new Map(parsed.files.map(f => [f.path, f.hunks.length]))
}
