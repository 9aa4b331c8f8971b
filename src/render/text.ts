// Human text for the terminal. Computing a report and showing it are kept apart.
import type { CheckReport } from '../patches/check.js'
import { displayLine } from '../patches/errors.js'
import type { MissingChange } from '../patches/superset.js'

const SHOWN = 50

export function describeMissing(change: MissingChange): string {
  const where = change.oldLine > 0 ? `${change.file}:${change.oldLine}` : change.file
  const text = JSON.stringify(change.text)
  switch (change.kind) {
    case 'file':
      return `${where}: the previous patch ${change.text}; the latest ${change.found ?? 'does not'}`
    case 'base':
      return `${where}: the patches disagree about the base tree: previous has ${text}, latest has ${JSON.stringify(change.found)} (was the latest patch made on top of the previous one instead of the pristine tree?)`
    case 'removal':
      return `${where}: removal of ${text} was dropped`
    case 'addition':
      if (change.how === 'altered')
        return `${where}: added line ${text} was altered to ${JSON.stringify(change.found)}`
      if (change.how === 'moved') return `${where}: added line ${text} was moved (${change.found})`
      return `${where}: added line ${text} (inserted after base line ${change.oldLine}) was dropped`
  }
}

export function renderCheckText(report: CheckReport): string {
  const out: string[] = []
  for (const problem of report.history) out.push(`history: ${problem.message}`)
  for (const pair of report.pairs) {
    const head = `${pair.latest} ${pair.verdict === 'pass' ? 'contains' : 'does NOT contain'} every change of ${pair.previous}`
    out.push(head)
    for (const file of pair.files) {
      out.push(
        `  ${file.status.padEnd(10)} ${file.file} (previous ${file.previousChanges} changes, latest ${file.latestChanges}${file.missing ? `, ${file.missing} missing` : ''})`
      )
    }
    for (const change of pair.missing.slice(0, SHOWN)) out.push(`  - ${describeMissing(change)}`)
    if (pair.missing.length > SHOWN) out.push(`  … and ${pair.missing.length - SHOWN} more`)
  }
  for (const warning of report.warnings)
    out.push(`warning: ${warning.file}:${warning.line}: ${warning.message}`)
  for (const note of report.notes) out.push(`note: ${note}`)
  out.push(`verdict: ${report.verdict}${report.moduleName ? ` (module ${report.moduleName})` : ''}`)
  // Names in the report come from outside (file names, refs): no control character in them may
  // reach the terminal or a CI log raw, where a line starting `::error::` is a workflow command.
  return out.map(displayLine).join('\n') + '\n'
}
