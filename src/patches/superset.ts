// The superset verdict: does the newest cumulative patch still make every change of the one
// before it? Both patches are read in base-tree coordinates (line numbers of the pristine tree),
// so hunk offsets, context width, hunk splits and file order do not matter — and the verdict is
// decided over every alignment of the two results to the base (regions.ts), so it does not
// depend on which of several equally true diffs a tool wrote when lines repeat.
//
// What the patches do not show of the base is not guessed: given the pristine files (a kernel
// tree) every line is known; without them a verdict that could turn on a line neither patch
// shows is reported as undecidable, never as a pass.
import { fileEdits, type FileEdits } from './edits.js'
import { annotationLine, everyChange, explainMissing } from './explain.js'
import {
  AmbiguousRegionError,
  containsExactly,
  containsMaximal,
  insertionsByGap,
  lcsLength,
  offMinimalAnchors,
  STATE_BUDGET,
  regionsOf,
  regionTexts,
  relaxedRegion,
  type BaseView,
  type Region
} from './regions.js'
import type { ParsedPatch } from './unified-diff.js'

export { fileEdits } from './edits.js'

export type ChangeKind = 'removal' | 'addition' | 'file' | 'base' | 'undecidable'
export type MissingHow = 'dropped' | 'altered' | 'moved' | 'disagrees' | 'tree' | 'undecidable'

/** One change of the previous patch that the latest one does not make (or makes differently). */
export interface MissingChange {
  file: string
  kind: ChangeKind
  how: MissingHow
  /** Base-tree line: the removed line, or for an addition the line it was inserted after. */
  oldLine: number
  /** The previous patch's text for this change. */
  text: string
  /** What the latest patch has instead (altered lines, disagreeing base text, moved position). */
  found?: string
  previousPatchLine: number
  /** Line of the latest patch file to annotate. */
  latestPatchLine: number
}

export interface FileComparison {
  file: string
  status: 'kept' | 'incomplete' | 'dropped' | 'new'
  previousChanges: number
  latestChanges: number
  missing: number
}

export interface SupersetReport {
  previous: string
  latest: string
  verdict: 'pass' | 'fail'
  files: FileComparison[]
  missing: MissingChange[]
  /** The pristine files were read for these paths (the others: only what the patches show). */
  baseRead: string[]
}

/**
 * Pristine base files by path (lines without newlines); `null` when the tree has no such file.
 * Paths missing from the map are unknown beyond what the patches show.
 */
export type BaseFiles = ReadonlyMap<string, readonly string[] | null>

/** Compare the latest patch with the previous one. Pure: the base files, if any, are passed in. */
export function compareSuperset(
  previous: ParsedPatch,
  latest: ParsedPatch,
  baseFiles: BaseFiles = new Map()
): SupersetReport {
  const latestByPath = new Map(latest.files.map(f => [f.path, f]))
  const previousPaths = new Set(previous.files.map(f => f.path))
  const files: FileComparison[] = []
  const missing: MissingChange[] = []
  const changes = (edits: FileEdits): number => edits.removed.size + edits.added.length

  for (const prevFile of previous.files) {
    const prev = fileEdits(prevFile)
    const latestFile = latestByPath.get(prevFile.path)
    if (!latestFile) {
      const dropped = everyChange(prev, 'dropped', latest.files[0]?.patchLine ?? 1)
      missing.push(...dropped)
      files.push({
        file: prevFile.path,
        status: 'dropped',
        previousChanges: changes(prev),
        latestChanges: 0,
        missing: dropped.length
      })
      continue
    }
    const next = fileEdits(latestFile)
    const found = compareFile(prev, next, baseFiles.get(prevFile.path) ?? undefined)
    missing.push(...found)
    files.push({
      file: prevFile.path,
      status: found.length === 0 ? 'kept' : 'incomplete',
      previousChanges: changes(prev),
      latestChanges: changes(next),
      missing: found.length
    })
  }
  for (const latestFile of latest.files) {
    if (previousPaths.has(latestFile.path)) continue
    files.push({
      file: latestFile.path,
      status: 'new',
      previousChanges: 0,
      latestChanges: changes(fileEdits(latestFile)),
      missing: 0
    })
  }
  return {
    previous: previous.file,
    latest: latest.file,
    verdict: missing.length === 0 ? 'pass' : 'fail',
    files,
    missing,
    baseRead: [...baseFiles].filter(([, lines]) => lines).map(([path]) => path)
  }
}

function fileChange(prev: FileEdits, next: FileEdits): MissingChange | null {
  const path = prev.patch.path
  const change = (text: string, found: string): MissingChange => ({
    file: path,
    kind: 'file',
    how: 'dropped',
    oldLine: 0,
    text,
    found,
    previousPatchLine: prev.patch.patchLine,
    latestPatchLine: next.patch.patchLine
  })
  if (prev.patch.created && !next.patch.created)
    return change(`creates ${path}`, 'modifies it as an existing file')
  if (prev.patch.deleted && !next.patch.deleted) return change(`deletes ${path}`, 'keeps the file')
  return null
}

/** Base lines the patches show that disagree with each other or with the pristine file. */
function baseDisagreements(
  prev: FileEdits,
  next: FileEdits,
  tree: readonly string[] | undefined
): MissingChange[] {
  const path = prev.patch.path
  const out: MissingChange[] = []
  // A mismatch between the patches usually means the latest was made on top of the previous
  // one (incremental) instead of against the pristine tree.
  for (const [oldLine, line] of prev.base) {
    const other = next.base.get(oldLine)
    if (other && other.text !== line.text) {
      out.push({
        file: path,
        kind: 'base',
        how: 'disagrees',
        oldLine,
        text: line.text,
        found: other.text,
        previousPatchLine: line.patchLine,
        latestPatchLine: other.patchLine
      })
    }
  }
  if (!tree) return out
  for (const [edits, which] of [
    [prev, 'previous'],
    [next, 'latest']
  ] as const) {
    for (const [oldLine, line] of edits.base) {
      const pristine = tree[oldLine - 1]
      if (pristine === line.text) continue
      out.push({
        file: path,
        kind: 'base',
        how: 'tree',
        oldLine,
        text: line.text,
        found: pristine === undefined ? `(the file has ${tree.length} lines)` : pristine,
        previousPatchLine: which === 'previous' ? line.patchLine : 0,
        latestPatchLine: which === 'latest' ? line.patchLine : annotationLine(next, oldLine)
      })
    }
  }
  return out
}

function baseView(prev: FileEdits, next: FileEdits, tree: readonly string[] | undefined): BaseView {
  const text = tree
    ? (line: number): string | undefined => tree[line - 1]
    : (line: number): string | undefined => prev.base.get(line)?.text ?? next.base.get(line)?.text
  let length = tree?.length ?? prev.baseEnd ?? next.baseEnd
  if (prev.patch.created && next.patch.created) length = 0
  const counts = new Map<string, number>()
  const bump = (t: string): void => {
    counts.set(t, (counts.get(t) ?? 0) + 1)
  }
  if (tree) tree.forEach(bump)
  else {
    const shown = new Set([...prev.base.keys(), ...next.base.keys()])
    for (const line of shown) bump(text(line) as string)
  }
  for (const add of prev.added) bump(add.text)
  for (const add of next.added) bump(add.text)
  return { text, length, count: t => counts.get(t) ?? 0 }
}

function compareFile(
  prev: FileEdits,
  next: FileEdits,
  tree: readonly string[] | undefined
): MissingChange[] {
  const dropped = fileChange(prev, next)
  if (dropped?.text.startsWith('creates')) return [dropped]
  const out: MissingChange[] = dropped ? [dropped] : []
  const disagreements = baseDisagreements(prev, next, tree)
  if (disagreements.length > 0) return sortByPatchLine([...out, ...disagreements])

  const view = baseView(prev, next, tree)
  const ids = new Map<string, number>()
  const intern = (text: string): number => {
    let id = ids.get(text)
    if (id === undefined) ids.set(text, (id = ids.size))
    return id
  }
  const sides = [prev, next].map(edits => ({ edits, adds: insertionsByGap(edits, intern) }))
  const texts = textsOf(view, sides, intern)
  const decide = (region: Region, relaxed = false): boolean | null => {
    const [base, previous, latest] = texts(region)
    // Both results read the same here: N makes exactly P's change (any minimal diff shows it).
    if (previous.length === latest.length && previous.every((id, k) => id === latest[k]))
      return true
    return (relaxed ? containsMaximal : containsExactly)(base, previous, latest)
  }
  const cuts = cutter(view, sides, prev, next, texts)
  const refused = new Set<number>()
  const failing: Region[] = []
  // A refused region whose anchor some minimal diff avoids is decided again merged with its
  // neighbour: a refusal is final only between anchors every minimal diff keeps.
  for (let round = 0; ; round++) {
    failing.length = 0
    let merged = false
    for (const region of cuts.cut(refused)) {
      const verdict = decide(region)
      if (verdict === null) throw new AmbiguousRegionError(prev.patch.path, region, STATE_BUDGET)
      if (verdict) continue
      for (const anchor of [region.from, region.to]) {
        if (!cuts.isAnchor(anchor) || refused.has(anchor) || cuts.essential(anchor)) continue
        refused.add(anchor)
        merged = true
      }
      failing.push(region)
    }
    if (!merged || round > 1000) break
  }
  let explained: MissingChange[] | undefined
  for (const region of failing) {
    const open = region.openBefore || region.openAfter
    // A refusal that a line neither patch shows could turn: grow the region through those lines
    // as if they matched anything. If even that finds no alignment, the refusal is definite.
    if (open && decide(relaxedRegion(view, prev, next, region), true) !== false) {
      out.push(undecidable(prev, next, region, view))
      continue
    }
    explained ??= explainMissing(prev, next, view.text)
    const inside = explained.filter(m => within(m, region))
    out.push(...(inside.length > 0 ? inside : [firstChange(prev, next, region)]))
  }
  return sortByPatchLine(out)
}

function within(change: MissingChange, region: Region): boolean {
  if (change.kind === 'removal') return change.oldLine > region.from && change.oldLine < region.to
  return change.oldLine >= region.from && change.oldLine < region.to
}

/** The previous patch's first change inside a region, for a refusal the diffs cannot name. */
function firstChange(prev: FileEdits, next: FileEdits, region: Region): MissingChange {
  const removals = [...prev.removed].filter(([line]) => line > region.from && line < region.to)
  const additions = prev.added.filter(a => a.gap >= region.from && a.gap < region.to)
  const removal = removals.sort((a, b) => a[0] - b[0])[0]
  const addition = additions[0]
  const base = {
    file: prev.patch.path,
    how: 'dropped' as const,
    found: 'no alignment of the latest patch places it'
  }
  if (removal && (!addition || removal[0] <= addition.gap)) {
    return {
      ...base,
      kind: 'removal',
      oldLine: removal[0],
      text: removal[1].text,
      previousPatchLine: removal[1].patchLine,
      latestPatchLine: next.base.get(removal[0])?.patchLine ?? annotationLine(next, removal[0])
    }
  }
  const add = addition ?? { gap: region.from, text: '', patchLine: prev.patch.patchLine }
  return {
    ...base,
    kind: 'addition',
    oldLine: add.gap,
    text: add.text,
    previousPatchLine: add.patchLine,
    latestPatchLine: annotationLine(next, add.gap)
  }
}

/** Base lines next to a region that neither patch shows, as "40-41" or "from 346 on". */
function unseenNear(view: BaseView, region: Region): string[] {
  const out: string[] = []
  const run = (start: number, step: 1 | -1): string => {
    let end = start
    for (let k = 0; k < 10_000 && view.text(end + step) === undefined; k++) {
      if (end + step <= 0) break
      end += step
    }
    if (step === 1 && end - start >= 9_999) return `from ${start} on`
    const [lo, hi] = step === 1 ? [start, end] : [end, start]
    return lo === hi ? `${lo}` : `${lo}-${hi}`
  }
  if (region.openBefore) out.push(run(region.from, -1))
  if (region.openAfter) out.push(run(region.to, 1))
  return out
}

function undecidable(
  prev: FileEdits,
  next: FileEdits,
  region: Region,
  view: BaseView
): MissingChange {
  const first = firstChange(prev, next, region)
  return {
    ...first,
    kind: 'undecidable',
    how: 'undecidable',
    found: `base lines ${unseenNear(view, region).join(' and ')} are in neither patch`
  }
}

function sortByPatchLine(changes: MissingChange[]): MissingChange[] {
  return changes.sort((a, b) => a.previousPatchLine - b.previousPatchLine || a.oldLine - b.oldLine)
}

/**
 * Cuts of the file into regions such that minimal inside every region is minimal for the file
 * (checked against the whole file's LCS length; anchors off every minimal path are dropped, and
 * if that is not enough, every anchor but the unseen lines and the ends of the file), and the
 * test whether every minimal diff keeps an anchor line.
 */
function cutter(
  view: BaseView,
  sides: { edits: FileEdits; adds: Map<number, number[]> }[],
  prev: FileEdits,
  next: FileEdits,
  regionTexts: (region: Region) => Int32Array[]
): {
  cut: (refused: ReadonlySet<number>) => Region[]
  isAnchor: (line: number) => boolean
  essential: (line: number) => boolean
} {
  const lastKnown = Math.max(0, ...prev.base.keys(), ...next.base.keys())
  const length = view.length ?? lastKnown
  const whole: Region = { from: 0, to: length + 1, openBefore: false, openAfter: false }
  let texts: Int32Array[] | undefined
  const wholeTexts = (): Int32Array[] => (texts ??= regionTexts(whole))
  let total: number | undefined
  const totalLcs = (): number => (total ??= lcsLength(wholeTexts()[0], wholeTexts()[2]))
  // An upper bound on the LCS from N's edits alone: a text can be kept at most as often as it
  // occurs on the rarer side, i.e. the base minus what N removes beyond what it adds back.
  // When the cut reaches it, no minimal diff can do better.
  const bound = ((): number => {
    const net = new Map<string, number>()
    for (const line of next.removed.values()) net.set(line.text, (net.get(line.text) ?? 0) + 1)
    for (const add of next.added) net.set(add.text, (net.get(add.text) ?? 0) - 1)
    let lost = 0
    for (const count of net.values()) if (count > 0) lost += count
    return length - lost
  })()
  const minimal = (regions: Region[]): boolean => {
    let sum = length
    for (const r of regions) {
      const [b, , l] = regionTexts(r)
      sum += lcsLength(b, l) - b.length
    }
    return sum === bound || sum === totalLcs()
  }
  let indexInLatest: Map<number, number> | undefined
  const latestIndex = (line: number): number => {
    if (!indexInLatest) {
      indexInLatest = new Map()
      let k = sides[1].adds.get(0)?.length ?? 0
      for (let l = 1; l <= length; l++) {
        if (!next.removed.has(l)) indexInLatest.set(l, k++)
        k += sides[1].adds.get(l)?.length ?? 0
      }
    }
    return indexInLatest.get(line) ?? -1
  }
  const isAnchor = (line: number): boolean =>
    line >= 1 && line <= length && view.text(line) !== undefined
  let baseline: Set<number> | undefined
  const cut = (refused: ReadonlySet<number>): Region[] => {
    if (!baseline) {
      baseline = new Set()
      const first = regionsOf(view, prev, next)
      if (minimal(first) && refused.size === 0) return first
      if (!minimal(first)) {
        const [base, , latest] = wholeTexts()
        const bad = offMinimalAnchors(first, base, latest, latestIndex)
        const second = regionsOf(view, prev, next, line => bad.has(line))
        if (minimal(second)) bad.forEach(line => baseline?.add(line))
        else for (let l = 1; l <= length; l++) baseline.add(l)
      }
    }
    const all = baseline
    return regionsOf(view, prev, next, line => all.has(line) || refused.has(line))
  }
  const essential = (line: number): boolean => {
    const k = latestIndex(line)
    if (k < 0) return false
    const without = (seq: Int32Array, at: number): Int32Array => {
      const out = new Int32Array(seq.length - 1)
      out.set(seq.subarray(0, at))
      out.set(seq.subarray(at + 1), at)
      return out
    }
    const [base, , latest] = wholeTexts()
    return lcsLength(without(base, line - 1), without(latest, k)) < totalLcs()
  }
  return { cut, isAnchor, essential }
}

/** Region texts, built once per region. */
function textsOf(
  view: BaseView,
  sides: { edits: FileEdits; adds: Map<number, number[]> }[],
  intern: (text: string) => number
): (region: Region) => Int32Array[] {
  const cache = new Map<string, Int32Array[]>()
  return region => {
    const key = `${region.from}:${region.to}`
    let texts = cache.get(key)
    if (!texts) cache.set(key, (texts = regionTexts(view, sides, region, intern)))
    return texts
  }
}
