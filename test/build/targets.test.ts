// Which targets kpatch-build's builds get (src/build/targets.ts), read from kbuild's records in
// kbuild's own formats: `.cmd` files as fixdep writes them and a thin `vmlinux.a` made by the real
// `ar` (test/build/fake-kernel/scripts/fake-records.sh writes the tree these tests read).
import { beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  changedExportVersions,
  chooseTargets,
  MAX_TARGETS,
  parseCmdFile,
  parseModuleSymvers,
  objectSymbols,
  planTargets,
  shownTargets,
  treePath,
  unresolvedSymbols,
  type TouchedFile
} from '../../src/build/targets.js'
import { buildDirs } from '../../src/build/pristine.js'
import { REPO_ROOT, tempDir } from '../helpers/tmp.js'

const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' }
const touched = (...paths: string[]): TouchedFile[] =>
  paths.map(path => ({ path, created: false, deleted: false }))

/** A tree with the fake kernel's records (objects, .cmd files, vmlinux.a, Module.symvers). */
function recordedTree(): string {
  const { dir } = tempDir()
  cpSync(join(REPO_ROOT, 'test/build/fake-kernel'), dir, { recursive: true })
  execFileSync('bash', ['scripts/fake-records.sh'], { cwd: dir })
  return dir
}

// A record as kbuild 6.12 writes it (fs/proc/.cmdline.o.cmd, shortened), with a #SYMVER line.
const CMD = `savedcmd_fs/proc/cmdline.o := gcc -Wp,-MMD,fs/proc/.cmdline.o.d -nostdinc -c -o fs/proc/cmdline.o fs/proc/cmdline.c

source_fs/proc/cmdline.o := fs/proc/cmdline.c

deps_fs/proc/cmdline.o := \\
  include/linux/compiler-version.h \\
    $(wildcard include/config/CC_VERSION_TEXT) \\
  include/linux/kconfig.h \\
    $(wildcard include/config/CPU_BIG_ENDIAN) \\
  fs/proc/../proc/internal.h \\
  /usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h \\
  include/linux/seq_file.h \\

fs/proc/cmdline.o: $(deps_fs/proc/cmdline.o)

$(deps_fs/proc/cmdline.o):
#SYMVER cmdline_fake 0xD5C73054
`

describe('kbuild records', () => {
  test('a .cmd file gives its target, every input (not the wildcards) and its #SYMVER lines', () => {
    const record = parseCmdFile(CMD)
    expect(record?.target).toBe('fs/proc/cmdline.o')
    expect(record?.inputs).toEqual([
      'fs/proc/cmdline.c',
      'include/linux/compiler-version.h',
      'include/linux/kconfig.h',
      'fs/proc/../proc/internal.h',
      '/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h',
      'include/linux/seq_file.h'
    ])
    expect([...(record?.symvers ?? [])]).toEqual([['cmdline_fake', '0xd5c73054']])
    expect(parseCmdFile('not a kbuild record\n')).toBeUndefined()
  })

  test('inputs are paths inside the tree; system headers and escapes are not', () => {
    expect(treePath('fs/proc/../proc/internal.h', '/t')).toBe('fs/proc/internal.h')
    expect(treePath('$(srctree)/include/linux/x.h', '/t')).toBe('include/linux/x.h')
    expect(treePath('/t/include/linux/x.h', '/t')).toBe('include/linux/x.h')
    expect(treePath('/usr/include/stddef.h', '/t')).toBeUndefined()
    expect(treePath('fs/../../etc/passwd', '/t')).toBeUndefined()
  })

  test('Module.symvers: symbol → CRC', () => {
    const crcs = parseModuleSymvers(
      '0xb062e966\tprepare_creds\tvmlinux\tEXPORT_SYMBOL\t\n0xF7370F56\tsystem_state\tvmlinux\tEXPORT_SYMBOL_GPL\tNS\n'
    )
    expect([...crcs]).toEqual([
      ['prepare_creds', '0xb062e966'],
      ['system_state', '0xf7370f56']
    ])
  })
})

describe('chooseTargets', () => {
  let tree: string
  beforeAll(() => {
    tree = recordedTree()
  })

  test('a source file linked into vmlinux: its object alone', async () => {
    expect((await chooseTargets(tree, touched('fs/proc/cmdline.c'), env)).targets).toEqual([
      'fs/proc/cmdline.o'
    ])
  })

  test('a header: every object that includes it, however the include spelled the path', async () => {
    // fs/proc/version.o records it as fs/proc/../proc/internal.h.
    const choice = await chooseTargets(
      tree,
      touched('fs/proc/internal.h', 'fs/proc/cmdline.c'),
      env
    )
    expect(choice.targets).toEqual(['fs/proc/cmdline.o', 'fs/proc/version.o'])
    expect(choice.reason).toContain('2 objects')
  })

  test("kpatch-build's own targets when the patch reaches more than vmlinux's objects", async () => {
    const own = async (files: TouchedFile[]) => {
      const choice = await chooseTargets(tree, files, env)
      expect(choice.targets).toEqual([])
      return choice.reason
    }
    // A generated header's source (asm-offsets) and a module's object include these.
    expect(await own(touched('include/linux/sched.h'))).toContain(
      "'arch/x86/kernel/asm-offsets.s', which vmlinux does not link"
    )
    expect(await own(touched('include/linux/utsname.h'))).toContain("'drivers/fake.o'")
    // Named only in a generator's command (mkcapflags.sh reads it), though common.o includes it.
    expect(await own(touched('arch/x86/include/asm/cpufeatures.h'))).toBe(
      "arch/x86/include/asm/cpufeatures.h is named in the command that makes 'arch/x86/kernel/cpu/capflags.c'"
    )
    expect(await own([{ path: 'fs/proc/new.c', created: true, deleted: false }])).toContain(
      'fs/proc/new.c is new'
    )
    expect(await own([{ path: 'fs/proc/cmdline.c', created: false, deleted: true }])).toContain(
      'removed'
    )
    expect(await own(touched('fs/proc/Makefile'))).toContain('not a C or assembler source')
    expect(await own(touched('fs/../../etc/x.c'))).toContain('not a C or assembler source')
    expect(await own(touched('fs/proc/absent.c'))).toContain('input of no target')
    expect(await own([])).toContain('touches no file')
  })

  test('an object of vmlinux whose command names the file, though its deps do not, is a target', async () => {
    const named = tempDir().dir
    cpSync(tree, named, { recursive: true })
    writeFileSync(
      join(named, 'init/.main.o.cmd'),
      'savedcmd_init/main.o := gcc -c -o init/main.o init/main.c -DBLOB=init/blob.h\n\nsource_init/main.o := init/main.c\n'
    )
    expect((await chooseTargets(named, touched('init/blob.h'), env)).targets).toEqual([
      'init/main.o'
    ])
  })

  test('without vmlinux.a (a tree not built, or before Linux 6.1): its own targets', async () => {
    const bare = tempDir().dir
    cpSync(tree, bare, { recursive: true })
    rmSync(join(bare, 'vmlinux.a'))
    const choice = await chooseTargets(bare, touched('fs/proc/cmdline.c'), env)
    expect(choice).toEqual({
      targets: [],
      reason: 'the tree has no vmlinux.a to say which objects vmlinux links'
    })
  })

  test('an object name that would not be one word of make’s command line is refused', async () => {
    const odd = tempDir().dir
    cpSync(tree, odd, { recursive: true })
    // `-f.o` would be an option of kpatch-build's make, not a target.
    writeFileSync(join(odd, '-f.o'), '')
    writeFileSync(join(odd, '.-f.o.cmd'), 'savedcmd_-f.o := gcc\n\nsource_-f.o := fs/proc/odd.c\n')
    execFileSync('ar', ['cDPrST', 'vmlinux.a', './-f.o'], { cwd: odd })
    const choice = await chooseTargets(odd, touched('fs/proc/odd.c'), env)
    expect(choice.targets).toEqual([])
    expect(choice.reason).toContain('not a plain object path')
  })

  test(`more than ${MAX_TARGETS} objects: its own targets`, async () => {
    const wide = tempDir().dir
    mkdirSync(join(wide, 'lib'))
    const objects: string[] = []
    for (let k = 0; k <= MAX_TARGETS; k++) {
      const object = `lib/o${k}.o`
      objects.push(object)
      writeFileSync(join(wide, object), '')
      writeFileSync(
        join(wide, `lib/.o${k}.o.cmd`),
        `savedcmd_${object} := gcc\n\ndeps_${object} := \\\n  include/linux/wide.h\n`
      )
    }
    execFileSync('ar', ['cDPrST', 'vmlinux.a', ...objects], { cwd: wide })
    const choice = await chooseTargets(wide, touched('include/linux/wide.h'), env)
    expect(choice).toEqual({
      targets: [],
      reason: `the patch reaches ${MAX_TARGETS + 1} objects (more than ${MAX_TARGETS})`
    })
  })
})

describe('planTargets and the exports’ versions', () => {
  let tree: string
  beforeAll(() => {
    tree = recordedTree()
  })
  const patch = readFileSync(
    join(REPO_ROOT, 'test/build/patches/0002-cmdline-version.patch'),
    'utf8'
  )
  const plan = (configText: string, pristineSymvers: string | undefined, patchText = patch) =>
    planTargets({ tree, patchFile: 'p.patch', patchText, configText, pristineSymvers, env })

  test('the files come from the patch; CONFIG_MODVERSIONS needs the pristine Module.symvers', async () => {
    const symvers = readFileSync(join(tree, 'Module.symvers'), 'utf8')
    expect((await plan('CONFIG_MODVERSIONS=y\n', symvers)).targets).toEqual([
      'fs/proc/cmdline.o',
      'fs/proc/version.o'
    ])
    expect((await plan('# CONFIG_MODVERSIONS is not set\n', undefined)).targets).toHaveLength(2)
    const without = await plan('CONFIG_MODVERSIONS=y\n', undefined)
    expect(without.targets).toEqual([])
    expect(without.reason).toContain('no pristine Module.symvers')
    const unreadable = await plan('', undefined, 'diff --git a/x\n+++ nonsense\n')
    expect(unreadable.targets).toEqual([])
    expect(unreadable.reason).toContain('the patch cannot be read here')
  })

  test('its own targets for what object-only builds cannot reproduce: exports, unrecorded generators, IKHEADERS', async () => {
    const symvers = readFileSync(join(tree, 'Module.symvers'), 'utf8')
    const exporting = patch.replace(
      '+\tseq_puts(m, "patched version v2\\n");',
      '+\tseq_puts(m, "patched version v2\\n");\n+EXPORT_SYMBOL(version_proc_show);'
    )
    expect(exporting).not.toBe(patch)
    expect(
      await plan('', symvers, exporting.replace('@@ -9,10 +9,7 @@', '@@ -9,10 +9,8 @@'))
    ).toEqual({
      targets: [],
      reason: 'the patch adds or removes an EXPORT_SYMBOL in fs/proc/version.c'
    })
    const header = (path: string) =>
      `--- a/${path}\n+++ b/${path}\n@@ -1,1 +1,1 @@\n-#define X 1\n+#define X 2\n`
    expect((await plan('', symvers, header('include/linux/oid_registry.h'))).reason).toContain(
      'an input of a generated file kbuild keeps no record of'
    )
    expect(
      (await plan('CONFIG_IKHEADERS=m\n', symvers, header('fs/proc/internal.h'))).reason
    ).toContain('CONFIG_IKHEADERS')
    expect((await plan('', symvers, header('fs/proc/internal.h'))).targets).toHaveLength(2)
  })

  test('symbols the patched objects use that neither they, vmlinux nor the module define', async () => {
    const dir = tempDir().dir
    const cc = (name: string, source: string) => {
      writeFileSync(join(dir, `${name}.c`), source)
      // -fno-pie, as the kernel compiles (no _GLOBAL_OFFSET_TABLE_ reference)
      execFileSync('gcc', ['-c', '-fno-pie', '-o', join(dir, `${name}.o`), join(dir, `${name}.c`)])
      return `${name}.o`
    }
    const target = cc(
      'patched',
      'extern void in_vmlinux(void), in_module(void), nowhere(void);\nextern void __attribute__((weak)) maybe(void);\nvoid f(void) { in_vmlinux(); in_module(); nowhere(); if (maybe) maybe(); }\n'
    )
    const vmlinux = cc('vmlinux', 'void in_vmlinux(void) {}\n')
    const module = cc('module', 'void in_module(void) {}\n')
    expect(await unresolvedSymbols(dir, [target], [vmlinux, module], env)).toEqual(['nowhere'])
  })

  test('what objects define and export: globals, EXPORT_SYMBOL markers and #SYMVER lines', async () => {
    const dir = tempDir().dir
    mkdirSync(join(dir, 'k'))
    writeFileSync(
      join(dir, 'k/a.c'),
      'int shared_counter = 1;\nstatic int hidden;\nint get(void) { return hidden; }\n__attribute__((section(".export_symbol"), used)) static const char __export_symbol_get[] = "";\n'
    )
    execFileSync('gcc', ['-c', '-fno-pie', '-o', 'k/a.o', 'k/a.c'], { cwd: dir })
    writeFileSync(
      join(dir, 'k/.a.o.cmd'),
      'savedcmd_k/a.o := gcc\n#SYMVER shared_counter 0x00000001\n'
    )
    const symbols = await objectSymbols(dir, ['k/a.o'], env)
    expect([...symbols.globals].sort()).toEqual(['get', 'shared_counter'])
    expect([...symbols.exports].sort()).toEqual(['get', 'shared_counter'])
  })

  test('an export whose CRC the patched compile changed is found; a new export is not a change', async () => {
    const pristine = readFileSync(join(tree, 'Module.symvers'), 'utf8')
    const targets = ['fs/proc/cmdline.o', 'fs/proc/version.o']
    expect(await changedExportVersions(tree, targets, pristine)).toEqual([])
    const cmd = join(tree, 'fs/proc/.version.o.cmd')
    const original = readFileSync(cmd, 'utf8')
    writeFileSync(
      cmd,
      original.replace('0x1234abcd', '0x0badc0de') + '#SYMVER proc_version_new 0x00000001\n'
    )
    try {
      expect(await changedExportVersions(tree, targets, pristine)).toEqual(['proc_version_fake'])
    } finally {
      writeFileSync(cmd, original)
    }
  })
})

describe('refreshing a built tree', () => {
  test("kbuild's own build folders, from the top-level built-in.a and modules.order records", async () => {
    const tree = recordedTree()
    // As kbuild 6.12 writes them (shortened): arch/x86/lib/ is not below arch/x86/'s descent.
    writeFileSync(
      join(tree, '.built-in.a.cmd'),
      'savedcmd_built-in.a := rm -f built-in.a;  printf "./%s " init/built-in.a arch/x86/built-in.a fs/built-in.a arch/x86/lib/built-in.a | xargs ar cDPrST built-in.a\n'
    )
    writeFileSync(
      join(tree, '.modules.order.cmd'),
      'savedcmd_modules.order := {   cat init/modules.order;   cat fs/modules.order;   cat drivers/modules.order;   cat ../evil/modules.order; } > modules.order\n'
    )
    expect(await buildDirs(tree, env)).toEqual([
      'arch/x86/',
      'arch/x86/lib/',
      'drivers/',
      'fs/',
      'init/'
    ])
  })

  test("without them, each object's own folder (vmlinux.a and modules.order)", async () => {
    const tree = recordedTree()
    expect(await buildDirs(tree, env)).toEqual(['arch/x86/kernel/cpu/', 'fs/proc/', 'init/'])
    writeFileSync(join(tree, 'modules.order'), 'drivers/fake.o\nsound/x/y.o\n../evil/z.o\n')
    expect(await buildDirs(tree, env)).toEqual([
      'arch/x86/kernel/cpu/',
      'drivers/',
      'fs/proc/',
      'init/',
      'sound/x/'
    ])
  })
})

describe('the targets in the log', () => {
  test('at most 20 named, then how many more; none: its own', () => {
    expect(shownTargets([])).toBe('its own (vmlinux modules)')
    expect(shownTargets(['a.o', 'b.o'])).toBe('a.o b.o')
    const many = Array.from({ length: 25 }, (_, k) => `o${k}.o`)
    expect(shownTargets(many)).toBe(`${many.slice(0, 20).join(' ')} and 5 more`)
  })
})
