// The superset verdict: does the newest cumulative patch still make every change of the one
// before it? Both patches are read in base-tree coordinates (line numbers of the pristine tree),
// so hunk offsets, context width, hunk splits and file order do not matter.
//
// Definition: with R(P) the result of applying P to the base, the latest patch N contains P when
// every base line P removes is removed by N, and R(P) minus the base lines N removes in addition
// is a subsequence of R(N) — i.e. N is P plus more removals and more insertions, nothing else.
// Between two base lines that N keeps, P's inserted lines must appear in N's, in the same order.
import { NO_NEWLINE, type FilePatch, type ParsedPatch } from './unified-diff.js'

export type ChangeKind = 'removal' | 'addition' | 'file' | 'base'
export type MissingHow = 'dropped' | 'altered' | 'moved' | 'disagrees'

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
}

interface BaseLine {
  text: string
  patchLine: number
}

interface Addition {
  /** Inserted after this base line (0 = at the top). */
  gap: number
  text: string
  patchLine: number
}

interface FileEdits {
  patch: FilePatch
  removed: Map<number, BaseLine>
  added: Addition[]
  /** Base lines this patch shows (context and removed lines). */
  base: Map<number, BaseLine>
}

export function fileEdits(patch: FilePatch): FileEdits {
  const removed = new Map<number, BaseLine>()
  const added: Addition[] = []
  const base = new Map<number, BaseLine>()
  for (const hunk of patch.hunks) {
    let oldLine = hunk.oldCount === 0 ? hunk.oldStart + 1 : hunk.oldStart
    let k = 0
    while (k < hunk.lines.length) {
      const line = hunk.lines[k]
      if (line.kind === 'context') {
        const marked = line.text.endsWith(NO_NEWLINE)
        base.set(
          oldLine++,
          marked ? { text: stripMarker(line.text), patchLine: line.patchLine } : line
        )
        k++
        continue
      }
      // A block of removed/added lines between context lines.
      const olds: (BaseLine & { oldLine: number })[] = []
      const news: BaseLine[] = []
      let marker = false
      while (k < hunk.lines.length && hunk.lines[k].kind !== 'context') {
        const { kind, text, patchLine } = hunk.lines[k++]
        marker ||= text.endsWith(NO_NEWLINE)
        if (kind === 'removed')
          olds.push({ text: stripMarker(text), patchLine, oldLine: oldLine++ })
        else news.push({ text: stripMarker(text), patchLine })
      }
      // Only the newline at end of file changed for a line that appears on both sides (diff
      // shows it as removed and re-added): that is no change to compiled code, so realign the
      // block and keep such lines as unchanged base lines.
      const kept = marker ? alignByText(olds, news).pairs : []
      let o = 0
      let n = 0
      for (const [ko, kn] of [...kept, [olds.length, news.length] as [number, number]]) {
        const gap = ko < olds.length ? olds[ko].oldLine - 1 : oldLine - 1
        for (; o < ko; o++) {
          removed.set(olds[o].oldLine, olds[o])
          base.set(olds[o].oldLine, olds[o])
        }
        for (; n < kn; n++) added.push({ gap, text: news[n].text, patchLine: news[n].patchLine })
        if (ko < olds.length) base.set(olds[ko].oldLine, olds[ko])
        o = ko + 1
        n = kn + 1
      }
    }
  }
  return { patch, removed, added, base }
}

function stripMarker(text: string): string {
  return text.endsWith(NO_NEWLINE) ? text.slice(0, -NO_NEWLINE.length) : text
}

/** Compare the latest patch with the previous one. Pure: no file system, no kernel tree. */
export function compareSuperset(previous: ParsedPatch, latest: ParsedPatch): SupersetReport {
  const latestByPath = new Map(latest.files.map(f => [f.path, f]))
  const previousPaths = new Set(previous.files.map(f => f.path))
  const files: FileComparison[] = []
  const missing: MissingChange[] = []

  for (const prevFile of previous.files) {
    const prev = fileEdits(prevFile)
    const changeCount = prev.removed.size + prev.added.length
    const latestFile = latestByPath.get(prevFile.path)
    if (!latestFile) {
      const dropped = everyChange(prev, 'dropped', latest.files[0]?.patchLine ?? 1)
      missing.push(...dropped)
      files.push({
        file: prevFile.path,
        status: 'dropped',
        previousChanges: changeCount,
        latestChanges: 0,
        missing: dropped.length
      })
      continue
    }
    const next = fileEdits(latestFile)
    const found = compareFile(prev, next)
    missing.push(...found)
    files.push({
      file: prevFile.path,
      status: found.length === 0 ? 'kept' : 'incomplete',
      previousChanges: changeCount,
      latestChanges: next.removed.size + next.added.length,
      missing: found.length
    })
  }
  for (const latestFile of latest.files) {
    if (previousPaths.has(latestFile.path)) continue
    const next = fileEdits(latestFile)
    files.push({
      file: latestFile.path,
      status: 'new',
      previousChanges: 0,
      latestChanges: next.removed.size + next.added.length,
      missing: 0
    })
  }
  return {
    previous: previous.file,
    latest: latest.file,
    verdict: missing.length === 0 ? 'pass' : 'fail',
    files,
    missing
  }
}

function everyChange(prev: FileEdits, how: MissingHow, latestPatchLine: number): MissingChange[] {
  const out: MissingChange[] = []
  for (const [oldLine, line] of prev.removed) {
    out.push({
      file: prev.patch.path,
      kind: 'removal',
      how,
      oldLine,
      text: line.text,
      previousPatchLine: line.patchLine,
      latestPatchLine
    })
  }
  for (const add of prev.added) {
    out.push({
      file: prev.patch.path,
      kind: 'addition',
      how,
      oldLine: add.gap,
      text: add.text,
      previousPatchLine: add.patchLine,
      latestPatchLine
    })
  }
  return out.sort((a, b) => a.previousPatchLine - b.previousPatchLine)
}

/** The latest patch's line to annotate for a base line: the hunk that covers it, else the nearest before. */
function annotationLine(next: FileEdits, oldLine: number): number {
  let best = next.patch.patchLine
  for (const hunk of next.patch.hunks) {
    if (hunk.oldStart > oldLine + 1) break
    best = hunk.patchLine
  }
  return best
}

function compareFile(prev: FileEdits, next: FileEdits): MissingChange[] {
  const path = prev.patch.path
  const out: MissingChange[] = []
  const at = (oldLine: number): number => annotationLine(next, oldLine)

  if (prev.patch.created && !next.patch.created) {
    out.push({
      file: path,
      kind: 'file',
      how: 'dropped',
      oldLine: 0,
      text: `creates ${path}`,
      found: 'modifies it as an existing file',
      previousPatchLine: prev.patch.patchLine,
      latestPatchLine: next.patch.patchLine
    })
    return out
  }
  if (prev.patch.deleted && !next.patch.deleted) {
    out.push({
      file: path,
      kind: 'file',
      how: 'dropped',
      oldLine: 0,
      text: `deletes ${path}`,
      found: 'keeps the file',
      previousPatchLine: prev.patch.patchLine,
      latestPatchLine: next.patch.patchLine
    })
  }

  // Both patches describe one base: what either shows of it lets both move their edits to one
  // canonical place (diff tools put a line that equals its neighbour on either side of it).
  const baseText = (line: number): string | undefined =>
    prev.base.get(line)?.text ?? next.base.get(line)?.text
  const prevCanon = slideDeletions(prev, baseText)
  const nextCanon = slideDeletions(next, baseText)

  // Both patches must describe the same base tree; a mismatch usually means the latest patch was
  // made on top of the previous one (incremental) instead of against the pristine tree.
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

  for (const [oldLine, line] of prevCanon.removed) {
    if (nextCanon.removed.has(oldLine)) continue
    out.push({
      file: path,
      kind: 'removal',
      how: 'dropped',
      oldLine,
      text: line.text,
      previousPatchLine: line.patchLine,
      latestPatchLine: next.base.get(oldLine)?.patchLine ?? at(oldLine)
    })
  }

  // Segment of a gap: the nearest base line at or above it that the latest patch keeps.
  const segmentCache = new Map<number, number>()
  const segment = (gap: number): number => {
    const cached = segmentCache.get(gap)
    if (cached !== undefined) return cached
    let s = gap
    while (s > 0 && nextCanon.removed.has(s)) s--
    segmentCache.set(gap, s)
    return s
  }
  const group = (adds: Addition[]): Map<number, Addition[]> => {
    const groups = new Map<number, Addition[]>()
    for (const add of adds) {
      const key = segment(add.gap)
      const list = groups.get(key)
      if (list) list.push(add)
      else groups.set(key, [add])
    }
    return groups
  }
  const prevGroups = group(slideDown(prevCanon, baseText))
  const nextGroups = group(slideDown(nextCanon, baseText))
  // The common case: every segment's previous additions are a subsequence of the latest's.
  const allKept = [...prevGroups].every(([key, adds]) =>
    isSubsequence(adds, nextGroups.get(key) ?? [])
  )
  if (allKept) return out.sort((a, b) => a.previousPatchLine - b.previousPatchLine)
  const unmatchedNext: Addition[] = []
  const pending: { add: Addition; segment: number }[] = []
  for (const [key, prevAdds] of prevGroups) {
    const nextAdds = nextGroups.get(key) ?? []
    const { unmatchedA, unmatchedB, pairs } = alignByText(prevAdds, nextAdds)
    // An unmatched previous line with an unmatched latest line between the same matched
    // neighbours was altered; the rest were dropped (or moved, decided below).
    const alteredWith = pairUnmatched(unmatchedA, unmatchedB, pairs)
    for (const index of unmatchedA) {
      const add = prevAdds[index]
      const other = alteredWith.get(index)
      if (other !== undefined) {
        out.push({
          file: path,
          kind: 'addition',
          how: 'altered',
          oldLine: add.gap,
          text: add.text,
          found: nextAdds[other].text,
          previousPatchLine: add.patchLine,
          latestPatchLine: nextAdds[other].patchLine
        })
      } else {
        pending.push({ add, segment: key })
      }
    }
    const used = new Set(alteredWith.values())
    for (const index of unmatchedB) if (!used.has(index)) unmatchedNext.push(nextAdds[index])
  }
  for (const [key, nextAdds] of nextGroups)
    if (!prevGroups.has(key)) unmatchedNext.push(...nextAdds)

  const movedTo = new Map<string, Addition[]>()
  for (const add of unmatchedNext) {
    const list = movedTo.get(add.text)
    if (list) list.push(add)
    else movedTo.set(add.text, [add])
  }
  for (const { add } of pending) {
    const elsewhere = movedTo.get(add.text)?.shift()
    out.push({
      file: path,
      kind: 'addition',
      how: elsewhere ? 'moved' : 'dropped',
      oldLine: add.gap,
      text: add.text,
      found: elsewhere ? `added after old line ${elsewhere.gap} instead` : undefined,
      previousPatchLine: add.patchLine,
      latestPatchLine: elsewhere ? elsewhere.patchLine : at(add.gap)
    })
  }
  return out.sort((a, b) => a.previousPatchLine - b.previousPatchLine)
}

function isSubsequence(a: { text: string }[], b: { text: string }[]): boolean {
  let k = 0
  for (let y = 0; y < b.length && k < a.length; y++) if (a[k].text === b[y].text) k++
  return k === a.length
}

/**
 * Deletions moved down as far as the result allows: deleting lines s..e, when line e+1 is kept,
 * reads as line s does and nothing is inserted within s..e, gives the same file as deleting
 * s+1..e+1. (Insertions are slid afterwards, by slideDown.)
 */
export function slideDeletions(
  edits: FileEdits,
  baseText: (line: number) => string | undefined
): FileEdits {
  const removed = new Map(edits.removed)
  const insertedAt = new Set(edits.added.map(a => a.gap))
  const starts = [...removed.keys()].filter(line => !removed.has(line - 1)).sort((a, b) => a - b)
  for (let start of starts) {
    if (!removed.has(start)) continue // merged into a block above
    let end = start
    while (removed.has(end + 1)) end++
    for (;;) {
      const below = end + 1
      const text = baseText(below)
      if (text === undefined || removed.has(below) || text !== baseText(start)) break
      let blocked = false
      for (let gap = start; gap <= end && !blocked; gap++) blocked = insertedAt.has(gap)
      if (blocked) break
      const first = removed.get(start) as BaseLine
      removed.delete(start)
      removed.set(below, { text, patchLine: first.patchLine })
      start++
      end = below
      while (removed.has(end + 1)) end++
    }
  }
  return { ...edits, removed }
}

/**
 * Insertions moved down as far as the result allows: inserting [a1..ak] after base line g, when
 * line g+1 is kept and reads a1, gives the same file as inserting [a2..ak, a1] after g+1. Two
 * patches that make the same change then agree on where, whichever way their diffs aligned it.
 */
export function slideDown(
  edits: FileEdits,
  baseText: (line: number) => string | undefined
): Addition[] {
  const byGap = new Map<number, Addition[]>()
  for (const add of edits.added) {
    const list = byGap.get(add.gap)
    if (list) list.push(add)
    else byGap.set(add.gap, [add])
  }
  const gaps = [...byGap.keys()].sort((a, b) => a - b)
  const out: Addition[] = []
  for (let k = 0; k < gaps.length; k++) {
    let gap = gaps[k]
    let list = byGap.get(gap) as Addition[]
    byGap.delete(gap)
    for (;;) {
      const below = gap + 1
      if (
        edits.removed.has(below) ||
        baseText(below) === undefined ||
        baseText(below) !== list[0].text
      )
        break
      list = [...list.slice(1), list[0]]
      gap = below
      const waiting = byGap.get(gap)
      if (waiting) {
        list = [...list, ...waiting]
        byGap.delete(gap)
        gaps.splice(gaps.indexOf(gap), 1)
      }
    }
    for (const add of list) out.push({ ...add, gap })
  }
  return out.sort((a, b) => a.gap - b.gap)
}

interface Alignment {
  unmatchedA: number[]
  unmatchedB: number[]
  /** Matched index pairs in increasing order. */
  pairs: [number, number][]
}

/** Longest common subsequence of two line lists by text (common prefix and suffix first). */
export function alignByText(a: { text: string }[], b: { text: string }[]): Alignment {
  let head = 0
  while (head < a.length && head < b.length && a[head].text === b[head].text) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail].text === b[b.length - 1 - tail].text
  ) {
    tail++
  }
  const pairs: [number, number][] = []
  for (let k = 0; k < head; k++) pairs.push([k, k])
  const midA = a.length - head - tail
  const midB = b.length - head - tail
  const middle: [number, number][] = []
  if (midA > 0 && midB > 0) {
    if (midA * midB <= 4_000_000) {
      // Classic dynamic programme over the differing middle.
      const width = midB + 1
      const table = new Uint32Array((midA + 1) * width)
      for (let x = midA - 1; x >= 0; x--) {
        for (let y = midB - 1; y >= 0; y--) {
          table[x * width + y] =
            a[head + x].text === b[head + y].text
              ? table[(x + 1) * width + y + 1] + 1
              : Math.max(table[(x + 1) * width + y], table[x * width + y + 1])
        }
      }
      let x = 0
      let y = 0
      while (x < midA && y < midB) {
        if (a[head + x].text === b[head + y].text) {
          middle.push([head + x, head + y])
          x++
          y++
        } else if (table[(x + 1) * width + y] >= table[x * width + y + 1]) x++
        else y++
      }
    } else {
      // Too large for a table: a greedy subsequence still gives the right verdict.
      let y = 0
      for (let x = 0; x < midA; x++) {
        while (y < midB && a[head + x].text !== b[head + y].text) y++
        if (y >= midB) break
        middle.push([head + x, head + y])
        y++
      }
    }
  }
  pairs.push(...middle)
  for (let k = tail; k > 0; k--) pairs.push([a.length - k, b.length - k])
  const matchedA = new Set(pairs.map(p => p[0]))
  const matchedB = new Set(pairs.map(p => p[1]))
  return {
    pairs,
    unmatchedA: [...a.keys()].filter(k => !matchedA.has(k)),
    unmatchedB: [...b.keys()].filter(k => !matchedB.has(k))
  }
}

/** Pair unmatched items of A and B that sit between the same matched neighbours, in order. */
function pairUnmatched(
  unmatchedA: number[],
  unmatchedB: number[],
  pairs: [number, number][]
): Map<number, number> {
  const slotOf = (index: number, side: 0 | 1): number => {
    let slot = 0
    while (slot < pairs.length && pairs[slot][side] < index) slot++
    return slot
  }
  const bySlot = new Map<number, number[]>()
  for (const b of unmatchedB) {
    const slot = slotOf(b, 1)
    const list = bySlot.get(slot)
    if (list) list.push(b)
    else bySlot.set(slot, [b])
  }
  const result = new Map<number, number>()
  for (const a of unmatchedA) {
    const candidate = bySlot.get(slotOf(a, 0))?.shift()
    if (candidate !== undefined) result.set(a, candidate)
  }
  return result
}
