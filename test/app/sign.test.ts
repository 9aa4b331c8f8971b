// The sign command's one path (src/app/sign.ts) in-process: the digest follows the kernel
// config's CONFIG_MODULE_SIG_HASH in both doors (the CLI's sign had no such default), checked
// with the real modinfo; both readers give the same defaults.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runSign, signSettings } from '../../src/app/sign.js'
import { actionReader } from '../../src/action/inputs.js'
import { cliReader } from '../../src/cli/args.js'
import { runCli } from '../../src/cli.js'
import { generateKeys } from '../../src/sign/keygen.js'
import { testModule } from '../helpers/kmod.js'
import { tempDir } from '../helpers/tmp.js'

let work: { dir: string; cleanup: () => void }
let module: string
let keys: string
let config: string

beforeAll(async () => {
  work = tempDir()
  module = join(work.dir, 'hello.ko')
  copyFileSync(testModule(), module)
  keys = join(work.dir, 'keys')
  mkdirSync(keys)
  await generateKeys({ outDir: keys })
  config = join(work.dir, 'config')
  writeFileSync(config, 'CONFIG_MODULES=y\nCONFIG_MODULE_SIG=y\nCONFIG_MODULE_SIG_HASH="sha512"\n')
})
afterAll(() => work.cleanup())

const hashOf = (ko: string): string =>
  execFileSync('modinfo', ['-F', 'sig_hashalgo', ko], { encoding: 'utf8' }).trim()

describe('sign: one path for both doors', () => {
  test("the CLI's --kernel-config sets the digest from CONFIG_MODULE_SIG_HASH (modinfo reads sha512)", async () => {
    const out = join(work.dir, 'by-config.ko')
    let err = ''
    const code = await runCli(
      [
        'sign',
        '--key',
        join(keys, 'livepatch.key'),
        '--cert',
        join(keys, 'livepatch.crt'),
        '--kernel-config',
        config,
        '--output',
        out,
        module
      ],
      { stdout: () => undefined, stderr: t => (err += t), env: {} }
    )
    expect({ code, err }).toEqual({ code: 0, err: '' })
    expect(hashOf(out)).toBe('sha512')
  })

  test('runSign in-process: an explicit hash wins over the config', async () => {
    const out = join(work.dir, 'explicit.ko')
    const settings = signSettings(
      cliReader(
        'sign',
        {
          key: join(keys, 'livepatch.key'),
          cert: join(keys, 'livepatch.crt'),
          'kernel-config': config,
          hash: 'sha384',
          output: out
        },
        { module: { value: module, label: 'MODULE' } }
      ),
      {}
    )
    const result = await runSign(settings, {})
    expect(result.hash).toBe('sha384')
    expect(hashOf(out)).toBe('sha384')
  })

  test('both readers: the same certificate default and no hash of their own', () => {
    process.env.INPUT_MODULE = module
    process.env['INPUT_SIGNING-KEY'] = 'awskms:alias/livepatch'
    const write = process.stdout.write
    process.stdout.write = () => true
    try {
      const action = signSettings(actionReader(), {})
      const cli = signSettings(
        cliReader(
          'sign',
          { key: 'awskms:alias/livepatch' },
          { module: { value: module, label: 'MODULE' } }
        ),
        {}
      )
      expect([action.certificate.value, action.hash]).toEqual(['keys/livepatch.crt', undefined])
      expect([cli.certificate.value, cli.hash]).toEqual(['keys/livepatch.crt', undefined])
    } finally {
      process.stdout.write = write
      delete process.env.INPUT_MODULE
      delete process.env['INPUT_SIGNING-KEY']
    }
  })
})
