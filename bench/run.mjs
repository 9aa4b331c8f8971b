// `npm run bench`: every benchmark prints its own numbers and its ratio against the peer
// measured in the same run. Run after `npm run bundle` (it measures dist/, what users run).
import { spawnSync } from 'node:child_process'
import { runCheckBench } from './check.mjs'
import { runKernelBench } from './kernel.mjs'
import { runSignBench } from './sign.mjs'

const only = process.argv[2]
// The deploy bench uses the test servers (TypeScript): it runs through tsx in its own process.
const runDeployBench = () => {
  const result = spawnSync('npx', ['tsx', 'bench/deploy.ts'], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`deploy bench failed (exit ${result.status}): see above`)
}
const benches = {
  check: runCheckBench,
  sign: runSignBench,
  deploy: runDeployBench,
  kernel: runKernelBench
}
for (const [name, bench] of Object.entries(benches)) {
  if (only && only !== name) continue
  console.log(`\n## ${name}`)
  await bench()
}
