// Naming what is missing, once the verdict has found a region of the file where the previous
// patch's changes cannot be placed: read both patches' own alignments (slid to one canonical
// place across equal neighbours) and say which change was dropped, altered or moved.
import { alignByText, type Addition, type BaseLine, type FileEdits } from './edits.js'
import type { MissingChange, MissingHow } from './superset.js'

export function everyChange(
  prev: FileEdits,
  how: MissingHow,
  latestPatchLine: number
): MissingChange[] {
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
export function annotationLine(next: FileEdits, oldLine: number): number {
  let best = next.patch.patchLine
  for (const hunk of next.patch.hunks) {
    if (hunk.oldStart > oldLine + 1) break
    best = hunk.patchLine
  }
  return best
}

/**
 * What the latest patch misses of the previous one, read from the two diffs' own alignments.
 * Only for naming: the verdict itself is decided over all alignments (regions.ts).
 */
export function explainMissing(
  prev: FileEdits,
  next: FileEdits,
  baseText: (line: number) => string | undefined
): MissingChange[] {
  const path = prev.patch.path
  const out: MissingChange[] = []
  const at = (oldLine: number): number => annotationLine(next, oldLine)
  const prevCanon = slideDeletions(prev, baseText)
  const nextCanon = slideDeletions(next, baseText)

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
