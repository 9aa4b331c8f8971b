// A file patch read as edits in base-tree coordinates: which base lines it removes, what it
// inserts after which base line, and which base lines it shows (context and removed lines).
import { NO_NEWLINE, type FilePatch } from './unified-diff.js'

export interface BaseLine {
  text: string
  patchLine: number
}

export interface Addition {
  /** Inserted after this base line (0 = at the top). */
  gap: number
  text: string
  patchLine: number
}

export interface FileEdits {
  patch: FilePatch
  removed: Map<number, BaseLine>
  added: Addition[]
  /** Base lines this patch shows (context and removed lines). */
  base: Map<number, BaseLine>
  /** The base file's last line, when the patch shows it (marked as having no newline). */
  baseEnd?: number
}

export function fileEdits(patch: FilePatch): FileEdits {
  const removed = new Map<number, BaseLine>()
  const added: Addition[] = []
  const base = new Map<number, BaseLine>()
  let baseEnd: number | undefined
  for (const hunk of patch.hunks) {
    let oldLine = hunk.oldCount === 0 ? hunk.oldStart + 1 : hunk.oldStart
    let k = 0
    while (k < hunk.lines.length) {
      const line = hunk.lines[k]
      if (line.kind === 'context') {
        const marked = line.text.endsWith(NO_NEWLINE)
        if (marked) baseEnd = oldLine
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
        if (kind === 'removed' && text.endsWith(NO_NEWLINE)) baseEnd = oldLine
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
  return { patch, removed, added, base, baseEnd }
}

export function stripMarker(text: string): string {
  return text.endsWith(NO_NEWLINE) ? text.slice(0, -NO_NEWLINE.length) : text
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
