/**
 * The one error base every stage throws. A door maps `kind` to an exit code: `error` is bad
 * input or environment (exit 2), `fail` is a verdict against the change (exit 1).
 */
export type ProblemKind = 'error' | 'fail'

export class LivepatchError extends Error {
  readonly kind: ProblemKind
  constructor(message: string, kind: ProblemKind = 'error') {
    super(message)
    this.name = new.target.name
    this.kind = kind
  }
}

/** Message of anything thrown, including non-Error values. */
export function errorMessage(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message
  if (typeof thrown === 'string') return thrown
  // An Error from another realm (a vm context, a worker) fails instanceof but has its message.
  const message = (thrown as { message?: unknown } | null)?.message
  if (typeof message === 'string') return message
  try {
    return JSON.stringify(thrown)
  } catch {
    return String(thrown)
  }
}

/**
 * An input's value as a message may quote it: only something shaped like a path or a short
 * identifier. Anything else — PEM blocks, base64 runs, multi-line text — may be key material
 * pasted into the wrong input, and is never echoed.
 */
export function quotable(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (value.length > 256 || /[\u0000-\u001f\u007f]/.test(value)) return undefined
  if (/-----BEGIN|PRIVATE KEY/.test(value)) return undefined
  // A long base64-like run may be key material; a long path is not (judged segment by segment:
  // /home/runner/work/my-livepatches/my-livepatches/keys/livepatch.crt is a path).
  const base64Run = /[A-Za-z0-9+=_-]{48,}/
  if (value.split('/').some(segment => base64Run.test(segment))) return undefined
  if (/[A-Za-z0-9+/=]{48,}/.test(value) && /[+=]/.test(value)) return undefined
  return value
}

/** `'value'` when quotable, else a note that it is withheld. */
export function quoted(value: string): string {
  const shown = quotable(value)
  return shown === undefined
    ? '(value not shown: it is not a path and may be secret)'
    : `'${shown}'`
}
