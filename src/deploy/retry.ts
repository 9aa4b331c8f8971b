// The retry helper lives beside errors.ts so that sign/ (remote keys) and deploy/ share it.
export { withRetry, type RetryOptions } from '../retry.js'
