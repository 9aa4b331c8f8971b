// One small retry helper used by every network call (deploy and the remote signing keys): bounded
// attempts, exponential backoff.
export interface RetryOptions {
  attempts: number
  baseDelayMs: number
  /** Should this failure be tried again? */
  retryable: (error: unknown) => boolean
  onRetry?: (error: unknown, attempt: number) => void
}

export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions
): Promise<T> {
  let lastError: unknown
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      lastError = error
      if (attempt === options.attempts || !options.retryable(error)) throw error
      options.onRetry?.(error, attempt)
      await new Promise(resolve => setTimeout(resolve, options.baseDelayMs * 2 ** (attempt - 1)))
    }
  }
  throw lastError
}
