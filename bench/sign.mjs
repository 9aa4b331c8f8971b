// Benchmark: sign a 2 MB kernel module, whole process, against the kernel's own sign-file and
// bare `node -e 0` in the same run. Ratio = (ours − bare node) / sign-file; goal ≤ 1.0.
// Then the same key held elsewhere: a SoftHSM2 token (PKCS#11) and the local AWS KMS server, each
// as a ratio to signing with the key file (Debian 12's sign-file cannot open a PKCS#11 token: it
// wants OpenSSL's pkcs11-provider, which Debian 12 does not ship).
import { execFileSync, spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { line, medianOf, timeProcess } from './lib.mjs'

const SIGN_FILE = '/usr/lib/linux-kbuild-6.1/scripts/sign-file'

function buildBigModule(dir) {
  const headers = readdirSync('/usr/src')
    .filter(n => /^linux-headers-.*-amd64$/.test(n))
    .sort()
    .pop()
  if (!headers) throw new Error('no Debian kernel headers: run scripts/setup.sh')
  writeFileSync(
    join(dir, 'big.c'),
    '#include <linux/module.h>\n' +
      '__attribute__((used)) static const char blob[2 * 1024 * 1024] = { 1 };\n' +
      'static int __init big_init(void) { return blob[0] ? 0 : 1; }\n' +
      'module_init(big_init);\nMODULE_LICENSE("GPL");\n'
  )
  writeFileSync(join(dir, 'Makefile'), 'obj-m := big.o\n')
  execFileSync('make', ['-s', '-C', join('/usr/src', headers), `M=${dir}`, 'modules'], {
    stdio: 'pipe'
  })
  return join(dir, 'big.ko')
}

export async function runSignBench() {
  const work = mkdtempSync(join(tmpdir(), 'livepatch-bench-sign-'))
  try {
    const module = buildBigModule(work)
    const keys = join(work, 'keys')
    mkdirSync(keys)
    execFileSync(process.execPath, ['dist/cli.js', 'keygen', '--out', keys], { stdio: 'pipe' })
    const key = join(keys, 'livepatch.key')
    const pem = join(keys, 'livepatch.pem')
    line('module', `${(statSync(module).size / 1048576).toFixed(2)} MiB`)
    const fresh = name => {
      const copy = join(work, name)
      copyFileSync(module, copy)
      return copy
    }
    const ours = medianOf(
      9,
      () =>
        timeProcess(
          process.execPath,
          [
            'dist/cli.js',
            'sign',
            '--key',
            key,
            '--cert',
            pem,
            '--output',
            join(work, 'ours.ko'),
            fresh('in.ko')
          ],
          { expectStatus: [0] }
        ).ms
    )
    const reference = medianOf(
      9,
      () =>
        timeProcess(SIGN_FILE, ['sha256', key, pem, module, join(work, 'ref.ko')], {
          expectStatus: [0]
        }).ms
    )
    const bare = medianOf(9, () => timeProcess(process.execPath, ['-e', '0']).ms)
    line('livepatch sign (whole process, median of 9)', `${ours.toFixed(1)} ms`)
    line('sign-file (median of 9)', `${reference.toFixed(1)} ms`)
    line('bare node -e 0 (median of 9)', `${bare.toFixed(1)} ms`)
    line(
      'ratio (ours − bare node) / sign-file (goal ≤ 1.0)',
      ((ours - bare) / reference).toFixed(2)
    )
    await remoteKeys({ work, key, pem, fresh, ours })
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const SOFTHSM = [
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so'
]

/** Signing latency with the key in SoftHSM2 and in the local KMS server, against the key file. */
async function remoteKeys({ work, key, pem, fresh, ours }) {
  const library = SOFTHSM.find(p => existsSync(p))
  if (!library) {
    line('pkcs11 (SoftHSM2)', 'skipped: package softhsm2 not installed')
  } else {
    mkdirSync(join(work, 'tokens'))
    const conf = join(work, 'softhsm2.conf')
    writeFileSync(
      conf,
      `directories.tokendir = ${join(work, 'tokens')}\nobjectstore.backend = file\n`
    )
    const env = { ...process.env, SOFTHSM2_CONF: conf, KBUILD_SIGN_PIN: '4321' }
    const util = (...args) => execFileSync('softhsm2-util', args, { env, stdio: 'pipe' })
    util('--init-token', '--free', '--label', 'bench', '--pin', '4321', '--so-pin', '87654321')
    util('--import', key, '--token', 'bench', '--label', 'livepatch', '--id', '01', '--pin', '4321')
    const uri = 'pkcs11:token=bench;object=livepatch;type=private'
    const hsm = medianOf(
      5,
      () =>
        timeProcess(
          process.execPath,
          [
            'dist/cli.js',
            'sign',
            '--key',
            uri,
            '--pkcs11-module',
            library,
            '--cert',
            pem,
            '--output',
            join(work, 'hsm.ko'),
            fresh('in.ko')
          ],
          { env, expectStatus: [0] }
        ).ms
    )
    line('livepatch sign, key in SoftHSM2 (median of 5)', `${hsm.toFixed(1)} ms`)
    line('ratio SoftHSM2 / key file (ours)', (hsm / ours).toFixed(2))
  }
  const server = spawn('npx', ['tsx', 'test/helpers/servers/kms-serve.ts', key], {
    stdio: ['pipe', 'pipe', 'inherit']
  })
  try {
    const url = await new Promise((resolve, reject) => {
      let text = ''
      server.stdout.on('data', chunk => {
        text += chunk
        if (text.includes('\n')) resolve(text.trim())
      })
      server.on('error', reject)
      server.on('close', code => reject(new Error(`KMS server exited ${code}`)))
    })
    const env = {
      ...process.env,
      AWS_ACCESS_KEY_ID: 'AKIDBENCH',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL_KMS: url
    }
    // The timed runs block this process, not the server's.
    const kms = medianOf(
      5,
      () =>
        timeProcess(
          process.execPath,
          [
            'dist/cli.js',
            'sign',
            '--key',
            'awskms:alias/livepatch',
            '--cert',
            pem,
            '--output',
            join(work, 'kms.ko'),
            fresh('in.ko')
          ],
          { env, expectStatus: [0] }
        ).ms
    )
    line('livepatch sign, key in local AWS KMS (median of 5)', `${kms.toFixed(1)} ms`)
    line('ratio AWS KMS (loopback) / key file', (kms / ours).toFixed(2))
  } finally {
    server.stdin.end()
    server.kill()
  }
}
