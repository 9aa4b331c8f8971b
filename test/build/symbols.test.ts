// The -v comparison (what create-diff-object reads from vmlinux's symbol table) on real programs
// built by gcc: a duplicated static name's sympos follows address order.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareForKpatch, kpatchFacts, parseReadelfSymbols } from '../../src/build/symbols.js'
import { tempDir } from '../helpers/tmp.js'

let work: { dir: string; cleanup: () => void }
const file = (name: string): string => join(work.dir, name)
function program(out: string, order: string[], flags: string[] = []): string {
  execFileSync('gcc', ['-O1', '-fno-inline', ...flags, '-o', file(out), ...order.map(file)])
  return file(out)
}

beforeAll(() => {
  work = tempDir()
  for (const name of ['a', 'b'])
    writeFileSync(
      file(`${name}.c`),
      `static int dup(int x) { return x * ${name === 'a' ? 3 : 5}; }\n` +
        `static int table_${name}[4] = { 1, 2, 3, 4 };\n` +
        `int use_${name}(int x) { return dup(x) + table_${name}[x & 3]; }\n`
    )
  writeFileSync(
    file('main.c'),
    'int use_a(int); int use_b(int);\nint main(int c, char **v) { return use_a(c) + use_b(c); }\n'
  )
})
afterAll(() => work.cleanup())

describe('the -v facts of a symbol table', () => {
  test('each duplicated local gets its sympos by address order, within its file', () => {
    const facts = kpatchFacts(
      parseReadelfSymbols(
        execFileSync('readelf', ['-s', '--wide', program('p', ['a.c', 'b.c', 'main.c'])], {
          encoding: 'utf8'
        })
      )
    )
    expect(facts.get('a.c:dup#1')).toMatch(/^FUNC \d+ sympos 1$/)
    expect(facts.get('b.c:dup#1')).toMatch(/^FUNC \d+ sympos 2$/)
    expect(facts.get('a.c:table_a#1')).toBe('OBJECT 16 sympos 1')
  })

  test('the same program with -ffunction-sections -fdata-sections has the same facts', () => {
    const plain = program('plain', ['a.c', 'b.c', 'main.c'])
    const sections = program(
      'sections',
      ['a.c', 'b.c', 'main.c'],
      ['-ffunction-sections', '-fdata-sections']
    )
    const diff = compareForKpatch(plain, sections)
    expect(diff.checked).toBeGreaterThan(2)
    expect([...diff]).toEqual([])
  })

  test('a different link order changes sympos, and the comparison names it', () => {
    const diff = compareForKpatch(
      program('ab', ['a.c', 'b.c', 'main.c']),
      program('ba', ['b.c', 'a.c', 'main.c'])
    )
    expect(diff).toContainEqual(
      expect.stringMatching(/^a\.c:dup#1: FUNC \d+ sympos 1 vs FUNC \d+ sympos 2$/)
    )
  })
})
