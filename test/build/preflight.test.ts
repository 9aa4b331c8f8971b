import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { compilerIdentity, packageRevision, preflightConfig } from '../../src/build/preflight.js'
import { LivepatchError } from '../../src/errors.js'
import { FIXTURES } from '../helpers/tmp.js'

const CVM_6152 = readFileSync(join(FIXTURES, 'cvm-6.15.2.config'), 'utf8')
const CVM_61511 = readFileSync(join(FIXTURES, 'cvm-6.15.11.config'), 'utf8')
const IMAGE_GCC = 'gcc-12 (Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0'

function edited(from: string, to: string): string {
  expect(CVM_6152).toContain(from)
  return CVM_6152.replace(from, to)
}

describe("preflight on the image's real configs", () => {
  test('cvm-6.15.2 passes with the matching compiler, through the alternative name too', () => {
    for (const gcc of [IMAGE_GCC, 'gcc (Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0']) {
      const report = preflightConfig(CVM_6152, 'cvm-6.15.2.config', {
        gccVersionText: gcc,
        kernelRelease: '6.15.2-automata'
      })
      expect(report.fatal).toEqual([])
      expect(report.ok).toBe(true)
      expect(report.kernelRelease).toBe('6.15.2-automata')
      expect(report.moduleSigHash).toBe('sha256')
    }
  })

  test('cvm-6.15.11 fails against the 6.15.2 compiler and names the revision to install', () => {
    const report = preflightConfig(CVM_61511, 'cvm-6.15.11.config', { gccVersionText: IMAGE_GCC })
    expect(report.ok).toBe(false)
    expect(report.fatal).toHaveLength(1)
    expect(report.fatal[0].message).toContain('apt-get install gcc-12=12.3.0-1ubuntu1~22.04.2')
  })

  test("a vermagic mismatch: the config's release is not the VMs'", () => {
    const report = preflightConfig(CVM_6152, 'c', { kernelRelease: '6.15.2' })
    expect(report.fatal.map(p => p.option)).toEqual(['kernel release'])
    expect(report.fatal[0].message).toMatch(
      /describes kernel 6.15.2-automata but the VMs run 6.15.2/
    )
  })
})

describe('each option kpatch-build refuses, on edited copies', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'CONFIG_DEBUG_INFO',
      'CONFIG_DEBUG_INFO=y',
      '# CONFIG_DEBUG_INFO is not set',
      /doesn't have 'CONFIG_DEBUG_INFO' enabled/
    ],
    [
      'CONFIG_DEBUG_INFO_SPLIT',
      '# CONFIG_DEBUG_INFO_SPLIT is not set',
      'CONFIG_DEBUG_INFO_SPLIT=y',
      /'CONFIG_DEBUG_INFO_SPLIT' not supported/
    ],
    [
      'CONFIG_X86_KERNEL_IBT',
      '# CONFIG_X86_KERNEL_IBT is not set',
      'CONFIG_X86_KERNEL_IBT=y',
      /'CONFIG_X86_KERNEL_IBT' not supported/
    ],
    [
      'CONFIG_GCC_PLUGIN_RANDSTRUCT',
      'CONFIG_RANDSTRUCT_NONE=y',
      'CONFIG_RANDSTRUCT_NONE=y\nCONFIG_GCC_PLUGIN_RANDSTRUCT=y',
      /'CONFIG_GCC_PLUGIN_RANDSTRUCT' not supported/
    ],
    [
      'CONFIG_GCC_PLUGIN_LATENT_ENTROPY',
      'CONFIG_RANDSTRUCT_NONE=y',
      'CONFIG_RANDSTRUCT_NONE=y\nCONFIG_GCC_PLUGIN_LATENT_ENTROPY=y',
      /'CONFIG_GCC_PLUGIN_LATENT_ENTROPY' not supported/
    ],
    [
      'CONFIG_LIVEPATCH',
      'CONFIG_LIVEPATCH=y',
      '# CONFIG_LIVEPATCH is not set',
      /deprecated kpatch core module/
    ],
    [
      'CONFIG_CC_VERSION_TEXT',
      IMAGE_GCC,
      'gcc-13 (Ubuntu 13.1.0-8ubuntu1~22.04) 13.1.0',
      /not gcc 12/
    ]
  ]
  test.each(cases)('%s', (option, from, to, message) => {
    const report = preflightConfig(edited(from, to), 'edited.config')
    expect(report.ok).toBe(false)
    expect(report.fatal.map(p => p.option)).toContain(option)
    expect(report.fatal.find(p => p.option === option)?.message).toMatch(message)
  })

  test('BTF only warns (kpatch-build disables it while building)', () => {
    const report = preflightConfig(
      edited('# CONFIG_DEBUG_INFO_BTF is not set', 'CONFIG_DEBUG_INFO_BTF=y'),
      'btf.config'
    )
    expect(report.ok).toBe(true)
    expect(report.warnings.map(w => w.option)).toEqual(['CONFIG_DEBUG_INFO_BTF'])
  })

  test('a file that is not a kernel config is an error (exit 2), naming file and line', () => {
    expect(() => preflightConfig('hello\nworld\n', 'junk.txt')).toThrow(LivepatchError)
    expect(() => preflightConfig('hello\nworld\n', 'junk.txt')).toThrow(
      /junk.txt:1: not a kernel config line/
    )
    expect(() => preflightConfig('# just a comment\n', 'empty.config')).toThrow(
      /no CONFIG_ options found/
    )
  })
})

describe("Debian's real configs (linux-config-6.12)", () => {
  const dir = '/usr/src/linux-config-6.12'
  const configs = readdirSync(dir).filter(n => n.endsWith('.xz'))
  test('there are configs to check', () => expect(configs.length).toBeGreaterThan(0))
  test.each(configs)('%s fails where it should', name => {
    const text = execFileSync('xz', ['-dc', join(dir, name)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    })
    const report = preflightConfig(text, name)
    expect(report.ok).toBe(false)
    expect(report.fatal.map(p => p.option)).toContain('CONFIG_X86_KERNEL_IBT')
    expect(report.kernelRelease).toMatch(/^6\.12\./)
  })
})

describe('compiler identity', () => {
  test('compared from the parenthesis on; the package revision extracted', () => {
    expect(compilerIdentity('gcc-12 (Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0')).toBe(
      compilerIdentity('GCC: (Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0')
    )
    expect(packageRevision('x86_64-linux-gnu-gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0')).toBe(
      '12.2.0-14+deb12u1'
    )
  })
})
