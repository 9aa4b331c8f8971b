import { describe, expect, test } from '@jest/globals'
import { lintPatch, type LintRule } from '../../src/patches/lint.js'
import { parsePatch } from '../../src/patches/unified-diff.js'

function patch(path: string, section: string, body: string[]): string {
  const old = body.filter(l => !l.startsWith('+')).length
  const neu = body.filter(l => !l.startsWith('-')).length
  return [
    `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -10,${old} +10,${neu} @@ ${section}`,
    ...body,
    ''
  ].join('\n')
}

function rules(text: string): LintRule[] {
  return lintPatch(parsePatch('p.patch', text)).map(w => w.rule)
}

describe('patch-author guide warnings', () => {
  test('a plain change inside a function body warns about nothing', () => {
    expect(
      rules(
        patch('fs/proc/meminfo.c', 'static int meminfo_proc_show(struct seq_file *m, void *v)', [
          ' \tint lru;',
          '+\tpr_info("x");',
          ' \tsi_meminfo(&i);'
        ])
      )
    ).toEqual([])
  })

  test('a field added inside a struct definition', () => {
    expect(
      rules(
        patch('include/linux/foo.h', '', ['struct foo {', ' \tint a;', '+\tint b;', ' };']).replace(
          'struct foo {',
          ' struct foo {'
        )
      )
    ).toEqual(['data-structure', 'header'])
    expect(
      rules(patch('kernel/foo.c', 'struct foo {', [' \tint a;', '+\tint b;', ' \tint c;']))
    ).toEqual(['data-structure'])
  })

  test('__init and __exit code', () => {
    expect(
      rules(
        patch('kernel/foo.c', 'static int __init foo_init(void)', [
          ' \tint a;',
          '+\tpr_info("x");',
          ' \treturn 0;'
        ])
      )
    ).toEqual(['init-code'])
  })

  test('static locals, and global data or initializers', () => {
    expect(
      rules(
        patch('kernel/foo.c', 'int foo(void)', [
          ' \tint a;',
          '+\tstatic int count = 0;',
          ' \treturn 0;'
        ])
      )
    ).toEqual(['static-local'])
    expect(
      rules(
        patch('kernel/foo.c', '', [' #include <linux/x.h>', '+static int foo_enabled = 1;', ' '])
      )
    ).toEqual(['global-data'])
    expect(
      rules(
        patch('kernel/foo.c', 'static const struct file_operations foo_fops = {', [
          ' \t.open = foo_open,',
          '+\t.read = foo_read,',
          ' };'
        ])
      )
    ).toEqual(['global-data'])
  })

  test('an inline function in a header', () => {
    expect(
      rules(
        patch('include/linux/foo.h', 'static inline int foo(void)', [
          ' {',
          '-\treturn 0;',
          '+\treturn 1;',
          ' }'
        ])
      )
    ).toEqual(['header-inline'])
  })

  test('assembly and non-source files', () => {
    expect(rules(patch('arch/x86/entry/entry_64.S', '', [' \tnop', '+\tnop', ' \tret']))).toEqual([
      'assembly'
    ])
    expect(
      rules(patch('kernel/Makefile', '', [' obj-y += a.o', '+obj-y += b.o', ' obj-y += c.o']))
    ).toEqual(['not-source'])
  })

  test('warnings point at the patch line and never fail anything', () => {
    const [warning] = lintPatch(
      parsePatch(
        'p.patch',
        patch('kernel/foo.c', 'int foo(void)', [
          ' \tint a;',
          '+\tstatic int count;',
          ' \treturn 0;'
        ])
      )
    )
    expect(warning).toMatchObject({
      file: 'p.patch',
      line: 5,
      path: 'kernel/foo.c',
      rule: 'static-local'
    })
    expect(warning.message).toMatch(/Data semantic changes/)
  })
})
