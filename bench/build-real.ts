// `npm run bench build-real` (opt-in, hours): the image's 6.15.2 config, applied with olddefconfig
// to the nearest tree here (Debian's linux-source-6.12), built through the build stage's own code
// (buildPristine, then buildWithTargets — kpatch-build with the app's -t choice — with the real kpatch-build built from dynup/kpatch), and the
// numbers the cache design needs: cold wall time, objects, tree size, the pristine cache entry
// after tar | zstd as @actions/cache packs it, and a warm one-function patch.
//
//   KPATCH_DIR=/path/to/built/kpatch-checkout [REAL_WORK=/tmp/livepatch-build-real] [JOBS=2]
//   npx tsx bench/build-real.ts      (or `npm run bench build-real`)
//
// It prints a timestamped line per stage and per progress step, so a run that cannot finish on
// a shared machine still says how far it got (objects done/total at what time).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { builderEnv } from '../src/build/env.js'
import { buildWithTargets } from '../src/build/targets.js'
import { buildPristine } from '../src/build/pristine.js'

const here = resolve(import.meta.dirname, '..')
const work = process.env.REAL_WORK ?? '/tmp/livepatch-build-real'
const kpatchDir = process.env.KPATCH_DIR
const jobs = Number(process.env.JOBS ?? '2')
const tarball = process.env.LINUX_SOURCE_TARBALL ?? '/usr/src/linux-source-6.12.tar.xz'
const config = join(here, 'test/fixtures/cvm-6.15.2.config')
const stamp = (): string => new Date().toISOString().slice(0, 19) + 'Z'
const log = (text: string): void => console.log(`${stamp()} ${text}`)

if (!kpatchDir || !existsSync(join(kpatchDir, 'kpatch-build/create-diff-object'))) {
  console.log('build-real: set KPATCH_DIR to a kpatch checkout built with `make -C kpatch-build`')
  process.exit(2)
}
mkdirSync(work, { recursive: true })
const source = join(work, 'linux-source-6.12')
if (!existsSync(join(source, '.extracted'))) {
  log(`extracting ${tarball}`)
  execFileSync('tar', ['-C', work, '-xf', tarball])
  writeFileSync(join(source, '.extracted'), '')
}
const version = execFileSync('make', ['-s', '-C', source, 'kernelversion'], {
  encoding: 'utf8'
}).trim()
const release = `${version}-cvm`
const pristineDir = join(work, 'pristine')
const env = builderEnv(process.env, { CACHEDIR: join(work, 'kpatch-cache') })

log(`cold: pristine build of ${config} on ${version} (-j${jobs}), release ${release}`)
const coldStart = Date.now()
const pristine = await buildPristine({
  source,
  config,
  kernelRelease: release,
  kernelVersion: version,
  kpatchDir,
  jobs,
  skipCompilerCheck: true, // this machine's gcc is Debian's 12.2, not the image's Ubuntu 12.3
  pristineDir,
  env,
  progress: message => log(message)
})
log(`pristine build done: ${pristine.objects} objects in ${pristine.seconds.toFixed(0)} s`)
const patch = join(here, 'test/build/patches/0001-cmdline.patch')
const output = join(work, 'output')
const kpatch = async (label: string): Promise<number> => {
  const start = Date.now()
  const result = await buildWithTargets(
    {
      source,
      config: pristine.config,
      vmlinux: pristine.vmlinux,
      output,
      kernelRelease: release,
      jobs,
      patch,
      skipCompilerCheck: true,
      cacheDir: join(work, 'kpatch-cache'),
      command: join(kpatchDir, 'kpatch-build/kpatch-build'),
      env
    },
    {
      mode: 'auto',
      pristineSymvers: existsSync(join(pristineDir, 'Module.symvers'))
        ? join(pristineDir, 'Module.symvers')
        : undefined,
      log: { info: text => log(`${label}: ${text}`), warning: text => log(`${label}: ${text}`) }
    },
    { stage: stage => log(`${label}: ${stage}`) }
  )
  const seconds = (Date.now() - start) / 1000
  log(`${label}: ${result.moduleName}.ko ${result.size} bytes in ${seconds.toFixed(0)} s`)
  return seconds
}
const first = await kpatch('first kpatch-build')
const cold = (Date.now() - coldStart) / 1000
const du = (path: string): number =>
  Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0])
const entry = spawnSync(
  'bash',
  [
    '-c',
    'tar --posix -cf - -P -C "$1" linux-source-6.12 pristine | zstd -T0 --long=30 -q -c | wc -c',
    'pack',
    work
  ],
  { encoding: 'utf8' }
)
const warm = await kpatch('warm kpatch-build (same patch, built tree)')
const gb = (bytes: number): string => `${(bytes / 1e9).toFixed(2)} GB`
console.log(`\ncold (pristine build + first kpatch-build)   ${cold.toFixed(0)} s`)
console.log(`  of which first kpatch-build               ${first.toFixed(0)} s`)
console.log(`warm one-function patch                      ${warm.toFixed(0)} s`)
console.log(`ratio warm / cold                            ${(warm / cold).toFixed(3)}`)
console.log(`objects compiled                             ${pristine.objects}`)
console.log(`tree size                                    ${gb(du(source))}`)
console.log(`pristine cache entry, tar | zstd --long=30   ${gb(Number(entry.stdout.trim()))}`)
