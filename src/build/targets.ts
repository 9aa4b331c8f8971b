// What kpatch-build's two builds make. Without -t it makes `vmlinux modules` for "Building
// original source" and again for "Building patched source". On a tree already built with its
// variables, only the objects the patch reaches compile, but each pass still relinks vmlinux
// (vmlinux.o, modpost, three links for kallsyms): about 15 s a pass on the test tree, 4½ min on
// the image's config. kpatch-build diffs objects, not vmlinux: it reads the parent's symbols from
// -v (kpatch-build: KOBJFILE_PATH="$VMLINUX"), so for a patch that reaches only objects linked
// into vmlinux, those objects as -t targets give the same module (byte for byte, measured) in
// seconds. kbuild itself says what a patch reaches: every target's `.cmd` file records its
// inputs (`source_T :=` and fixdep's `deps_T :=`), and `vmlinux.a` lists every object vmlinux
// links. Anything else keeps kpatch-build's own targets: an input of a module (kpatch-build reads
// the relinked .ko), of a generated header (asm-offsets), a linker script, the vdso or a host
// tool; a file a generator's command names; a new or removed file; a file no target records (not
// in this config, or not C/asm); an EXPORT_SYMBOL change; headers under CONFIG_IKHEADERS. After
// an object-only build, what only kpatch-build's own builds check (its vmlinux link and modpost)
// is checked here, and a doubt builds again with its own targets (buildWithTargets). The records
// are only true when the objects are their sources' own: prepare.ts brings a warm tree back first
// (pristine.ts refreshObjects).
import { execFile } from 'node:child_process'
import { readdir, readFile, rm } from 'node:fs/promises'
import { basename, isAbsolute, join, posix, resolve } from 'node:path'
import { promisify } from 'node:util'
import { errorMessage, quoted } from '../errors.js'
import { writeFileAtomic } from '../files.js'
import { parsePatch, type FilePatch } from '../patches/unified-diff.js'
import {
  kpatchBuilder,
  type BuildEvents,
  type BuildRequest,
  type BuildResult
} from './kpatch-build.js'

export interface TouchedFile {
  path: string
  created: boolean
  deleted: boolean
}

/** `targets` empty: kpatch-build's own (`vmlinux modules`); `reason` says why, for the log. */
export interface TargetChoice {
  targets: string[]
  reason: string
}

/** What one `.cmd` file records: its target, the target's inputs, and `#SYMVER` lines. */
export interface CmdRecord {
  target: string
  /** The command that made it (savedcmd_), where a generator names its input. */
  command: string
  inputs: string[]
  /** Exported symbol → CRC, as kbuild appends them under CONFIG_MODVERSIONS. */
  symvers: Map<string, string>
}

/**
 * More targets than this and kpatch-build's own are used: each -t is one argument of its make
 * command line, and a change that reaches this many objects (a widely included header) compiles
 * long enough that the relink no longer matters.
 */
export const MAX_TARGETS = 1000

const SOURCE_FILE = /\.(c|h|S)$/
/** Generator inputs no `.cmd` names (made with `$(call cmd,…)`, not if_changed). */
const UNRECORDED_INPUTS = ['include/linux/oid_registry.h']
const SAFE_TARGET = /^[A-Za-z0-9_][A-Za-z0-9_.+/-]*\.o$/

/** Parse a kbuild `.cmd` file (savedcmd_/source_/deps_ variables, fixdep's format). */
export function parseCmdFile(text: string): CmdRecord | undefined {
  let target: string | undefined
  let command = ''
  const inputs: string[] = []
  const symvers = new Map<string, string>()
  let inDeps = false
  for (const line of text.split('\n')) {
    if (inDeps) {
      const entry = line.trim().replace(/\s*\\$/, '')
      if (entry && !entry.startsWith('$(wildcard')) inputs.push(entry)
      if (!line.endsWith('\\')) inDeps = false
      continue
    }
    const variable = /^(savedcmd|cmd|source|deps)_(\S+) := ?(.*)$/.exec(line)
    if (variable) {
      const [, kind, name, value] = variable
      target ??= name
      if (kind === 'savedcmd' || kind === 'cmd') command = value
      if (kind === 'source' && value.trim()) inputs.push(value.trim())
      if (kind === 'deps') {
        const first = value.replace(/\s*\\$/, '').trim()
        if (first) inputs.push(first)
        inDeps = value.endsWith('\\')
      }
      continue
    }
    const symver = /^#SYMVER (\S+) (0x[0-9a-fA-F]+)$/.exec(line)
    if (symver) symvers.set(symver[1], symver[2].toLowerCase())
  }
  return target === undefined ? undefined : { target, command, inputs, symvers }
}

/** An input as a path inside the tree (`fs/proc/../proc/x.h` → `fs/proc/x.h`); outside: undefined. */
export function treePath(input: string, tree: string): string | undefined {
  let path = input
  if (path.startsWith('$(srctree)/')) path = path.slice('$(srctree)/'.length)
  else if (isAbsolute(path)) {
    const prefix = tree.endsWith('/') ? tree : `${tree}/`
    if (!path.startsWith(prefix)) return undefined
    path = path.slice(prefix.length)
  }
  path = posix.normalize(path)
  return path === '..' || path.startsWith('../') || isAbsolute(path) ? undefined : path
}

/** Every `.<name>.cmd` file of the tree (kbuild writes one per target), `.git` left out. */
export async function cmdFiles(tree: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    const below: Promise<void>[] = []
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (entry.name !== '.git') below.push(walk(join(dir, entry.name)))
      } else if (entry.isFile() && /^\..+\.cmd$/.test(entry.name)) {
        found.push(join(dir, entry.name))
      }
    }
    await Promise.all(below)
  }
  await walk(tree)
  return found.sort()
}

/** The objects vmlinux links: the members of kbuild's thin archive `vmlinux.a` (Linux 6.1+). */
export async function vmlinuxObjects(
  tree: string,
  env: Record<string, string>
): Promise<Set<string> | undefined> {
  try {
    const { stdout } = await promisify(execFile)('ar', ['t', 'vmlinux.a'], {
      cwd: tree,
      env,
      maxBuffer: 64 * 1024 * 1024
    })
    return new Set(
      stdout
        .split('\n')
        .map(l => treePath(l.trim(), tree))
        .filter((p): p is string => !!p)
    )
  } catch {
    return undefined
  }
}

/** What a record says about the touched files: which it takes as inputs or names in its command. */
interface Reach {
  target: string
  inputs: string[]
  named: string[]
}

/** Read `files` a few at a time; of those naming a touched file's base name, what they reach. */
async function readReaches(files: string[], tree: string, touched: Set<string>): Promise<Reach[]> {
  const names = [...new Set([...touched].map(path => basename(path)))]
  const reaches: Reach[] = []
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const text = await readFile(files[next++], 'utf8')
      // A file that names no touched file's base name records none of them: not parsed.
      if (!names.some(name => text.includes(name))) continue
      const record = parseCmdFile(text)
      if (!record) continue
      const inputs = record.inputs
        .map(input => treePath(input, tree))
        .filter((path): path is string => path !== undefined && touched.has(path))
      // A generator's input appears in its command, not always in deps (mkcapflags, orc_hash).
      const words = record.command.split(/[\s<>'"=;|()]+/)
      const named = [...touched].filter(path =>
        words.some(word => word && treePath(word, tree) === path)
      )
      if (inputs.length || named.length)
        reaches.push({ target: treePath(record.target, tree) ?? record.target, inputs, named })
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker))
  return reaches
}

/**
 * The targets kpatch-build's builds need for this patch in this built tree: the objects the patch
 * reaches when all of them are linked into vmlinux, else kpatch-build's own (with the reason).
 */
export async function chooseTargets(
  tree: string,
  files: TouchedFile[],
  env: Record<string, string>
): Promise<TargetChoice> {
  const own = (reason: string): TargetChoice => ({ targets: [], reason })
  if (files.length === 0) return own('the patch touches no file')
  for (const file of files) {
    if (file.created || file.deleted)
      return own(`${file.path} is ${file.created ? 'new' : 'removed'}: kbuild has no record of it`)
    if (!SOURCE_FILE.test(file.path) || treePath(file.path, tree) !== file.path)
      return own(`${file.path} is not a C or assembler source or header kbuild records`)
  }
  const linked = await vmlinuxObjects(tree, env)
  if (!linked || linked.size === 0)
    return own('the tree has no vmlinux.a to say which objects vmlinux links')
  const touched = new Set(files.map(f => f.path))
  let reaches: Reach[]
  try {
    reaches = await readReaches(await cmdFiles(tree), tree, touched)
  } catch (error) {
    return own(`kbuild's records cannot be read (${errorMessage(error)})`)
  }
  const reached = new Map<string, Set<string>>()
  for (const reach of reaches) {
    for (const path of reach.named) {
      if (!linked.has(reach.target))
        return own(`${path} is named in the command that makes ${quoted(reach.target)}`)
    }
    // An object of vmlinux whose command names the file (an assembler .incbin input) is reached.
    for (const path of new Set([...reach.inputs, ...reach.named])) {
      const targets = reached.get(path) ?? new Set<string>()
      targets.add(reach.target)
      reached.set(path, targets)
    }
  }
  const objects = new Set<string>()
  for (const path of [...touched].sort()) {
    const targets = reached.get(path)
    if (!targets)
      return own(`${path} is an input of no target kbuild built here (not in this config?)`)
    for (const target of [...targets].sort()) {
      if (!linked.has(target))
        return own(
          `${path} is also an input of ${quoted(target)}, which vmlinux does not link (a module, generated header, linker script or tool)`
        )
      // Each target becomes a word of kpatch-build's unquoted `make … $TARGETS`.
      if (!SAFE_TARGET.test(target))
        return own(`${path} is an input of ${quoted(target)}, not a plain object path`)
      objects.add(target)
    }
  }
  if (objects.size > MAX_TARGETS)
    return own(`the patch reaches ${objects.size} objects (more than ${MAX_TARGETS})`)
  const targets = [...objects].sort()
  return {
    targets,
    reason: `the ${targets.length === 1 ? 'object' : `${targets.length} objects`} the patch reaches, all linked into vmlinux: neither build relinks vmlinux or modules`
  }
}

/** `Module.symvers`: symbol → CRC (`0xcrc<TAB>symbol<TAB>module<TAB>export…` lines). */
export function parseModuleSymvers(text: string): Map<string, string> {
  const crcs = new Map<string, string>()
  for (const line of text.split('\n')) {
    const [crc, symbol] = line.split('\t')
    if (symbol && /^0x[0-9a-fA-F]+$/.test(crc)) crcs.set(symbol, crc.toLowerCase())
  }
  return crcs
}

/**
 * Exported symbols whose version (CRC) the patched objects changed, against the pristine
 * `Module.symvers`. With its own targets kpatch-build's patched build reruns modpost and refuses a
 * module that references such a symbol; with object targets nothing reruns modpost, so the caller
 * checks here (each target's `.cmd` holds the patched compile's `#SYMVER` lines afterwards).
 */
export async function changedExportVersions(
  tree: string,
  targets: string[],
  pristineSymvers: string
): Promise<string[]> {
  const before = parseModuleSymvers(pristineSymvers)
  const changed: string[] = []
  for (const target of targets) {
    for (const [symbol, crc] of (await targetRecord(tree, target))?.symvers ?? []) {
      const old = before.get(symbol)
      if (old !== undefined && old !== crc) changed.push(symbol)
    }
  }
  return changed.sort()
}

export interface TargetPlanRequest {
  tree: string
  patchFile: string
  patchText: string
  /** The tree's resolved .config (CONFIG_MODVERSIONS decides whether versions need a baseline). */
  configText: string
  /** The pristine build's Module.symvers; undefined: none kept (a tree built elsewhere or older). */
  pristineSymvers: string | undefined
  env: Record<string, string>
}

/** chooseTargets for a patch file, with the version baseline CONFIG_MODVERSIONS needs. */
export async function planTargets(request: TargetPlanRequest): Promise<TargetChoice> {
  if (/^CONFIG_MODVERSIONS=y$/m.test(request.configText) && request.pristineSymvers === undefined)
    return {
      targets: [],
      reason:
        "CONFIG_MODVERSIONS is set and there is no pristine Module.symvers to check the patched exports' versions against"
    }
  let files: FilePatch[]
  try {
    files = parsePatch(request.patchFile, request.patchText).files
  } catch (error) {
    return { targets: [], reason: `the patch cannot be read here (${errorMessage(error)})` }
  }
  const own = (reason: string): TargetChoice => ({ targets: [], reason })
  // create-diff-object reads the tree's Module.symvers: kpatch-build's own patched build rewrites
  // it, object-only builds leave the pristine one; they agree unless the patch changes an export.
  const exporting = files.find(f =>
    f.hunks.some(h => h.lines.some(l => l.kind !== 'context' && /\bEXPORT_SYMBOL/.test(l.text)))
  )
  if (exporting) return own(`the patch adds or removes an EXPORT_SYMBOL in ${exporting.path}`)
  for (const file of files) {
    // Inputs of generators that keep no record of them (lib/Makefile's oid_registry_data.c).
    if (UNRECORDED_INPUTS.includes(file.path))
      return own(`${file.path} is an input of a generated file kbuild keeps no record of`)
    if (file.path.endsWith('.h') && /^CONFIG_IKHEADERS=[ym]$/m.test(request.configText))
      return own(`${file.path} is a header and CONFIG_IKHEADERS packs every header into the kernel`)
  }
  return chooseTargets(request.tree, files, request.env)
}

/**
 * Put the pristine Module.symvers back when a build with kpatch-build's own targets rewrote it
 * (its patched build's modpost): object-only builds compile the module against the tree's copy.
 */
async function restoreSymvers(tree: string, pristine: string): Promise<boolean> {
  const inTree = join(tree, 'Module.symvers')
  const current = await readFile(inTree, 'utf8').catch(() => undefined)
  const kept = await readFile(pristine, 'utf8')
  if (current === kept) return false
  await writeFileAtomic(inTree, kept)
  return true
}

export interface TargetOptions {
  /** auto: planTargets; default: kpatch-build's own targets. */
  mode: 'auto' | 'default'
  /** Why mode is default, for the log (default: the setting). */
  ownReason?: string
  /** The pristine build's Module.symvers file, when one was kept. */
  pristineSymvers: string | undefined
  log: { info(text: string): void; warning(text: string): void }
}

/** The targets for the log: at most 20 named (a header change can reach a thousand). */
export function shownTargets(targets: string[]): string {
  if (targets.length === 0) return 'its own (vmlinux modules)'
  return targets.length > 20
    ? `${targets.slice(0, 20).join(' ')} and ${targets.length - 20} more`
    : targets.join(' ')
}

/**
 * kpatch-build with the targets planTargets chooses (said in the log), and with its own targets
 * again when objectBuildDoubt finds what only its own builds check (a removed global, a changed
 * export or export version, a symbol nothing defines).
 */
export async function buildWithTargets(
  request: Omit<BuildRequest, 'targets'>,
  options: TargetOptions,
  events: BuildEvents = {}
): Promise<BuildResult> {
  const { log } = options
  // Unreadable here: kpatch-build's own targets, and the builder names what is missing.
  const read = (path: string) => readFile(path, 'utf8').catch(() => undefined)
  const symvers = options.pristineSymvers ? await read(options.pristineSymvers) : undefined
  const [patchText, configText] = await Promise.all([read(request.patch), read(request.config)])
  const plan =
    options.mode !== 'auto'
      ? { targets: [], reason: options.ownReason ?? 'kpatch-targets is default' }
      : patchText === undefined || configText === undefined
        ? { targets: [], reason: 'the patch or the config cannot be read' }
        : await planTargets({
            tree: request.source,
            patchFile: request.patch,
            patchText,
            configText,
            pristineSymvers: symvers,
            env: request.env ?? {}
          })
  log.info(`kpatch-build targets: ${shownTargets(plan.targets)} - ${plan.reason}`)
  if (
    plan.targets.length &&
    options.pristineSymvers &&
    (await restoreSymvers(request.source, options.pristineSymvers))
  )
    log.info("Module.symvers: the pristine build's copy put back (a previous build rewrote it)")
  // The original objects' definitions and exports, to compare the patched ones with.
  const before = plan.targets.length
    ? await objectSymbols(request.source, plan.targets, request.env ?? {}).catch(() => undefined)
    : undefined
  const result = await kpatchBuilder.build({ ...request, targets: plan.targets }, events)
  if (!plan.targets.length) return result
  const again = await objectBuildDoubt(request, plan.targets, result.module, symvers, before)
  if (!again) return result
  log.warning(`${again}: building again with kpatch-build's own targets, whose checks need them`)
  // The first module must not stay behind if the second build refuses the patch.
  await Promise.all([rm(result.module, { force: true }), rm(result.functionsFile, { force: true })])
  return kpatchBuilder.build({ ...request, targets: [] }, events)
}

/**
 * Why an object-only build's module may not be what kpatch-build's own targets would give (or
 * refuse), undefined when it is. Its own patched build links vmlinux (kpatch-cc adds
 * --warn-unresolved-symbols; kpatch-build dies on "Undefined symbols" the module does not define)
 * and reruns modpost (its modversions check refuses a module using an export whose CRC changed).
 */
async function objectBuildDoubt(
  request: Omit<BuildRequest, 'targets'>,
  targets: string[],
  module: string,
  symvers: string | undefined,
  before: ObjectSymbols | undefined
): Promise<string | undefined> {
  const env = request.env ?? {}
  try {
    if (!before) return 'the original objects could not be read'
    // A removed global or a changed export: its own build links and reruns modpost over them.
    const after = await objectSymbols(request.source, targets, env)
    const gone = [...before.globals].filter(name => !after.globals.has(name))
    if (gone.length) return `the patch removes the global ${gone.slice(0, 10).join(', ')}`
    const exports = [
      ...[...before.exports].filter(name => !after.exports.has(name)),
      ...[...after.exports].filter(name => !before.exports.has(name))
    ]
    if (exports.length)
      return `the patch changes which symbols are exported (${exports.slice(0, 10).join(', ')})`
    const unresolved = await unresolvedSymbols(
      request.source,
      targets,
      [resolve(request.vmlinux), resolve(module)],
      env
    )
    if (unresolved.length)
      return `the patched objects use ${unresolved.slice(0, 10).join(', ')}, which neither vmlinux nor the module defines`
    if (symvers !== undefined) {
      const changed = await changedExportVersions(request.source, targets, symvers)
      if (changed.length)
        return `the patch changes the version (CRC) of exported ${changed.join(', ')}`
    }
  } catch (error) {
    return `the object-only build cannot be checked (${errorMessage(error)})`
  }
  return undefined
}

/** nm's lines for `files` (run in `tree`): each symbol's type letter and name. */
async function nm(
  args: string[],
  files: string[],
  tree: string,
  env: Record<string, string>
): Promise<{ type: string; name: string }[]> {
  const { stdout } = await promisify(execFile)('nm', [...args, '--', ...files], {
    cwd: tree,
    env,
    maxBuffer: 512 * 1024 * 1024
  })
  return [...stdout.matchAll(/^[0-9a-f]*\s+([A-Za-z]) (\S+)$/gm)].map(([, type, name]) => ({
    type,
    name
  }))
}

/** A target's own `.cmd` record (kbuild writes `dir/.name.cmd` for `dir/name`). */
async function targetRecord(tree: string, target: string): Promise<CmdRecord | undefined> {
  const cmd = join(tree, posix.dirname(target), `.${posix.basename(target)}.cmd`)
  return parseCmdFile(await readFile(cmd, 'utf8'))
}

export interface ObjectSymbols {
  /** Global symbols the objects define. */
  globals: Set<string>
  /** Symbols they export (EXPORT_SYMBOL's __export_symbol_/__ksymtab_ markers, #SYMVER lines). */
  exports: Set<string>
}

/** What the target objects define and export, as they are in the tree now. */
export async function objectSymbols(
  tree: string,
  targets: string[],
  env: Record<string, string>
): Promise<ObjectSymbols> {
  const globals = new Set<string>()
  const exports = new Set<string>()
  for (const { type, name } of await nm(['--defined-only'], targets, tree, env)) {
    if (type >= 'A' && type <= 'Z') globals.add(name)
    const exported = /^__(?:export_symbol|ksymtab)_(.+)$/.exec(name)
    if (exported) exports.add(exported[1])
  }
  for (const target of targets)
    for (const name of (await targetRecord(tree, target))?.symvers.keys() ?? []) exports.add(name)
  return { globals, exports }
}

/** Symbols the patched target objects use that no target, nor any of `definers`, defines. */
export async function unresolvedSymbols(
  tree: string,
  targets: string[],
  definers: string[],
  env: Record<string, string>
): Promise<string[]> {
  // U only: a weak undefined symbol (w) needs no definition.
  const used = (await nm(['-u'], targets, tree, env)).filter(s => s.type === 'U')
  if (used.length === 0) return []
  const defined = new Set(
    (await nm(['-g', '--defined-only'], [...targets, ...definers], tree, env)).map(s => s.name)
  )
  return [...new Set(used.map(s => s.name))].filter(name => !defined.has(name)).sort()
}
