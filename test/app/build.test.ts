// The build through the application layer, in-process: settings from both doors' readers over
// the one table, and the cold path (source and kpatch from local git repositories holding the
// FAKE kernel tree and FAKE kpatch) through runBuild with a recording cache port — which entries
// are restored and saved, with which keys and paths, and when.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { buildSettings, runBuild, type BuildSettings } from '../../src/app/build.js'
import type { Reporter } from '../../src/app/ports.js'
import { SETTINGS } from '../../src/app/settings.js'
import { actionCache, type CacheService } from '../../src/action/cache.js'
import { actionReader } from '../../src/action/inputs.js'
import { cacheKeys, type CacheKey } from '../../src/build/cache-keys.js'
import { builderEnv } from '../../src/build/env.js'
import { BuildError } from '../../src/build/kpatch-build.js'
import { DEFAULT_KPATCH_REF } from '../../src/build/kpatch-tools.js'
import { localGccVersion } from '../../src/build/gcc.js'
import { NO_CACHE, shownUrl, type CachePort } from '../../src/build/prepare.js'
import { cliReader } from '../../src/cli/args.js'
import { runCli } from '../../src/cli.js'
import { fakeRepos, type FakeRepos } from '../helpers/fake-build.js'
import { FIXTURES, REPO_ROOT, tempDir } from '../helpers/tmp.js'

const config = join(FIXTURES, 'cvm-6.15.2.config')
const release = '6.15.2-automata'
const version = '6.15.2'
const patch = join(REPO_ROOT, 'test/build/patches/0002-cmdline-version.patch')
let work: { dir: string; cleanup: () => void }
let repos: FakeRepos
let failing: FakeRepos

beforeAll(() => {
  work = tempDir()
  repos = fakeRepos(join(work.dir, 'ok'), version)
  failing = fakeRepos(join(work.dir, 'failing'), version, true)
})
afterAll(() => work.cleanup())

const PATCH = { patch: { value: patch, label: 'PATCH' } }

/** The action's reader over INPUT_* variables, as the runner sets them. */
function withInputs<T>(inputs: Record<string, string>, run: () => T): T {
  const saved = { ...process.env }
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value
  try {
    return run()
  } finally {
    process.env = saved
  }
}

describe('build settings from the one table', () => {
  test('both doors give the same settings and defaults; jobs default to the CPU count', () => {
    const fromCli = buildSettings(
      cliReader('build', { config: 'k.config', 'kernel-release': release }, PATCH),
      { workDir: '/w' }
    )
    const fromAction = withInputs({ 'kernel-config': 'k.config', 'kernel-release': release }, () =>
      buildSettings(actionReader(), { workDir: '/w' })
    )
    expect(fromAction).toEqual({ ...fromCli, patch: undefined })
    expect(fromCli).toEqual({
      kernelConfig: 'k.config',
      kernelRelease: release,
      kernelVersion: '6.15.2',
      source: { kind: 'git', url: SETTINGS.kernelSourceUrl.default },
      vmlinux: undefined,
      kpatchRepository: 'https://github.com/dynup/kpatch',
      kpatchRef: DEFAULT_KPATCH_REF,
      kpatchTargets: 'auto',
      cacheKernelTree: true,
      jobs: availableParallelism(),
      skipCompilerCheck: false,
      previousFunctions: undefined,
      workDir: '/w',
      output: '/w/output',
      patch,
      patchesDir: 'patches',
      moduleName: undefined
    } satisfies BuildSettings)
  })

  test('the source: a built tree, an unbuilt tree, a tarball or the git URL; never two', () => {
    const source = (values: Record<string, string>) =>
      buildSettings(
        cliReader('build', { config: 'c', 'kernel-release': release, ...values }, PATCH),
        { workDir: '/w' }
      ).source
    expect(source({ source: '/t', vmlinux: '/v' })).toEqual({
      kind: 'built',
      dir: '/t',
      vmlinux: '/v'
    })
    expect(source({ source: '/t' })).toEqual({ kind: 'tree', dir: '/t' })
    expect(source({ 'kernel-source-tarball': '/l.tar.xz' })).toEqual({
      kind: 'tarball',
      file: '/l.tar.xz'
    })
    expect(() => source({ source: '/t', 'kernel-source-tarball': '/l.tar.xz' })).toThrow(
      '--source and --kernel-source-tarball both name the kernel source: give one of them'
    )
    const jobs = (value: string) =>
      buildSettings(
        cliReader('build', { config: 'c', 'kernel-release': release, jobs: value }, PATCH),
        { workDir: '/w' }
      ).jobs
    expect(jobs('3')).toBe(3)
    expect(() => jobs('0')).toThrow("invalid --jobs '0': expected a whole number 1-4096")
  })

  test('a missing required setting is named as each door names it', () => {
    expect(() =>
      buildSettings(cliReader('build', { 'kernel-release': release }, PATCH), { workDir: '/w' })
    ).toThrow("build needs --config (the image's kernel .config)")
    expect(() =>
      withInputs({ 'kernel-config': 'k.config' }, () =>
        buildSettings(actionReader(), { workDir: '/w' })
      )
    ).toThrow('Input required and not supplied: kernel-release')
  })
})

interface CacheCall {
  op: 'restore' | 'save'
  key: string
  paths: string[]
  /** Whether the module had been built when the call was made. */
  moduleBuilt: boolean
}

function recordingCache(output: string): CachePort & { calls: CacheCall[] } {
  const calls: CacheCall[] = []
  const moduleBuilt = () => existsSync(join(output, 'livepatch-0002-cmdline-version.ko'))
  return {
    calls,
    restore: async (entry: CacheKey, paths: string[]) => {
      calls.push({ op: 'restore', key: entry.key, paths, moduleBuilt: moduleBuilt() })
      return false
    },
    save: async (entry: CacheKey, paths: string[]) => {
      calls.push({ op: 'save', key: entry.key, paths, moduleBuilt: moduleBuilt() })
    }
  }
}

function recordingReporter(): Reporter & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: text => lines.push(text),
    warning: text => lines.push(`warning: ${text}`),
    error: text => lines.push(`error: ${text}`),
    group: (title, run) => {
      lines.push(`group: ${title}`)
      return run()
    },
    detail: (title, text) => lines.push(`detail: ${title}`, text),
    mask: () => undefined
  }
}

function coldSettings(name: string, from: FakeRepos, extra: Record<string, string | boolean> = {}) {
  return buildSettings(
    cliReader(
      'build',
      {
        config,
        'kernel-release': release,
        'kernel-source-url': from.kernelRepo,
        'kpatch-repository': from.kpatchRepo,
        'kpatch-ref': from.kpatchCommit,
        'skip-compiler-check': true,
        jobs: '2',
        ...extra
      },
      PATCH
    ),
    { workDir: join(work.dir, name) }
  )
}

const env = () => ({ ...process.env, CACHEDIR: join(work.dir, 'kpatch-cache') })

async function expectedKeys(from: FakeRepos) {
  return cacheKeys({
    kernelVersion: version,
    config: readFileSync(config, 'utf8'),
    gccText: (await localGccVersion(builderEnv(process.env))) ?? '',
    kpatchRef: from.kpatchCommit,
    sourceUrl: from.kernelRepo
  })
}

describe('runBuild, cold path, with a recording cache port', () => {
  test('restores the tree then the source; saves the bare source at once, the built tree only after success', async () => {
    const settings = coldSettings('cold', repos)
    const cache = recordingCache(settings.output)
    const reporter = recordingReporter()
    const outcome = await runBuild(settings, { cache, reporter, env: env() })
    expect(outcome.verdict).toBe('built')
    if (outcome.verdict !== 'built') return
    const keys = await expectedKeys(repos)
    const tree = join(settings.workDir, 'linux')
    const pristine = join(settings.workDir, 'pristine')
    expect(cache.calls).toEqual([
      { op: 'restore', key: keys.pristine.key, paths: [tree, pristine], moduleBuilt: false },
      { op: 'restore', key: keys.source.key, paths: [tree], moduleBuilt: false },
      { op: 'save', key: keys.source.key, paths: [tree], moduleBuilt: false },
      { op: 'save', key: keys.pristine.key, paths: [tree, pristine], moduleBuilt: true }
    ])
    expect(outcome.cacheHits).toEqual({ pristine: false, source: false })
    expect(outcome.result.moduleName).toBe('livepatch-0002-cmdline-version')
    expect(outcome.changedFunctions).toEqual(['fs/proc/cmdline.o: cmdline_proc_show'])
    expect(outcome.kpatchCommit).toBe(repos.kpatchCommit)
    expect(outcome.pristine?.objects).toBe(4)
    expect(reporter.lines).toContain(`kpatch ${repos.kpatchCommit} built from ${repos.kpatchRepo}`)
  })

  test('a failed kpatch-build saves no built tree (the bare source was saved before it)', async () => {
    const settings = coldSettings('failed', failing)
    const cache = recordingCache(settings.output)
    const reporter = recordingReporter()
    await expect(runBuild(settings, { cache, reporter, env: env() })).rejects.toThrow(BuildError)
    const keys = await expectedKeys(failing)
    expect(cache.calls.filter(c => c.op === 'save').map(c => c.key)).toEqual([keys.source.key])
    expect(reporter.lines.join('\n')).toMatch(
      /error: kpatch-build failed \(exit 1\)\nadvice: No changed objects/
    )
  })

  test('the second build in the same work folder (no cache: the CLI) skips the pristine build; another config rebuilds it', async () => {
    const settings = coldSettings('twice', repos)
    const first = await runBuild(settings, {
      cache: NO_CACHE,
      reporter: recordingReporter(),
      env: env()
    })
    expect(first.verdict === 'built' && first.pristine?.objects).toBe(4)
    const again = await runBuild(settings, {
      cache: NO_CACHE,
      reporter: recordingReporter(),
      env: env()
    })
    expect(again.verdict).toBe('built')
    expect(again.verdict === 'built' && again.pristine).toBeUndefined()
    const calls = () => readFileSync(join(settings.workDir, 'linux/make-calls.txt'), 'utf8')
    // No second pristine build; kbuild's folders are made (objects back to their sources).
    // (make runs the folders in parallel with -j2: in any order)
    expect(calls().trimEnd().split('\n').sort()).toEqual([
      'prepare',
      'refresh arch/x86/kernel/cpu/',
      'refresh fs/proc/',
      'refresh init/'
    ])
    const other = join(work.dir, 'other.config')
    writeFileSync(other, readFileSync(config, 'utf8') + '# another config\n')
    const rebuilt = await runBuild(
      { ...settings, kernelConfig: other },
      { cache: NO_CACHE, reporter: recordingReporter(), env: env() }
    )
    expect(rebuilt.verdict === 'built' && rebuilt.pristine?.objects).toBe(4)
  })
})

describe("the action's cache port", () => {
  function service(): CacheService & { restored: string[]; saved: string[] } {
    const restored: string[] = []
    const saved: string[] = []
    return {
      restored,
      saved,
      isFeatureAvailable: () => true,
      restoreCache: async (_paths, key) => {
        restored.push(key)
        return undefined
      },
      saveCache: async (_paths, key) => {
        saved.push(key)
        return 1
      }
    }
  }

  test('in a pull request it restores but never saves; on a push it saves both entries', async () => {
    const keys = await expectedKeys(repos)
    const pr = service()
    const reporter = recordingReporter()
    const inPr = await runBuild(coldSettings('pr', repos), {
      cache: actionCache(reporter, { event: 'pull_request', service: pr }),
      reporter,
      env: env()
    })
    expect(inPr.verdict).toBe('built')
    expect(pr.restored).toEqual([keys.pristine.key, keys.source.key])
    expect(pr.saved).toEqual([])
    const push = service()
    await runBuild(coldSettings('push', repos), {
      cache: actionCache(reporter, { event: 'push', service: push }),
      reporter,
      env: env()
    })
    expect(push.saved).toEqual([keys.source.key, keys.pristine.key])
  })

  test('a failing cache service is a warning, not a failed build', async () => {
    const reporter = recordingReporter()
    const broken: CacheService = {
      isFeatureAvailable: () => true,
      restoreCache: async () => {
        throw new Error('cache service unreachable')
      },
      saveCache: async () => {
        throw new Error('cache service unreachable')
      }
    }
    const outcome = await runBuild(coldSettings('broken', repos), {
      cache: actionCache(reporter, { event: 'push', service: broken }),
      reporter,
      env: env()
    })
    expect(outcome.verdict).toBe('built')
    expect(reporter.lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^warning: cache restore of livepatch-v2-pristine-.* failed: cache service unreachable$/
        ),
        expect.stringMatching(
          /^warning: cache save of livepatch-v2-source-.* skipped: cache service unreachable$/
        )
      ])
    )
  })
})

describe('preflight: the verb and the build compare with the same local gcc', () => {
  async function cli(args: string[]) {
    let out = ''
    let err = ''
    const code = await runCli(args, {
      stdout: t => (out += t),
      stderr: t => (err += t),
      env: process.env
    })
    return { code, out, err }
  }

  test("the verb's local compiler is the build's, and a mismatch fails both", async () => {
    const local = await localGccVersion(builderEnv(process.env))
    expect(local).toMatch(/^gcc /)
    const verb = await cli(['preflight', '--config', config, '--kernel-release', release, '--json'])
    expect(verb.code).toBe(1) // this machine's gcc is not the image's Ubuntu gcc-12
    expect(JSON.parse(verb.out).localCompiler).toBe(local)
    const settings = coldSettings('gcc-check', repos, { 'skip-compiler-check': false })
    const outcome = await runBuild(settings, {
      cache: NO_CACHE,
      reporter: recordingReporter(),
      env: env()
    })
    expect(outcome.verdict).toBe('preflight-failed')
    expect(outcome.preflight.localCompiler).toBe(local)
    expect(existsSync(settings.workDir)).toBe(false) // nothing fetched or built
  })

  test('--gcc-version-text and --no-local-gcc; --config is required', async () => {
    const image = 'gcc-12 (Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0'
    const given = await cli(['preflight', '--config', config, '--gcc-version-text', image])
    expect(given.out).toContain('preflight: pass')
    expect(given.code).toBe(0)
    const none = await cli(['preflight', '--config', config, '--no-local-gcc', '--json'])
    expect(JSON.parse(none.out)).toMatchObject({ ok: true, localCompiler: null })
    const missing = await cli(['preflight'])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain("preflight needs --config (the image's kernel .config)")
  })
})

test('a repository URL with a user or token in it is logged without them', () => {
  expect(shownUrl('https://builder:ghp_secret123@mirror.example/linux.git')).toBe(
    'https://***@mirror.example/linux.git'
  )
  expect(shownUrl('https://git.kernel.org/pub/scm/linux.git')).toBe(
    'https://git.kernel.org/pub/scm/linux.git'
  )
  expect(shownUrl('/srv/mirrors/linux')).toBe('/srv/mirrors/linux')
})
