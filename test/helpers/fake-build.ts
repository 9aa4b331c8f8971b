// The build stage's fake toolchain as local git repositories: the FAKE kernel tree
// (test/build/fake-kernel, tagged v<version>) and the FAKE kpatch (test/build/fake-kpatch), which
// record what they were given (make variables, KCFLAGS, environment, kpatch-build's arguments).
import { execFileSync } from 'node:child_process'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from './tmp.js'

/** Copy `from` to `to`, commit it as one commit (tagged when `tag`), return the commit. */
export function gitRepo(from: string, to: string, tag?: string): string {
  cpSync(from, to, { recursive: true })
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', to, ...args], { encoding: 'utf8' }).trim()
  git('init', '-q')
  git('add', '-A')
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'fake')
  if (tag) git('tag', tag)
  return git('rev-parse', 'HEAD')
}

/** The fake kernel's source as it would be unpacked (VERSION answers `make kernelversion`). */
export function fakeKernelSource(to: string, version: string): string {
  cpSync(join(REPO_ROOT, 'test/build/fake-kernel'), to, { recursive: true })
  writeFileSync(join(to, 'VERSION'), `${version}\n`)
  return to
}

export interface FakeRepos {
  kernelRepo: string
  kpatchRepo: string
  kpatchCommit: string
}

/** Both repositories under `dir`; `failingKpatch`: a kpatch whose kpatch-build fails after its stages. */
export function fakeRepos(dir: string, version: string, failingKpatch = false): FakeRepos {
  const kernelRepo = join(dir, 'kernel-repo')
  gitRepo(fakeKernelSource(join(dir, 'kernel-src'), version), kernelRepo, `v${version}`)
  const kpatchSrc = join(dir, 'kpatch-src')
  cpSync(join(REPO_ROOT, 'test/build/fake-kpatch'), kpatchSrc, { recursive: true })
  if (failingKpatch) {
    const script = join(kpatchSrc, 'kpatch-build/kpatch-build.sh')
    writeFileSync(
      script,
      readFileSync(script, 'utf8').replace(
        'echo "Building patched source"',
        'echo "Building patched source"\necho "ERROR: no changed objects found" >&2\nexit 1'
      )
    )
  }
  const kpatchRepo = join(dir, 'kpatch-repo')
  return { kernelRepo, kpatchRepo, kpatchCommit: gitRepo(kpatchSrc, kpatchRepo) }
}
