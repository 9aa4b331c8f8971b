// `command: release` — tag and GitHub release through Octokit (@actions/github). Needs
// `contents: write`, and only this job of the workflow has it.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseFunctionsJson } from '../build/functions.js'
import { readModuleArtifact } from '../deploy/deploy.js'
import { LivepatchError } from '../errors.js'
import { readHistory } from '../patches/history.js'
import {
  publishRelease,
  releaseTag,
  renderNotes,
  type ExistingRelease,
  type ReleaseApi,
  type ReleaseAsset
} from '../release/release.js'
import { Inputs, Outputs, maskSecret, type ActionInputs } from './inputs.js'

type Octokit = ReturnType<typeof github.getOctokit>

function octokitApi(octokit: Octokit, owner: string, repo: string): ReleaseApi {
  const notFound = (error: unknown): boolean => (error as { status?: number }).status === 404
  const toRelease = (data: {
    id: number
    body?: string | null
    upload_url: string
    assets?: { name: string }[]
  }): ExistingRelease => ({
    id: data.id,
    body: data.body ?? '',
    uploadUrl: data.upload_url,
    assets: (data.assets ?? []).map(a => a.name)
  })
  return {
    async getTagRef(tag) {
      try {
        const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `tags/${tag}` })
        return { sha: data.object.sha }
      } catch (error) {
        if (notFound(error)) return null
        throw error
      }
    },
    async createAnnotatedTag(tag, message, commitSha) {
      const { data } = await octokit.rest.git.createTag({
        owner,
        repo,
        tag,
        message,
        object: commitSha,
        type: 'commit'
      })
      await octokit.rest.git.createRef({ owner, repo, ref: `refs/tags/${tag}`, sha: data.sha })
    },
    async getReleaseByTag(tag) {
      try {
        return toRelease((await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data)
      } catch (error) {
        if (notFound(error)) return null
        throw error
      }
    },
    async createRelease(tag, name, body) {
      return toRelease(
        (await octokit.rest.repos.createRelease({ owner, repo, tag_name: tag, name, body })).data
      )
    },
    async uploadAsset(release, asset) {
      await octokit.rest.repos.uploadReleaseAsset({
        owner,
        repo,
        release_id: release.id,
        name: asset.name,
        url: release.uploadUrl,
        data: asset.data as unknown as string,
        headers: { 'content-type': asset.contentType, 'content-length': asset.data.length }
      })
    }
  }
}

async function optionalFile(path: string, what: string): Promise<Buffer | undefined> {
  if (!path) return undefined
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      core.warning(`${what} '${path}' does not exist; the release goes without it`)
      return undefined
    }
    throw new LivepatchError(`cannot read ${what} '${path}': ${(error as Error).message}`)
  }
}

export async function runRelease(inputs: ActionInputs): Promise<number> {
  const token = core.getInput(Inputs.GithubToken)
  if (!token) throw new LivepatchError(`Input required and not supplied: ${Inputs.GithubToken}`)
  maskSecret(token)
  if (!inputs.module)
    throw new LivepatchError(`Input required and not supplied: ${Inputs.Module} (the signed .ko)`)
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  const commitSha = process.env.GITHUB_SHA
  if (!owner || !repo || !commitSha)
    throw new LivepatchError(
      'GITHUB_REPOSITORY and GITHUB_SHA must be set (run inside GitHub Actions)'
    )
  const history = await readHistory(inputs.patchesDir)
  const latest = history.patches[history.patches.length - 1]
  if (!latest) throw new LivepatchError(`no patches in ${inputs.patchesDir}`)
  const module = await readModuleArtifact(inputs.module)
  // The module the sign job signed, and nothing else, is released.
  const expected = core.getInput(Inputs.ModuleSha256).trim().toLowerCase()
  if (expected && !/^[0-9a-f]{64}$/.test(expected))
    throw new LivepatchError(
      `Invalid input '${Inputs.ModuleSha256}': expected 64 hex digits (the sign job's sha256 output)`
    )
  if (expected && module.sha256 !== expected)
    throw new LivepatchError(
      `${module.path} has sha256 ${module.sha256}, but the signed module has ${expected} (input '${Inputs.ModuleSha256}'): refusing to release a module that is not the one signed and deployed`
    )
  const functionsText = await optionalFile(
    core.getInput(Inputs.FunctionsFileInput),
    'functions.json'
  )
  const functions = functionsText
    ? parseFunctionsJson(functionsText.toString('utf8'), 'functions.json')
    : undefined
  const report =
    (await optionalFile(core.getInput(Inputs.SupersetReport), 'superset report'))?.toString(
      'utf8'
    ) ?? ''
  const buildSummary = await optionalFile(core.getInput(Inputs.BuildSummary), 'build summary')
  const measurementsText = core.getInput(Inputs.MeasurementsInput)
  let measurements: Record<string, unknown> = {}
  if (measurementsText) {
    try {
      measurements = JSON.parse(measurementsText) as Record<string, unknown>
    } catch {
      throw new LivepatchError(
        `Invalid input '${Inputs.MeasurementsInput}': expected the deploy step's measurements JSON`
      )
    }
  }
  const assets: ReleaseAsset[] = [
    { name: basename(module.path), data: module.bytes, contentType: 'application/octet-stream' },
    {
      name: `${basename(module.path)}.sha256`,
      data: Buffer.from(`${module.sha256}  ${basename(module.path)}\n`),
      contentType: 'text/plain'
    }
  ]
  if (functionsText)
    assets.push({ name: 'functions.json', data: functionsText, contentType: 'application/json' })
  if (report)
    assets.push({
      name: 'superset-report.md',
      data: Buffer.from(report),
      contentType: 'text/markdown'
    })
  if (buildSummary)
    assets.push({ name: 'build-summary.json', data: buildSummary, contentType: 'application/json' })
  if (measurementsText)
    assets.push({
      name: 'golden-measurements.json',
      data: Buffer.from(JSON.stringify(measurements, null, 2) + '\n'),
      contentType: 'application/json'
    })
  const changed = Object.entries(functions?.objects ?? {}).flatMap(([object, e]) =>
    e.changed.map(f => `${object}: ${f}`)
  )
  const tag = releaseTag(latest.number)
  const octokit = github.getOctokit(token, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com'
  })
  const result = await publishRelease(octokitApi(octokit, owner, repo), {
    tag,
    commitSha,
    moduleName: module.name,
    moduleSha256: module.sha256,
    notes: renderNotes({
      moduleName: module.name,
      moduleSha256: module.sha256,
      changedFunctions: changed,
      supersetReport: report,
      measurements
    }),
    assets
  })
  core.setOutput(Outputs.ReleaseTag, result.tag)
  await core.summary
    .addHeading('livepatch release', 2)
    .addRaw(
      `${result.created ? 'Created' : 'Already released (no-op)'}: \`${result.tag}\` on \`${commitSha}\`; assets uploaded: ${result.uploaded.join(', ') || 'none'}\n`
    )
    .write()
  return 0
}
