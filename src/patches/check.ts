// The `check` stage: history rules, the superset verdict of each new patch against the one
// before it, and author-guide warnings. Plain inputs in, a plain report out.
import { readFile } from 'node:fs/promises'
import { LivepatchError } from '../errors.js'
import { compareWithBase, moduleNameFor, readHistory, type HistoryProblem } from './history.js'
import { lintPatch, type LintWarning } from './lint.js'
import { assertKernelTree, proveApplies, readBaseFiles, type ApplyProof } from './apply.js'
import { compareSuperset, type BaseFiles, type SupersetReport } from './superset.js'
import { parsePatch, type ParsedPatch } from './unified-diff.js'
import { preflightConfig, type PreflightReport } from '../build/preflight.js'

export interface CheckOptions {
  /** Folder of NNNN-name.patch files (default `patches`). */
  dir?: string
  /** Compare these two files directly instead of reading a folder. */
  previous?: string
  latest?: string
  /** With a folder: check the change since this git ref (only appends allowed). */
  baseRef?: string
  /** The target kernel's config: its preflight runs too (kpatch-build's refusals in seconds). */
  kernelConfig?: string
  /**
   * The pristine kernel tree (or a sparse checkout of the touched files): base lines neither
   * patch shows are read from it, and each compared patch must apply to it exactly.
   */
  kernelSource?: string
}

export interface CheckReport {
  verdict: 'pass' | 'fail'
  latest: string | null
  previous: string | null
  moduleName: string | null
  pairs: SupersetReport[]
  history: HistoryProblem[]
  warnings: LintWarning[]
  /** What was (not) compared, for the reader: "only one patch", "no new patch since main". */
  notes: string[]
  preflight?: PreflightReport
  /** With a kernel source: did each compared patch apply to it exactly (no fuzz, no offset)? */
  applies: ApplyProof[]
  /** The pristine tree the base lines were read from; null: only what the patches show. */
  kernelSource: string | null
}

/** Compares pairs against the kernel tree when one is given, proving each patch applies once. */
function pairChecker(kernelSource: string | undefined) {
  const proofs = new Map<string, Promise<ApplyProof>>()
  const applies: ApplyProof[] = []
  const prove = async (patches: ParsedPatch[], tree: string): Promise<BaseFiles> => {
    const base = await readBaseFiles(
      tree,
      patches.flatMap(p => p.files.map(f => f.path))
    )
    const fresh = patches.filter(
      (p, k) => !proofs.has(p.file) && patches.findIndex(q => q.file === p.file) === k
    )
    const proven = fresh.length > 0 ? proveApplies(fresh, tree, base) : Promise.resolve([])
    fresh.forEach((patch, k) =>
      proofs.set(
        patch.file,
        proven.then(all => all[k])
      )
    )
    for (const proof of await proven) applies.push(proof)
    return base
  }
  const compare = async (previous: ParsedPatch, latest: ParsedPatch): Promise<SupersetReport> => {
    if (kernelSource === undefined) return compareSuperset(previous, latest)
    return compareSuperset(previous, latest, await prove([previous, latest], kernelSource))
  }
  /** A patch with nothing before it still has to apply. */
  const alone = async (patch: ParsedPatch): Promise<void> => {
    if (kernelSource !== undefined) await prove([patch], kernelSource)
  }
  return { compare, alone, applies }
}

async function preflightOf(path: string | undefined): Promise<PreflightReport | undefined> {
  if (path === undefined) return undefined
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new LivepatchError(`cannot read kernel config '${path}': ${(error as Error).message}`)
  }
  return preflightConfig(text, path)
}

async function loadPatch(path: string): Promise<ParsedPatch> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new LivepatchError(`cannot read patch '${path}': ${(error as Error).message}`)
  }
  return parsePatch(path, bytes)
}

function noteWarnings(patch: ParsedPatch): LintWarning[] {
  return patch.notes.map(note => ({
    file: patch.file,
    line: note.line,
    path: '',
    rule: 'line-endings' as const,
    message: note.message
  }))
}

export async function checkPatches(options: CheckOptions): Promise<CheckReport> {
  if ((options.previous === undefined) !== (options.latest === undefined)) {
    throw new LivepatchError(
      '--previous and --latest go together: name both patch files, or neither'
    )
  }
  if (options.kernelSource !== undefined) await assertKernelTree(options.kernelSource)
  const checker = pairChecker(options.kernelSource)
  if (options.previous !== undefined && options.latest !== undefined) {
    const [previous, latest] = await Promise.all([
      loadPatch(options.previous),
      loadPatch(options.latest)
    ])
    const pair = await checker.compare(previous, latest)
    return {
      verdict: pair.verdict === 'pass' && checker.applies.every(a => a.ok) ? 'pass' : 'fail',
      latest: options.latest,
      previous: options.previous,
      moduleName: moduleNameFor(options.latest),
      pairs: [pair],
      history: [],
      warnings: [...noteWarnings(previous), ...noteWarnings(latest), ...lintPatch(latest)],
      notes: [],
      kernelSource: options.kernelSource ?? null,
      applies: checker.applies
    }
  }

  const history = await readHistory(options.dir ?? 'patches')
  const problems = [...history.problems]
  const notes: string[] = []
  const patches = history.patches
  let toCheck = patches.slice(-1)
  if (options.baseRef !== undefined) {
    const base = await compareWithBase(history, options.baseRef)
    problems.push(...base.problems)
    toCheck = base.appended
    if (toCheck.length === 0) notes.push(`no new patch since ${options.baseRef}`)
  }
  if (patches.length === 0) notes.push(`no patches in ${history.dir}`)

  const cache = new Map<string, Promise<ParsedPatch>>()
  const parsed = (path: string): Promise<ParsedPatch> => {
    let entry = cache.get(path)
    if (!entry) {
      entry = loadPatch(path)
      cache.set(path, entry)
    }
    return entry
  }
  const pairs: SupersetReport[] = []
  const warnings: LintWarning[] = []
  for (const entry of toCheck) {
    const index = patches.indexOf(entry)
    const latest = await parsed(entry.path)
    warnings.push(...noteWarnings(latest), ...lintPatch(latest))
    if (index === 0) {
      notes.push(`${entry.name} is the first patch: nothing to compare it with`)
      await checker.alone(latest)
      continue
    }
    const previous = await parsed(patches[index - 1].path)
    pairs.push(await checker.compare(previous, latest))
  }
  const newest = patches[patches.length - 1]
  const beforeNewest = patches[patches.length - 2]
  const preflight = await preflightOf(options.kernelConfig)
  const failed =
    problems.length > 0 ||
    pairs.some(p => p.verdict === 'fail') ||
    checker.applies.some(a => !a.ok) ||
    preflight?.ok === false
  return {
    verdict: failed ? 'fail' : 'pass',
    latest: newest?.path ?? null,
    previous: beforeNewest?.path ?? null,
    moduleName: newest?.moduleName ?? null,
    pairs,
    history: problems,
    warnings,
    notes,
    kernelSource: options.kernelSource ?? null,
    preflight,
    applies: checker.applies
  }
}
