// The Reporter port (src/app/ports.ts) for the CLI: everything but the result goes to stderr, so
// stdout stays the table or the JSON. `quiet` keeps only warnings and errors (--json).
import type { Reporter, Where } from '../app/ports.js'
import type { CliIo } from './args.js'

const at = (where?: Where): string =>
  where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : ''

export function cliReporter(io: CliIo, quiet = false): Reporter {
  return {
    info: text => {
      if (!quiet) io.stderr(`${text}\n`)
    },
    warning: (text, where) => io.stderr(`warning: ${at(where)}${text}\n`),
    error: (text, where) => io.stderr(`error: ${at(where)}${text}\n`),
    group: async (title, run) => {
      if (!quiet) io.stderr(`== ${title}\n`)
      return run()
    },
    detail: (title, text) => io.stderr(`== ${title}\n${text}\n`),
    // The CLI prints no secret at all; there is no log to mask.
    mask: () => undefined
  }
}
