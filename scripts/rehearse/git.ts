// Real git on the local repositories that stand in for GitHub's.
import { execFileSync } from 'node:child_process'

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'rehearsal',
      GIT_AUTHOR_EMAIL: 'rehearsal@localhost',
      GIT_COMMITTER_NAME: 'rehearsal',
      GIT_COMMITTER_EMAIL: 'rehearsal@localhost',
      GIT_CONFIG_NOSYSTEM: '1'
    },
    maxBuffer: 256 * 1024 * 1024
  }).trim()
}

/** A file at a commit. */
export const gitShow = (repo: string, rev: string, path: string): string =>
  execFileSync('git', ['show', `${rev}:${path}`], { cwd: repo, encoding: 'utf8' })

/** A ref (branch, tag or SHA) to its commit SHA. */
export const resolveRef = (repo: string, ref: string): string =>
  git(repo, 'rev-parse', '--verify', `${ref}^{commit}`)
