// The build job's placement, read from the workflows' YAML: Ubuntu 22.04's userland in a
// container on a supported host, the tree on the large temporary disk, and the old path kept.
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { SETTINGS } from '../../src/app/settings.js'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'

interface Job {
  'runs-on': string
  container?: { image: string; volumes?: string[] }
  steps: { id?: string; uses?: string; run?: string; with?: Record<string, string> }[]
}
const read = (name: string) =>
  parse(readFileSync(join(REPO_ROOT, '.github/workflows', name), 'utf8')) as {
    on: { workflow_call?: { inputs: Record<string, { default?: string }> } }
    jobs: Record<string, Job>
  }

describe('the build job', () => {
  const livepatch = read('livepatch.yml')
  const inputs = livepatch.on.workflow_call!.inputs
  const build = livepatch.jobs.build

  test('runs in an ubuntu:22.04 container on ubuntu-24.04 by default', () => {
    expect(build['runs-on']).toBe('${{ fromJSON(inputs.build-runs-on) }}')
    expect(JSON.parse(inputs['build-runs-on'].default!)).toBe('ubuntu-24.04')
    expect(build.container?.image).toBe('${{ inputs.build-container }}')
    expect(inputs['build-container'].default).toBe('ubuntu:22.04')
  })

  test('builds on the host temporary disk, mounted into the container', () => {
    expect(build.container?.volumes).toEqual(['/mnt:/mnt'])
    // Empty: the step chooses /mnt/livepatch-build inside a container, else RUNNER_TEMP (a
    // self-hosted builder, or the rehearsal, which runs steps on this machine).
    expect(inputs['build-work-dir'].default).toBe('')
    const step = build.steps.find(s => s.id === 'workdir')!
    expect(step.run).toContain('WORK_DIR=/mnt/livepatch-build')
    const out = join(tempDir('workdir-').dir, 'output')
    writeFileSync(out, '')
    execFileSync('bash', ['-c', step.run!], {
      env: {
        PATH: process.env.PATH,
        WORK_DIR: '',
        CONTAINER_ID: '',
        RUNNER_TEMP: '/runner/temp',
        GITHUB_OUTPUT: out
      }
    })
    expect(readFileSync(out, 'utf8')).toBe('dir=/runner/temp/livepatch-build\n')
    const action = build.steps.find(s => s.with?.command === 'build')!
    expect(action.with!['work-dir']).toBe('${{ steps.workdir.outputs.dir }}')
  })

  test("kpatch-targets reaches the action, with the action's default", () => {
    const action = build.steps.find(s => s.with?.command === 'build')!
    expect(action.with!['kpatch-targets']).toBe('${{ inputs.kpatch-targets }}')
    const actionYml = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    expect(inputs['kpatch-targets'].default).toBe(actionYml.inputs['kpatch-targets'].default)
    expect(inputs['kpatch-targets'].default).toBe(SETTINGS.kpatchTargets.default)
  })

  test('the selftest builds the same way', () => {
    const selftest = read('selftest.yml').jobs.build
    expect(selftest['runs-on']).toBe('ubuntu-24.04')
    expect(selftest.container?.image).toBe('ubuntu:22.04')
    expect(selftest.container?.volumes).toEqual(['/mnt:/mnt'])
  })
})
