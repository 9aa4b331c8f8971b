// `command: release` — tag and GitHub release through Octokit (@actions/github). Needs
// `contents: write`, and only this job of the workflow has it.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { releaseSettings, runRelease } from '../app/release.js'
import { LivepatchError } from '../errors.js'
import type { ExistingRelease, ReleaseApi } from '../release/release.js'
import { Outputs, actionReader } from './inputs.js'
import { actionReporter } from './reporter.js'

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

export async function runReleaseCommand(): Promise<number> {
  const r = actionReader()
  const token = r.required('githubToken', '')
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo)
    throw new LivepatchError('GITHUB_REPOSITORY must be set (run inside GitHub Actions)')
  const settings = releaseSettings(r, process.env.GITHUB_SHA)
  const octokit = github.getOctokit(token, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com'
  })
  const result = await runRelease(settings, octokitApi(octokit, owner, repo), actionReporter())
  core.setOutput(Outputs.ReleaseTag, result.tag)
  await core.summary
    .addHeading('livepatch release', 2)
    .addRaw(
      `${result.created ? 'Created' : 'Already released (no-op)'}: \`${result.tag}\` on \`${result.commitSha}\`; assets uploaded: ${result.uploaded.join(', ') || 'none'}\n`
    )
    .write()
  return 0
}
