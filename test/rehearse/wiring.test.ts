// The workflow's wiring pieces on their own: the sha256 check between jobs, the releases job's
// script against the local GitHub REST server (curl + jq, as on a runner), and the release
// command refusing a module that is not the one sign reported.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { testLivepatchModule } from '../helpers/kmod.js'
import { runBundledActionAsync } from '../helpers/run.js'
import { startGitHubServer, type GitHubState } from '../helpers/servers/github.js'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'

const TOKEN = 'ghs_wiring_test_token'
let work: { dir: string; cleanup: () => void }
let github: GitHubState
const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

beforeAll(async () => {
  work = tempDir()
  github = await startGitHubServer('team', 'fleet', TOKEN)
})
afterAll(async () => {
  await github.close()
  work.cleanup()
})

/** Run a script as a step would, without blocking this process (the GitHub server lives here). */
async function script(name: string, args: string[], env: Record<string, string>) {
  const output = join(work.dir, `output-${Math.random().toString(16).slice(2)}`)
  writeFileSync(output, '')
  const child = spawn('bash', [join(REPO_ROOT, 'scripts', name), ...args], {
    env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, ...env }
  })
  let text = ''
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
  const status = await new Promise<number | null>(resolve => child.on('close', resolve))
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
  )
  return { status, text, outputs }
}

describe('verify-sha256.sh: one sha256 between jobs', () => {
  test('the module the job before reported passes, with its path and sha256 as outputs', async () => {
    const file = join(work.dir, 'm.ko')
    writeFileSync(file, 'module bytes')
    const ran = await script('verify-sha256.sh', [file, sha('module bytes'), 'build'], {})
    expect(ran.status).toBe(0)
    expect(ran.outputs).toEqual({ path: file, sha256: sha('module bytes') })
  })

  test('another module is refused, naming both sha256s; no output is written', async () => {
    const file = join(work.dir, 'other.ko')
    writeFileSync(file, 'other bytes')
    const ran = await script(
      'verify-sha256.sh',
      [file, sha('module bytes'), "the build job's module"],
      {}
    )
    expect(ran.status).toBe(1)
    expect(ran.text).toContain(
      `has sha256 ${sha('other bytes')}, but the build job's module has ${sha('module bytes')}`
    )
    expect(ran.outputs).toEqual({})
  })

  test('an empty expected sha256 (a job output wired wrong) is refused, not skipped', async () => {
    const file = join(work.dir, 'm.ko')
    const ran = await script('verify-sha256.sh', [file, '', 'sign'], {})
    expect(ran.status).toBe(1)
    expect(ran.text).toContain('no sha256 for sign')
  })
})

function addRelease(
  tag: string,
  module: string,
  bytes: Buffer,
  extra: Record<string, string> = {}
) {
  github.releases.push({
    id: github.releases.length + 1,
    tag_name: tag,
    name: tag,
    body: '',
    assets: [
      {
        name: `${module}.ko`,
        size: bytes.length,
        data: bytes,
        contentType: 'application/octet-stream'
      },
      {
        name: `${module}.ko.sha256`,
        size: 0,
        data: Buffer.from(`${extra.sha256 ?? sha(bytes)}  ${module}.ko\n`),
        contentType: 'text/plain'
      },
      ...(extra.functions
        ? [
            {
              name: 'functions.json',
              size: 0,
              data: Buffer.from(extra.functions),
              contentType: 'application/json'
            }
          ]
        : [])
    ]
  })
}

describe('find-releases.sh: the previous release and the one to redeploy, from the repository', () => {
  const env = (extra: Record<string, string>) => ({
    GH_TOKEN: TOKEN,
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'team/fleet',
    OUT: join(work.dir, `releases-${Math.random().toString(16).slice(2)}`),
    ...extra
  })

  test('no release yet: nothing to roll back to, no function gate', async () => {
    const ran = await script(
      'find-releases.sh',
      [],
      env({ OPERATION: 'deploy', CURRENT: 'livepatch-0001-a' })
    )
    expect(ran.status).toBe(0)
    expect(ran.outputs['previous-tag']).toBe('')
    expect(ran.outputs['previous-functions']).toBe('false')
  })

  test('the newest release below the one being made, downloaded and checked', async () => {
    addRelease('livepatch-0001', 'livepatch-0001-a', Buffer.from('one'), {
      functions: '{"objects":{}}'
    })
    addRelease('livepatch-0003', 'livepatch-0003-c', Buffer.from('three'))
    addRelease('v1.0', 'unrelated', Buffer.from('x'))
    const e = env({ OPERATION: 'deploy', CURRENT: 'livepatch-0002-b' })
    const ran = await script('find-releases.sh', [], e)
    expect(ran.status).toBe(0)
    expect(ran.outputs['previous-tag']).toBe('livepatch-0001')
    expect(ran.outputs['previous-sha256']).toBe(sha('one'))
    expect(ran.outputs['previous-functions']).toBe('true')
    expect(readFileSync(join(e.OUT, 'previous/livepatch-0001-a.ko'), 'utf8')).toBe('one')
  })

  test('redeploy without a tag: the newest release, and the one below it as roll-back target', async () => {
    const e = env({ OPERATION: 'redeploy' })
    const ran = await script('find-releases.sh', [], e)
    expect(ran.status).toBe(0)
    expect(ran.outputs['deploy-tag']).toBe('livepatch-0003')
    expect(ran.outputs['deploy-module-name']).toBe('livepatch-0003-c')
    expect(ran.outputs['deploy-sha256']).toBe(sha('three'))
    expect(ran.outputs['previous-tag']).toBe('livepatch-0001')
  })

  test('a rollback needs its tag; an unknown tag is named', async () => {
    const none = await script('find-releases.sh', [], env({ OPERATION: 'rollback' }))
    expect(none.status).toBe(1)
    expect(none.text).toContain('a rollback needs release-tag')
    const unknown = await script(
      'find-releases.sh',
      [],
      env({ OPERATION: 'rollback', RELEASE_TAG: 'livepatch-0009' })
    )
    expect(unknown.status).toBe(1)
    expect(unknown.text).toContain('release-tag livepatch-0009: no such release')
  })

  test('a release whose .ko does not match its own .ko.sha256 is refused', async () => {
    addRelease('livepatch-0004', 'livepatch-0004-d', Buffer.from('four'), {
      sha256: sha('not four')
    })
    const ran = await script(
      'find-releases.sh',
      [],
      env({ OPERATION: 'redeploy', RELEASE_TAG: 'livepatch-0004' })
    )
    expect(ran.status).toBe(1)
    expect(ran.text).toContain('livepatch-0004-d.ko does not match its livepatch-0004-d.ko.sha256')
  })
})

describe('action command: release refuses a module that is not the one sign reported', () => {
  test('module-sha256 differs: exit 2, nothing tagged or released', async () => {
    const patches = join(work.dir, 'patches')
    mkdirSync(patches, { recursive: true })
    writeFileSync(
      join(patches, '0001-x.patch'),
      readFileSync(join(REPO_ROOT, 'test/build/patches/0001-cmdline.patch'))
    )
    const module = testLivepatchModule('livepatch_0001_x')
    const ran = await runBundledActionAsync(
      work.dir,
      {
        command: 'release',
        'patches-dir': patches,
        module,
        'module-sha256': sha('something else'),
        'github-token': TOKEN
      },
      { GITHUB_REPOSITORY: 'team/fleet', GITHUB_SHA: 'a'.repeat(40), GITHUB_API_URL: github.url }
    )
    expect(ran.status).toBe(2)
    expect(ran.stdout).toContain(
      `has sha256 ${sha(readFileSync(module))}, but the signed module has ${sha('something else')}`
    )
    expect(github.refs.size).toBe(0)
    expect(github.requests.filter(r => r.startsWith('POST'))).toEqual([])
  })
})
