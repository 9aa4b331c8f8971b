// The exact containment test, region by region.
//
// Definition (over all alignments, so it cannot depend on which diff a tool wrote): with B the
// base, RP and RN the two results, N contains P when there is a three-way alignment of B, RP and
// RN into columns of five kinds —
//   K (b,p,n) a base line both keep        D (b,p,-) P keeps it, N removes it
//   R (b,-,-) both remove it               I (-,p,n) both insert this line
//   J (-,-,n) only N inserts it
// — whose N part (K kept, D/R removed, I/J inserted) is a minimal diff of B and RN (a longest
// common subsequence: every one of them, whichever a tool printed). Minimal, because any
// non-minimal reading lets a kept line pass as "removed and re-added" (or slid past an equal
// neighbour), which would make every removal look contained. P's part may be any alignment: a
// "- x / + x" in P would need the same in N, which no minimal diff has. There is no column where
// P removes a line N keeps, or inserts a line N lacks.
//
// A region runs between two anchor lines that both patches keep and whose text occurs once in
// the base and in no added line; the search over a region is a depth-first walk over (i, j, k)
// that only takes steps on some minimal path of B and RN.
import { LivepatchError } from '../errors.js'
import type { FileEdits } from './edits.js'

/**
 * A base line neither patch shows, when no tree was read, is the id `-line`: it may equal any
 * text (matches anything) but is certainly equal to itself (removing and re-inserting it is
 * still no change).
 */
const unseen = (id: number): boolean => id < 0

export interface BaseView {
  /** Base line text (1-based), or undefined when it is in neither patch and no tree was read. */
  text(line: number): string | undefined
  /** Number of base lines, when known (a tree was read, or the file is created). */
  length: number | undefined
  /** Occurrences of a text among the known base lines and both patches' added lines. */
  count(text: string): number
}

export interface Region {
  /** Left anchor (0 = top of the file) and right anchor (length + 1 = end of the file). */
  from: number
  to: number
  /** The anchor on that side is a line neither patch shows: the region might reach past it. */
  openBefore: boolean
  openAfter: boolean
}

export class AmbiguousRegionError extends LivepatchError {
  constructor(
    readonly file: string,
    readonly region: Region,
    readonly states: number
  ) {
    const lines = region.to - region.from - 1
    super(
      `${file}: too ambiguous to decide, ${lines} lines (base lines ${region.from + 1}-${region.to - 1} allow more than ${states.toLocaleString('en')} alignments); split the change into smaller hunks or give --kernel-source`
    )
  }
}

type LineClass = 'anchor' | 'barrier' | 'pass'

/** Lines either patch removes, and the gaps (after base line g) where either inserts. */
export function sitesOf(prev: FileEdits, next: FileEdits): { lines: Set<number>; gaps: number[] } {
  const lines = new Set([...prev.removed.keys(), ...next.removed.keys()])
  const gaps = new Set([...prev.added.map(a => a.gap), ...next.added.map(a => a.gap)])
  return { lines, gaps: [...gaps] }
}

function classifier(
  view: BaseView,
  touched: Set<number>,
  relaxed: boolean
): (line: number) => LineClass {
  return line => {
    if (line <= 0) return 'anchor'
    if (view.length !== undefined && line > view.length) return 'anchor'
    if (touched.has(line)) return 'pass'
    const text = view.text(line)
    if (text === undefined) return relaxed ? 'pass' : 'barrier'
    return view.count(text) === 1 ? 'anchor' : 'pass'
  }
}

/** How far an unseen stretch is searched when asking whether a refusal hinges on it. */
const RELAXED_UNSEEN = 64

function scan(
  start: number,
  step: 1 | -1,
  classify: (line: number) => LineClass,
  view: BaseView,
  relaxed: boolean
): { line: number; open: boolean } {
  let unseen = 0
  for (let line = start; ; line += step) {
    const kind = classify(line)
    if (kind !== 'pass') return { line, open: kind === 'barrier' }
    if (!relaxed) continue
    if (view.text(line) !== undefined) unseen = 0
    else if (++unseen > RELAXED_UNSEEN) return { line, open: true }
  }
}

/** Cut the file into regions around every change of either patch (strict: unseen lines are walls). */
export function regionsOf(
  view: BaseView,
  prev: FileEdits,
  next: FileEdits,
  refused: (line: number) => boolean = () => false
): Region[] {
  const { lines, gaps } = sitesOf(prev, next)
  const base = classifier(view, lines, false)
  // A refused anchor is passed over, unless it is an end of the file.
  const classify = (line: number): LineClass => {
    const kind = base(line)
    const end = line <= 0 || (view.length !== undefined && line > view.length)
    return kind === 'anchor' && !end && refused(line) ? 'pass' : kind
  }
  // Slots: base line l is 2l, the gap after line g is 2g + 1.
  const slots = [...[...lines].map(l => 2 * l), ...gaps.map(g => 2 * g + 1)].sort((a, b) => a - b)
  const regions: Region[] = []
  for (const slot of slots) {
    const last = regions[regions.length - 1]
    if (last && slot < 2 * last.to) continue
    const isLine = slot % 2 === 0
    const line = isLine ? slot / 2 : (slot - 1) / 2
    const left = scan(isLine ? line - 1 : line, -1, classify, view, false)
    const right = scan(line + 1, 1, classify, view, false)
    regions.push({ from: left.line, to: right.line, openBefore: left.open, openAfter: right.open })
  }
  return regions
}

/** The region grown through the unseen lines on its open sides, those lines matching anything. */
export function relaxedRegion(
  view: BaseView,
  prev: FileEdits,
  next: FileEdits,
  region: Region
): Region {
  const { lines } = sitesOf(prev, next)
  const classify = classifier(view, lines, true)
  const from = region.openBefore ? scan(region.from, -1, classify, view, true) : null
  const to = region.openAfter ? scan(region.to, 1, classify, view, true) : null
  return {
    from: from?.line ?? region.from,
    to: to?.line ?? region.to,
    openBefore: from?.open ?? false,
    openAfter: to?.open ?? false
  }
}

/** Each patch's inserted texts by gap, interned once per file. */
export function insertionsByGap(
  edits: FileEdits,
  intern: (text: string) => number
): Map<number, number[]> {
  const byGap = new Map<number, number[]>()
  for (const add of edits.added) {
    const list = byGap.get(add.gap)
    if (list) list.push(intern(add.text))
    else byGap.set(add.gap, [intern(add.text)])
  }
  return byGap
}

/** The base, P's result and N's result inside a region, as interned text ids. */
export function regionTexts(
  view: BaseView,
  sides: { edits: FileEdits; adds: Map<number, number[]> }[],
  region: Region,
  intern: (text: string) => number
): Int32Array[] {
  const ids: number[] = []
  for (let line = region.from + 1; line < region.to; line++) {
    const text = view.text(line)
    ids.push(text === undefined ? -line : intern(text))
  }
  const result = ({ edits, adds }: (typeof sides)[number]): Int32Array => {
    const out: number[] = []
    const at = (gap: number): void => {
      const list = adds.get(gap)
      if (list) for (const id of list) out.push(id)
    }
    at(region.from)
    for (let line = region.from + 1; line < region.to; line++) {
      if (!edits.removed.has(line)) out.push(ids[line - region.from - 1])
      at(line)
    }
    return Int32Array.from(out)
  }
  return [Int32Array.from(ids), ...sides.map(result)]
}

function positions(seq: Int32Array): Map<number, number[]> {
  const map = new Map<number, number[]>()
  seq.forEach((value, index) => {
    const list = map.get(value)
    if (list) list.push(index)
    else map.set(value, [index])
  })
  return map
}

/** Does the sorted list hold a value in [lo, hi)? */
function holds(list: number[] | undefined, lo: number, hi: number): boolean {
  if (list === undefined || lo >= hi) return false
  let a = 0
  let b = list.length
  while (a < b) {
    const mid = (a + b) >> 1
    if (list[mid] < lo) a = mid + 1
    else b = mid
  }
  return a < list.length && list[a] < hi
}

/** Default bound on the states one region may visit (memory stays in the tens of MB). */
export const STATE_BUDGET = 2_000_000

/** G[i][k] = length of a longest common subsequence of base[i..] and latest[k..]. */
function suffixLcs(base: Int32Array, latest: Int32Array): Int32Array {
  const m = base.length
  const n = latest.length
  const width = n + 1
  const table = new Int32Array((m + 1) * width)
  for (let i = m - 1; i >= 0; i--) {
    for (let k = n - 1; k >= 0; k--) {
      table[i * width + k] =
        base[i] === latest[k]
          ? table[(i + 1) * width + k + 1] + 1
          : Math.max(table[(i + 1) * width + k], table[i * width + k + 1])
    }
  }
  return table
}

/**
 * Is there a three-way alignment as defined above? Exact; `null` when the region needs more than
 * `budget` states (the caller says so instead of guessing). No unseen lines here.
 */
export function containsExactly(
  base: Int32Array,
  previous: Int32Array,
  latest: Int32Array,
  budget = STATE_BUDGET
): boolean | null {
  const m = base.length
  const p = previous.length
  const n = latest.length
  if ((m + 1) * (n + 1) > budget) return null
  const g = suffixLcs(base, latest)
  const W = n + 1
  const M = m + 1
  const P = p + 1
  const visited = new Set<number>()
  const stack: number[] = []
  const push = (i: number, j: number, k: number): void => {
    const key = (k * P + j) * M + i
    if (visited.has(key)) return
    visited.add(key)
    stack.push(i, j, k)
  }
  push(0, 0, 0)
  while (stack.length > 0) {
    if (visited.size > budget) return null
    const k = stack.pop() as number
    const j = stack.pop() as number
    const i = stack.pop() as number
    if (i === m && j === p && k === n) return true
    const here = g[i * W + k]
    // Steps that stay on a minimal path of base and latest.
    const removes = i < m && g[(i + 1) * W + k] === here
    const inserts = k < n && g[i * W + k + 1] === here
    const keeps = i < m && k < n && base[i] === latest[k] && g[(i + 1) * W + k + 1] === here - 1
    // Pushed in reverse order of preference: K (keep) is tried first.
    if (inserts) push(i, j, k + 1) // J
    if (removes) push(i + 1, j, k) // R
    if (inserts && j < p && previous[j] === latest[k]) push(i, j + 1, k + 1) // I
    if (removes && j < p && base[i] === previous[j]) push(i + 1, j + 1, k) // D
    if (keeps && j < p && previous[j] === base[i]) push(i + 1, j + 1, k + 1) // K
  }
  return false
}

/**
 * The same question where some base lines are unseen, answered generously: any maximal
 * N alignment (no block that removes and inserts one text), an unseen line matching any text. Every
 * minimal alignment under any text of the unseen lines is one of these, so `false` here means
 * no text of those lines could make the latest patch contain the previous one.
 */
export function containsMaximal(
  base: Int32Array,
  previous: Int32Array,
  latest: Int32Array,
  budget = STATE_BUDGET
): boolean | null {
  const m = base.length
  const p = previous.length
  const n = latest.length
  const M = m + 1
  const P = p + 1
  const N = n + 1
  if (M * M * P * N * N > Number.MAX_SAFE_INTEGER) return null
  const inBase = positions(base)
  const inLatest = positions(latest)
  const same = (x: number, y: number): boolean => x === y || unseen(x) || unseen(y)
  const visited = new Set<number>()
  const stack: number[] = []
  const push = (i: number, j: number, k: number, i0: number, k0: number): void => {
    const key = (((k0 * M + i0) * N + k) * P + j) * M + i
    if (visited.has(key)) return
    visited.add(key)
    stack.push(i, j, k, i0, k0)
  }
  push(0, 0, 0, 0, 0)
  while (stack.length > 0) {
    if (visited.size > budget) return null
    const k0 = stack.pop() as number
    const i0 = stack.pop() as number
    const k = stack.pop() as number
    const j = stack.pop() as number
    const i = stack.pop() as number
    if (i === m && j === p && k === n) return true
    // Pushed in reverse order of preference: K (keep) is tried first.
    const b = i < m ? base[i] : 0
    const r = j < p ? previous[j] : 0
    const l = k < n ? latest[k] : 0
    // A line N removes must not occur among N's insertions in the same block, and vice versa.
    const removable = i < m && !holds(inLatest.get(b), k0, k)
    const insertable = k < n && !holds(inBase.get(l), i0, i)
    if (insertable) push(i, j, k + 1, i0, k0) // J
    if (removable) push(i + 1, j, k, i0, k0) // R
    if (insertable && j < p && same(r, l)) push(i, j + 1, k + 1, i0, k0) // I
    if (removable && j < p && same(b, r)) push(i + 1, j + 1, k, i0, k0) // D
    if (i < m && j < p && k < n && same(b, r) && same(b, l) && same(r, l))
      push(i + 1, j + 1, k + 1, i + 1, k + 1) // K
  }
  return false
}

/** Length of the shortest insert/delete script between a and b (Myers, O((|a|+|b|)·D)). */
export function editDistance(a: Int32Array, b: Int32Array): number {
  const n = a.length
  const m = b.length
  const offset = n + m + 1
  const v = new Int32Array(2 * offset + 1)
  for (let d = 0; d <= n + m; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return d
    }
  }
  return n + m
}

export const lcsLength = (a: Int32Array, b: Int32Array): number =>
  (a.length + b.length - editDistance(a, b)) / 2

/**
 * Anchors no minimal diff of the base and N's result passes through (a tool's non-minimal diff
 * kept a line that every minimal one moves): the regions on both sides must be decided as one.
 * `whole` is the file as far as it is known (unseen lines are their own ids: a line is equal
 * to itself), the base and N's result over the same lines.
 */
export function offMinimalAnchors(
  regions: Region[],
  base: Int32Array,
  latest: Int32Array,
  latestIndexOf: (line: number) => number
): Set<number> {
  const bad = new Set<number>()
  const total = lcsLength(base, latest)
  const anchors = new Set<number>()
  for (const r of regions) {
    if (r.from >= 1 && r.from <= base.length) anchors.add(r.from)
    if (r.to >= 1 && r.to <= base.length) anchors.add(r.to)
  }
  for (const line of anchors) {
    const k = latestIndexOf(line)
    const before = lcsLength(base.subarray(0, line - 1), latest.subarray(0, k))
    const after = lcsLength(base.subarray(line), latest.subarray(k + 1))
    if (before + 1 + after !== total) bad.add(line)
  }
  return bad
}
