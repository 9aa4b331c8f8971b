// Preparing the tree kpatch-build runs on, for both doors: the kernel source (a shallow git clone
// at v<version>, a tarball, or a tree the user has), kpatch built from its pinned commit, and the
// pristine kernel built once with kpatch-build's own make variables. Behind two ports: a cache
// (the action: @actions/cache; the CLI: none, its work folder persists) and the Reporter. The
// work folder remembers what each part was made from, so a second run with the same settings
// skips what is built and a run with other settings rebuilds it.
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Reporter } from '../app/ports.js'
import { LivepatchError, quoted } from '../errors.js'
import type { CacheKey, CacheKeys } from './cache-keys.js'
import { makeKernelVersion } from './kpatch-build.js'
import { buildKpatchTools } from './kpatch-tools.js'
import { buildPristine, refreshObjects } from './pristine.js'
import { runStreaming } from './run.js'

/** Where built trees are kept between runs. Failures to restore or save are the port's to report. */
export interface CachePort {
  /** Restore `paths` from the entry; true when something was restored. */
  restore(entry: CacheKey, paths: string[]): Promise<boolean>
  save(entry: CacheKey, paths: string[]): Promise<void>
}

/** No cache: the CLI's work folder persists, and prepare skips what is already built there. */
export const NO_CACHE: CachePort = {
  restore: () => Promise.resolve(false),
  save: () => Promise.resolve()
}

export type KernelSource =
  | { kind: 'git'; url: string }
  | { kind: 'tarball'; file: string }
  /** A tree the user has (unbuilt, or built by an earlier run): built in place, never cached. */
  | { kind: 'tree'; dir: string }

export interface PrepareRequest {
  workDir: string
  source: KernelSource
  kernelConfig: string
  kernelRelease: string
  kernelVersion: string
  kpatchRepository: string
  kpatchRef: string
  jobs: number
  skipCompilerCheck: boolean
  cacheKernelTree: boolean
  /** The image's own vmlinux for -v, instead of the pristine build's. */
  vmlinux?: string
  /** On a tree built before: bring its objects back to their sources (kpatch-targets auto). */
  refreshObjects?: boolean
  keys: CacheKeys
  /** The builder's allow-listed environment (src/build/env.ts). */
  env: Record<string, string>
}

export interface CacheSave {
  entry: CacheKey
  paths: string[]
}

export interface Prepared {
  source: string
  config: string
  vmlinux: string
  /** The pristine build's Module.symvers, when it kept one (older cache entries did not). */
  symvers: string | undefined
  kpatchBin: string
  kpatchCommit: string
  /** The caches consulted, and whether each was a hit. */
  hits: Record<string, boolean>
  /** What to save once the whole build succeeded: a tree from a failed build is never saved. */
  saves: CacheSave[]
  /** The pristine build, when this run did it. */
  pristine?: { objects: number; seconds: number }
}

/** kbuild's quiet progress lines (`  CC      x.o`): counted for the progress, not logged. */
export const KBUILD_QUIET = /^ {2}[A-Z0-9_]+(?: \[M\])?\s+\S+$/

/** A repository URL as the log may show it: a user or token in it (a private mirror) is hidden. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (!parsed.username && !parsed.password) return url
    parsed.username = '***'
    parsed.password = ''
    return parsed.toString()
  } catch {
    return url // a local path or scp-like address: no credentials in it
  }
}

/** What a part of the work folder was made from (a line of text beside it). */
async function madeFrom(file: string): Promise<string | undefined> {
  return existsSync(file) ? (await readFile(file, 'utf8')).trim() : undefined
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

async function mustRun(
  command: string,
  args: string[],
  what: string,
  request: PrepareRequest,
  reporter: Reporter
): Promise<void> {
  const { code, output } = await runStreaming(command, args, {
    env: request.env,
    line: l => reporter.info(l)
  })
  if (code !== 0)
    throw new LivepatchError(
      `${what} failed (${command} exit ${code}):\n${output.trimEnd().split('\n').slice(-20).join('\n')}`
    )
}

/**
 * A tree or tarball the user gave must be the kernel version the settings say: the local version
 * (and so the module's vermagic) and the cache keys are made from it.
 */
async function sameVersion(dir: string, request: PrepareRequest): Promise<void> {
  const version = await makeKernelVersion(dir, request.env)
  if (version !== null && version !== request.kernelVersion)
    throw new LivepatchError(
      `the kernel source in ${dir} is linux ${version}, not ${request.kernelVersion}: set kernel-version (--kernel-version) to ${version}, and kernel-release to the VMs' ${version}-based release`
    )
}

/** The source tree: fetched into the work folder (or restored), or the user's own tree. */
async function sourceTree(
  request: PrepareRequest,
  cache: CachePort,
  reporter: Reporter,
  hits: Record<string, boolean>
): Promise<string> {
  const { source: from, keys } = request
  if (from.kind === 'tree') {
    const dir = resolve(from.dir)
    if (!existsSync(join(dir, 'Makefile')))
      throw new LivepatchError(
        `kernel source ${quoted(from.dir)} has no Makefile: give the top folder of a kernel tree`
      )
    await sameVersion(dir, request)
    return dir
  }
  const dir = join(request.workDir, 'linux')
  const marker = join(request.workDir, 'linux.from')
  const identity =
    from.kind === 'git' ? keys.source.key : `tarball-${await sha256Of(resolve(from.file))}`
  if (request.cacheKernelTree)
    hits.pristine = await cache.restore(keys.pristine, [dir, pristineDir(request)])
  if (from.kind === 'git' && !hits.pristine) hits.source = await cache.restore(keys.source, [dir])
  const restored = hits.pristine === true || hits.source === true
  if (restored) await writeFile(marker, `${identity}\n`)
  if (existsSync(join(dir, 'Makefile')) && (await madeFrom(marker)) === identity) return dir
  // Absent, half-fetched, or another version's: fetched again from scratch.
  await rm(dir, { recursive: true, force: true })
  await rm(pristineDir(request), { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  if (from.kind === 'git') {
    await reporter.group(
      `get the kernel source: v${request.kernelVersion} from ${shownUrl(from.url)}`,
      () =>
        mustRun(
          'git',
          [
            '-c',
            'advice.detachedHead=false',
            'clone',
            '-q',
            '--depth',
            '1',
            '--branch',
            `v${request.kernelVersion}`,
            '--',
            from.url,
            dir
          ],
          `cloning v${request.kernelVersion} of the kernel source (check kernel-source-url and kernel-version)`,
          request,
          reporter
        )
    )
  } else {
    await reporter.group(`unpack the kernel source ${from.file}`, () =>
      mustRun(
        'tar',
        ['-xf', resolve(from.file), '-C', dir, '--strip-components=1', '--no-same-owner'],
        `unpacking ${from.file}`,
        request,
        reporter
      )
    )
  }
  if (!existsSync(join(dir, 'Makefile')))
    throw new LivepatchError(`the kernel source fetched into ${dir} has no top-level Makefile`)
  if (from.kind === 'tarball') await sameVersion(dir, request)
  await writeFile(marker, `${identity}\n`)
  // The bare tree, before any build touches it (a tarball unpacks in seconds: not cached).
  if (from.kind === 'git') await cache.save(keys.source, [dir])
  return dir
}

const pristineDir = (request: PrepareRequest): string => join(request.workDir, 'pristine')

/**
 * Fetch or take the source, build kpatch (always, from the pinned commit: nothing restored from a
 * cache is executed as a tool) and the pristine kernel (once, with kpatch-build's own make
 * variables, so its "Building original source" finds the tree up to date). Caches: `pristine`
 * holds the built tree with its vmlinux and resolved config (`cacheKernelTree: false` turns it
 * off); `source` the bare git checkout, saved before anything is built in it.
 */
export async function prepare(
  request: PrepareRequest,
  ports: { cache: CachePort; reporter: Reporter }
): Promise<Prepared> {
  const { cache, reporter } = ports
  const hits: Record<string, boolean> = {}
  const saves: CacheSave[] = []
  await mkdir(request.workDir, { recursive: true })
  const source = await sourceTree(request, cache, reporter, hits)
  const pristine = pristineDir(request)
  const pristineVmlinux = join(pristine, 'vmlinux')
  const pristineConfig = join(pristine, 'config')
  // The same path every run: it is part of every compile command line (CC=…/kpatch-cc gcc).
  const tools = await reporter.group(`build kpatch ${request.kpatchRef}`, () =>
    buildKpatchTools({
      repository: request.kpatchRepository,
      ref: request.kpatchRef,
      dir: join(request.workDir, 'kpatch'),
      jobs: request.jobs,
      env: request.env,
      line: l => reporter.info(l)
    })
  )
  reporter.info(`kpatch ${tools.commit} built from ${shownUrl(request.kpatchRepository)}`)
  // Built for these settings (the pristine cache key) in this tree, or restored under that key.
  const identity = `${request.keys.pristine.key} ${source}`
  const marker = join(pristine, 'built-for')
  const built =
    existsSync(pristineVmlinux) &&
    existsSync(pristineConfig) &&
    (hits.pristine === true || (await madeFrom(marker)) === identity)
  let pristineBuild: Prepared['pristine']
  // kbuild's quiet lines (`  CC      x.o`) are counted for the progress, not logged.
  const unquiet = (l: string): void => {
    if (!KBUILD_QUIET.test(l)) reporter.info(l)
  }
  if (!built) {
    reporter.info(
      '== build the pristine kernel once, with kpatch-build\'s own make variables (the guide: "build it at least once")'
    )
    await rm(pristine, { recursive: true, force: true })
    const started = Date.now()
    const result = await buildPristine({
      source,
      config: request.kernelConfig,
      kernelRelease: request.kernelRelease,
      kernelVersion: request.kernelVersion,
      kpatchDir: tools.dir,
      jobs: request.jobs,
      skipCompilerCheck: request.skipCompilerCheck,
      pristineDir: pristine,
      env: request.env,
      line: unquiet,
      progress: message =>
        reporter.info(`== ${message} (at ${((Date.now() - started) / 1000).toFixed(0)} s)`)
    })
    await writeFile(marker, `${identity}\n`)
    reporter.info(
      `== pristine kernel: ${result.objects} objects in ${result.seconds.toFixed(0)} s (${result.steps.map(s => `${s.name} ${s.seconds.toFixed(0)} s`).join(', ')})`
    )
    pristineBuild = { objects: result.objects, seconds: result.seconds }
    if (request.cacheKernelTree && request.source.kind !== 'tree')
      saves.push({ entry: request.keys.pristine, paths: [source, pristine] })
  } else {
    reporter.info(`== pristine kernel: already built in ${source}`)
    if (request.refreshObjects) {
      const started = Date.now()
      const compiled = await refreshObjects({
        source,
        kpatchDir: tools.dir,
        jobs: request.jobs,
        skipCompilerCheck: request.skipCompilerCheck,
        env: request.env,
        line: unquiet,
        progress: message => reporter.info(`== bringing objects back to their sources: ${message}`)
      })
      reporter.info(
        compiled === undefined
          ? '== objects not brought back to their sources: the tree names no build folders (no vmlinux.a)'
          : `== objects brought back to their sources (an earlier kpatch-build leaves its patched ones): ${compiled} compiled in ${((Date.now() - started) / 1000).toFixed(0)} s`
      )
    }
  }
  return {
    source,
    config: pristineConfig,
    // The image's own vmlinux when given (what the VMs run); else the pristine build's (why
    // that is safe for -v: src/build/pristine.ts).
    vmlinux: request.vmlinux ?? pristineVmlinux,
    symvers: existsSync(join(pristine, 'Module.symvers'))
      ? join(pristine, 'Module.symvers')
      : undefined,
    kpatchBin: tools.kpatchBuild,
    kpatchCommit: tools.commit,
    hits,
    saves,
    ...(pristineBuild ? { pristine: pristineBuild } : {})
  }
}
