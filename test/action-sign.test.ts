import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../src/cli.js'
import { generateKeys } from '../src/sign/keygen.js'
import { SIGN_FILE, testModule } from './helpers/kmod.js'
import { runBundledAction, runBundledActionAsync, type ActionRun } from './helpers/run.js'
import { FIXTURES, tempDir } from './helpers/tmp.js'

let work: { dir: string; cleanup: () => void }
let keyDir: string
let keyPem: string
let keyLines: string[]
let module: string

beforeAll(async () => {
  work = tempDir()
  keyDir = join(work.dir, 'keys')
  mkdirSync(keyDir)
  await generateKeys({ outDir: keyDir })
  keyPem = readFileSync(join(keyDir, 'livepatch.key'), 'utf8')
  keyLines = keyPem.split('\n').filter(l => l && !l.startsWith('-----'))
  module = join(work.dir, 'hello.ko')
  copyFileSync(testModule(), module)
})
afterAll(() => work.cleanup())

/** Every file below `dir`, recursively. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesBelow(path) : [path]
  })
}

/** The key shows nowhere but in the runner's add-mask commands, and every line of it is masked first. */
function expectKeyHidden(ran: ActionRun, runnerTemp: string): void {
  const lines = ran.stdout.split('\n')
  const masked = lines.filter(l => l.startsWith('::add-mask::'))
  const visible = [
    ...lines.filter(l => !l.startsWith('::add-mask::')),
    ran.stderr,
    ran.summary,
    JSON.stringify(ran.outputs)
  ].join('\n')
  for (const line of keyLines) {
    expect(visible.includes(line)).toBe(false)
    expect(masked.some(m => m === `::add-mask::${line}`)).toBe(true)
  }
  const firstOther = lines.findIndex(l => l !== '' && !l.startsWith('::add-mask::'))
  const lastMask = lines.map(l => l.startsWith('::add-mask::')).lastIndexOf(true)
  expect(firstOther === -1 || lastMask < firstOther).toBe(true)
  for (const file of filesBelow(runnerTemp)) {
    const bytes = readFileSync(file, 'latin1')
    for (const line of keyLines) expect(bytes.includes(line)).toBe(false)
  }
}

describe('action command: sign', () => {
  test('signs exactly as sign-file, sets outputs and summary, and never shows the key', () => {
    const temp = tempDir()
    try {
      const output = join(temp.dir, 'signed.ko')
      const ran = runBundledAction(temp.dir, {
        command: 'sign',
        'signing-key': keyPem,
        'signing-cert': join(keyDir, 'livepatch.crt'),
        module,
        output,
        'kernel-config': join(FIXTURES, 'cvm-6.15.2.config')
      })
      expect(ran.stderr).toBe('')
      expect(ran.status).toBe(0)
      execFileSync(SIGN_FILE, [
        'sha256',
        join(keyDir, 'livepatch.key'),
        join(keyDir, 'livepatch.pem'),
        module,
        join(temp.dir, 'ref.ko')
      ])
      expect(readFileSync(output).equals(readFileSync(join(temp.dir, 'ref.ko')))).toBe(true)
      expect(ran.outputs['signed-module']).toBe(output)
      expect(ran.outputs.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(ran.outputs.signer).toBe('livepatch signing key')
      expect(ran.outputs['key-id']).toMatch(/^([0-9A-F]{2}:)+[0-9A-F]{2}$/)
      expect(ran.summary).toContain(ran.outputs.sha256)
      expectKeyHidden(ran, temp.dir)
    } finally {
      temp.cleanup()
    }
  })

  test('signing-cert as a long absolute path (a runner workspace) is read, not taken for key material', () => {
    const temp = tempDir()
    try {
      // What GITHUB_WORKSPACE looks like for a repository with a long name: one run of 48+
      // letters, digits, '-' and '/' before the first dot.
      const dir = join(temp.dir, 'home/runner/work/my-team-livepatches/my-team-livepatches/keys')
      mkdirSync(dir, { recursive: true })
      copyFileSync(join(keyDir, 'livepatch.crt'), join(dir, 'livepatch.crt'))
      const ran = runBundledAction(temp.dir, {
        command: 'sign',
        'signing-key': keyPem,
        'signing-cert': join(dir, 'livepatch.crt'),
        module,
        output: join(temp.dir, 'signed.ko')
      })
      expect(ran.stderr).toBe('')
      expect(ran.status).toBe(0)
      expect(ran.outputs.signer).toBe('livepatch signing key')
    } finally {
      temp.cleanup()
    }
  })

  test('the hash comes from the kernel config when not given', () => {
    const temp = tempDir()
    try {
      const config = join(temp.dir, 'config')
      writeFileSync(
        config,
        readFileSync(join(FIXTURES, 'cvm-6.15.2.config'), 'utf8').replace(
          'CONFIG_MODULE_SIG_HASH="sha256"',
          'CONFIG_MODULE_SIG_HASH="sha512"'
        )
      )
      const output = join(temp.dir, 'signed.ko')
      const ran = runBundledAction(temp.dir, {
        command: 'sign',
        'signing-key': keyPem,
        'signing-cert': readFileSync(join(keyDir, 'livepatch.pem'), 'utf8'),
        module,
        output,
        'kernel-config': config
      })
      expect(ran.status).toBe(0)
      expect(
        execFileSync('modinfo', ['-F', 'sig_hashalgo', output], { encoding: 'utf8' }).trim()
      ).toBe('sha512')
    } finally {
      temp.cleanup()
    }
  })

  const failures: [string, (dir: string) => Record<string, string>, RegExp][] = [
    [
      'key and certificate do not match',
      () => ({ 'signing-cert': join(work.dir, 'other', 'livepatch.crt') }),
      /does not match the certificate/
    ],
    [
      'module is not a kernel module',
      dir => {
        writeFileSync(join(dir, 'junk.ko'), 'junk')
        return { module: join(dir, 'junk.ko') }
      },
      /not an ELF file/
    ],
    [
      'module for another kernel',
      () => ({ 'kernel-release': '6.15.2-automata' }),
      /vermagic is for kernel/
    ],
    [
      'certificate path missing',
      () => ({ 'signing-cert': 'keys/does-not-exist.crt' }),
      /Invalid input 'signing-cert'/
    ],
    ['module input missing', () => ({ module: '' }), /Input required and not supplied: module/]
  ]
  test.each(failures)(
    'failure: %s — exit 2, no output file, key never shown',
    async (_name, extra, message) => {
      mkdirSync(join(work.dir, 'other'), { recursive: true })
      if (!readdirSync(join(work.dir, 'other')).length)
        await generateKeys({ outDir: join(work.dir, 'other') })
      const temp = tempDir()
      try {
        const output = join(temp.dir, 'signed.ko')
        const ran = runBundledAction(temp.dir, {
          command: 'sign',
          'signing-key': keyPem,
          'signing-cert': join(keyDir, 'livepatch.crt'),
          module,
          output,
          ...extra(temp.dir)
        })
        expect(ran.status).toBe(2)
        expect(ran.stdout).toMatch(message)
        expect(readdirSync(temp.dir).filter(n => n.endsWith('.ko') && n !== 'junk.ko')).toEqual([])
        expectKeyHidden(ran, temp.dir)
      } finally {
        temp.cleanup()
      }
    }
  )
})

describe('the CLI never prints key material', () => {
  test('on success and on each failure path', async () => {
    const cases: string[][] = [
      ['--cert', join(keyDir, 'livepatch.pem'), '--output', join(work.dir, 'cli-ok.ko'), module],
      [
        '--cert',
        join(work.dir, 'other', 'livepatch.pem'),
        '--output',
        join(work.dir, 'cli-bad.ko'),
        module
      ],
      ['--cert', join(keyDir, 'livepatch.pem'), '--hash', 'sha1', module],
      ['--cert', join(keyDir, 'livepatch.pem'), '--json', join(work.dir, 'missing.ko')]
    ]
    for (const args of cases) {
      let printed = ''
      await runCli(['sign', '--key', join(keyDir, 'livepatch.key'), ...args], {
        stdout: t => (printed += t),
        stderr: t => (printed += t),
        env: {}
      })
      for (const line of keyLines) expect(printed.includes(line)).toBe(false)
    }
    // A broken key is reported by its source and reason, never echoed.
    const broken = join(work.dir, 'broken.key')
    writeFileSync(broken, keyPem.replace(keyLines.slice(3, 10).join('\n') + '\n', ''))
    let printed = ''
    const code = await runCli(
      ['sign', '--key', broken, '--cert', join(keyDir, 'livepatch.pem'), module],
      { stdout: t => (printed += t), stderr: t => (printed += t), env: {} }
    )
    expect(code).toBe(2)
    expect(printed).toMatch(/broken.key: cannot read the private key/)
    for (const line of keyLines) expect(printed.includes(line)).toBe(false)
    expect(statSync(module).size).toBe(readFileSync(testModule()).length)
  })
})

describe('action command: sign, hardening', () => {
  test('a private key pasted into signing-cert is never echoed (it is not the masked signing key)', async () => {
    const otherDir = join(work.dir, 'pasted')
    mkdirSync(otherDir, { recursive: true })
    await generateKeys({ outDir: otherDir })
    const pasted = readFileSync(join(otherDir, 'livepatch.key'), 'utf8')
    const temp = tempDir()
    try {
      const ran = runBundledAction(temp.dir, {
        command: 'sign',
        'signing-key': keyPem,
        'signing-cert': pasted,
        module,
        output: join(temp.dir, 'signed.ko')
      })
      expect(ran.status).toBe(2)
      expect(ran.stdout).toMatch(
        /Invalid input 'signing-cert': not a PEM certificate nor the path of one \(value not shown/
      )
      for (const line of pasted.split('\n').filter(l => l && !l.startsWith('-----')))
        expect(ran.stdout.includes(line) || ran.stderr.includes(line)).toBe(false)
      expect(existsSync(join(temp.dir, 'signed.ko'))).toBe(false)
    } finally {
      temp.cleanup()
    }
  })

  test("an encrypted key without its passphrase: the advice names the action's input, not a CLI flag", () => {
    const encrypted = execFileSync(
      'openssl',
      ['pkcs8', '-topk8', '-in', join(keyDir, 'livepatch.key'), '-passout', 'pass:sesame'],
      { encoding: 'utf8' }
    )
    const temp = tempDir()
    try {
      const ran = runBundledAction(temp.dir, {
        command: 'sign',
        'signing-key': encrypted,
        'signing-cert': join(keyDir, 'livepatch.crt'),
        module,
        output: join(temp.dir, 'signed.ko')
      })
      expect(ran.status).toBe(2)
      expect(ran.stdout).toMatch(
        /encrypted; pass its passphrase in the input 'signing-key-passphrase'/
      )
      expect(ran.stdout).not.toContain('--key-passphrase-env')
    } finally {
      temp.cleanup()
    }
  })

  test('signing-key as a pkcs11: URI (SoftHSM2): the PIN from KBUILD_SIGN_PIN is masked first and never shown', async () => {
    const { SOFTHSM_MODULE, softHsmToken } = await import('./sign/softhsm.js')
    const temp = tempDir()
    try {
      const token = softHsmToken(join(temp.dir, 'hsm'), 'action-token', '73915')
      token.importKey(join(keyDir, 'livepatch.key'), 'livepatch', '01')
      const output = join(temp.dir, 'signed.ko')
      const ran = runBundledAction(
        temp.dir,
        {
          command: 'sign',
          'signing-key': 'pkcs11:token=action-token;object=livepatch;type=private',
          'pkcs11-module': SOFTHSM_MODULE,
          'signing-cert': join(keyDir, 'livepatch.crt'),
          module,
          output
        },
        { ...token.env, KBUILD_SIGN_PIN: token.pin }
      )
      expect(ran.stderr).toBe('')
      expect(ran.status).toBe(0)
      execFileSync(SIGN_FILE, [
        'sha256',
        join(keyDir, 'livepatch.key'),
        join(keyDir, 'livepatch.pem'),
        module,
        join(temp.dir, 'ref.ko')
      ])
      expect(readFileSync(output).equals(readFileSync(join(temp.dir, 'ref.ko')))).toBe(true)
      const lines = ran.stdout.split('\n')
      expect(lines[0]).toBe(`::add-mask::${token.pin}`)
      const shown = lines.filter(l => !l.startsWith('::add-mask::'))
      expect(shown.some(l => l.includes(token.pin))).toBe(false)
      // The URI names the key and is shown, not masked.
      const wrong = runBundledAction(
        temp.dir,
        {
          command: 'sign',
          'signing-key': 'pkcs11:token=action-token;object=livepatch;type=private',
          'pkcs11-module': SOFTHSM_MODULE,
          'signing-cert': join(keyDir, 'livepatch.crt'),
          module,
          output: join(temp.dir, 'wrong-pin.ko')
        },
        { ...token.env, KBUILD_SIGN_PIN: '00000' }
      )
      expect(wrong.status).toBe(2)
      expect(wrong.stdout).toMatch(
        /pkcs11:token=action-token;object=livepatch;type=private: wrong PIN for the token/
      )
      expect(existsSync(join(temp.dir, 'wrong-pin.ko'))).toBe(false)
    } finally {
      temp.cleanup()
    }
  })

  test('signing-key as an AWS KMS URI: no private key anywhere, the module as sign-file makes it', async () => {
    const { startAwsKmsServer } = await import('./helpers/servers/kms.js')
    const { createPrivateKey } = await import('node:crypto')
    const kms = await startAwsKmsServer()
    kms.keys.set('alias/livepatch', createPrivateKey(keyPem))
    const temp = tempDir()
    try {
      const output = join(temp.dir, 'signed.ko')
      const ran = await runBundledActionAsync(
        temp.dir,
        {
          command: 'sign',
          'signing-key': 'awskms:alias/livepatch',
          'signing-cert': join(keyDir, 'livepatch.crt'),
          module,
          output
        },
        {
          AWS_ACCESS_KEY_ID: 'AKIDTEST',
          AWS_SECRET_ACCESS_KEY: 'secret',
          AWS_REGION: 'eu-west-1',
          AWS_ENDPOINT_URL_KMS: kms.url
        }
      )
      expect(ran.stderr).toBe('')
      expect(ran.status).toBe(0)
      execFileSync(SIGN_FILE, [
        'sha256',
        join(keyDir, 'livepatch.key'),
        join(keyDir, 'livepatch.pem'),
        module,
        join(temp.dir, 'ref.ko')
      ])
      expect(readFileSync(output).equals(readFileSync(join(temp.dir, 'ref.ko')))).toBe(true)
      expect(ran.outputs.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(kms.requests.length).toBeGreaterThanOrEqual(2)
    } finally {
      await kms.close()
      temp.cleanup()
    }
  })
})
