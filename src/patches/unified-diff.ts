// A strict unified-diff reader for kernel livepatches. Hand-written on purpose: the `diff`
// package's parsePatch is lenient (it accepts miscounted hunks and reports no line numbers),
// while a livepatch must be refused with `file:line: what is wrong` before an hour's build.
import { PatchParseError } from './errors.js'

export type LineKind = 'context' | 'removed' | 'added'

export interface HunkLine {
  kind: LineKind
  /** The line's text without its newline; a trailing `\ No newline at end of file` is marked. */
  text: string
  /** 1-based line number in the patch file. */
  patchLine: number
}

export interface Hunk {
  oldStart: number
  oldCount: number
  newStart: number
  newCount: number
  /** Text after the second `@@` (git's function context), trimmed. */
  section: string
  patchLine: number
  lines: HunkLine[]
}

export interface FilePatch {
  /** Path inside the kernel tree (first component stripped, as `patch -p1` does). */
  path: string
  /** The file does not exist in the base tree (`--- /dev/null`). */
  created: boolean
  /** The patch removes the file (`+++ /dev/null`). */
  deleted: boolean
  /** Patch-file line of the `---` header (or of `diff --git` when there is one). */
  patchLine: number
  hunks: Hunk[]
}

export interface ParsedPatch {
  file: string
  files: FilePatch[]
  /** Non-fatal findings while reading (CRLF normalised). */
  notes: { line: number; message: string }[]
}

/** Marker appended to a line's text when the diff says it has no newline at end of file. */
export const NO_NEWLINE = ' \\ (no newline at end of file)'

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(.*)$/

/** Strip a header's timestamp (`diff -u` puts one after a tab) and the first path component. */
function headerPath(raw: string, file: string, line: number): string | null {
  let path = raw.split('\t')[0]
  if (path.startsWith('"')) {
    throw new PatchParseError(file, line, `quoted path ${path} is not supported; rename the file`)
  }
  path = path.trimEnd()
  if (path === '/dev/null') return null
  if (path.startsWith('/')) {
    throw new PatchParseError(
      file,
      line,
      `absolute path '${path}': paths must be relative to the kernel tree (a/... and b/...)`
    )
  }
  const slash = path.indexOf('/')
  if (slash < 0) {
    throw new PatchParseError(
      file,
      line,
      `path '${path}' has no leading directory to strip; expected a/<path> as 'git diff' writes (patch -p1)`
    )
  }
  const stripped = path.slice(slash + 1)
  if (stripped === '' || stripped.split('/').some(part => part === '..' || part === '')) {
    throw new PatchParseError(file, line, `path '${path}' leaves the kernel tree or is malformed`)
  }
  return stripped
}

function decodeText(file: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new PatchParseError(file, 1, 'empty file: expected a unified diff')
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).toString('latin1').split('\n').length
    throw new PatchParseError(file, line, 'not a text file (NUL byte): expected a unified diff')
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new PatchParseError(file, 1, 'not valid UTF-8 text: expected a unified diff')
  }
}

/** Parse a unified diff (git or GNU `diff -u`) into per-file hunks, refusing anything a livepatch cannot be. */
export function parsePatch(file: string, input: Buffer | string): ParsedPatch {
  const text = typeof input === 'string' ? input : decodeText(file, input)
  if (text.trim() === '') throw new PatchParseError(file, 1, 'empty file: expected a unified diff')
  const notes: ParsedPatch['notes'] = []
  let lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  const crlf = lines.findIndex(l => l.endsWith('\r'))
  if (crlf >= 0) {
    notes.push({ line: crlf + 1, message: 'CRLF line endings normalised to LF' })
    lines = lines.map(l => (l.endsWith('\r') ? l.slice(0, -1) : l))
  }

  const files: FilePatch[] = []
  const seen = new Map<string, number>()
  let i = 0
  // State of the current `diff --git` block, to refuse renames, copies, mode and binary changes.
  let gitHeader: { line: number; hasContent: boolean } | null = null

  const closeGitHeader = (): void => {
    if (gitHeader && !gitHeader.hasContent) {
      throw new PatchParseError(
        file,
        gitHeader.line,
        'file entry without content changes (mode-only change or empty file?): a livepatch can only change source lines'
      )
    }
    gitHeader = null
  }

  while (i < lines.length) {
    const line = lines[i]
    const lineNo = i + 1
    if (line.startsWith('diff --git ')) {
      closeGitHeader()
      gitHeader = { line: lineNo, hasContent: false }
      i++
      continue
    }
    if (gitHeader) {
      const refused: [RegExp, string][] = [
        [
          /^(rename|copy) (from|to) /,
          'rename/copy headers are not supported: a livepatch changes files in place'
        ],
        [
          /^similarity index /,
          'rename/copy headers are not supported: a livepatch changes files in place'
        ],
        [/^(old|new) mode /, 'file mode changes cannot be livepatched; drop the mode change'],
        [/^GIT binary patch/, 'binary patch: a livepatch can only change source text'],
        [/^Binary files /, 'binary patch: a livepatch can only change source text']
      ]
      for (const [pattern, message] of refused) {
        if (pattern.test(line)) throw new PatchParseError(file, lineNo, message)
      }
    } else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      throw new PatchParseError(
        file,
        lineNo,
        'binary patch: a livepatch can only change source text'
      )
    }
    if (line.startsWith('--- ') && i + 1 < lines.length && lines[i + 1].startsWith('+++ ')) {
      const headerLine = gitHeader ? gitHeader.line : lineNo
      if (gitHeader) gitHeader.hasContent = true
      const oldPath = headerPath(line.slice(4), file, lineNo)
      const newPath = headerPath(lines[i + 1].slice(4), file, lineNo + 1)
      if (oldPath === null && newPath === null) {
        throw new PatchParseError(file, lineNo, 'both sides are /dev/null')
      }
      if (oldPath !== null && newPath !== null && oldPath !== newPath) {
        throw new PatchParseError(
          file,
          lineNo,
          `old path '${oldPath}' and new path '${newPath}' differ: renames are not supported`
        )
      }
      const path = (newPath ?? oldPath) as string
      if (seen.has(path)) {
        throw new PatchParseError(
          file,
          lineNo,
          `'${path}' appears twice (first at line ${seen.get(path)}); merge its hunks into one entry`
        )
      }
      seen.set(path, lineNo)
      i += 2
      const filePatch: FilePatch = {
        path,
        created: oldPath === null,
        deleted: newPath === null,
        patchLine: headerLine,
        hunks: []
      }
      i = readHunks(file, lines, i, filePatch)
      if (filePatch.hunks.length === 0) {
        throw new PatchParseError(
          file,
          lineNo,
          `no hunks for '${path}': expected a line starting with @@`
        )
      }
      files.push(filePatch)
      gitHeader = null
      continue
    }
    if (HUNK_HEADER.test(line)) {
      throw new PatchParseError(file, lineNo, 'hunk header without a preceding ---/+++ file header')
    }
    i++
  }
  closeGitHeader()
  if (files.length === 0) {
    throw new PatchParseError(
      file,
      1,
      'no file changes found: expected ---/+++ headers and @@ hunks'
    )
  }
  return { file, files, notes }
}

/** Read the hunks of one file entry starting at index `start`; returns the index after them. */
function readHunks(file: string, lines: string[], start: number, target: FilePatch): number {
  let i = start
  let lastOldEnd = 0
  while (i < lines.length) {
    const match = HUNK_HEADER.exec(lines[i])
    if (!match) break
    const headerNo = i + 1
    const hunk: Hunk = {
      oldStart: Number(match[1]),
      oldCount: match[2] === undefined ? 1 : Number(match[2]),
      newStart: Number(match[3]),
      newCount: match[4] === undefined ? 1 : Number(match[4]),
      section: match[5].trim(),
      patchLine: headerNo,
      lines: []
    }
    if (target.created && (hunk.oldStart !== 0 || hunk.oldCount !== 0)) {
      throw new PatchParseError(file, headerNo, `new file '${target.path}' must have hunk -0,0`)
    }
    // An empty old range names the line after which lines are inserted; otherwise its first line.
    const firstOld = hunk.oldCount === 0 ? hunk.oldStart + 1 : hunk.oldStart
    if (firstOld <= lastOldEnd) {
      throw new PatchParseError(
        file,
        headerNo,
        `hunk starts at old line ${hunk.oldStart}, overlapping or before the previous hunk (ending at ${lastOldEnd})`
      )
    }
    i++
    let oldSeen = 0
    let newSeen = 0
    while (oldSeen < hunk.oldCount || newSeen < hunk.newCount) {
      if (i >= lines.length) {
        throw new PatchParseError(
          file,
          headerNo,
          `truncated hunk: header says -${hunk.oldStart},${hunk.oldCount} +${hunk.newStart},${hunk.newCount} but the file ends after ${oldSeen} old and ${newSeen} new lines`
        )
      }
      const raw = lines[i]
      const marker = raw === '' ? ' ' : raw[0]
      const body = raw.slice(1)
      if (marker === '\\') {
        markNoNewline(file, hunk, i + 1)
        i++
        continue
      }
      let kind: LineKind
      if (marker === ' ') {
        kind = 'context'
        oldSeen++
        newSeen++
      } else if (marker === '-') {
        kind = 'removed'
        oldSeen++
      } else if (marker === '+') {
        kind = 'added'
        newSeen++
      } else {
        throw new PatchParseError(
          file,
          i + 1,
          `hunk at line ${headerNo} has fewer lines than its header says (-${hunk.oldStart},${hunk.oldCount} +${hunk.newStart},${hunk.newCount}: found ${oldSeen} old, ${newSeen} new)`
        )
      }
      if (oldSeen > hunk.oldCount || newSeen > hunk.newCount) {
        throw new PatchParseError(
          file,
          i + 1,
          `hunk at line ${headerNo} has more lines than its header says (-${hunk.oldStart},${hunk.oldCount} +${hunk.newStart},${hunk.newCount})`
        )
      }
      hunk.lines.push({ kind, text: body, patchLine: i + 1 })
      i++
    }
    if (i < lines.length && lines[i].startsWith('\\')) {
      markNoNewline(file, hunk, i + 1)
      i++
    }
    // A body line right after a complete hunk means the header undercounts it.
    const next = lines[i]
    if (
      next !== undefined &&
      /^[-+ ]/.test(next) &&
      next !== '-- ' &&
      !(next.startsWith('--- ') && (lines[i + 1] ?? '').startsWith('+++ '))
    ) {
      throw new PatchParseError(
        file,
        i + 1,
        `hunk at line ${headerNo} has more lines than its header says (-${hunk.oldStart},${hunk.oldCount} +${hunk.newStart},${hunk.newCount})`
      )
    }
    lastOldEnd = firstOld + hunk.oldCount - 1
    target.hunks.push(hunk)
  }
  return i
}

function markNoNewline(file: string, hunk: Hunk, patchLine: number): void {
  const previous = hunk.lines[hunk.lines.length - 1]
  if (!previous) {
    throw new PatchParseError(file, patchLine, "'\\ No newline at end of file' must follow a line")
  }
  previous.text += NO_NEWLINE
}
