// npm run rehearse -- --out DIR [--scenario default|drop-function|refuse|redeploy|all]
// Runs the example caller main.yml from an adopter repository, with the reusable livepatch.yml
// it calls, job by job on this machine (see scripts/rehearse/). Needs dist/ (npm run bundle).
// Writes DIR/rehearsal.json (with --scenario all: DIR/<scenario>/rehearsal.json) and each job's
// log and summary under DIR/runs/N/jobs/. Exit 0 when every scenario ran (whatever its jobs'
// results: the tests judge them), 2 for bad arguments or a rehearsal that could not run.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { SCENARIOS, rehearse, type Scenario } from './rehearse/scenarios.js'

const { values } = parseArgs({
  options: { out: { type: 'string' }, scenario: { type: 'string', default: 'default' } }
})
const names = values.scenario === 'all' ? [...SCENARIOS] : [values.scenario]
if (!values.out || names.some(n => !(SCENARIOS as readonly string[]).includes(n ?? ''))) {
  console.error(`usage: npm run rehearse -- --out DIR [--scenario ${SCENARIOS.join('|')}|all]`)
  process.exit(2)
}
if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.js'))) {
  console.error(
    'dist/index.js is missing: run `npm run bundle` first (the rehearsal runs the bundled action)'
  )
  process.exit(2)
}
const out = resolve(values.out)
try {
  for (const name of names as Scenario[]) {
    const dir = names.length > 1 ? join(out, name) : out
    const result = await rehearse(name, dir)
    const line = result.runs
      .map(
        (run, i) =>
          `run ${i + 1}: ${Object.entries(run.jobs)
            .map(([id, j]) => `${id} ${j.result}`)
            .join(', ')}; release ${run.release?.tag ?? 'none'}`
      )
      .join(' | ')
    console.log(`${name} (${result.seconds} s): ${line}`)
    console.log(`  ${join(dir, 'rehearsal.json')}`)
  }
} catch (error) {
  console.error(`rehearsal: ${(error as Error).stack ?? error}`)
  process.exit(2)
}
