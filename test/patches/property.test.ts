// Property test: small random files full of repeated lines (blank, `}`, `return 0;`, `break;`),
// a previous and a latest result made from them, each patch written by its own real tool and
// context width (jsdiff, GNU diff -U0..-U8, git diff myers / patience / histogram / minimal).
// The reference verdict is the brute-force definition (brute-force.ts) on the texts alone.
// With the pristine files given, the verdict must equal it; without them it must never pass
// where the reference fails, and every refusal of a true superset must say it is undecidable.
// Runs: LIVEPATCH_PROPERTY_RUNS (default 1,000; `npm run test:property` 10,000).
import { afterAll, describe, expect, test } from '@jest/globals'
import { compareSuperset } from '../../src/patches/superset.js'
import { parsePatch } from '../../src/patches/unified-diff.js'
import { gnuPatchView, readerFiles } from '../helpers/gnu-patch.js'
import { tempDir } from '../helpers/tmp.js'
import { bruteForceContains } from './brute-force.js'
import { runDiffJobs, TOOLS, toolName, type DiffJob } from './diff-tools.js'

const RUNS = Number(process.env.LIVEPATCH_PROPERTY_RUNS ?? 1000)
const SEED = Number(process.env.LIVEPATCH_PROPERTY_SEED ?? 20261201)

/** The stress pool: five distinct lines. */
const FIVE = ['', '}', '\treturn 0;', '\tbreak;', '\tx++;']
const EXTRA = ['\tpr_info("a");', '\tfoo();', '{', '\tif (x)']

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

interface Script {
  removed: Set<number>
  /** Inserted after base line `gap` (0 = top), in order. */
  inserted: { gap: number; text: string }[]
}

function apply(base: string[], script: Script): string[] {
  const out: string[] = []
  for (let gap = 0; gap <= base.length; gap++) {
    if (gap > 0 && !script.removed.has(gap)) out.push(base[gap - 1])
    for (const ins of script.inserted) if (ins.gap === gap) out.push(ins.text)
  }
  return out
}

interface FileCase {
  path: string
  base: string[]
  previous: string[]
  latest: string[]
}

function makeFile(random: () => number, path: string, stress: boolean): FileCase {
  const pool = stress ? FIVE : [...FIVE, ...EXTRA]
  const pick = (): string => pool[Math.floor(random() * pool.length)]
  for (;;) {
    const size = 1 + Math.floor(random() * 6)
    const base = Array.from({ length: size }, pick)
    const script = (rate: number): Script => {
      const removed = new Set<number>()
      const inserted: Script['inserted'] = []
      for (let line = 1; line <= size; line++) if (random() < rate) removed.add(line)
      for (let gap = 0; gap <= size; gap++)
        while (random() < rate) inserted.push({ gap, text: pick() })
      return { removed, inserted }
    }
    const p = script(0.25)
    let n: Script
    const shape = random()
    if (shape < 0.5) {
      // P plus more.
      const extra = script(0.2)
      n = {
        removed: new Set([...p.removed, ...extra.removed]),
        inserted: [...p.inserted, ...extra.inserted].sort((x, y) => x.gap - y.gap)
      }
      for (let k = n.inserted.length - 1; k > 0; k--) {
        if (n.inserted[k].gap === n.inserted[k - 1].gap && random() < 0.2)
          [n.inserted[k], n.inserted[k - 1]] = [n.inserted[k - 1], n.inserted[k]]
      }
    } else if (shape < 0.75) {
      // P with one change dropped or altered.
      n = { removed: new Set(p.removed), inserted: p.inserted.map(i => ({ ...i })) }
      const r = [...n.removed]
      if (r.length > 0 && random() < 0.5) n.removed.delete(r[Math.floor(random() * r.length)])
      else if (n.inserted.length > 0) {
        const k = Math.floor(random() * n.inserted.length)
        if (random() < 0.5) n.inserted.splice(k, 1)
        else n.inserted[k].text = pick()
      }
    } else n = script(0.3)
    const previous = apply(base, p)
    const latest = apply(base, n)
    const same = (a: string[]): boolean =>
      a.length === base.length && a.every((l, k) => l === base[k])
    if (previous.length === 0 || latest.length === 0 || same(previous) || same(latest)) continue
    return { path, base, previous, latest }
  }
}

const text = (lines: string[]): string => lines.map(l => `${l}\n`).join('')

describe('superset verdict against the brute-force definition (real diff tools)', () => {
  const work = tempDir('livepatch-property-')
  afterAll(() => work.cleanup())

  test(`${RUNS} random pairs: wrong verdicts of both kinds counted`, () => {
    const random = mulberry(SEED)
    const cases = Array.from({ length: RUNS }, (_, c) => {
      const stress = c % 2 === 0
      const count = random() < 0.3 ? 2 : 1
      const files = Array.from({ length: count }, (_, f) =>
        makeFile(random, `${f === 0 ? 'kernel' : 'net'}/f${f}.c`, stress)
      )
      const tools = [0, 1].map(() => TOOLS[Math.floor(random() * TOOLS.length)])
      return { files, stress, tools, reverse: random() < 0.5 }
    })
    const jobs: DiffJob[] = cases.flatMap(c =>
      (['previous', 'latest'] as const).map((side, s) => ({
        tool: c.tools[s],
        files: c.files.map(f => ({ path: f.path, before: text(f.base), after: text(f[side]) }))
      }))
    )
    const patches = runDiffJobs(work.dir, jobs)

    const tally = {
      withSource: { truePass: 0, trueFail: 0, wrongPass: 0, wrongFail: 0 },
      withoutSource: { wrongPass: 0, unflaggedRefusal: 0, undecidable: 0 },
      stress: { truePass: 0, falseRefusals: 0 }
    }
    const wrong: string[] = []
    cases.forEach((c, index) => {
      const truth = c.files.every(f => bruteForceContains(f.base, f.previous, f.latest))
      let latestText = patches[2 * index + 1]
      if (c.reverse) {
        const entry = latestText.startsWith('diff ') ? /^(?=diff )/m : /^(?=--- )/m
        latestText = latestText.split(entry).reverse().join('')
      }
      const previous = parsePatch('previous.patch', patches[2 * index])
      const latest = parsePatch('latest.patch', latestText)
      const tree = new Map(c.files.map(f => [f.path, f.base]))
      const withSource = compareSuperset(previous, latest, tree)
      const without = compareSuperset(previous, latest)
      const describe = (): string =>
        `case ${index} (${c.tools.map(toolName).join(' / ')}): truth ${truth ? 'pass' : 'fail'}; ` +
        JSON.stringify(c.files.map(f => [f.base, f.previous, f.latest]))
      const w = tally.withSource
      if (truth) w.truePass++
      else w.trueFail++
      if (withSource.verdict === 'pass' && !truth) {
        w.wrongPass++
        wrong.push(`with source, wrong pass: ${describe()}`)
      }
      if (withSource.verdict === 'fail' && truth) {
        w.wrongFail++
        wrong.push(`with source, wrong refusal: ${describe()}`)
      }
      if (without.verdict === 'pass' && !truth) {
        tally.withoutSource.wrongPass++
        wrong.push(`without source, wrong pass: ${describe()}`)
      }
      const flagged = without.missing.some(m => m.kind === 'undecidable')
      if (flagged) tally.withoutSource.undecidable++
      if (without.verdict === 'fail' && truth && !flagged) {
        tally.withoutSource.unflaggedRefusal++
        wrong.push(`without source, refusal not marked undecidable: ${describe()}`)
      }
      if (c.stress && truth) {
        tally.stress.truePass++
        if (withSource.verdict === 'fail') tally.stress.falseRefusals++
      }
    })
    console.log(`superset property (${RUNS} pairs, seed ${SEED}): ${JSON.stringify(tally)}`)
    expect(wrong.slice(0, 5)).toEqual([])
    // Both verdicts exercised, on the stress files too.
    expect(tally.withSource.truePass).toBeGreaterThan(RUNS / 5)
    expect(tally.withSource.trueFail).toBeGreaterThan(RUNS / 5)
    expect(tally.stress.truePass).toBeGreaterThan(RUNS / 10)
  })
})

describe('the reader and GNU patch read the same generated patches', () => {
  const work = tempDir('livepatch-property-gnu-')
  afterAll(() => work.cleanup())

  // Every patch the property test generates (each real tool, each context width) is read by GNU
  // patch — and so kpatch-build — as the reader parsed it: the same files, the same hunk counts,
  // each hunk applying to the pristine file exactly (no fuzz, no offset).
  const SAMPLE = Math.min(RUNS, 200)
  test(`${SAMPLE} generated pairs: same files and hunks, exact apply`, async () => {
    const random = mulberry(SEED + 1)
    const cases = Array.from({ length: SAMPLE }, (_, c) => {
      const files = Array.from({ length: random() < 0.3 ? 2 : 1 }, (_, f) =>
        makeFile(random, `${f === 0 ? 'kernel' : 'net'}/f${f}.c`, c % 2 === 0)
      )
      return { files, tool: TOOLS[Math.floor(random() * TOOLS.length)] }
    })
    const patches = runDiffJobs(
      work.dir,
      cases.map(c => ({
        tool: c.tool,
        files: c.files.map(f => ({ path: f.path, before: text(f.base), after: text(f.latest) }))
      }))
    )
    const disagreements: string[] = []
    for (const [index, c] of cases.entries()) {
      const parsed = parsePatch('latest.patch', Buffer.from(patches[index]))
      const tree = new Map(c.files.map(f => [f.path, text(f.base)]))
      const gnu = await gnuPatchView(patches[index], tree)
      const reader = Object.fromEntries(readerFiles(parsed))
      const seen = Object.fromEntries(gnu.files)
      if (JSON.stringify(reader) !== JSON.stringify(seen) || !gnu.exact || gnu.fatal)
        disagreements.push(
          `case ${index} (${toolName(c.tool)}): reader ${JSON.stringify(reader)}, GNU patch ${JSON.stringify(seen)}, exact ${gnu.exact}, ${gnu.fatal ?? ''}`
        )
    }
    console.log(`reader vs GNU patch: ${SAMPLE} patches, ${disagreements.length} disagreements`)
    expect(disagreements).toEqual([])
  }, 300_000)
})
