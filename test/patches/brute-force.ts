// The superset definition, by brute force on small files: independent of src/patches/regions.ts
// (no regions, no search order, no tables shared). N contains P when some minimal diff of the
// base and N's result (a longest common subsequence, every one of them) and some alignment of the
// base and P's result (any common subsequence) agree that every base line N keeps P keeps too,
// and between two consecutive lines N keeps, the lines P inserts there appear, in order, among
// the lines N inserts there.

type Pairs = [number, number][]

/** Every common subsequence of a and b, as index pairs. */
function commonSubsequences(a: string[], b: string[]): Pairs[] {
  const out: Pairs[] = []
  const walk = (i: number, j: number, acc: Pairs): void => {
    out.push(acc)
    for (let x = i; x < a.length; x++)
      for (let y = j; y < b.length; y++) if (a[x] === b[y]) walk(x + 1, y + 1, [...acc, [x, y]])
  }
  walk(0, 0, [])
  return out
}

function isSubsequence(small: string[], big: string[]): boolean {
  let k = 0
  for (const line of big) if (k < small.length && line === small[k]) k++
  return k === small.length
}

export function bruteForceContains(base: string[], previous: string[], latest: string[]): boolean {
  const all = commonSubsequences(base, latest)
  const longest = Math.max(...all.map(s => s.length))
  const minimal = all.filter(s => s.length === longest)
  const ofPrevious = commonSubsequences(base, previous)
  for (const n of minimal) {
    for (const p of ofPrevious) {
      const pAt = new Map(p)
      if (!n.every(([x]) => pAt.has(x))) continue
      // Blocks between consecutive lines N keeps (with both ends of the file).
      const bounds: [number, number, number][] = [
        [-1, -1, -1],
        ...n.map(([x, y]) => [x, pAt.get(x) as number, y] as [number, number, number]),
        [base.length, previous.length, latest.length]
      ]
      const keptByP = new Set(p.map(([, y]) => y))
      let ok = true
      for (let b = 0; b + 1 < bounds.length && ok; b++) {
        const [, p1, n1] = bounds[b]
        const [, p2, n2] = bounds[b + 1]
        if (p2 < p1) ok = false
        else {
          const inserted: string[] = []
          for (let y = p1 + 1; y < p2; y++) if (!keptByP.has(y)) inserted.push(previous[y])
          ok = isSubsequence(inserted, latest.slice(n1 + 1, n2))
        }
      }
      if (ok) return true
    }
  }
  return false
}
