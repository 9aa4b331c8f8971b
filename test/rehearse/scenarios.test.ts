// The whole pipeline rehearsed as GitHub runs it (npm run rehearse): main.yml from an adopter
// repository, the reusable livepatch.yml it calls at a pinned SHA, job by job, through dist/.
// Each scenario runs once (in a child process: GitHub's workflow parser loads as plain ESM
// there) and its rehearsal.json, logs and release files are checked.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'

interface Rehearsal {
  seconds: number
  runs: {
    jobs: Record<string, { result: string; outputs: Record<string, string> }>
    release: { tag: string; assets: Record<string, string> } | null
    agents: Record<string, { sha256: string; ok: boolean }[]>
  }[]
}

// LIVEPATCH_REHEARSAL_OUT keeps the rehearsal's files (CI uploads them when a test fails).
const kept = process.env.LIVEPATCH_REHEARSAL_OUT
const out = kept ? { dir: kept, cleanup: () => undefined } : tempDir('livepatch-rehearsal-')
const SCENARIOS = ['default', 'drop-function', 'refuse', 'redeploy'] as const
const results = new Map<string, Rehearsal>()
const dir = (scenario: string) => join(out.dir, scenario)
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const log = (scenario: string, run: number, job: string) =>
  readFileSync(join(dir(scenario), 'runs', String(run), 'jobs', `livepatch__${job}.log`), 'utf8')
const results_ = (scenario: string, run: number) =>
  Object.fromEntries(
    Object.entries((results.get(scenario) as Rehearsal).runs[run - 1].jobs).map(([id, j]) => [
      id,
      j.result
    ])
  )

beforeAll(() => {
  const ran = spawnSync(
    join(REPO_ROOT, 'node_modules/.bin/tsx'),
    [join(REPO_ROOT, 'scripts/rehearse.ts'), '--out', out.dir, '--scenario', 'all'],
    { cwd: REPO_ROOT, encoding: 'utf8', timeout: 45 * 60_000 }
  )
  if (ran.status !== 0)
    throw new Error(`rehearsal failed (${ran.status}):\n${ran.stdout}\n${ran.stderr}`)
  process.stdout.write(ran.stdout)
  for (const scenario of SCENARIOS)
    results.set(
      scenario,
      JSON.parse(readFileSync(join(dir(scenario), 'rehearsal.json'), 'utf8')) as Rehearsal
    )
}, 46 * 60_000)
afterAll(() => out.cleanup())

const ALL = ['livepatch', 'check', 'releases', 'build', 'sign', 'deploy', 'release']
const success = (jobs: string[]) => Object.fromEntries(jobs.map(j => [j, 'success']))

describe('rehearsal: default (two pushes to main)', () => {
  test('run 1 releases livepatch-0001: first release, the function gate skipped and said so', () => {
    const run = (results.get('default') as Rehearsal).runs[0]
    expect(results_('default', 1)).toEqual(success(ALL))
    expect(run.release?.tag).toBe('livepatch-0001')
    expect(run.jobs.releases.outputs['previous-tag']).toBe('')
    expect(log('default', 1, 'build')).toContain(
      'no earlier livepatch-NNNN release: this is the first, the function gate is skipped'
    )
  })

  test("run 2 releases livepatch-0002, gated by 0001's functions, holding 0001 as the roll-back target", () => {
    const [first, second] = (results.get('default') as Rehearsal).runs
    expect(results_('default', 2)).toEqual(success(ALL))
    expect(second.release?.tag).toBe('livepatch-0002')
    expect(second.jobs.releases.outputs['previous-tag']).toBe('livepatch-0001')
    expect(second.jobs.releases.outputs['previous-sha256']).toBe(first.jobs.sign.outputs.sha256)
    expect(log('default', 2, 'build')).toContain(
      'every function livepatch-0001 patched must be patched again'
    )
    // The deploy step was given 0001's module as previous-module.
    expect(log('default', 2, 'deploy')).toMatch(
      /with previous-module: \S*\/releases\/previous\/livepatch-0001-cmdline\.ko\n/
    )
  })

  test('the release carries a superset report naming both patches, and its .ko is what sign signed and every VM runs', () => {
    const run = (results.get('default') as Rehearsal).runs[1]
    const assets = run.release?.assets ?? {}
    const report = readFileSync(join(dir('default'), assets['superset-report.md']), 'utf8')
    expect(report).toContain('patches/0002-cmdline-version.patch')
    expect(report).toContain('patches/0001-cmdline.patch')
    expect(report).toMatch(/livepatch check: pass/)
    const ko = sha256(join(dir('default'), assets['livepatch-0002-cmdline-version.ko']))
    expect(ko).toBe(run.jobs.sign.outputs.sha256)
    expect(ko).not.toBe(run.jobs.build.outputs.sha256) // signed, not the unsigned build
    expect(Object.keys(run.agents).sort()).toEqual(['cvm-a', 'cvm-b', 'cvm-c'])
    for (const uploads of Object.values(run.agents))
      expect(uploads).toEqual([{ sha256: ko, ok: true }])
  })

  test("the deploy record travels as an artifact to the release: every VM's row, and its measurements", () => {
    const run = (results.get('default') as Rehearsal).runs[1]
    expect(run.jobs.deploy.outputs['results-artifact']).toBe('deploy-record')
    const assets = run.release?.assets ?? {}
    const record = JSON.parse(
      readFileSync(join(dir('default'), assets['deploy-record.json']), 'utf8')
    ) as {
      module: { sha256: string }
      results: { vm: string; status: string; measurement?: unknown }[]
    }
    expect(record.module.sha256).toBe(run.jobs.sign.outputs.sha256)
    expect(record.results.map(r => [r.vm, r.status]).sort()).toEqual([
      ['cvm-a', 'applied'],
      ['cvm-b', 'applied'],
      ['cvm-c', 'applied']
    ])
    const golden = JSON.parse(
      readFileSync(join(dir('default'), assets['golden-measurements.json']), 'utf8')
    ) as Record<string, unknown>
    expect(Object.keys(golden)).toHaveLength(3)
    expect(Object.values(golden)).toEqual(record.results.map(r => r.measurement))
  })

  test('the private repository cannot attest: a warning, and the release is made all the same', () => {
    const release = log('default', 2, 'release')
    expect(release).toMatch(/::warning title=attestation skipped::/)
    expect(release).toMatch(/step attest: failure \(continue-on-error\)/)
  })

  test('environment secrets only in the jobs that name the environment; the key never in a log', () => {
    expect(log('default', 2, 'sign')).toContain('environment: livepatch-signing')
    expect(log('default', 2, 'deploy')).toContain('environment: production')
    for (const job of ['check', 'releases', 'build', 'release'])
      expect([job, log('default', 2, job)]).toEqual([
        job,
        expect.not.stringContaining('environment:')
      ])
    const key = readFileSync(join(dir('default'), 'keys/livepatch.key'), 'utf8')
    const line = key.split('\n')[1]
    for (const job of ['sign', 'deploy']) expect(log('default', 2, job)).not.toContain(line)
  })
})

describe('rehearsal: drop-function (the second build patches fewer functions)', () => {
  test('the build fails at the gate, naming the function; sign, deploy and release are skipped', () => {
    expect(results_('drop-function', 2)).toEqual({
      livepatch: 'failure',
      check: 'success',
      releases: 'success',
      build: 'failure',
      sign: 'skipped',
      deploy: 'skipped',
      release: 'skipped'
    })
    const run = (results.get('drop-function') as Rehearsal).runs[1]
    expect(run.release).toBeNull()
    expect(log('drop-function', 2, 'build')).toMatch(/no longer patches cmdline_proc_show/)
    for (const uploads of Object.values(run.agents)) expect(uploads).toEqual([])
  })
})

describe('rehearsal: refuse (the agents refuse the second module)', () => {
  test('deploy fails, the previous release is put back automatically, no release is made', () => {
    const [first, second] = (results.get('refuse') as Rehearsal).runs
    expect(results_('refuse', 2)).toMatchObject({
      build: 'success',
      sign: 'success',
      deploy: 'failure',
      release: 'skipped'
    })
    expect(second.release).toBeNull()
    const previous = first.jobs.sign.outputs.sha256
    const refused = second.jobs.sign.outputs.sha256
    // The canary takes the new module, refuses it, gets 0001 back; the rollout stops there.
    const touched = Object.values(second.agents).filter(u => u.length > 0)
    expect(touched).toEqual([
      [
        { sha256: refused, ok: false },
        { sha256: previous, ok: true }
      ]
    ])
  })
})

describe('rehearsal: redeploy (a manual run after the two releases)', () => {
  test("no build job runs, the agents receive livepatch-0002's released module again, no new tag", () => {
    const runs = (results.get('redeploy') as Rehearsal).runs
    expect(results_('redeploy', 3)).toEqual({
      livepatch: 'success',
      check: 'skipped',
      releases: 'success',
      build: 'skipped',
      sign: 'skipped',
      deploy: 'success',
      release: 'skipped'
    })
    expect(runs[2].release).toBeNull()
    expect(runs[2].jobs.releases.outputs['deploy-tag']).toBe('livepatch-0002')
    expect(runs[2].jobs.releases.outputs['previous-tag']).toBe('livepatch-0001')
    const released = runs[1].jobs.sign.outputs.sha256
    for (const uploads of Object.values(runs[2].agents))
      expect(uploads).toEqual([{ sha256: released, ok: true }])
  })

  test('a dispatch from another branch does nothing: the caller job is skipped', () => {
    const run = (results.get('redeploy') as Rehearsal).runs[3]
    expect(run.jobs.livepatch.result).toBe('skipped')
    expect(Object.keys(run.jobs)).toEqual(['livepatch'])
    for (const uploads of Object.values(run.agents)) expect(uploads).toEqual([])
  })
})

describe('rehearsal: the adopter repository', () => {
  test("its main.yml is this repository's example, only the pinned SHA moved to the commit under test", () => {
    const adopted = readFileSync(
      join(dir('default'), 'repos/cvm-fleet/.github/workflows/main.yml'),
      'utf8'
    )
    const example = readFileSync(join(REPO_ROOT, '.github/workflows/main.yml'), 'utf8')
    const pinned = /livepatch\.yml@([0-9a-f]{40})/.exec(example)?.[1] as string
    const tested = /livepatch\.yml@([0-9a-f]{40})/.exec(adopted)?.[1] as string
    const actionRepo = join(dir('default'), 'repos/livepatch-action')
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: actionRepo, encoding: 'utf8' })
    expect(tested).toBe(head.stdout.trim())
    expect(adopted).toBe(example.split(pinned).join(tested))
  })
})
