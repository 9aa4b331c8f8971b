// Bundle entry of the CLI (dist/cli.js). Exits explicitly once output is flushed, so an open
// handle (a retried HTTP request, a timer) can never keep Node alive after the work is done.
import { runCli } from '../cli.js'

const code = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env
})
process.stdout.write('', () => process.exit(code))
