// kpatch's tools, built from source at a pinned commit on every run — never restored from a
// cache: a cache entry can be written by any workflow run on the default branch, and what it
// holds would run with the build job's rights. Building them takes about a minute.
//
// The default pin, and why: Linux renamed .data.once/.data.unlikely to .data..once/.data..unlikely
// (kernel dbefa1f31a91, bb43a59944f4; already in 6.12.y, so in 6.15), and kpatch's
// create-diff-object handles the new names from 835d9d1 and 1d3ffc3, first released in v0.9.11
// (03d91d3, 2025-10-27), with the sframe skip (197c679) and the __patchable_function_entries
// fixes (9ea87f8, 95d93a3). v0.9.10 (January 2025) predates all of them: it is the first
// release that can build 6.15 on x86-64. kpatch has no 6.15 integration tests; its first
// integration tests for a kernel at or after 6.15 are linux-6.17.0, merged in e0eb6d5
// (2026-03-20), which also carries the later x86 fixes (__trace_check symbols 48efb30,
// .L__const c151be7). We pin that merge: it is the newest tested tree (the only later
// commits move the project to maintenance mode in the README).
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { LivepatchError } from '../errors.js'
import { runStreaming } from './run.js'

export const DEFAULT_KPATCH_REPOSITORY = 'https://github.com/dynup/kpatch'
/** kpatch master at the linux-6.17.0 integration tests merge (after v0.9.11); see above. */
export const DEFAULT_KPATCH_REF = 'e0eb6d5886fbe413ff21f975ce9376c055e647e3'

const FULL_COMMIT = /^[0-9a-f]{40}$/

export interface KpatchToolsRequest {
  repository: string
  /** A full commit (verified after the fetch), or a tag or branch (trusted as named). */
  ref: string
  /** Emptied first: whatever is there (a cache restore, an earlier run) is never used. */
  dir: string
  jobs: number
  env: Record<string, string>
  line?: (line: string) => void
}

export interface KpatchTools {
  dir: string
  commit: string
  kpatchBuild: string
}

async function git(args: string[], request: KpatchToolsRequest, what: string): Promise<string> {
  const { code, output } = await runStreaming('git', args, {
    env: request.env,
    line: request.line
  })
  if (code !== 0)
    throw new LivepatchError(
      `kpatch: ${what} failed (git exit ${code}); check kpatch-repository and kpatch-ref:\n${output.trimEnd().split('\n').slice(-10).join('\n')}`
    )
  return output
}

/** Fetch kpatch at `ref` into an emptied `dir`, check the commit, build kpatch-build. */
export async function buildKpatchTools(request: KpatchToolsRequest): Promise<KpatchTools> {
  const { dir, ref } = request
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/.test(ref) || ref.includes('..'))
    throw new LivepatchError(
      `kpatch-ref "${ref}" is not a commit, tag or branch name (letters, digits, . _ / -)`
    )
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await git(['init', '-q', dir], request, 'git init')
  await git(
    ['-C', dir, 'fetch', '-q', '--depth', '1', request.repository, ref],
    request,
    `fetching ${ref} from the kpatch repository`
  )
  await git(['-C', dir, 'checkout', '-q', '--detach', 'FETCH_HEAD'], request, 'checkout')
  const commit = (await git(['-C', dir, 'rev-parse', 'HEAD'], request, 'rev-parse')).trim()
  if (FULL_COMMIT.test(ref) && commit !== ref)
    throw new LivepatchError(
      `kpatch repository gave commit ${commit} for the pinned kpatch-ref ${ref}: refusing it`
    )
  const built = await runStreaming('make', ['-C', join(dir, 'kpatch-build'), `-j${request.jobs}`], {
    env: request.env,
    line: request.line
  })
  if (built.code !== 0)
    throw new LivepatchError(
      `building kpatch-build at ${commit} failed (make exit ${built.code}): it needs gcc, make and libelf-dev:\n${built.output.trimEnd().split('\n').slice(-20).join('\n')}`
    )
  const kpatchBuild = join(dir, 'kpatch-build', 'kpatch-build')
  if (!existsSync(kpatchBuild))
    throw new LivepatchError(`kpatch at ${commit} has no kpatch-build/kpatch-build`)
  return { dir, commit, kpatchBuild }
}
