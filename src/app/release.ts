// release: after a successful deploy, the tag and GitHub release of exactly the module that was
// signed and deployed, with functions.json, the superset report, the build summary, the deploy
// record and each VM's golden measurement. The GitHub calls are the door's (ReleaseApi).
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { LivepatchError } from '../errors.js'
import type { ReleaseApi, ReleaseAsset, ReleaseResult } from '../release/release.js'
import type { Reporter } from './ports.js'
import type { Reader } from './settings.js'

export interface ReleaseSettings {
  patchesDir: string
  module: string
  /** The sign job's sha256: the module released must be it. */
  moduleSha256: string | undefined
  functionsFile: string | undefined
  supersetReport: string | undefined
  buildSummary: string | undefined
  /** The deploy's measurements as JSON text (the job output, while it fits). */
  measurements: { text: string | undefined; label: string }
  /** The deploy's full record file (any fleet size): its rows' measurements win over `measurements`. */
  deployRecord: string | undefined
  commitSha: string
}

export function releaseSettings(r: Reader, commitSha: string | undefined): ReleaseSettings {
  if (!commitSha) throw new LivepatchError('GITHUB_SHA must be set (run inside GitHub Actions)')
  return {
    patchesDir: r.text('patchesDir') ?? 'patches',
    module: r.required('module', 'the signed .ko'),
    moduleSha256: r.text('moduleSha256')?.toLowerCase() || undefined,
    functionsFile: r.text('functionsFile') || undefined,
    supersetReport: r.text('supersetReport') || undefined,
    buildSummary: r.text('buildSummary') || undefined,
    measurements: { text: r.text('measurements') || undefined, label: r.label('measurements') },
    deployRecord: r.text('deployRecord') || undefined,
    commitSha
  }
}

/** A file the release may go without: missing is a warning, unreadable an error. */
async function optionalFile(
  path: string | undefined,
  what: string,
  report: Reporter
): Promise<Buffer | undefined> {
  if (!path) return undefined
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      report.warning(`${what} '${path}' does not exist; the release goes without it`)
      return undefined
    }
    throw new LivepatchError(`cannot read ${what} '${path}': ${(error as Error).message}`)
  }
}

/** A JSON object of VM → measurement, from the record's rows or the measurements text. */
function measurementsFrom(
  record: Buffer | undefined,
  recordPath: string | undefined,
  text: ReleaseSettings['measurements']
): Record<string, unknown> | undefined {
  if (record) {
    let rows: unknown
    try {
      rows = (JSON.parse(record.toString('utf8')) as { results?: unknown }).results
    } catch {
      rows = undefined
    }
    if (!Array.isArray(rows))
      throw new LivepatchError(
        `${recordPath}: not a deploy record (expected the deploy job's deploy-results-<module>.json)`
      )
    const measured = new Map<string, unknown>()
    for (const [index, row] of rows.entries()) {
      if (typeof row !== 'object' || row === null || Array.isArray(row))
        throw new LivepatchError(
          `${recordPath}: results[${index}] is not a VM's row (expected an object with id and measurement)`
        )
      const { id, measurement } = row as { id?: unknown; measurement?: unknown }
      if (typeof id === 'string' && measurement !== undefined) measured.set(id, measurement)
    }
    return Object.fromEntries(measured)
  }
  if (!text.text) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(text.text)
  } catch {
    parsed = undefined
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new LivepatchError(
      `invalid ${text.label}: expected the deploy step's measurements JSON (an object of VM → measurement)`
    )
  return parsed as Record<string, unknown>
}

export interface ReleaseOutcome extends ReleaseResult {
  commitSha: string
}

export async function runRelease(
  settings: ReleaseSettings,
  api: ReleaseApi,
  report: Reporter
): Promise<ReleaseOutcome> {
  const { readHistory } = await import('../patches/history.js')
  const { readModuleArtifact } = await import('../deploy/deploy.js')
  const { parseFunctionsJson, changedFunctions } = await import('../build/functions.js')
  const { publishRelease, releaseTag, renderNotes } = await import('../release/release.js')
  const history = await readHistory(settings.patchesDir)
  const latest = history.patches[history.patches.length - 1]
  if (!latest) throw new LivepatchError(`no patches in ${settings.patchesDir}`)
  const module = await readModuleArtifact(settings.module)
  // The module the sign job signed, and nothing else, is released.
  if (settings.moduleSha256 && module.sha256 !== settings.moduleSha256)
    throw new LivepatchError(
      `${module.path} has sha256 ${module.sha256}, but the signed module has ${settings.moduleSha256}: refusing to release a module that is not the one signed and deployed`
    )
  const functionsText = await optionalFile(settings.functionsFile, 'functions.json', report)
  const functions = functionsText
    ? parseFunctionsJson(functionsText.toString('utf8'), 'functions.json')
    : undefined
  const superset =
    (await optionalFile(settings.supersetReport, 'superset report', report))?.toString('utf8') ?? ''
  const buildSummary = await optionalFile(settings.buildSummary, 'build summary', report)
  const record = await optionalFile(settings.deployRecord, 'deploy record', report)
  const measurements = measurementsFrom(record, settings.deployRecord, settings.measurements)
  const name = basename(module.path)
  const assets: ReleaseAsset[] = [
    { name, data: module.bytes, contentType: 'application/octet-stream' },
    {
      name: `${name}.sha256`,
      data: Buffer.from(`${module.sha256}  ${name}\n`),
      contentType: 'text/plain'
    }
  ]
  const json = 'application/json'
  if (functionsText) assets.push({ name: 'functions.json', data: functionsText, contentType: json })
  if (superset)
    assets.push({
      name: 'superset-report.md',
      data: Buffer.from(superset),
      contentType: 'text/markdown'
    })
  if (buildSummary)
    assets.push({ name: 'build-summary.json', data: buildSummary, contentType: json })
  if (record) assets.push({ name: 'deploy-record.json', data: record, contentType: json })
  if (measurements)
    assets.push({
      name: 'golden-measurements.json',
      data: Buffer.from(JSON.stringify(measurements, null, 2) + '\n'),
      contentType: json
    })
  const result = await publishRelease(api, {
    tag: releaseTag(latest.number),
    commitSha: settings.commitSha,
    moduleName: module.name,
    moduleSha256: module.sha256,
    notes: renderNotes({
      moduleName: module.name,
      moduleSha256: module.sha256,
      changedFunctions: functions ? changedFunctions(functions) : [],
      supersetReport: superset,
      measurements: measurements ?? {}
    }),
    assets
  })
  return { ...result, commitSha: settings.commitSha }
}
