// The compiler that will build: the first line of the local `gcc --version` (what kpatch-build's
// compiler check and the preflight compare with the config's CONFIG_CC_VERSION_TEXT).
import { runStreaming } from './run.js'

/** First line of `gcc --version` on PATH, or undefined when there is no gcc (or it fails). */
export async function localGccVersion(env: Record<string, string>): Promise<string | undefined> {
  let first: string | undefined
  try {
    const { code } = await runStreaming('gcc', ['--version'], {
      env,
      line: line => (first ??= line)
    })
    return code === 0 ? first : undefined
  } catch {
    return undefined // not installed
  }
}
