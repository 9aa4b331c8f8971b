// The guest script's logic against a temp sysfs-like tree, with stand-ins for insmod, rmmod and
// uname on PATH. These add cases a real kernel cannot easily produce (a stuck transition); the
// real-kernel behaviour, under busybox, is proven by test/kernel/ under qemu. (busybox sh runs
// its own applets before PATH, so stand-ins only work under dash and bash.)
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'

const SCRIPT = join(REPO_ROOT, 'guest/livepatch-apply.sh')
const SHELLS = [['dash'], ['bash']].filter(([shell]) => spawnSync('which', [shell]).status === 0)

let work: { dir: string; cleanup: () => void }
let sysfs: string
let bin: string

function stub(name: string, body: string): void {
  const path = join(bin, name)
  writeFileSync(path, `#!/bin/sh\n${body}\n`)
  chmodSync(path, 0o755)
}

/** A fake module file: what the script reads is its NUL-separated .modinfo strings. */
function fakeModule(
  name: string,
  release = '6.15.2-test',
  livepatch = 'Y'
): { path: string; sha: string } {
  const path = join(work.dir, `${name}.ko`)
  const bytes = Buffer.from(
    `\x7fELF\0\0name=${name}\0vermagic=${release} SMP mod_unload\0livepatch=${livepatch}\0license=GPL\0`
  )
  writeFileSync(path, bytes)
  return { path, sha: createHash('sha256').update(bytes).digest('hex') }
}

function run(shell: string[], args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(shell[0], [...shell.slice(1), SCRIPT, ...args], {
    encoding: 'utf8',
    env: {
      PATH: `${bin}:/usr/bin:/bin`,
      LIVEPATCH_SYSFS: sysfs,
      LIVEPATCH_STATE_DIR: join(work.dir, 'state'),
      ...env
    },
    timeout: 30_000
  })
  const lines = result.stdout.trim().split('\n')
  expect(lines).toHaveLength(1)
  return { code: result.status, json: JSON.parse(lines[0]) }
}

beforeEach(() => {
  work = tempDir()
  sysfs = join(work.dir, 'sys')
  bin = join(work.dir, 'bin')
  mkdirSync(sysfs)
  mkdirSync(bin)
  stub('uname', 'echo 6.15.2-test')
  stub('rmmod', `echo "$1" >> "${work.dir}/rmmod.log"`)
  // insmod: create the patch's sysfs entry, disable the others (replace), finish the transition
  // unless the module name contains "stuck".
  stub(
    'insmod',
    [
      `name=$(tr '\\000' '\\n' < "$1" | sed -n 's/^name=//p')`,
      'case "$name" in *refused*) echo "insmod: cannot insert \'$1\': Key was rejected by service"; exit 1 ;; esac',
      `for d in "${sysfs}"/*; do [ -d "$d" ] && rm -rf "$d"; done`,
      `mkdir -p "${sysfs}/$name"; echo 1 > "${sysfs}/$name/enabled"`,
      `case "$name" in *stuck*) echo 1 > "${sysfs}/$name/transition" ;; *) echo 0 > "${sysfs}/$name/transition" ;; esac`,
      `: > "${sysfs}/$name/signal"`
    ].join('\n')
  )
})
afterEach(() => work.cleanup())

test('busybox sh parses the script', () => {
  expect(spawnSync('busybox', ['sh', '-n', SCRIPT]).status).toBe(0)
})

describe.each(SHELLS)('guest/livepatch-apply.sh under %s', (...shell) => {
  test('applies, then reports already-active, then replaces and retires the old module', () => {
    const v1 = fakeModule('livepatch_v1')
    const first = run(shell, ['apply', '--module', v1.path, '--sha256', v1.sha])
    expect(first.code).toBe(0)
    expect(first.json).toMatchObject({
      status: 'applied',
      module: 'livepatch_v1',
      sha256: v1.sha,
      kernel: '6.15.2-test',
      active: ['livepatch_v1']
    })
    expect(typeof first.json.transition_seconds).toBe('number')
    const again = run(shell, ['apply', '--module', v1.path, '--sha256', v1.sha.toUpperCase()])
    expect(again.json.status).toBe('already-active')
    const v2 = fakeModule('livepatch_v2')
    const second = run(shell, ['apply', '--module', v2.path, '--sha256', v2.sha])
    expect(second.json).toMatchObject({ status: 'applied', active: ['livepatch_v2'] })
    expect(readFileSync(join(work.dir, 'rmmod.log'), 'utf8')).toBe('livepatch_v1\n')
  })

  test('refuses before loading: sha256 mismatch, wrong kernel, not a livepatch', () => {
    const v1 = fakeModule('livepatch_v1')
    const bad = run(shell, ['apply', '--module', v1.path, '--sha256', '0'.repeat(64)])
    expect(bad.code).toBe(1)
    expect(bad.json.status).toBe('refused')
    expect(bad.json.message).toMatch(/sha256 mismatch.*nothing was loaded/)
    const other = fakeModule('livepatch_other', '6.15.11-test')
    expect(
      run(shell, ['apply', '--module', other.path, '--sha256', other.sha]).json.message
    ).toMatch(/built for kernel 6.15.11-test, this kernel is 6.15.2-test/)
    const plain = fakeModule('plain', '6.15.2-test', 'N')
    expect(
      run(shell, ['apply', '--module', plain.path, '--sha256', plain.sha]).json.message
    ).toMatch(/not a livepatch module/)
    expect(existsSync(join(sysfs, 'livepatch_v1'))).toBe(false)
  })

  test('a .modinfo name outside kpatch names is refused on the VM too, before loading', () => {
    for (const name of ['evil$(touch PWNED)', 'a b', 'x'.repeat(56)]) {
      const m = fakeModule(name)
      const result = run(shell, ['apply', '--module', m.path, '--sha256', m.sha])
      expect(result.code).toBe(1)
      expect(result.json.status).toBe('refused')
      expect(result.json.message).toMatch(/not a kpatch module name|longer than 55/)
    }
    expect(existsSync(join(work.dir, 'PWNED'))).toBe(false)
    expect(readdirSync(sysfs)).toEqual([])
  })

  test("a kernel refusal is reported in the kernel's words, once", () => {
    const m = fakeModule('livepatch_refused')
    const result = run(shell, ['apply', '--module', m.path, '--sha256', m.sha])
    expect(result.json.status).toBe('refused')
    expect(result.json.message).toBe(
      `the kernel refused the module: insmod: cannot insert '${m.path}': Key was rejected by service`
    )
  })

  test('a transition that never completes is signalled, then reversed: stuck', () => {
    const m = fakeModule('livepatch_stuck')
    const result = run(shell, ['apply', '--module', m.path, '--sha256', m.sha, '--timeout', '1'])
    expect(result.code).toBe(1)
    expect(result.json.status).toBe('stuck')
    expect(readFileSync(join(sysfs, 'livepatch_stuck/signal'), 'utf8').trim()).toBe('1')
    expect(readFileSync(join(sysfs, 'livepatch_stuck/enabled'), 'utf8').trim()).toBe('0')
  })

  test('status, unload, --persist without kpatch, and usage errors', () => {
    expect(run(shell, ['status']).json).toMatchObject({ status: 'ok', active: [] })
    const m = fakeModule('livepatch_v1')
    const applied = run(shell, ['apply', '--module', m.path, '--sha256', m.sha, '--persist'])
    expect(applied.json.message).toMatch(/--persist is not possible: kpatch is not installed/)
    const unloaded = run(shell, ['unload', 'livepatch_v1'])
    expect(unloaded.json).toMatchObject({ status: 'ok', module: 'livepatch_v1' })
    const usage = run(shell, ['apply', '--module', m.path])
    expect(usage.code).toBe(2)
    expect(usage.json.message).toMatch(/--sha256/)
  })
})
