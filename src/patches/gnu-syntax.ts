// What GNU patch takes a line for while it looks for the next diff in a patch file. kpatch-build
// applies patches with GNU patch, so any text it reads as a diff is code that ships: the reader
// refuses such lines wherever it does not parse them itself. Written from GNU patch 2.7's rules
// (src/pch.c: intuit_diff_type, get_ed_command_letter), not copied from them.
//
// GNU patch looks for a diff everywhere outside the hunks it has read: before the first file,
// between files and after the last hunk. It first skips leading blanks, tabs and 'X's (indented
// and shar-quoted patches), so every shape below counts at any indentation.

export type GnuFormat = 'unified' | 'context' | 'normal' | 'ed' | 'normal or ed' | 'header'

export interface GnuReading {
  format: GnuFormat
  /** What GNU patch takes the line for, for an error message ("a context-diff hunk range"). */
  what: string
}

/** The line as GNU patch looks at it: without its indentation of blanks, tabs and 'X's. */
function unindented(line: string): string {
  let k = 0
  while (k < line.length && (line[k] === ' ' || line[k] === '\t' || line[k] === 'X')) k++
  return line.slice(k)
}

// `1,3c1,4`, `5a6`, `7d6`: a normal diff's command (digits and commas around one of a, c, d).
const NORMAL_COMMAND = /^\d[\d,]*[acd][\d,]*[ \t]*$/
// `5d`, `3,7c`, `a`, `i`, `s/.//`: the ed commands `diff -e` writes (a line number is optional;
// a and i take no range).
const ED_COMMAND = /^(?:\d+(,\d+)?)?([acdi]|s\/\.\/\/)[ \t]*$/

/** What GNU patch reads `line` as when it is looking for a diff, or null for text it skips. */
export function gnuReading(line: string): GnuReading | null {
  const s = unindented(line)
  if (s.startsWith('@@ -')) return { format: 'unified', what: 'a unified-diff hunk header' }
  if (s.startsWith('********')) {
    return { format: 'context', what: 'the hunk separator of a context diff' }
  }
  if (s.startsWith('*** ')) {
    return { format: 'context', what: 'a context-diff file header or hunk range' }
  }
  if (s.startsWith('+++ ') || /^(- )*--- /.test(s)) {
    return { format: 'header', what: 'a file header (GNU patch takes a file name from it)' }
  }
  if (s.startsWith('Index:')) {
    return {
      format: 'header',
      what: "an Index: line (GNU patch takes a file name from it; quilt writes them: 'quilt refresh --no-index')"
    }
  }
  if (s.startsWith('Prereq:')) {
    return {
      format: 'header',
      what: 'a Prereq: line (GNU patch skips the file unless it contains that word)'
    }
  }
  if (s.startsWith('diff --git ')) return { format: 'header', what: 'a git diff header' }
  const normal = NORMAL_COMMAND.test(s)
  const ed = ED_COMMAND.exec(s)
  // A range (`3,7`) goes with c and d only; GNU patch does not take `3,7a` for an ed command.
  const edCommand = ed !== null && !(ed[1] && (ed[2] === 'a' || ed[2] === 'i'))
  // `3d` is both: GNU patch decides by what follows (`< `/`> ` lines, or a `.` line).
  if (normal && edCommand) return { format: 'normal or ed', what: 'a normal-diff or ed command' }
  if (normal) return { format: 'normal', what: 'a normal-diff command' }
  if (edCommand) return { format: 'ed', what: 'an ed-script command' }
  return null
}
