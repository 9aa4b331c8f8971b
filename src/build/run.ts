// Run a build tool, streaming its stdout and stderr line by line (node:readline per stream, so a
// partial line of one stream is never spliced into the other's) and keeping a bounded tail.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { LivepatchError } from '../errors.js'

export interface RunOptions {
  env: Record<string, string>
  cwd?: string
  line?: (line: string) => void
  /** Characters of output kept (default 200,000: a kernel build prints tens of thousands of lines). */
  tail?: number
  /** Said after "cannot run COMMAND: …" when the program cannot be started. */
  hint?: string
}

/** Run a command; resolves with its exit code and the tail of its output. */
export function runStreaming(
  command: string,
  args: string[],
  options: RunOptions
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const keep = options.tail ?? 200_000
    let output = ''
    const onLine = (line: string): void => {
      output = (output + line + '\n').slice(-keep)
      options.line?.(line)
    }
    let open = 2
    let code: number | undefined
    const finish = (): void => {
      if (open === 0 && code !== undefined) resolve({ code, output })
    }
    for (const stream of [child.stdout, child.stderr]) {
      const lines = createInterface({ input: stream, crlfDelay: Infinity })
      lines.on('line', onLine)
      lines.on('close', () => {
        open--
        finish()
      })
    }
    child.on('error', error =>
      reject(
        new LivepatchError(
          `cannot run ${command}: ${error.message}${options.hint ? ` (${options.hint})` : ''}`
        )
      )
    )
    child.on('close', exit => {
      code = exit ?? 1
      finish()
    })
  })
}
