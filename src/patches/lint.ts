// Warnings from kpatch's patch-author guide (doc/patch-author-guide.md). They never fail a check:
// kpatch-build has the final word, but these point at what usually breaks it or the running kernel.
import type { FilePatch, Hunk, HunkLine, ParsedPatch } from './unified-diff.js'

export type LintRule =
  | 'data-structure'
  | 'init-code'
  | 'static-local'
  | 'global-data'
  | 'header-inline'
  | 'header'
  | 'assembly'
  | 'not-source'
  | 'line-endings'

export interface LintWarning {
  /** Patch file and line to annotate. */
  file: string
  line: number
  /** Kernel path the change is in. */
  path: string
  rule: LintRule
  message: string
}

const GUIDE = 'kpatch patch-author guide'
const MESSAGES: Record<LintRule, string> = {
  'data-structure': `change inside a struct/union/enum definition: kpatch cannot change the layout of data the running kernel already uses (${GUIDE}: "Data structure changes"; consider shadow variables)`,
  'init-code': `change to __init/__exit code: init code has already run and been freed, so the patch has no effect (${GUIDE}: "Init code changes")`,
  'static-local': `new or changed static local variable: kpatch correlates static locals by name and the value does not carry over (${GUIDE}: "Data semantic changes")`,
  'global-data': `new or changed global data or initializer: existing data is not re-initialised when the patch loads (${GUIDE}: "Data semantic changes")`,
  'header-inline': `change to an inline function in a header: it is inlined into every caller, so many functions change (${GUIDE}: "Header file changes")`,
  header: `header change: every object that includes it is rebuilt and compared; expect many changed functions (${GUIDE}: "Header file changes")`,
  assembly: `assembly (.S) change: kpatch-build cannot patch assembly code (${GUIDE}: "Unsupported")`,
  'not-source': `not a .c or .h file: kpatch-build only turns C source changes into a livepatch`,
  'line-endings': 'CRLF line endings were normalised to LF; save the patch with LF endings'
}

const STRUCTISH = /^\s*(typedef\s+)?(struct|union|enum)\b[^()]*$/
const INITIALIZER = /=\s*\{?\s*$/
const STATIC_LOCAL = /^\s+static\s+[^()]*(=|;)/
const GLOBAL_DATA =
  /^(static\s+)?((const|volatile|unsigned|signed|struct|union|enum)\s+)*[A-Za-z_]\w*[\s*]+[A-Za-z_]\w*(\s*\[[^\]]*\])*\s*(=.*|;)\s*$/

/** The outermost enclosing construct of a changed line within its hunk, else git's section text. */
function enclosing(hunk: Hunk, index: number): string {
  const side = hunk.lines[index].kind === 'removed' ? 'added' : 'removed'
  let depth = 0
  let outermost: string | null = null
  for (let k = index - 1; k >= 0; k--) {
    const line = hunk.lines[k]
    if (line.kind === side) continue
    const text = line.text
    for (let c = text.length - 1; c >= 0; c--) {
      if (text[c] === '}') depth++
      else if (text[c] === '{') {
        depth--
        if (depth < 0) {
          // The opener is this line, or the line before when the brace stands alone.
          const own = text.slice(0, c).trim()
          outermost = own !== '' ? text : (previousText(hunk, k, side) ?? hunk.section)
          depth = 0
        }
      }
    }
  }
  if (outermost !== null && !/^\s/.test(outermost)) return outermost
  return hunk.section || outermost || ''
}

function previousText(hunk: Hunk, index: number, skip: HunkLine['kind']): string | undefined {
  for (let k = index - 1; k >= 0; k--) if (hunk.lines[k].kind !== skip) return hunk.lines[k].text
  return undefined
}

function rulesFor(file: FilePatch, hunk: Hunk, index: number): LintRule[] {
  const line = hunk.lines[index]
  const text = line.text
  const opener = enclosing(hunk, index)
  const rules: LintRule[] = []
  const insideFunction = opener.includes('(') && !INITIALIZER.test(opener)
  if (
    (!insideFunction && STRUCTISH.test(opener)) ||
    /^(typedef\s+)?(struct|union|enum)\b[^()=;]*\{/.test(text)
  ) {
    rules.push('data-structure')
  }
  if (
    /\b__(init|exit)(data|const)?\b/.test(opener) ||
    /\b__(init|exit)(data|const)?\b/.test(text)
  ) {
    rules.push('init-code')
  }
  if (STATIC_LOCAL.test(text) && insideFunction) rules.push('static-local')
  const topLevel = !/^\s/.test(text) && !text.startsWith('#')
  if (
    (topLevel &&
      !text.startsWith('extern') &&
      GLOBAL_DATA.test(text) &&
      !/\breturn\b/.test(text)) ||
    (!insideFunction && INITIALIZER.test(opener) && opener !== '')
  ) {
    rules.push('global-data')
  }
  if (file.path.endsWith('.h')) {
    rules.push(/\binline\b/.test(opener) || /\binline\b/.test(text) ? 'header-inline' : 'header')
  }
  return rules
}

/** Author-guide warnings for every change of a patch, at most one per rule and hunk. */
export function lintPatch(patch: ParsedPatch): LintWarning[] {
  const warnings: LintWarning[] = []
  const push = (rule: LintRule, line: number, path: string): void => {
    warnings.push({ file: patch.file, line, path, rule, message: `${path}: ${MESSAGES[rule]}` })
  }
  for (const file of patch.files) {
    if (file.path.endsWith('.S')) {
      push('assembly', file.patchLine, file.path)
      continue
    }
    if (!/\.[ch]$/.test(file.path)) {
      push('not-source', file.patchLine, file.path)
      continue
    }
    let headerWarned = false
    for (const hunk of file.hunks) {
      const seen = new Set<LintRule>()
      hunk.lines.forEach((line, index) => {
        if (line.kind === 'context') return
        for (const rule of rulesFor(file, hunk, index)) {
          if (seen.has(rule) || (rule === 'header' && headerWarned)) continue
          seen.add(rule)
          if (rule === 'header') headerWarned = true
          push(rule, line.patchLine, file.path)
        }
      })
    }
  }
  return warnings
}
