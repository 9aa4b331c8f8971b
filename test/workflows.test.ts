// Security properties of the workflows, read from their YAML: what a careless edit must not undo.
import { describe, expect, test } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from './helpers/tmp.js'

const DIR = join(REPO_ROOT, '.github/workflows')
interface Job {
  'runs-on'?: string
  uses?: string
  environment?: string | { name: string }
  permissions?: Record<string, string> | string
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  secrets?: unknown
  steps?: { uses?: string; with?: Record<string, unknown>; run?: string }[]
}
interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, Job>
}
const files = readdirSync(DIR).filter(n => n.endsWith('.yml'))
const workflows = files.map(name => ({
  name,
  text: readFileSync(join(DIR, name), 'utf8'),
  doc: parse(readFileSync(join(DIR, name), 'utf8')) as Workflow
}))
const livepatch = workflows.find(w => w.name === 'livepatch.yml') as (typeof workflows)[number]

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
    expect(Object.keys(livepatch.doc.jobs)).toEqual(['check', 'build', 'sign', 'deploy', 'release'])
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
})
