// `npm run bench`: every benchmark prints its own numbers and its ratio against the peer
// measured in the same run. Run after `npm run bundle` (it measures dist/, what users run).
import { runCheckBench } from './check.mjs'
import { runSignBench } from './sign.mjs'

const only = process.argv[2]
const benches = { check: runCheckBench, sign: runSignBench }
for (const [name, bench] of Object.entries(benches)) {
  if (only && only !== name) continue
  console.log(`\n## ${name}`)
  await bench()
}
