// Security properties of the workflows, read from their YAML: what a careless edit must not undo.
import { describe, expect, test } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from './helpers/tmp.js'

const DIR = join(REPO_ROOT, '.github/workflows')
interface Step {
  id?: string
  name?: string
  if?: string
  uses?: string
  with?: Record<string, unknown>
  needs?: string[] | string
  outputs?: Record<string, string>
  env?: Record<string, string>
  run?: string
  'continue-on-error'?: boolean
}
interface Job {
  'runs-on'?: string
  if?: string
  uses?: string
  with?: Record<string, unknown>
  needs?: string[] | string
  outputs?: Record<string, string>
  environment?: string | { name: string }
  permissions?: Record<string, string> | string
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  secrets?: unknown
  steps?: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  concurrency?: unknown
  jobs: Record<string, Job>
}
const files = readdirSync(DIR).filter(n => n.endsWith('.yml'))
const workflows = files.map(name => ({
  name,
  text: readFileSync(join(DIR, name), 'utf8'),
  doc: parse(readFileSync(join(DIR, name), 'utf8')) as Workflow
}))
const byName = (name: string) => workflows.find(w => w.name === name) as (typeof workflows)[number]
const livepatch = byName('livepatch.yml')
const main = byName('main.yml')
const steps = (job: string): Step[] => livepatch.doc.jobs[job].steps ?? []
const step = (job: string, id: string): Step => steps(job).find(s => s.id === id) ?? ({} as Step)

describe('workflow security properties', () => {
  test('the reusable workflow and both example callers exist', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'livepatch.yml',
        'pull-request.yml',
        'main.yml',
        'ci.yml',
        'selftest.yml'
      ])
    )
    expect(Object.keys(livepatch.doc.on)).toEqual(['workflow_call'])
    expect(Object.keys(livepatch.doc.jobs)).toEqual([
      'check',
      'releases',
      'build',
      'sign',
      'deploy',
      'release'
    ])
  })

  test.each(workflows.map(w => [w.name, w] as const))(
    '%s: every job sets permissions',
    (_name, workflow) => {
      for (const [id, job] of Object.entries(workflow.doc.jobs))
        expect([id, job.permissions !== undefined]).toEqual([id, true])
    }
  )

  test.each(workflows.map(w => [w.name, w] as const))(
    '%s: every action outside this repository is pinned to a full commit SHA',
    (_name, workflow) => {
      const uses = workflow.text.split('\n').filter(l => /^\s*(-\s+)?uses:/.test(l))
      for (const line of uses) {
        const target = line.replace(/^\s*(-\s+)?uses:\s*/, '').split(/\s+/)[0]
        if (target.startsWith('./')) continue
        expect([target, /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(target)]).toEqual([target, true])
        expect([line, /#\s*v\d/.test(line)]).toEqual([line, true])
      }
    }
  )

  test('no secret is reachable from a pull_request-triggered workflow', () => {
    for (const workflow of workflows.filter(
      w => 'pull_request' in w.doc.on || 'pull_request_target' in w.doc.on
    )) {
      expect('pull_request_target' in workflow.doc.on).toBe(false)
      const secrets = [...workflow.text.matchAll(/secrets\.([A-Za-z_]+)/g)]
        .map(m => m[1])
        .filter(s => s !== 'GITHUB_TOKEN')
      expect([workflow.name, secrets]).toEqual([workflow.name, []])
      expect(workflow.text).not.toMatch(/secrets:\s*inherit/)
      for (const job of Object.values(workflow.doc.jobs)) {
        expect(JSON.stringify(job.permissions)).not.toMatch(/write/)
      }
    }
  })

  test('sign and deploy run inside environments; deploys never race', () => {
    const { sign, deploy } = livepatch.doc.jobs
    expect(sign.environment).toBe('${{ inputs.signing-environment }}')
    expect(deploy.environment).toBe('${{ inputs.environment }}')
    expect(deploy.concurrency).toEqual({
      group: 'livepatch-deploy-${{ inputs.environment }}',
      'cancel-in-progress': false
    })
    expect(deploy.concurrency?.group).not.toContain('github.workflow')
  })

  test('each secret is read only by the job that needs it', () => {
    const readers = (secret: string): string[] =>
      Object.entries(livepatch.doc.jobs)
        .filter(([, job]) => JSON.stringify(job).includes(`secrets.${secret}`))
        .map(([id]) => id)
    expect(readers('LIVEPATCH_SIGNING_KEY')).toEqual(['sign'])
    expect(readers('CVM_AGENT_TOKENS')).toEqual(['deploy'])
  })

  test('least privilege: id-token only where a cloud login or attestation needs it, contents: write only in release', () => {
    const perms = Object.fromEntries(
      Object.entries(livepatch.doc.jobs).map(([id, job]) => [
        id,
        job.permissions as Record<string, string>
      ])
    )
    expect(perms.check).toEqual({ contents: 'read' })
    expect(perms.releases).toEqual({ contents: 'read' })
    expect(perms.build).toEqual({ contents: 'read' })
    expect(perms.sign).toEqual({ contents: 'read', 'id-token': 'write' })
    expect(perms.deploy).toEqual({ contents: 'read', 'id-token': 'write' })
    expect(perms.release).toEqual({ contents: 'write', 'id-token': 'write', attestations: 'write' })
    expect(livepatch.text).toMatch(/^permissions: \{\}$/m)
  })

  test('a KMS signing key: the sign job logs in with OIDC (pinned actions) and needs no key secret', () => {
    const steps = livepatch.doc.jobs.sign.steps ?? []
    const logins = steps.filter(s =>
      /^(aws-actions|google-github-actions|azure)\//.test(s.uses ?? '')
    )
    expect(logins.map(s => [(s as { if?: string }).if, s.uses?.split('@')[0]])).toEqual([
      ["startsWith(inputs.signing-key, 'awskms:')", 'aws-actions/configure-aws-credentials'],
      ["startsWith(inputs.signing-key, 'gcpkms:')", 'google-github-actions/auth'],
      ["startsWith(inputs.signing-key, 'azurekv:')", 'azure/login']
    ])
    // Pinned by SHA, the same pins as the deploy job's logins.
    const deployUses = (livepatch.doc.jobs.deploy.steps ?? []).map(s => s.uses)
    for (const login of logins) {
      expect(login.uses).toMatch(/@[0-9a-f]{40}$/)
      expect(deployUses).toContain(login.uses)
    }
    const sign = steps.find(s => s.uses === './.livepatch-action')
    // The URI wins: with it set, the secret is never read and may be absent.
    expect(sign?.with?.['signing-key']).toBe(
      '${{ inputs.signing-key || secrets.LIVEPATCH_SIGNING_KEY }}'
    )
  })

  test('the action runs on node24', () => {
    const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string }
    }
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  test('sign and deploy refuse any ref but the default branch, in their first step', () => {
    for (const job of ['sign', 'deploy']) {
      const first = steps(job)[0]
      expect(first.env).toEqual({
        REF: '${{ github.ref }}',
        DEFAULT_BRANCH: '${{ github.event.repository.default_branch }}'
      })
      expect(first.run).toMatch(/"\$REF" != "refs\/heads\/\$DEFAULT_BRANCH"/)
      expect(first.run).toMatch(/exit 1/)
    }
    expect(main.doc.jobs.livepatch.if).toBe(
      "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)"
    )
  })

  test('one sha256 from build to release: sign checks build, deploy and release check sign', () => {
    expect(livepatch.doc.jobs.build.outputs).toMatchObject({
      sha256: '${{ steps.build.outputs.sha256 }}'
    })
    expect(step('sign', 'module').env?.EXPECTED).toBe('${{ needs.build.outputs.sha256 }}')
    expect(step('sign', 'module').run).toContain('verify-sha256.sh')
    expect(step('sign', 'sign').with?.module).toBe('${{ steps.module.outputs.path }}')
    expect(step('deploy', 'module').env?.EXPECTED).toContain('needs.sign.outputs.sha256')
    expect(step('deploy', 'module').run).toContain('verify-sha256.sh')
    expect(step('deploy', 'deploy').with?.module).toBe('${{ steps.module.outputs.path }}')
    expect(step('release', 'release').with?.['module-sha256']).toBe(
      '${{ needs.sign.outputs.sha256 }}'
    )
  })

  test("the superset report travels as the file check names, not a later step's summary copy", () => {
    const upload = steps('check').find(s => s.with?.name === 'superset-report')
    expect(upload?.with?.path).toBe('${{ steps.check.outputs.report-file }}')
    expect(livepatch.text).not.toContain('GITHUB_STEP_SUMMARY" "')
  })

  test('the function gate and the roll-back target come from the releases job, not a typed tag', () => {
    expect(step('build', 'build').with?.['previous-functions']).toContain(
      'needs.releases.outputs.previous-functions'
    )
    expect(step('releases', 'find').run).toContain('find-releases.sh')
    expect(step('deploy', 'deploy').with?.['previous-module']).toBe(
      '${{ steps.module.outputs.previous }}'
    )
  })

  test('a redeploy or rollback builds nothing and tags nothing', () => {
    expect(livepatch.doc.jobs.check.if).toBe("inputs.operation == 'deploy'")
    // build, sign and release need check (directly or through build): skipped with it.
    expect(livepatch.doc.jobs.build.needs).toContain('check')
    expect(livepatch.doc.jobs.release.needs).toEqual(['check', 'build', 'sign', 'deploy'])
    expect(livepatch.doc.jobs.release.if).toBeUndefined()
    expect(main.doc.jobs.livepatch.with?.operation).toBe(
      "${{ github.event_name == 'push' && 'deploy' || inputs.operation }}"
    )
    expect(Object.keys(main.doc.jobs)).toEqual(['livepatch'])
  })

  test('the example callers are what an adopter copies: this repository at a pinned SHA', () => {
    const job = main.doc.jobs.livepatch
    expect(job.uses).toMatch(
      /^livepatch-action\/livepatch-action\/\.github\/workflows\/livepatch\.yml@[0-9a-f]{40}$/
    )
    expect(job.with?.['action-repository']).toBe('livepatch-action/livepatch-action')
    expect(job.with?.['action-ref']).toBe(job.uses?.split('@')[1])
    expect(main.text).not.toContain('github.repository }}')
    expect(main.text).not.toContain('github.sha }}')
    const pr = byName('pull-request.yml').doc.jobs.check.steps ?? []
    expect(
      pr.some(s => /^livepatch-action\/livepatch-action@[0-9a-f]{40}$/.test(s.uses ?? ''))
    ).toBe(true)
  })

  test('every deploy input the action has passes through the reusable workflow', () => {
    const inputs = (livepatch.doc.on.workflow_call as { inputs: Record<string, unknown> }).inputs
    for (const name of ['ssm-token-path', 'agent-port', 'endpoint', 'gcp-zone', 'release-tag'])
      expect([name, name in inputs]).toEqual([name, true])
    const deploy = step('deploy', 'deploy').with ?? {}
    for (const name of ['ssm-token-path', 'agent-port', 'endpoint', 'zone'])
      expect([name, String(deploy[name])]).toEqual([name, expect.stringContaining('inputs.')])
    // every input main.yml passes exists on the reusable workflow
    for (const name of Object.keys(main.doc.jobs.livepatch.with ?? {}))
      expect([name, name in inputs]).toEqual([name, true])
  })

  test('the deploy record is uploaded once, by the workflow, under the name release reads', () => {
    // The action's own upload is off: else GitHub stores the record twice.
    expect(step('deploy', 'deploy').with?.['upload-record']).toBe(false)
    expect(step('deploy', 'record').with?.name).toBe('deploy-record')
    expect(step('deploy', 'record').with?.path).toBe('${{ steps.deploy.outputs.results-file }}')
    const download = steps('release').find(
      s => s.uses?.startsWith('actions/download-artifact@') && s.with?.name === 'deploy-record'
    )
    expect(download).toBeDefined()
  })

  test('concurrency is on the deploy job only, not on the caller', () => {
    expect(main.doc.concurrency).toBeUndefined()
    for (const [id, job] of Object.entries(livepatch.doc.jobs))
      expect([id, job.concurrency !== undefined]).toEqual([id, id === 'deploy'])
  })

  test('attestation never stops the release: after it, continue-on-error, with a warning', () => {
    const all = steps('release')
    const attest = all.findIndex(s => s.id === 'attest')
    expect(attest).toBeGreaterThan(all.findIndex(s => s.id === 'release'))
    expect(all[attest]['continue-on-error']).toBe(true)
    expect(all[attest + 1]).toMatchObject({ if: "steps.attest.outcome == 'failure'" })
    expect(all[attest + 1].run).toContain('::warning')
  })
})
