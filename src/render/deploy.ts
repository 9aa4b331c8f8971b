// Result rows of a deploy as a terminal table and as Markdown for the job summary.
import type { DeployResult, GuestReport } from '../deploy/types.js'

function cells(result: DeployResult): string[] {
  const rollback = result.rollback
    ? ` | rollback: ${result.rollback.status} (${result.rollback.message})`
    : ''
  return [
    result.vm,
    result.status,
    result.module,
    result.active.join(' ') || '-',
    result.transitionSeconds === null ? '-' : `${result.transitionSeconds}s`,
    `${result.message}${rollback}`
  ]
}

const HEAD = ['vm', 'status', 'module', 'active', 'transition', 'message']

export function renderDeployTable(results: DeployResult[]): string {
  const rows = [HEAD, ...results.map(cells)]
  const widths = HEAD.map((_, k) =>
    Math.max(...rows.map(r => (k === HEAD.length - 1 ? 0 : r[k].length)))
  )
  return (
    rows
      .map(r =>
        r.map((cell, k) => (k === HEAD.length - 1 ? cell : cell.padEnd(widths[k]))).join('  ')
      )
      .join('\n') + '\n'
  )
}

export function renderDeploySummary(results: DeployResult[], title: string): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  const lines = [
    `## ${title}`,
    '',
    `| ${HEAD.join(' | ')} |`,
    `| ${HEAD.map(() => '---').join(' | ')} |`
  ]
  for (const result of results) lines.push(`| ${cells(result).map(escape).join(' | ')} |`)
  return lines.join('\n') + '\n'
}

export function renderStatusTable(vms: string[], reports: GuestReport[]): string {
  const rows = [
    ['vm', 'status', 'kernel', 'active', 'message'],
    ...reports.map((r, k) => [
      vms[k],
      r.status,
      r.kernel || '-',
      r.active.join(' ') || '-',
      r.message
    ])
  ]
  const widths = [0, 1, 2, 3].map(k => Math.max(...rows.map(r => r[k].length)))
  return (
    rows
      .map(r => r.map((cell, k) => (k < 4 ? cell.padEnd(widths[k]) : cell)).join('  '))
      .join('\n') + '\n'
  )
}
