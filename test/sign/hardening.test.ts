// Bad input to sign that was accepted or reported badly: truncated and corrupt ELF, weak RSA
// keys, an --output that cannot be written, and key material where a path belongs.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli.js'
import { generateKeys } from '../../src/sign/keygen.js'
import { testModule } from '../helpers/kmod.js'
import { tempDir } from '../helpers/tmp.js'

let work: { dir: string; cleanup: () => void }
let module: string
let keys: string

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: t => (out += t), stderr: t => (err += t), env: {} })
  return { code, out, err }
}

beforeAll(async () => {
  work = tempDir()
  module = join(work.dir, 'hello.ko')
  copyFileSync(testModule(), module)
  keys = join(work.dir, 'keys')
  mkdirSync(keys)
  await generateKeys({ outDir: keys })
})
afterAll(() => work.cleanup())

const sign = (input: string, output: string, extra: string[] = []) =>
  cli([
    'sign',
    '--key',
    join(keys, 'livepatch.key'),
    '--cert',
    join(keys, 'livepatch.crt'),
    '--output',
    output,
    ...extra,
    input
  ])

/** A copy of the module with `edit` applied. */
function broken(name: string, edit: (b: Buffer) => Buffer): string {
  const path = join(work.dir, name)
  writeFileSync(path, edit(Buffer.from(readFileSync(module))))
  return path
}

describe('the ELF is validated whole before signing, with or without --kernel-release', () => {
  const shoff = (b: Buffer): number => Number(b.readBigUInt64LE(0x28))
  const cases: [string, (b: Buffer) => Buffer, RegExp][] = [
    [
      'truncated before the section table',
      b => b.subarray(0, shoff(b) + 10),
      /section table .* ends past the file/
    ],
    [
      'truncated in the middle of the contents',
      b => b.subarray(0, Math.floor(b.length / 2)),
      /truncated or corrupt ELF/
    ],
    [
      'a section header pointing past the end',
      b => {
        const at = shoff(b) + 2 * 64 // section 2's header
        b.writeBigUInt64LE(BigInt(b.length + 4096), at + 0x18)
        return b
      },
      /section 2 ends past the end of the file/
    ],
    ['a wrong section header size', b => (b.writeUInt16LE(63, 0x3a), b), /section header size 63/],
    [
      'a name table index out of range',
      b => (b.writeUInt16LE(0xfff0, 0x3e), b),
      /section name table index/
    ],
    [
      'no .modinfo section',
      b => {
        const at = b.indexOf('.modinfo\0')
        b.write('.nomodin', at, 'latin1')
        return b
      },
      /no \.modinfo section/
    ]
  ]
  test.each(cases)('%s: exit 2, nothing written', async (name, edit, message) => {
    const input = broken(`${name.replace(/\W+/g, '-')}.ko`, edit)
    for (const extra of [[], ['--kernel-release', 'ignored']]) {
      const output = join(work.dir, 'out-elf.ko')
      const ran = await sign(input, output, extra)
      expect(ran.code).toBe(2)
      expect(ran.err).toMatch(message)
      expect(ran.err).toContain(input)
      expect(existsSync(output)).toBe(false)
    }
  })
})

describe('weak keys', () => {
  test('an RSA key under 2048 bits is refused by sign (as keygen refuses it)', async () => {
    const weak = join(work.dir, 'weak')
    mkdirSync(weak)
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:1024',
        '-nodes',
        '-keyout',
        join(weak, 'weak.key'),
        '-out',
        join(weak, 'weak.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=weak'
      ],
      { stdio: 'pipe' }
    )
    const output = join(work.dir, 'weak.ko')
    const ran = await cli([
      'sign',
      '--key',
      join(weak, 'weak.key'),
      '--cert',
      join(weak, 'weak.pem'),
      '--output',
      output,
      module
    ])
    expect(ran.code).toBe(2)
    expect(ran.err).toMatch(
      /weak\.key: RSA key of 1024 bits is too weak; module signing keys must be at least 2048 bits/
    )
    expect(existsSync(output)).toBe(false)
  })
})

describe('--output names the path the user gave', () => {
  test('in a folder that does not exist', async () => {
    const output = join(work.dir, 'no-such-folder', 'signed.ko')
    const ran = await sign(module, output)
    expect(ran.code).toBe(2)
    expect(ran.err).toContain(
      `cannot write the signed module to '${output}': folder '${join(work.dir, 'no-such-folder')}' does not exist`
    )
    expect(ran.err).not.toMatch(/\.tmp/)
  })
  test('on a folder', async () => {
    const output = join(work.dir, 'a-folder')
    mkdirSync(output)
    const ran = await sign(module, output)
    expect(ran.code).toBe(2)
    expect(ran.err).toContain(`cannot write the signed module to '${output}': it is a folder`)
    expect(ran.err).not.toMatch(/\.tmp/)
  })
})

describe('key material where a path belongs is never echoed (CLI door)', () => {
  test('a PEM private key given as --cert or --key text', async () => {
    const pem = readFileSync(join(keys, 'livepatch.key'), 'utf8')
    const body = pem.split('\n')[2]
    for (const args of [
      // `--cert="$(cat livepatch.key)"`: the = form, or parseArgs takes ----- for an option
      ['--key', join(keys, 'livepatch.key'), `--cert=${pem}`],
      [`--key=${pem}`, '--cert', join(keys, 'livepatch.crt')]
    ]) {
      const ran = await cli(['sign', ...args, module])
      expect(ran.code).toBe(2)
      expect(ran.err).toMatch(/value not shown/)
      expect(ran.err).not.toContain(body)
      expect(ran.err).not.toContain('PRIVATE KEY')
    }
  })
})
