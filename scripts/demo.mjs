// `npm start`: the main job, end to end, on this machine, through the bundled CLI (dist/cli.js)
// exactly as a user runs it: check patches/, make keys, build the test kernel (cached) and the
// two cumulative test livepatches, sign them, boot a local VM that trusts the keys, deploy v1,
// then v2, then show the status. Work files live in the cache folder so a second run is quick.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

const cache = process.env.LIVEPATCH_CACHE || join(homedir(), '.cache', 'livepatch-action')
const work = join(cache, 'demo')
const keys = join(work, 'keys')
const vmName = 'livepatch-demo'
const started = Date.now()
const rows = []

function step(title, command, args, { capture = false, allowFail = false } = {}) {
  const t0 = Date.now()
  process.stdout.write(`\n== ${title}\n$ ${[command, ...args].join(' ')}\n`)
  const result = spawnSync(command, args, {
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8'
  })
  const seconds = ((Date.now() - t0) / 1000).toFixed(1)
  rows.push([title, result.status === 0 ? 'ok' : `exit ${result.status}`, `${seconds}s`])
  if (result.status !== 0 && !allowFail) {
    console.error(`\nnpm start: "${title}" failed (exit ${result.status})`)
    finish(result.status ?? 2)
  }
  return capture ? result.stdout.trim() : ''
}

const cli = (title, args, options) =>
  step(title, process.execPath, ['dist/cli.js', ...args], options)

function finish(code) {
  spawnSync(process.execPath, ['dist/cli.js', 'vm', 'stop', vmName], { stdio: 'ignore' })
  console.log('\n== result')
  for (const [title, status, seconds] of rows)
    console.log(`${status.padEnd(8)} ${seconds.padStart(7)}  ${title}`)
  console.log(`total ${((Date.now() - started) / 1000).toFixed(1)}s`)
  process.exit(code)
}

mkdirSync(work, { recursive: true })
cli('check the patch history', ['check', '--dir', 'patches'])
if (existsSync(join(keys, 'livepatch.pem'))) {
  console.log(
    `\n== keys: reusing ${keys} (delete it to make new ones; the test kernel is rebuilt then)`
  )
} else {
  mkdirSync(keys, { recursive: true })
  cli('generate keys', ['keygen', '--out', keys, '--subject', '/CN=livepatch-action demo key'])
}
const build = step(
  'build the test kernel (cached)',
  'bash',
  ['test/kernel/build-kernel.sh', join(keys, 'livepatch.pem'), cache],
  { capture: true }
)
const release = spawnSync('make', ['-s', '-C', build, 'kernelrelease'], {
  encoding: 'utf8'
}).stdout.trim()
step('build the two cumulative test livepatches', 'bash', [
  'test/kernel/build-modules.sh',
  build,
  join(work, 'built')
])
step('make the VM initramfs', 'bash', [
  'test/kernel/make-initramfs.sh',
  join(work, 'initramfs.cpio')
])
for (const v of ['v1', 'v2']) {
  cli(`sign ${v}`, [
    'sign',
    '--key',
    join(keys, 'livepatch.key'),
    '--cert',
    join(keys, 'livepatch.crt'),
    '--kernel-release',
    release,
    '--output',
    join(work, `livepatch-test-${v}.signed.ko`),
    join(work, 'built', `livepatch-test-${v}.ko`)
  ])
}
spawnSync(process.execPath, ['dist/cli.js', 'vm', 'stop', vmName], { stdio: 'ignore' })
cli('boot the local VM (qemu, TCG)', [
  'vm',
  'start',
  vmName,
  '--kernel',
  join(build, 'arch/x86/boot/bzImage'),
  '--initrd',
  join(work, 'initramfs.cpio')
])
for (const v of ['v1', 'v2']) {
  cli(`deploy ${v}`, [
    'deploy',
    'qemu',
    vmName,
    join(work, `livepatch-test-${v}.signed.ko`),
    '--cert',
    join(keys, 'livepatch.crt'),
    '--kernel-release',
    release
  ])
}
cli('status', ['status', 'qemu', vmName])
finish(0)
