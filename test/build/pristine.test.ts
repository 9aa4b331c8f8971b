import { describe, expect, test } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { kpatchOriginalMake } from '../../src/build/pristine.js'
import { tempDir } from '../helpers/tmp.js'

describe("kpatch-build's original-build make variables", () => {
  const kpatch = (): string => {
    const { dir } = tempDir()
    mkdirSync(join(dir, 'kpatch-build'))
    mkdirSync(join(dir, 'kmod/patch'), { recursive: true })
    return dir
  }

  test('CC and LD through kpatch-cc, KCFLAGS byte for byte as kpatch-build exports it', () => {
    const dir = kpatch()
    const make = kpatchOriginalMake(dir, { gzNone: true })
    expect(make.vars).toEqual([
      `CC=${dir}/kpatch-build/kpatch-cc gcc`,
      `LD=${dir}/kpatch-build/kpatch-cc ld`
    ])
    // "-I$DATADIR/patch -ffunction-sections -fdata-sections \<newline><tab><tab>$ARCH_KCFLAGS $DEBUG_KCFLAGS"
    expect(make.kcflags).toBe(
      `-I${dir}/kmod/patch -ffunction-sections -fdata-sections \t\t -gz=none`
    )
    expect(make.targets).toEqual(['vmlinux', 'modules'])
  })

  test('no -gz=none when the compiler check is skipped (kpatch-build sets it only there)', () => {
    const dir = kpatch()
    expect(kpatchOriginalMake(dir, { gzNone: false }).kcflags).toBe(
      `-I${dir}/kmod/patch -ffunction-sections -fdata-sections \t\t `
    )
  })
})
