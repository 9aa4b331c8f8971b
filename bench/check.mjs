// Benchmark: the whole `livepatch check` process on a generated pair of ≥ 2,000 hunks over
// ≥ 500 files, against interdiff (Debian's patchutils) on the same pair, in the same run; and the
// action's cold start against bare `node -e 0`.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { line, medianOf, timeProcess } from './lib.mjs'

const FILES = 500
const HUNKS_PER_FILE = 6
const LINES = 420

function writeTree(root, edit) {
  for (let f = 0; f < FILES; f++) {
    const lines = Array.from({ length: LINES }, (_, k) => `\tint v_${f}_${k} = ${k};`)
    edit(f, lines)
    const dir = join(root, `drivers/d${f % 20}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `f${f}.c`), lines.join('\n') + '\n')
  }
}

function diffTrees(work, a, b, out) {
  const result = (() => {
    try {
      return execFileSync('diff', ['-ruN', '-U3', a, b], {
        cwd: work,
        encoding: 'utf8',
        maxBuffer: 1 << 30
      })
    } catch (error) {
      if (error.status === 1) return error.stdout
      throw error
    }
  })()
  writeFileSync(join(work, out), result)
  return result
}

export function runCheckBench() {
  const work = mkdtempSync(join(tmpdir(), 'livepatch-bench-'))
  try {
    // Previous: 4 separate changes per file. Latest: the same, plus one more per file that shifts
    // every later hunk's offsets.
    const previousEdit = (f, lines) => {
      // Each change replaces two lines with five, like a small real fix.
      for (let h = HUNKS_PER_FILE - 1; h >= 0; h--) {
        const fix = Array.from({ length: 5 }, (_, k) => `\t\tpr_info("fix ${f}.${h}.${k}");`)
        lines.splice(20 + h * 60, 2, ...fix)
      }
    }
    writeTree(join(work, 'a'), () => {})
    writeTree(join(work, 'b'), previousEdit)
    writeTree(join(work, 'c'), (f, lines) => {
      previousEdit(f, lines)
      lines.splice(5, 0, `\tpr_info("extra ${f}");`)
    })
    const previous = diffTrees(work, 'a', 'b', 'previous.patch')
    const latest = diffTrees(work, 'a', 'c', 'latest.patch').replace(
      /^diff -ruN -U3 c\//gm,
      'diff -ruN -U3 b/'
    )
    writeFileSync(join(work, 'latest.patch'), latest)
    const hunks = (previous.match(/^@@/gm) ?? []).length
    const files = (previous.match(/^\+\+\+ /gm) ?? []).length
    line('pair', `${files} files, ${hunks} hunks in the previous patch`)

    const ours = medianOf(
      5,
      () =>
        timeProcess(
          process.execPath,
          [
            'dist/cli.js',
            'check',
            '--previous',
            join(work, 'previous.patch'),
            '--latest',
            join(work, 'latest.patch')
          ],
          { expectStatus: [0] }
        ).ms
    )
    // With the pristine tree: base lines read from it, and patch --dry-run of both patches.
    const withTree = medianOf(
      5,
      () =>
        timeProcess(
          process.execPath,
          [
            'dist/cli.js',
            'check',
            '--previous',
            join(work, 'previous.patch'),
            '--latest',
            join(work, 'latest.patch'),
            '--kernel-source',
            join(work, 'a')
          ],
          { expectStatus: [0] }
        ).ms
    )
    line(
      'livepatch check --kernel-source (whole process, median of 5)',
      `${withTree.toFixed(1)} ms`
    )
    const inter = timeProcess('interdiff', [
      join(work, 'previous.patch'),
      join(work, 'latest.patch')
    ]).ms
    line('livepatch check (whole process, median of 5)', `${ours.toFixed(1)} ms`)
    line('interdiff (same pair, one run)', `${inter.toFixed(1)} ms`)
    line('ratio check / interdiff (goal ≤ 0.02)', (ours / inter).toFixed(4))

    const bare = medianOf(9, () => timeProcess(process.execPath, ['-e', '0']).ms)
    const summary = join(work, 'summary.md')
    const output = join(work, 'output')
    const cold = medianOf(9, () => {
      writeFileSync(summary, '')
      writeFileSync(output, '')
      return timeProcess(process.execPath, ['dist/index.js'], {
        env: {
          ...process.env,
          INPUT_COMMAND: 'check',
          'INPUT_PATCHES-DIR': 'patches',
          GITHUB_STEP_SUMMARY: summary,
          GITHUB_OUTPUT: output
        },
        expectStatus: [0]
      }).ms
    })
    line('bare node -e 0 (median of 9)', `${bare.toFixed(1)} ms`)
    line('action cold start, check of patches/ (median of 9)', `${cold.toFixed(1)} ms`)
    line('cold start over bare node (goal ≤ 300 ms)', `${(cold - bare).toFixed(1)} ms`)
  } finally {
    if (!process.env.KEEP_BENCH) rmSync(work, { recursive: true, force: true })
    else console.log(work)
  }
}
