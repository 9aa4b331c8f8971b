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
