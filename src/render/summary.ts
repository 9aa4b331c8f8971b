// Markdown for the GitHub job summary.
import type { CheckReport } from '../patches/check.js'
import { BASE_UNAVAILABLE, describeMissing } from './text.js'

const SHOWN = 100

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

export function renderCheckSummary(report: CheckReport): string {
  const out: string[] = []
  const icon = report.verdict === 'pass' ? '✅' : '❌'
  out.push(`## ${icon} livepatch check: ${report.verdict}`, '')
  if (report.latest)
    out.push(`Latest patch: \`${report.latest}\` → module \`${report.moduleName}\``)
  if (report.previous) out.push(`Previous patch: \`${report.previous}\``)
  out.push('')
  if (report.history.length > 0) {
    out.push('### History rules broken', '')
    for (const problem of report.history) out.push(`- ${cell(problem.message)}`)
    out.push('')
  }
  for (const pair of report.pairs) {
    out.push(`### \`${pair.latest}\` ⊇ \`${pair.previous}\`: ${pair.verdict}`, '')
    out.push(
      '| file | status | previous changes | latest changes | missing |',
      '| --- | --- | ---: | ---: | ---: |'
    )
    for (const file of pair.files) {
      out.push(
        `| \`${cell(file.file)}\` | ${file.status} | ${file.previousChanges} | ${file.latestChanges} | ${file.missing} |`
      )
    }
    out.push('')
    if (pair.missing.length > 0) {
      out.push('Missing from the latest patch:', '')
      for (const change of pair.missing.slice(0, SHOWN))
        out.push(`- ${cell(describeMissing(change))}`)
      if (pair.missing.length > SHOWN) out.push(`- … and ${pair.missing.length - SHOWN} more`)
      out.push('')
    }
  }
  if (report.applies.length > 0) {
    out.push('### Applies to the kernel source (patch -p1, no fuzz, no offset)', '')
    for (const proof of report.applies) {
      out.push(`- ${proof.ok ? '✅' : '❌'} \`${cell(proof.patch)}\``)
      for (const problem of proof.problems) out.push(`  - ${cell(problem)}`)
    }
    out.push('')
  }
  if (report.warnings.length > 0) {
    out.push('### Patch-author guide warnings', '')
    for (const warning of report.warnings)
      out.push(`- \`${warning.file}:${warning.line}\` ${cell(warning.message)}`)
    out.push('')
  }
  if (report.preflight) {
    out.push(
      `### Kernel config preflight (\`${report.preflight.source}\`): ${report.preflight.ok ? 'pass' : 'fail'}`,
      ''
    )
    for (const p of report.preflight.fatal) out.push(`- ❌ \`${p.option}\`: ${cell(p.message)}`)
    for (const p of report.preflight.warnings) out.push(`- ⚠️ \`${p.option}\`: ${cell(p.message)}`)
    out.push('')
  }
  for (const note of report.notes) out.push(`> ${note}`)
  if (report.kernelSource === null && report.pairs.length > 0) out.push(`> ${BASE_UNAVAILABLE}`)
  return out.join('\n') + '\n'
}
