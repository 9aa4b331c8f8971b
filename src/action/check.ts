// `command: check` — verdict, outputs, annotations on the newest patch file, job summary.
import * as core from '@actions/core'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { checkSettings, runCheck } from '../app/check.js'
import type { CheckReport } from '../patches/check.js'
import { renderCheckSummary } from '../render/summary.js'
import { describeMissing } from '../render/text.js'
import { Outputs, actionReader } from './inputs.js'

function annotateCheck(report: CheckReport, patchesDir: string): void {
  for (const problem of report.history) {
    core.error(problem.message, {
      title: 'livepatch history',
      file: join(patchesDir, problem.file)
    })
  }
  for (const pair of report.pairs) {
    for (const change of pair.missing) {
      core.error(describeMissing(change), {
        title: 'change of the previous patch missing',
        file: pair.latest,
        startLine: change.latestPatchLine
      })
    }
  }
  for (const proof of report.applies) {
    if (proof.ok) continue
    core.error(
      `does not apply to the kernel source exactly (patch -p1, no fuzz, no offset): ${proof.problems.join('; ')}`,
      { title: 'patch does not apply', file: proof.patch }
    )
  }
  for (const problem of report.preflight?.fatal ?? []) {
    core.error(`${problem.option}: ${problem.message}`, {
      title: 'kernel config preflight',
      file: report.preflight?.source
    })
  }
  for (const warning of report.warnings) {
    core.warning(warning.message, {
      title: 'kpatch patch-author guide',
      file: warning.file,
      startLine: warning.line
    })
  }
}

/**
 * The report as a file the job can upload: GitHub gives every step its own summary file, so a
 * later step cannot copy this one's. Written whole (temp file + rename) under RUNNER_TEMP.
 */
async function writeReportFile(markdown: string): Promise<string> {
  const dir = join(process.env.RUNNER_TEMP || '/tmp', 'livepatch-check')
  await mkdir(dir, { recursive: true })
  const path = join(dir, 'superset-report.md')
  await writeFile(`${path}.tmp`, markdown)
  await rename(`${path}.tmp`, path)
  return path
}

export async function runCheckCommand(): Promise<number> {
  const settings = checkSettings(actionReader())
  const patchesDir = settings.dir ?? 'patches'
  const report = await runCheck(settings)
  core.setOutput(Outputs.Verdict, report.verdict)
  core.setOutput(Outputs.LatestPatch, report.latest ?? '')
  core.setOutput(Outputs.PreviousPatch, report.previous ?? '')
  core.setOutput(Outputs.ModuleName, report.moduleName ?? '')
  annotateCheck(report, patchesDir)
  const markdown = renderCheckSummary(report)
  core.setOutput(Outputs.ReportFile, await writeReportFile(markdown))
  await core.summary.addRaw(markdown).write()
  if (report.verdict !== 'pass') {
    core.setFailed(
      `livepatch check: ${report.latest ?? patchesDir} failed the check (see the job summary)`
    )
    return 1
  }
  core.info(`livepatch check: pass (${report.latest ?? 'no patches'})`)
  return 0
}
