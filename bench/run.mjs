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
// The build benches need a built kpatch (KPATCH_DIR); build-real takes hours: only when named.
const tsx = file => () => {
  const result = spawnSync('npx', ['tsx', file], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${file} failed`)
}
const benches = {
  check: runCheckBench,
  sign: runSignBench,
  deploy: runDeployBench,
  kernel: runKernelBench,
  build: tsx('bench/build-small.ts'),
  'build-real': tsx('bench/build-real.ts')
}
const optIn = new Set(['build-real'])
for (const [name, bench] of Object.entries(benches)) {
  if (only ? only !== name : optIn.has(name)) continue
  console.log(`\n## ${name}`)
  await bench()
}
