// The rehearsal engine's GitHub semantics on a small workflow (test/rehearse/engine-fixture.ts,
// run through tsx): outputs only through `outputs:`, GITHUB_ENV between steps, a summary file
// per step, a fresh workspace per job, artifacts by name, environment secrets only in the job
// that names the environment and only on a branch it allows, the status functions, pins.
import { beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'

interface Ran {
  record: { jobs: Record<string, { result: string; outputs: Record<string, string> }> }
  logs: Record<string, string>
}
let ran: Ran

beforeAll(() => {
  const dir = tempDir('livepatch-engine-')
  const child = spawnSync(
    join(REPO_ROOT, 'node_modules/.bin/tsx'),
    [join(REPO_ROOT, 'test/rehearse/engine-fixture.ts'), dir.dir],
    { encoding: 'utf8', timeout: 120_000 }
  )
  dir.cleanup()
  if (child.status !== 0) throw new Error(`engine fixture failed: ${child.stderr}`)
  ran = JSON.parse(child.stdout) as Ran
}, 130_000)

const job = (id: string) => ran.record.jobs[id]

describe('the rehearsal engine', () => {
  test('job outputs only through outputs:; a step output not declared does not reach needs', () => {
    expect(job('first')).toEqual({ result: 'success', outputs: { kept: 'from-first' } })
    expect(job('second').outputs.kept).toBe('from-first')
    expect(job('second').outputs.dropped).toBe('')
  })

  test('GITHUB_ENV carries to later steps; each step has its own summary file, gathered per job', () => {
    // the fixture's second step fails unless FOO is set and its own summary file is empty
    expect(job('first').result).toBe('success')
    expect(ran.logs['first.summary.md']).toBe("# first's summary\n")
  })

  test('a fresh workspace per job, artifacts by name within the run', () => {
    expect(job('second').outputs.fresh).toBe('yes')
    expect(job('second').outputs.artifact).toBe('payload')
  })

  test('environment secrets only in the job that names the environment, on an allowed branch', () => {
    expect(job('in-environment').outputs.secret).toBe('true')
    expect(job('outside-environment').outputs.secret).toBe('false')
    expect(job('locked-environment').result).toBe('failure')
    expect(ran.logs['locked-environment.log']).toContain(
      'Branch "main" is not allowed to deploy to release-only due to environment protection rules.'
    )
    expect(ran.logs['locked-environment.log']).not.toContain('should not run')
  })

  test('status functions: a failed step skips the rest but not if: failure(); needs of a failed job are skipped', () => {
    expect(job('fails').result).toBe('failure')
    expect(ran.logs['fails.log']).toContain('cleanup ran')
    expect(ran.logs['fails.log']).not.toContain('skipped after a failure\n')
    expect(job('after-failure').result).toBe('skipped')
    expect(job('on-failure').result).toBe('success')
  })

  test('a third-party action not pinned to a full SHA fails its job', () => {
    expect(job('unpinned').result).toBe('failure')
    expect(ran.logs['unpinned.log']).toContain(
      'actions/checkout@v4 is not pinned to a full commit SHA'
    )
  })
})
