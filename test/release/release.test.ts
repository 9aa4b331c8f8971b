// The bundled action's `command: release` against a local GitHub REST server, with the real
// Octokit client (@actions/github) pointed at it through GITHUB_API_URL.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runBundledActionAsync } from '../helpers/run.js'
import { startGitHubServer, type GitHubState } from '../helpers/servers/github.js'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'
import { deployFixture, type DeployFixture } from '../deploy/fixture.js'

const TOKEN = 'ghs_testtoken0123456789'
const SHA = '0123456789abcdef0123456789abcdef01234567'
let work: { dir: string; cleanup: () => void }
let fx: DeployFixture
let gh: GitHubState
let patches: string

beforeAll(async () => {
  work = tempDir()
  fx = await deployFixture(work.dir)
  gh = await startGitHubServer('acme', 'cvm-patches', TOKEN)
  patches = join(work.dir, 'patches')
  mkdirSync(patches)
  copyFileSync(
    join(REPO_ROOT, 'patches/0001-meminfo-debug.patch'),
    join(patches, '0001-meminfo-debug.patch')
  )
  copyFileSync(
    join(REPO_ROOT, 'patches/0002-xt-comment-debug.patch'),
    join(patches, '0002-xt-comment-debug.patch')
  )
  writeFileSync(
    join(work.dir, 'functions.json'),
    JSON.stringify({
      module: 'livepatch-0002-xt-comment-debug',
      kernelRelease: fx.release,
      objects: { 'meminfo.o': { changed: ['meminfo_proc_show'], new: [] } }
    })
  )
  writeFileSync(join(work.dir, 'report.md'), '0002 contains every change of 0001: pass\n')
}, 120_000)
afterAll(async () => {
  await gh?.close()
  await fx?.agent.close()
  work.cleanup()
})

const run = (module: string) =>
  runBundledActionAsync(
    work.dir,
    {
      command: 'release',
      'patches-dir': patches,
      module,
      'github-token': TOKEN,
      'functions-file': join(work.dir, 'functions.json'),
      'superset-report': join(work.dir, 'report.md'),
      measurements: JSON.stringify({ 'cvm-a': { golden_measurement: { pcrs: { '16': 'ab' } } } })
    },
    { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/cvm-patches', GITHUB_SHA: SHA }
  )

describe('action command: release', () => {
  test('creates the annotated tag on the deployed commit and the release with its assets', async () => {
    const ran = await run(fx.modules.current)
    expect(ran.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
    expect(ran.status).toBe(0)
    expect(ran.outputs['release-tag']).toBe('livepatch-0002')
    const [tag] = [...gh.tags.values()]
    expect(tag).toMatchObject({ tag: 'livepatch-0002', object: SHA })
    expect(gh.refs.get('refs/tags/livepatch-0002')).toBeDefined()
    const [release] = gh.releases
    expect(release.assets.map(a => a.name).sort()).toEqual([
      'current.ko',
      'current.ko.sha256',
      'functions.json',
      'golden-measurements.json',
      'superset-report.md'
    ])
    const ko = release.assets.find(a => a.name === 'current.ko')
    expect(ko?.data.equals(readFileSync(fx.modules.current))).toBe(true)
    const sha = createHash('sha256').update(readFileSync(fx.modules.current)).digest('hex')
    expect(release.assets.find(a => a.name === 'current.ko.sha256')?.data.toString()).toBe(
      `${sha}  current.ko\n`
    )
    expect(release.body).toContain(sha)
    expect(release.body).toContain('meminfo.o: meminfo_proc_show')
    expect(release.body).toContain('cvm-a')
  })

  test('re-running with the same module is a no-op', async () => {
    const before = gh.requests.length
    const ran = await run(fx.modules.current)
    expect(ran.status).toBe(0)
    expect(ran.summary).toContain('Already released (no-op)')
    expect(gh.releases).toHaveLength(1)
    expect(gh.requests.slice(before).filter(r => r.startsWith('POST'))).toEqual([])
  })

  test('a different module under an existing tag is refused', async () => {
    const ran = await run(fx.modules.previous)
    expect(ran.status).toBe(1)
    expect(ran.stdout).toMatch(
      /already exists with module sha256 .* a different module under an existing tag is refused/
    )
    expect(gh.releases).toHaveLength(1)
  })
})

describe('action command: release at fleet scale, from the deploy record', () => {
  let fleet: GitHubState
  beforeAll(async () => {
    fleet = await startGitHubServer('acme', 'fleet-patches', TOKEN)
  })
  afterAll(async () => {
    await fleet?.close()
  })
  const release = (record: string) =>
    runBundledActionAsync(
      work.dir,
      {
        command: 'release',
        'patches-dir': patches,
        module: fx.modules.current,
        'github-token': TOKEN,
        'superset-report': join(work.dir, 'report.md'),
        'deploy-record': record
      },
      { GITHUB_API_URL: fleet.url, GITHUB_REPOSITORY: 'acme/fleet-patches', GITHUB_SHA: SHA }
    )

  test("10,000 VMs: every measurement in golden-measurements.json, the record attached, the notes within GitHub's limit", async () => {
    const results = Array.from({ length: 10_000 }, (_, k) => ({
      vm: `cvm-${k}`,
      id: `i-${String(k).padStart(17, '0')}`,
      status: 'applied',
      message: 'Livepatch successfully applied and measured into PCR 16.',
      measurement: { golden_measurement: { pcrs: { '16': k.toString(16).padStart(64, '0') } } }
    }))
    const file = join(work.dir, 'deploy-results-fleet.json')
    writeFileSync(file, JSON.stringify({ version: 1, provider: 'aws', results }))
    const ran = await release(file)
    expect(ran.status).toBe(0)
    const [made] = fleet.releases
    const asset = (name: string) => made.assets.find(a => a.name === name)?.data
    expect(asset('deploy-record.json')?.equals(readFileSync(file))).toBe(true)
    const golden = JSON.parse(asset('golden-measurements.json')!.toString()) as Record<
      string,
      unknown
    >
    expect(Object.keys(golden)).toHaveLength(10_000)
    expect(golden['i-00000000000009999']).toEqual(results[9999].measurement)
    expect(made.body.length).toBeLessThan(125_000)
    expect(made.body).toContain('… and 9950 more VMs')
  })

  test('a file that is not a deploy record is refused, naming it (exit 2)', async () => {
    const file = join(work.dir, 'not-a-record.json')
    writeFileSync(file, '{"counts": {}}')
    const ran = await release(file)
    expect(ran.status).toBe(2)
    expect(ran.stdout).toContain(`${file}: not a deploy record`)
  })

  test('a record with a row that is not an object is refused, naming the file and the row (exit 2)', async () => {
    const file = join(work.dir, 'bad-row.json')
    writeFileSync(file, JSON.stringify({ results: [{ id: 'i-1', measurement: 'ab' }, null] }))
    const ran = await release(file)
    expect(ran.status).toBe(2)
    expect(ran.stdout).toContain(`${file}: results[1] is not a VM's row`)
  })
})
