// Property test: random base files, random edit scripts, the previous patch a subset of the
// edits, the latest either all of them or a mutation that drops / alters / reorders / moves one.
// Patches are written by a real diff implementation (jsdiff) with random context widths and
// header styles; the verdict from the diff text must equal the verdict computed directly from
// the edit scripts. Runs: LIVEPATCH_PROPERTY_RUNS (default 1,000; `npm run test:property` 10,000).
import { describe, expect, test } from '@jest/globals'
import { createTwoFilesPatch } from 'diff'
import fc from 'fast-check'
import { compareSuperset } from '../../src/patches/superset.js'
import { parsePatch } from '../../src/patches/unified-diff.js'

const RUNS = Number(process.env.LIVEPATCH_PROPERTY_RUNS ?? 1000)

interface Insertion {
  id: number
  gap: number
  text: string
}
interface FileScript {
  removals: Set<number>
  insertions: Insertion[]
}
interface Case {
  bases: string[][]
  finalNewline: boolean[]
  edits: FileScript[]
  previous: FileScript[]
  latest: FileScript[]
  mutation: string
  contexts: [number, number]
  styles: [number, number]
  order: number[]
}

const CONTEXTS = [0, 1, 2, 3, 5, 8]

/** Apply a script to a base: the result as tokens (K:line for kept base lines, A:text for added). */
function tokens(base: string[], script: FileScript): string[] {
  const out: string[] = []
  for (let gap = 0; gap <= base.length; gap++) {
    for (const ins of script.insertions.filter(i => i.gap === gap)) out.push(`A:${ins.text}`)
    if (gap < base.length && !script.removals.has(gap + 1)) out.push(`K:${gap + 1}`)
  }
  return out
}

/** The definition, on edit scripts: P's removals ⊆ N's, and R(P) minus N's extra removals ⊆seq R(N). */
function oracle(base: string[], previous: FileScript, latest: FileScript): boolean {
  for (const r of previous.removals) if (!latest.removals.has(r)) return false
  const want = tokens(base, previous).filter(
    t => !(t.startsWith('K:') && latest.removals.has(Number(t.slice(2))))
  )
  const have = tokens(base, latest)
  let k = 0
  for (const token of have) if (k < want.length && token === want[k]) k++
  return k === want.length
}

function render(base: string[], finalNewline: boolean, script: FileScript): string {
  const lines: string[] = []
  const t = tokens(base, script)
  for (const token of t)
    lines.push(token.startsWith('K:') ? base[Number(token.slice(2)) - 1] : token.slice(2))
  if (lines.length === 0) return ''
  return lines.join('\n') + (finalNewline ? '\n' : '')
}

function header(style: number, path: string, body: string): string {
  // jsdiff writes "Index:"/"====" then ---/+++ with a tab; turn that into one of three styles.
  const hunks = body.slice(body.indexOf('\n@@') + 1)
  if (style === 0) return body
  if (style === 1) {
    return `diff --git a/${path} b/${path}\nindex 83be312159c9..95279525777e 100644\n--- a/${path}\n+++ b/${path}\n${hunks}`
  }
  return `diff -ruN linux.orig/${path} linux/${path}\n--- linux.orig/${path}\t2025-06-10 09:00:00.000000000 +0000\n+++ linux/${path}\t2025-06-11 10:30:00.123456789 +0000\n${hunks}`
}

function patchText(
  c: Case,
  scripts: FileScript[],
  context: number,
  style: number,
  order: number[]
): string {
  let text = ''
  for (const f of order) {
    const script = scripts[f]
    if (script.removals.size === 0 && script.insertions.length === 0) continue
    const path = `kernel/f${f}.c`
    const before = c.bases[f].join('\n') + (c.finalNewline[f] ? '\n' : '')
    const after = render(c.bases[f], c.finalNewline[f], script)
    const body = createTwoFilesPatch(
      `a/${path}`,
      `b/${path}`,
      before,
      after,
      undefined,
      undefined,
      { context }
    )
    text += header(style, path, body)
  }
  return text
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 3 }),
    seed: fc.integer(),
    mutation: fc.constantFrom(
      'superset',
      'superset',
      'dropRemoval',
      'dropInsertion',
      'alter',
      'reorder',
      'move'
    ),
    contexts: fc.tuple(fc.constantFrom(...CONTEXTS), fc.constantFrom(...CONTEXTS)),
    styles: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
  })
  .map(({ sizes, seed, mutation, contexts, styles }) => {
    const random = fc.Random ? mulberry(seed) : mulberry(seed)
    let nextId = 0
    const bases = sizes.map((n, f) =>
      Array.from({ length: n }, (_, k) => `\tbase_${f}_${k}(${Math.floor(random() * 1000)});`)
    )
    const finalNewline = sizes.map(() => random() > 0.1)
    const edits: FileScript[] = bases.map(base => {
      const removals = new Set<number>()
      const insertions: Insertion[] = []
      for (let line = 1; line <= base.length; line++) if (random() < 0.2) removals.add(line)
      for (let gap = 0; gap <= base.length; gap++) {
        if (random() < 0.2) {
          const count = 1 + Math.floor(random() * 3)
          for (let k = 0; k < count; k++)
            insertions.push({ id: nextId++, gap, text: `\tadded(${Math.floor(random() * 4)});` })
        }
      }
      return { removals, insertions }
    })
    const previous: FileScript[] = edits.map(e => ({
      removals: new Set([...e.removals].filter(() => random() < 0.6)),
      insertions: e.insertions.filter(() => random() < 0.6)
    }))
    const latest: FileScript[] = edits.map(e => ({
      removals: new Set(e.removals),
      insertions: e.insertions.map(i => ({ ...i }))
    }))
    const pick = <T>(items: T[]): T | undefined =>
      items.length ? items[Math.floor(random() * items.length)] : undefined
    const prevIds = new Set(previous.flatMap(p => p.insertions.map(i => i.id)))
    const f = Math.floor(random() * edits.length)
    const mine = latest[f].insertions.filter(i => prevIds.has(i.id))
    let applied = mutation
    if (mutation === 'dropRemoval') {
      const r = pick([...previous[f].removals])
      if (r === undefined) applied = 'superset'
      else latest[f].removals.delete(r)
    } else if (mutation === 'dropInsertion' || mutation === 'alter' || mutation === 'move') {
      const ins = pick(mine)
      if (!ins) applied = 'superset'
      else if (mutation === 'dropInsertion')
        latest[f].insertions = latest[f].insertions.filter(i => i !== ins)
      else if (mutation === 'alter') ins.text = '\tALTERED();'
      else {
        const index = latest[f].insertions.indexOf(ins)
        latest[f].insertions.splice(index, 1)
        ins.gap = Math.floor(random() * (bases[f].length + 1))
        const at = latest[f].insertions.findIndex(i => i.gap > ins.gap)
        latest[f].insertions.splice(at < 0 ? latest[f].insertions.length : at, 0, ins)
      }
    } else if (mutation === 'reorder') {
      const ins = pick(mine)
      const list = latest[f].insertions
      const index = ins ? list.indexOf(ins) : -1
      if (index >= 0 && index + 1 < list.length && list[index + 1].gap === ins!.gap) {
        ;[list[index], list[index + 1]] = [list[index + 1], list[index]]
      } else applied = 'superset'
    }
    const order = bases.map((_, k) => k).sort(() => random() - 0.5)
    return {
      bases,
      finalNewline,
      edits,
      previous,
      latest,
      mutation: applied,
      contexts,
      styles,
      order
    } as Case
  })
  .filter(c => c.previous.some(p => p.removals.size > 0 || p.insertions.length > 0))
  .filter(c => c.latest.some(p => p.removals.size > 0 || p.insertions.length > 0))

function mulberry(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('superset verdict agrees with the edit scripts (fast-check)', () => {
  test(`${RUNS} random pairs, 0 wrong verdicts`, () => {
    const counts: Record<string, number> = {}
    fc.assert(
      fc.property(caseArb, c => {
        const expected = c.bases.every((base, f) => oracle(base, c.previous[f], c.latest[f]))
        const previousText = patchText(
          c,
          c.previous,
          c.contexts[0],
          c.styles[0],
          c.bases.map((_, k) => k)
        )
        const latestText = patchText(c, c.latest, c.contexts[1], c.styles[1], c.order)
        const report = compareSuperset(
          parsePatch('prev.patch', previousText),
          parsePatch('latest.patch', latestText)
        )
        const key = `${c.mutation}:${expected ? 'pass' : 'fail'}`
        counts[key] = (counts[key] ?? 0) + 1
        expect(report.verdict).toBe(expected ? 'pass' : 'fail')
      }),
      { numRuns: RUNS, seed: Number(process.env.LIVEPATCH_PROPERTY_SEED ?? 20261125) }
    )
    // Both verdicts must have been exercised, for every mutation kind.
    expect(Object.keys(counts).filter(k => k.endsWith(':fail')).length).toBeGreaterThanOrEqual(4)
    expect(counts['superset:pass']).toBeGreaterThan(RUNS / 10)
  })
})
