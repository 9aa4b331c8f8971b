// GitHub's size limits at fleet scale: a job's outputs are at most 1 MB (counted as UTF-16) and a
// step summary 1 MiB. A 10,000-VM deploy through the bundled action keeps both, with every VM's
// row and measurement in the record file. To keep npm test quick, 1,000 of the VMs take the module
// through the agent emulator and 9,000 have only a private address (one lookup, then a row each
// that needs a person); the rendering is also driven with 10,000 synthetic worst-case rows.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { boundedJson, deployRecord, OUTPUT_SAFE_CHARS } from '../../src/deploy/record.js'
import type { DeployResult, DeployStatus } from '../../src/deploy/types.js'
import {
  renderDeploySummary,
  SUMMARY_ROW_CAP,
  SUMMARY_TABLE_CHARS
} from '../../src/render/deploy.js'
import { runBundledActionAsync } from '../helpers/run.js'
import { startAwsServer, type CloudServer } from '../helpers/servers/cloud.js'
import { startArtifactService, unzip } from '../helpers/servers/results-service.js'
import { tempDir } from '../helpers/tmp.js'
import { deployFixture, TOKEN, type DeployFixture } from './fixture.js'

const MB = 1_000_000
const MiB = 1024 * 1024
/** GitHub approximates output size as UTF-16: two bytes a character here. */
const outputBytes = (outputs: Record<string, string>): number =>
  Object.entries(outputs).reduce((n, [k, v]) => n + 2 * (k.length + v.length), 0)

function row(k: number, status: DeployStatus, message: string): DeployResult {
  return {
    vm: `cvm-${String(k).padStart(5, '0')}`,
    id: `i-${k.toString(16).padStart(17, '0')}`,
    status,
    module: 'livepatch_0002_cloud',
    sha256: 'ab'.repeat(32),
    kernel: '6.15.2-automata',
    active: status === 'applied' ? ['livepatch_0002_cloud'] : [],
    transitionSeconds: null,
    message,
    ...(status === 'applied'
      ? { measurement: { golden_measurement: { pcrs: { '16': 'cd'.repeat(32) } } } }
      : {})
  }
}

describe('the rendering and output layer, 10,000 synthetic rows', () => {
  test('every VM failed with a long message: the summary lists the first rows and counts the rest', () => {
    const results = Array.from({ length: 10_000 }, (_, k) =>
      row(k, 'refused', `agent did not apply the module (HTTP 500): |<b> ${'x'.repeat(5000)}`)
    )
    const summary = renderDeploySummary(results, 'livepatch deploy', { record: 'the artifact' })
    expect(Buffer.byteLength(summary)).toBeLessThan(MiB / 4)
    expect(summary).toContain('| refused | 10000 |')
    expect(summary).toContain('### Needs a person: 10000 VMs')
    expect(summary.split('\n').filter(l => l.startsWith('| cvm-')).length).toBe(SUMMARY_ROW_CAP)
    expect(summary).toContain(`… and ${10_000 - SUMMARY_ROW_CAP} more in the artifact.`)
    // A hostile reply cannot break the table or inject markup.
    expect(summary).not.toContain('<b>')
    expect(summary).toContain('\\|&lt;b&gt;')
  })

  test('rows made of characters that grow when escaped still fit: the table stops at its share', () => {
    const results = Array.from({ length: 10_000 }, (_, k) => ({
      ...row(k, 'failed', '&'.repeat(5000)),
      vm: '&'.repeat(255),
      active: ['&'.repeat(300)]
    }))
    const summary = renderDeploySummary(results, 'livepatch deploy', { record: 'the file' })
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_TABLE_CHARS + 4096)
    const listed = summary.split('\n').filter(l => l.startsWith('| &amp;')).length
    expect(listed).toBeGreaterThan(0)
    expect(listed).toBeLessThan(SUMMARY_ROW_CAP)
    expect(summary).toContain(`… and ${10_000 - listed} more in the file.`)
  })

  test('every VM applied: no per-VM rows in the summary; results and measurements leave the outputs', () => {
    const results = Array.from({ length: 10_000 }, (_, k) => row(k, 'applied', 'ok'))
    const summary = renderDeploySummary(results, 'livepatch deploy')
    expect(summary).toContain('| applied | 10000 |')
    expect(summary).toContain('Every VM runs the module.')
    expect(summary).not.toContain('| cvm-')
    expect(boundedJson(results)).toBeUndefined()
    expect(boundedJson(results.slice(0, 10))).toBe(JSON.stringify(results.slice(0, 10)))
    const record = deployRecord('aws', { name: 'm', sha256: 'h' }, results)
    expect(record.counts).toMatchObject({ total: 10_000, applied: 10_000, refused: 0 })
    expect(JSON.stringify(record).length).toBeGreaterThan(OUTPUT_SAFE_CHARS)
  })
})

describe('a 10,000-VM deploy through the bundled action', () => {
  let work: { dir: string; cleanup: () => void }
  let fx: DeployFixture
  let aws: CloudServer
  const PUBLIC = 1_000
  const TOTAL = 10_000

  beforeAll(async () => {
    work = tempDir()
    fx = await deployFixture(work.dir)
    aws = await startAwsServer()
    // Sorted by name, the reachable VMs come first (the canary is one of them).
    for (let k = 0; k < TOTAL; k++) {
      const reachable = k < PUBLIC
      aws.vms.push({
        name: `${reachable ? 'a' : 'b'}-cvm-${String(k).padStart(5, '0')}`,
        ...(reachable ? { ip: '127.0.0.1' } : { privateIp: '10.1.0.9' }),
        labels: { fleet: 'big' }
      })
    }
  }, 120_000)
  afterAll(async () => {
    await aws?.close()
    await fx?.agent.close()
    work.cleanup()
  })

  /** The action's deploy inputs against the local EC2 server and the agent emulator. */
  const deployInputs = (extra: Record<string, string>): Record<string, string> => ({
    command: 'deploy',
    provider: 'aws',
    module: fx.modules.current,
    'signing-cert': fx.cert,
    'kernel-release': fx.release,
    'agent-tokens': TOKEN,
    'agent-cert-sha256': fx.agent.fingerprint,
    'agent-port': String(fx.agent.port),
    endpoint: aws.url,
    ...extra
  })

  test('every output stays under 1 MB, the summary under 1 MiB, every VM is in the record file', async () => {
    const ran = await runBundledActionAsync(
      work.dir,
      deployInputs({
        selector: 'fleet=big',
        canary: '1',
        'max-concurrency': '50',
        'max-errors': '100%'
      }),
      { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'eu-west-1' }
    )
    expect(ran.stderr).toBe('')
    expect(ran.status).toBe(1) // 9,000 VMs could not be reached
    expect(outputBytes(ran.outputs)).toBeLessThan(MB)
    expect(Buffer.byteLength(ran.summary)).toBeLessThan(MiB)
    expect(JSON.parse(ran.outputs.counts)).toEqual({
      total: TOTAL,
      applied: PUBLIC,
      'already-active': 0,
      refused: 0,
      failed: 0,
      stuck: 0,
      unreachable: TOTAL - PUBLIC,
      skipped: 0
    })
    // Too large for outputs: empty, with a notice naming the file.
    expect(ran.outputs.results).toBe('')
    expect(ran.outputs.measurements).toBe('')
    expect(ran.stdout).toMatch(/::notice title=livepatch deploy::10000 VMs: the per-VM results/)
    expect(ran.outputs['results-artifact']).toBe('') // no artifact service outside GitHub
    const record = JSON.parse(readFileSync(ran.outputs['results-file'], 'utf8')) as {
      counts: { total: number }
      results: DeployResult[]
    }
    expect(ran.outputs['results-file'].startsWith(work.dir)).toBe(true) // under RUNNER_TEMP
    expect(record.results).toHaveLength(TOTAL)
    expect(new Set(record.results.map(r => r.id)).size).toBe(TOTAL)
    const applied = record.results.filter(r => r.status === 'applied')
    expect(applied).toHaveLength(PUBLIC)
    expect(applied.every(r => r.measurement !== undefined)).toBe(true)
    expect(record.results[PUBLIC].message).toMatch(
      /has no public address; use address-kind: private/
    )
    // The summary: totals, then the capped rows that need a person.
    expect(ran.summary).toContain(`| unreachable | ${TOTAL - PUBLIC} |`)
    expect(ran.summary.split('\n').filter(l => l.startsWith('| b-cvm-')).length).toBe(
      SUMMARY_ROW_CAP
    )
    expect(ran.summary).toContain(`… and ${TOTAL - PUBLIC - SUMMARY_ROW_CAP} more in`)
    // Annotations are capped too (GitHub shows 10 errors per step).
    expect(ran.stdout.split('\n').filter(l => l.startsWith('::error')).length).toBe(12) // 10 + "N more" + setFailed
  }, 300_000)

  /** The bundled action's deploy to `targets` with the runner's artifact service on loopback. */
  const deployWithService = (
    service: Awaited<ReturnType<typeof startArtifactService>>,
    targets: string,
    extra: Record<string, string> = {}
  ) =>
    runBundledActionAsync(work.dir, deployInputs({ targets, ...extra }), {
      AWS_ACCESS_KEY_ID: 'AKIDTEST',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_REGION: 'eu-west-1',
      ACTIONS_RUNTIME_TOKEN: service.token,
      ACTIONS_RESULTS_URL: `${service.url}/`
    })

  test("with the runner's artifact service, the record is uploaded as an artifact and named in the outputs", async () => {
    const service = await startArtifactService()
    try {
      const ran = await deployWithService(service, 'a-cvm-00000, a-cvm-00001')
      expect(ran.status).toBe(0)
      const name = 'livepatch-deploy-results-livepatch_0002_cloud'
      expect(ran.outputs['results-artifact']).toBe(name)
      expect(ran.summary).toContain(`artifact ${name}`)
      const files = unzip(service.artifacts.get(name) as Buffer)
      const file = ran.outputs['results-file']
      expect([...files.keys()]).toEqual([basename(file)])
      expect(files.get(basename(file))?.toString('utf8')).toBe(readFileSync(file, 'utf8'))
      // Small enough: the rows are in the outputs too.
      expect(JSON.parse(ran.outputs.results)).toHaveLength(2)
    } finally {
      await service.close()
    }
  })

  test('upload-record: false (the reusable workflow uploads it as deploy-record): the service gets nothing', async () => {
    const service = await startArtifactService()
    try {
      const ran = await deployWithService(service, 'a-cvm-00000', { 'upload-record': 'false' })
      expect(ran.status).toBe(0)
      expect(ran.outputs['results-artifact']).toBe('')
      expect(service.artifacts.size).toBe(0)
      // The record file is still written: the caller uploads it.
      expect(JSON.parse(readFileSync(ran.outputs['results-file'], 'utf8')).results).toHaveLength(1)
    } finally {
      await service.close()
    }
  })
})
