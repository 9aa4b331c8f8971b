// scripts/apt-exact.sh against REAL apt and dpkg, offline: a local apt repository served on
// 127.0.0.1 (built with dpkg-scanpackages) whose index has only a newer revision, a "snapshot"
// repository under a dated path that still has the exact one, and a throw-away apt root (apt's
// Dir options, dpkg --root) so nothing touches this machine's packages.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, normalize } from 'node:path'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'

const SCRIPT = join(REPO_ROOT, 'scripts/apt-exact.sh')
const WANTED = '12.3.0-1ubuntu1~22.04'
const NEWER = '12.3.0-1ubuntu1~22.04.2'
const STAMP = '20240101T000000Z'
let work: { dir: string; cleanup: () => void }
let server: Server
let base: string

function deb(dir: string, version: string): string {
  const pkg = join(work.dir, `pkg-${version}`)
  mkdirSync(join(pkg, 'DEBIAN'), { recursive: true })
  mkdirSync(join(pkg, 'usr/share/fakegcc'), { recursive: true })
  writeFileSync(
    join(pkg, 'DEBIAN/control'),
    `Package: fakegcc\nVersion: ${version}\nArchitecture: all\nMaintainer: t <t@t>\nDescription: test\n`
  )
  writeFileSync(join(pkg, 'usr/share/fakegcc/version'), `${version}\n`)
  const out = join(work.dir, `fakegcc_${version}_all.deb`)
  execFileSync('dpkg-deb', ['-b', '-Zgzip', pkg, out], { stdio: 'ignore' })
  return out
}

function repository(root: string, debFile: string): void {
  mkdirSync(join(root, 'pool'), { recursive: true })
  mkdirSync(join(root, 'dists/jammy-updates/main/binary-amd64'), { recursive: true })
  copyFileSync(debFile, join(root, 'pool', debFile.split('/').pop()!))
  const index = execFileSync('dpkg-scanpackages', ['pool', '/dev/null'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore']
  })
  writeFileSync(join(root, 'dists/jammy-updates/main/binary-amd64/Packages'), index)
}

/** Run a command without blocking this process (the repository server lives in it). */
function spawnRun(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env
): Promise<{ code: number; out: string }> {
  return new Promise(resolve => {
    const child = spawn(command, args, { env })
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (out += c.toString()))
    child.on('close', code => resolve({ code: code ?? 1, out }))
  })
}

async function aptRoot(name: string): Promise<{ root: string; opts: string }> {
  const root = join(work.dir, name)
  for (const d of [
    'etc/apt/sources.list.d',
    'etc/apt/preferences.d',
    'etc/apt/apt.conf.d',
    'var/lib/apt/lists/partial',
    'var/cache/apt/archives/partial',
    'var/lib/dpkg/info',
    'var/lib/dpkg/updates',
    'var/log'
  ])
    mkdirSync(join(root, d), { recursive: true })
  writeFileSync(join(root, 'var/lib/dpkg/status'), '')
  writeFileSync(
    join(root, 'etc/apt/sources.list'),
    `deb [trusted=yes] ${base}/main jammy-updates main\n`
  )
  const opts = [
    `Dir=${root}`,
    `Dir::State::status=${root}/var/lib/dpkg/status`,
    'APT::Architecture=amd64',
    'Debug::NoLocking=1',
    `DPkg::Options::=--root=${root}`,
    `DPkg::Options::=--admindir=${root}/var/lib/dpkg`,
    'DPkg::Options::=--force-not-root',
    `DPkg::Options::=--log=${root}/var/log/dpkg.log`
  ]
    .map(o => `-o ${o}`)
    .join(' ')
  const update = await spawnRun('apt-get', [...opts.split(' '), 'update', '-q'])
  if (update.code !== 0) throw new Error(`apt-get update failed:\n${update.out}`)
  return { root, opts }
}

function run(root: string, opts: string, revision: string): Promise<{ code: number; out: string }> {
  return spawnRun('bash', [SCRIPT, revision, STAMP, 'fakegcc'], {
    ...process.env,
    APT_OPTS: opts,
    SNAPSHOT_BASE: `${base}/snapshot`,
    SNAPSHOT_SUITE: 'jammy-updates',
    SNAPSHOT_SOURCE_OPTIONS: 'trusted=yes', // the local repository is unsigned
    APT_SOURCES_DIR: join(root, 'etc/apt/sources.list.d')
  })
}

beforeAll(async () => {
  work = tempDir()
  const www = join(work.dir, 'www')
  repository(join(www, 'main'), deb(work.dir, NEWER))
  repository(join(www, 'snapshot', STAMP), deb(work.dir, WANTED))
  server = createServer((req, res) => {
    const path = normalize(join(www, decodeURIComponent((req.url ?? '/').split('?')[0])))
    if (!path.startsWith(www) || !existsSync(path) || !path.match(/(Packages|\.deb)$/)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200).end(readFileSync(path))
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise(r => server.close(r))
  work.cleanup()
})

describe('the exact compiler revision, with the snapshot fallback (real apt, local repository)', () => {
  test('a revision the archive no longer has is installed from the dated snapshot, and it says so', async () => {
    const { root, opts } = await aptRoot('fallback')
    const { code, out } = await run(root, opts, WANTED)
    expect(out).toContain(
      `adding Ubuntu's snapshot: deb [trusted=yes] ${base}/snapshot/${STAMP} jammy-updates main`
    )
    expect(out).toContain(`installed fakegcc=${WANTED} from the snapshot archive`)
    expect(code).toBe(0)
    expect(readFileSync(join(root, 'usr/share/fakegcc/version'), 'utf8')).toBe(`${WANTED}\n`)
    expect(readFileSync(join(root, 'var/lib/dpkg/status'), 'utf8')).toContain(`Version: ${WANTED}`)
  })

  test('a revision the archive still has comes from it, without the snapshot', async () => {
    const { root, opts } = await aptRoot('direct')
    const { code, out } = await run(root, opts, NEWER)
    expect(code).toBe(0)
    expect(out).toContain(`installed fakegcc=${NEWER} from the configured archive`)
    expect(existsSync(join(root, 'etc/apt/sources.list.d/livepatch-gcc-snapshot.list'))).toBe(false)
  })

  test('a revision in neither fails, naming both places', async () => {
    const { root, opts } = await aptRoot('neither')
    const { code, out } = await run(root, opts, '12.3.0-9')
    expect(code).toBe(1)
    expect(out).toContain(
      `revision 12.3.0-9 is in neither the configured archive nor the snapshot ${base}/snapshot/${STAMP}`
    )
  })
})
