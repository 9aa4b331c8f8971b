// PKCS#11 signing against a real token (SoftHSM2) holding the same key as a file: the module is
// byte-identical to the kernel's sign-file with the key file, verify accepts it, and every bad
// token set-up is exit 2, named, with nothing written and the PIN never printed.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli.js'
import { generateKeys } from '../../src/sign/keygen.js'
import { SIGN_FILE, testModule } from '../helpers/kmod.js'
import { tempDir } from '../helpers/tmp.js'
import { SOFTHSM_MODULE, softHsmToken, type TestToken } from './softhsm.js'

let work: { dir: string; cleanup: () => void }
let module: string
let keys: string
let other: string
let token: TestToken
const uri = (object: string): string => `pkcs11:token=livepatch-test;object=${object};type=private`

async function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {}
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    stdout: t => (out += t),
    stderr: t => (err += t),
    env: { PATH: process.env.PATH, ...token.env, KBUILD_SIGN_PIN: token.pin, ...env }
  })
  return { code, out, err }
}

beforeAll(async () => {
  work = tempDir()
  module = join(work.dir, 'hello.ko')
  copyFileSync(testModule(), module)
  keys = join(work.dir, 'keys')
  other = join(work.dir, 'other')
  mkdirSync(keys)
  mkdirSync(other)
  await generateKeys({ outDir: keys })
  await generateKeys({ outDir: other })
  execFileSync('openssl', [
    'genpkey',
    '-algorithm',
    'EC',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-out',
    join(work.dir, 'ec.key')
  ])
  token = softHsmToken(join(work.dir, 'hsm'))
  token.importKey(join(keys, 'livepatch.key'), 'livepatch', '01')
  token.importKey(join(other, 'livepatch.key'), 'other', '02')
  token.importKey(join(work.dir, 'ec.key'), 'ec-key', '03')
})
afterAll(() => work.cleanup())

function signFile(hash: string, cert: string, out: string): Buffer {
  execFileSync(SIGN_FILE, [hash, join(keys, 'livepatch.key'), cert, module, out], {
    stdio: 'pipe'
  })
  return readFileSync(out)
}

describe('sign --key pkcs11:… (SoftHSM2)', () => {
  test.each(['sha256', 'sha384', 'sha512'])(
    '%s: byte-identical to sign-file with the same key as a file, and verify accepts it',
    async hash => {
      const output = join(work.dir, `hsm-${hash}.ko`)
      const ran = await cli([
        'sign',
        '--key',
        uri('livepatch'),
        '--pkcs11-module',
        SOFTHSM_MODULE,
        '--cert',
        join(keys, 'livepatch.crt'),
        '--hash',
        hash,
        '--output',
        output,
        module
      ])
      expect(ran.err).toBe('')
      expect(ran.code).toBe(0)
      const reference = signFile(
        hash,
        join(keys, 'livepatch.pem'),
        join(work.dir, `ref-${hash}.ko`)
      )
      expect(readFileSync(output).equals(reference)).toBe(true)
      const verified = await cli(['verify', '--cert', join(keys, 'livepatch.crt'), output])
      expect(verified.code).toBe(0)
      expect(verified.out).toMatch(/^valid:/)
    }
  )

  test('the library from PKCS11_MODULE_PATH and the PIN from the URI, which is never printed', async () => {
    const output = join(work.dir, 'pin-in-uri.ko')
    const ran = await cli(
      [
        'sign',
        '--key',
        `${uri('livepatch')}?pin-value=${token.pin}`,
        '--cert',
        join(keys, 'livepatch.crt'),
        '--output',
        output,
        '--json',
        module
      ],
      { PKCS11_MODULE_PATH: SOFTHSM_MODULE, KBUILD_SIGN_PIN: undefined }
    )
    expect(ran.code).toBe(0)
    expect(
      readFileSync(output).equals(
        signFile('sha256', join(keys, 'livepatch.pem'), join(work.dir, 'ref-uri.ko'))
      )
    ).toBe(true)
    expect(ran.out + ran.err).not.toContain(token.pin)
  })

  const refusals: [string, string, NodeJS.ProcessEnv, RegExp][] = [
    [
      'a wrong PIN',
      uri('livepatch'),
      { KBUILD_SIGN_PIN: '0000' },
      /pkcs11:token=livepatch-test;object=livepatch;type=private: wrong PIN for the token \(the PIN from KBUILD_SIGN_PIN\)/
    ],
    [
      'no PIN',
      uri('livepatch'),
      { KBUILD_SIGN_PIN: undefined },
      /no PIN for the token; set KBUILD_SIGN_PIN/
    ],
    [
      'a missing object',
      uri('nothing-here'),
      {},
      /object=nothing-here;type=private: no private key object matching this URI/
    ],
    [
      'a token that does not exist',
      'pkcs11:token=elsewhere;object=livepatch',
      {},
      /token=elsewhere;object=livepatch: no token matching this URI/
    ],
    [
      'a key of the wrong type (EC)',
      uri('ec-key'),
      {},
      /object=ec-key;type=private: key type ec is not supported; module signing keys are RSA/
    ],
    [
      'a key that does not match the certificate',
      uri('other'),
      {},
      /object=other;type=private does not match the certificate .*livepatch\.crt \(different public key\)/
    ],
    [
      'a library that does not load',
      uri('livepatch'),
      { PKCS11_MODULE_PATH: '/nonexistent/libp11.so' },
      /cannot load the PKCS#11 library '\/nonexistent\/libp11.so'/
    ]
  ]
  test.each(refusals)(
    '%s: exit 2, named, nothing written, PIN not shown',
    async (_, key, env, message) => {
      const output = join(work.dir, `refused-${Math.random().toString(16).slice(2)}.ko`)
      const ran = await cli(
        ['sign', '--key', key, '--cert', join(keys, 'livepatch.crt'), '--output', output, module],
        { PKCS11_MODULE_PATH: SOFTHSM_MODULE, ...env }
      )
      expect(ran.code).toBe(2)
      expect(ran.err).toMatch(message)
      expect(ran.err + ran.out).not.toContain(token.pin)
      expect(existsSync(output)).toBe(false)
    }
  )

  test('a pin-source URI attribute is refused (the PIN belongs in KBUILD_SIGN_PIN)', async () => {
    const ran = await cli([
      'sign',
      '--key',
      `${uri('livepatch')}?pin-source=/etc/pin`,
      '--pkcs11-module',
      SOFTHSM_MODULE,
      '--cert',
      join(keys, 'livepatch.crt'),
      module
    ])
    expect(ran.code).toBe(2)
    expect(ran.err).toMatch(/pin-source is not supported/)
  })
})

describe('keygen --key pkcs11:… makes the certificate for a key on the token', () => {
  test('no private key file; the certificate signs and verifies, and sign-file agrees byte for byte', async () => {
    const out = join(work.dir, 'hsm-cert')
    mkdirSync(out)
    const made = await cli([
      'keygen',
      '--key',
      uri('livepatch'),
      '--pkcs11-module',
      SOFTHSM_MODULE,
      '--out',
      out,
      '--subject',
      '/CN=hsm livepatch key',
      '--json'
    ])
    expect(made.err).toBe('')
    expect(made.code).toBe(0)
    expect(existsSync(join(out, 'livepatch.key'))).toBe(false)
    // openssl checks the self-signature and shows the kernel's extensions.
    const text = execFileSync(
      'openssl',
      ['x509', '-in', join(out, 'livepatch.pem'), '-noout', '-text'],
      { encoding: 'utf8' }
    )
    expect(text).toMatch(/Subject: CN = hsm livepatch key/)
    expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/)
    expect(text).toMatch(/Code Signing/)
    execFileSync(
      'openssl',
      [
        'verify',
        '-CAfile',
        join(out, 'livepatch.pem'),
        '-check_ss_sig',
        '-purpose',
        'any',
        join(out, 'livepatch.pem')
      ],
      { stdio: 'pipe' }
    )
    const output = join(work.dir, 'hsm-own-cert.ko')
    const signed = await cli([
      'sign',
      '--key',
      uri('livepatch'),
      '--pkcs11-module',
      SOFTHSM_MODULE,
      '--cert',
      join(out, 'livepatch.crt'),
      '--output',
      output,
      module
    ])
    expect(signed.code).toBe(0)
    expect(
      readFileSync(output).equals(
        signFile('sha256', join(out, 'livepatch.pem'), join(work.dir, 'ref-own.ko'))
      )
    ).toBe(true)
    expect((await cli(['verify', '--cert', join(out, 'livepatch.crt'), output])).code).toBe(0)
  })
})
