// Small, named stand-ins for the third-party actions the workflows pin. Each does what the
// action does that the next steps depend on, on this machine: checkout clones the local
// repository, the artifact actions copy to and from a folder of the run, the cloud logins
// export the variables the SDKs read (pointed at the local wire-protocol servers), attest
// records what it was asked to attest.
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Run } from './engine.js'
import { git, resolveRef } from './git.js'

export interface StandInContext {
  run: Run
  inputs: Record<string, string>
  workspace: string
  temp: string
  env: Record<string, string>
  permissions: Record<string, string>
  log(text: string): void
  setOutput(name: string, value: string): void
  exportVariable(name: string, value: string): void
}

export interface StandIn {
  what: string
  run(context: StandInContext): Promise<number>
}

const fail = (context: StandInContext, message: string): number => {
  context.log(`##[error]${message}`)
  return 1
}

const within = (workspace: string, path: string): string =>
  isAbsolute(path) ? path : resolve(workspace, path)

const checkout: StandIn = {
  what: 'a clone of the local repository at the ref',
  async run(c) {
    const repository = c.inputs.repository || c.run.world.repository
    const source = c.run.world.repos.get(repository)
    if (!source)
      return fail(c, `repository ${repository}: not found (no local copy in the rehearsal)`)
    const own = repository === c.run.world.repository
    const ref = c.inputs.ref || (own ? c.run.event.sha : c.run.world.defaultBranch)
    let sha: string
    try {
      sha = resolveRef(source, ref)
    } catch {
      return fail(c, `A branch or tag with the name '${ref}' could not be found in ${repository}`)
    }
    const path = within(c.workspace, c.inputs.path || '.')
    if (relative(c.workspace, path).startsWith('..'))
      return fail(c, `Repository path '${path}' is not under '${c.workspace}'`)
    rmSync(path, { recursive: true, force: true })
    mkdirSync(path, { recursive: true })
    const depth = Number(c.inputs['fetch-depth'] || '1')
    const branch =
      own && ref === c.run.event.sha ? c.run.event.ref.replace(/^refs\/heads\//, '') : ''
    git(path, 'init', '-q')
    git(path, 'remote', 'add', 'origin', `file://${source}`)
    const fetch = ['fetch', '-q', '--no-tags', ...(depth > 0 ? [`--depth=${depth}`] : []), 'origin']
    if (depth > 0) git(path, ...fetch, `+${sha}:refs/remotes/origin/${branch || 'checkout'}`)
    else
      git(
        path,
        ...fetch.filter(a => a !== '--no-tags'),
        '+refs/heads/*:refs/remotes/origin/*',
        '+refs/tags/*:refs/tags/*'
      )
    if (branch) git(path, 'checkout', '-q', '--force', '-B', branch, sha)
    else git(path, 'checkout', '-q', '--force', '--detach', sha)
    if (c.inputs['persist-credentials'] !== 'false')
      c.log('(persist-credentials: the token would be kept in .git/config)')
    c.log(
      `checked out ${repository} at ${sha}${depth > 0 ? ` (depth ${depth})` : ' (full history)'} into ${relative(c.workspace, path) || '.'}`
    )
    return 0
  }
}

function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path]
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile())
    .map(e => join(e.parentPath, e.name))
}

const upload: StandIn = {
  what: 'copy into the run-scoped artifact folder',
  async run(c) {
    const name = c.inputs.name || 'artifact'
    const target = join(c.run.artifacts, name)
    if (existsSync(target) && c.inputs.overwrite !== 'true')
      return fail(
        c,
        `Failed to CreateArtifact: Received non-retryable error: (409) Conflict: an artifact with this name already exists on the workflow run`
      )
    const paths = (c.inputs.path ?? '')
      .split('\n')
      .map(p => p.trim())
      .filter(Boolean)
    if (paths.some(p => /[*?[]/.test(p)))
      return fail(c, `the stand-in does not expand globs: ${paths.join(', ')}`)
    const present = paths.map(p => within(c.workspace, p)).filter(p => existsSync(p))
    const files = present.flatMap(filesUnder)
    if (files.length === 0) {
      const mode = c.inputs['if-no-files-found'] || 'warn'
      const message = `No files were found with the provided path: ${paths.join(', ')}. No artifacts will be uploaded.`
      if (mode === 'error') return fail(c, message)
      if (mode === 'warn') c.log(`##[warning]${message}`)
      else c.log(message)
      return 0
    }
    // The root is the least common ancestor of the paths given (a single folder: itself).
    const dirs = present.map(p => (statSync(p).isDirectory() ? p : dirname(p)))
    let root = dirs[0]
    while (!dirs.every(d => d === root || d.startsWith(root + sep))) root = dirname(root)
    rmSync(target, { recursive: true, force: true })
    for (const file of files) {
      const to = join(target, relative(root, file))
      mkdirSync(dirname(to), { recursive: true })
      cpSync(file, to)
    }
    c.log(`Artifact ${name} uploaded: ${files.length} file(s)`)
    c.setOutput('artifact-id', String(readdirSync(c.run.artifacts).length))
    return 0
  }
}

const download: StandIn = {
  what: 'copy from the run-scoped artifact folder',
  async run(c) {
    const name = c.inputs.name
    if (!name) return fail(c, 'the stand-in downloads one artifact by name')
    const source = join(c.run.artifacts, name)
    if (!existsSync(source))
      return fail(c, `Unable to download artifact(s): Artifact not found for name: ${name}`)
    const path = within(c.workspace, c.inputs.path || '.')
    mkdirSync(path, { recursive: true })
    cpSync(source, path, { recursive: true })
    c.log(`Artifact ${name} downloaded to ${path}`)
    c.setOutput('download-path', path)
    return 0
  }
}

const needsIdToken = (c: StandInContext): string | undefined =>
  c.env.ACTIONS_ID_TOKEN_REQUEST_URL && c.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    ? undefined
    : 'GitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job. This most likely means the GitHub Actions workflow permissions are incorrect (id-token: write).'

const googleAuth: StandIn = {
  what: 'an external-account credentials file for the local GCP server (OIDC token exchange)',
  async run(c) {
    const problem = needsIdToken(c)
    if (problem) return fail(c, `google-github-actions/auth failed with: ${problem}`)
    if (!c.inputs.workload_identity_provider)
      return fail(
        c,
        'google-github-actions/auth failed with: the GitHub Action workflow must specify exactly one of "workload_identity_provider" or "credentials_json"!'
      )
    const tokenUrl = c.run.world.clouds.gcpTokenUrl
    if (!tokenUrl) return fail(c, 'the rehearsal has no GCP server')
    const subject = join(c.temp, 'oidc-token')
    writeFileSync(subject, 'header.payload.signature')
    const file = join(c.workspace, `gha-creds-${c.run.id}.json`)
    writeFileSync(
      file,
      JSON.stringify({
        type: 'external_account',
        audience: `//iam.googleapis.com/${c.inputs.workload_identity_provider}`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: tokenUrl,
        credential_source: { file: subject }
      })
    )
    for (const name of [
      'GOOGLE_APPLICATION_CREDENTIALS',
      'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE',
      'GOOGLE_GHA_CREDS_PATH'
    ])
      c.exportVariable(name, file)
    const project = c.inputs.project_id
    if (project)
      for (const name of [
        'CLOUDSDK_CORE_PROJECT',
        'CLOUDSDK_PROJECT',
        'GCLOUD_PROJECT',
        'GCP_PROJECT',
        'GOOGLE_CLOUD_PROJECT'
      ])
        c.exportVariable(name, project)
    c.setOutput('credentials_file_path', file)
    c.setOutput('project_id', project)
    c.log(`Created credentials file for ${c.inputs.service_account || 'the workload identity'}`)
    return 0
  }
}

const awsCredentials: StandIn = {
  what: 'static credentials and region for the local AWS server',
  async run(c) {
    const problem = needsIdToken(c)
    if (problem) return fail(c, `Credentials could not be loaded: ${problem}`)
    if (!c.inputs['aws-region']) return fail(c, 'Input required and not supplied: aws-region')
    for (const [k, v] of Object.entries({
      AWS_ACCESS_KEY_ID: 'AKIAREHEARSAL',
      AWS_SECRET_ACCESS_KEY: 'rehearsal-secret',
      AWS_SESSION_TOKEN: 'rehearsal-session',
      AWS_REGION: c.inputs['aws-region'],
      AWS_DEFAULT_REGION: c.inputs['aws-region']
    }))
      c.exportVariable(k, v)
    return 0
  }
}

const azureLogin: StandIn = {
  what: 'not rehearsed (the scenarios use GCP)',
  async run(c) {
    return fail(c, 'azure/login is not rehearsed')
  }
}

const attest: StandIn = {
  what: 'records the subject (a private repository without Enterprise Cloud cannot attest)',
  async run(c) {
    const problem = needsIdToken(c)
    if (problem) return fail(c, problem)
    if (c.permissions.attestations !== 'write')
      return fail(c, 'Resource not accessible by integration (attestations: write)')
    if (c.run.world.private)
      return fail(
        c,
        `Failed to persist attestation: Feature not available for the ${c.run.world.repository.split('/')[0]} organization. To enable this feature, please upgrade to GitHub Enterprise Cloud.`
      )
    const subject = within(c.workspace, c.inputs['subject-path'] ?? '')
    const sha256 = createHash('sha256').update(readFileSync(subject)).digest('hex')
    c.run.world.attestations.push({ subject, sha256 })
    c.setOutput('attestation-id', String(c.run.world.attestations.length))
    return 0
  }
}

/** By action (owner/repo[/path]); the pinned SHA is checked by the engine. */
export const STAND_INS: Record<string, StandIn> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': upload,
  'actions/download-artifact': download,
  'google-github-actions/auth': googleAuth,
  'aws-actions/configure-aws-credentials': awsCredentials,
  'azure/login': azureLogin,
  'actions/attest-build-provenance': attest
}
