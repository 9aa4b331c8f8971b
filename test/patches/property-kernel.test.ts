// Real-code pairs: livepatch-style edits in functions of Debian's kernel source (kernel-pairs.ts),
// each patch written by its own real tool and context width; both kinds of wrong verdict
// counted and printed, with the pristine files given and without them. A sample of the pairs
// goes through `check --kernel-source` whole, which also proves each patch applies exactly.
// Pairs: LIVEPATCH_PROPERTY_RUNS (default 1,000; `npm run test:property` 10,000).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { checkPatches } from '../../src/patches/check.js'
import { compareSuperset } from '../../src/patches/superset.js'
import { parsePatch } from '../../src/patches/unified-diff.js'
import { tempDir } from '../helpers/tmp.js'
import { runDiffJobs, TOOLS, toolName, type DiffJob } from './diff-tools.js'
import {
  applyScript,
  editsIn,
  extractKernelFiles,
  functionsOf,
  KERNEL_TARBALL,
  lcs,
  scriptOf,
  type Edit
} from './kernel-pairs.js'

const RUNS = Number(process.env.LIVEPATCH_PROPERTY_RUNS ?? 1000)
const SEED = Number(process.env.LIVEPATCH_PROPERTY_SEED ?? 20261201)
const BATCH = 1000
const SAMPLE = 8

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

interface Pair {
  path: string
  base: string[]
  previous: string[]
  latest: string[]
  truth: boolean
  how: string
  tools: [DiffJob['tool'], DiffJob['tool']]
}

const text = (lines: string[]): string => lines.map(l => `${l}\n`).join('')

describe('superset verdict on real kernel code (linux-source-6.12)', () => {
  const work = tempDir('livepatch-kernel-pairs-')
  let sources = new Map<string, string[]>()
  beforeAll(() => {
    if (!existsSync(KERNEL_TARBALL))
      throw new Error(`${KERNEL_TARBALL} is missing: run scripts/setup.sh (linux-source-6.12)`)
    const dir = join(work.dir, 'src')
    mkdirSync(dir)
    sources = extractKernelFiles(dir)
  }, 300_000)
  afterAll(() => work.cleanup())

  test(`${RUNS} pairs: 0 wrong verdicts with the tree, 0 wrong passes without`, async () => {
    const random = mulberry(SEED)
    let nextId = 1
    const id = (): number => nextId++
    const funcs = [...sources].flatMap(([path, lines]) => functionsOf(path, lines))
    const makePair = (): Pair | 'skipped' | null => {
      const fn = funcs[Math.floor(random() * funcs.length)]
      const lines = sources.get(fn.path) as string[]
      // A window of the file around the function is the "file": small temp trees, real code.
      const from = Math.max(1, fn.first - 40)
      const to = Math.min(lines.length, fn.last + 40)
      const base = lines.slice(from - 1, to)
      const local = { ...fn, first: fn.first - from + 1, last: fn.last - from + 1 }
      const edits = editsIn(base, local, random, id)
      if (edits.length < 2) return null
      let previous = edits.filter(() => random() < 0.6)
      if (previous.length === 0) previous = [edits[0]]
      let latest: Edit[] = edits
      let how = 'superset'
      const candidates = previous.filter(e => e.unique)
      const target = candidates[Math.floor(random() * candidates.length)]
      const shape = random()
      if (target && shape < 0.5) {
        const others = edits.filter(e => e !== target)
        if (shape < 0.15) {
          how = 'dropped'
          latest = others
        } else if (shape < 0.3) {
          how = 'altered'
          const texts = target.texts.map(t => (t === target.unique ? `${t} /* altered */` : t))
          latest = [...others, { ...target, texts }]
        } else if (shape < 0.4 && target.removed.length > 0) {
          how = 'restored'
          latest = [...others, { ...target, removed: [] }]
        } else {
          how = 'moved'
          latest = [...others, { ...target, removed: [], gap: random() < 0.5 ? 0 : base.length }]
          if (target.removed.length > 0) how = 'moved-restored'
        }
      }
      const p = scriptOf(previous)
      const n = scriptOf(latest)
      const rp = applyScript(base, p)
      const rn = applyScript(base, n)
      // Edits can cancel out (a blank removed next to a blank inserted): no patch to write.
      const unchanged = (r: string[]): boolean =>
        r.length === base.length && r.every((l, k) => l === base[k])
      if (unchanged(rp) || unchanged(rn)) return null
      const truth = how === 'superset'
      // A superset by construction counts only if the construction is a minimal diff.
      if (truth && lcs(base, rn) !== base.length - n.removed.size) return 'skipped'
      const tools = [0, 1].map(() => TOOLS[Math.floor(random() * TOOLS.length)]) as Pair['tools']
      return { path: fn.path, base, previous: rp, latest: rn, truth, how, tools }
    }

    const tally = {
      pairs: 0,
      skippedNonMinimal: 0,
      withSource: { truePass: 0, trueFail: 0, wrongPass: 0, wrongFail: 0 },
      withoutSource: { wrongPass: 0, unflaggedRefusal: 0, undecidable: 0, wrongFail: 0 },
      checkedWhole: 0
    }
    const wrong: string[] = []
    for (let done = 0; done < RUNS;) {
      const pairs: Pair[] = []
      while (pairs.length < Math.min(BATCH, RUNS - done)) {
        const pair = makePair()
        if (pair === 'skipped') tally.skippedNonMinimal++
        else if (pair) pairs.push(pair)
      }
      const batch = join(work.dir, `batch${done}`)
      const jobs: DiffJob[] = pairs.flatMap(pair =>
        (['previous', 'latest'] as const).map((side, s) => ({
          tool: pair.tools[s],
          files: [{ path: pair.path, before: text(pair.base), after: text(pair[side]) }]
        }))
      )
      const patches = runDiffJobs(batch, jobs)
      for (const [index, pair] of pairs.entries()) {
        const previous = parsePatch('previous.patch', patches[2 * index])
        const latest = parsePatch('latest.patch', patches[2 * index + 1])
        const withSource = compareSuperset(previous, latest, new Map([[pair.path, pair.base]]))
        const without = compareSuperset(previous, latest)
        const say = (what: string): string =>
          `${what}: ${pair.how} ${pair.path} (${pair.tools.map(toolName).join(' / ')}) ${JSON.stringify(withSource.missing.concat(without.missing).slice(0, 2))}`
        const w = tally.withSource
        if (pair.truth) w.truePass++
        else w.trueFail++
        if (withSource.verdict === 'pass' && !pair.truth) wrong.push(say('with tree, wrong pass'))
        if (withSource.verdict === 'pass' && !pair.truth) w.wrongPass++
        if (withSource.verdict === 'fail' && pair.truth) w.wrongFail++
        if (withSource.verdict === 'fail' && pair.truth) wrong.push(say('with tree, wrong refusal'))
        const flagged = without.missing.some(m => m.kind === 'undecidable')
        if (flagged) tally.withoutSource.undecidable++
        if (without.verdict === 'pass' && !pair.truth) {
          tally.withoutSource.wrongPass++
          wrong.push(say('without tree, wrong pass'))
        }
        if (without.verdict === 'fail' && pair.truth) {
          tally.withoutSource.wrongFail++
          if (!flagged) {
            tally.withoutSource.unflaggedRefusal++
            wrong.push(say('without tree, refusal not marked undecidable'))
          }
        }
        // The whole check on a sample: patches on disk, the tree beside them, patch --dry-run.
        if (index < SAMPLE) {
          const dir = join(batch, `whole${index}`)
          const tree = join(dir, 'tree')
          mkdirSync(dirname(join(tree, pair.path)), { recursive: true })
          writeFileSync(join(tree, pair.path), text(pair.base))
          writeFileSync(join(dir, 'previous.patch'), patches[2 * index])
          writeFileSync(join(dir, 'latest.patch'), patches[2 * index + 1])
          const report = await checkPatches({
            previous: join(dir, 'previous.patch'),
            latest: join(dir, 'latest.patch'),
            kernelSource: tree
          })
          expect(report.applies.map(a => a.ok)).toEqual([true, true])
          expect(report.verdict).toBe(pair.truth ? 'pass' : 'fail')
          tally.checkedWhole++
        }
      }
      tally.pairs += pairs.length
      done += pairs.length
    }
    console.log(`superset on kernel code (seed ${SEED}): ${JSON.stringify(tally)}`)
    expect(wrong.slice(0, 5)).toEqual([])
    expect(tally.withSource.truePass).toBeGreaterThan(RUNS / 5)
    expect(tally.withSource.trueFail).toBeGreaterThan(RUNS / 5)
  }, 600_000)
})
