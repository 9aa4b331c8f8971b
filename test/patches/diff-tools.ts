// Real diff tools over many small file pairs at once: one GNU diff (-rN -UN: with -u as well,
// GNU diff keeps the larger context, so -ruN -U0 is -U3) or git diff process per
// (tool, context width) for a whole batch, its output cut back into one patch per pair.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createTwoFilesPatch } from 'diff'

export type Tool =
  | { kind: 'jsdiff'; context: number }
  | { kind: 'gnu'; context: number }
  | { kind: 'git'; context: number; algorithm: 'myers' | 'patience' | 'histogram' | 'minimal' }

export const TOOLS: Tool[] = [
  ...[0, 1, 3, 8].map(context => ({ kind: 'jsdiff' as const, context })),
  ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map(context => ({ kind: 'gnu' as const, context })),
  ...(['myers', 'patience', 'histogram', 'minimal'] as const).flatMap(algorithm =>
    [0, 1, 3, 5].map(context => ({ kind: 'git' as const, context, algorithm }))
  )
]

export const toolName = (t: Tool): string =>
  t.kind === 'git' ? `git-${t.algorithm}-U${t.context}` : `${t.kind}-U${t.context}`

/** One patch to write: base and result text per path (paths like kernel/f0.c). */
export interface DiffJob {
  tool: Tool
  files: { path: string; before: string; after: string }[]
}

/** Write every job's patch with its tool; returns the patch texts in job order. */
export function runDiffJobs(root: string, jobs: DiffJob[]): string[] {
  const out: string[] = jobs.map(() => '')
  const groups = new Map<string, number[]>()
  jobs.forEach((job, index) => {
    if (job.tool.kind === 'jsdiff') {
      out[index] = job.files
        .map(f => {
          const body = createTwoFilesPatch(
            `a/${f.path}`,
            `b/${f.path}`,
            f.before,
            f.after,
            '',
            '',
            {
              context: job.tool.context
            }
          )
          return body.slice(body.indexOf('\n') + 1).replace(/^={5,}\n/, '')
        })
        .filter(text => text.includes('\n@@'))
        .join('')
      return
    }
    const key = toolName(job.tool)
    const list = groups.get(key)
    if (list) list.push(index)
    else groups.set(key, [index])
  })
  for (const [key, indexes] of groups) {
    const dir = join(root, key)
    for (const index of indexes) {
      for (const f of jobs[index].files) {
        for (const [side, text] of [
          ['a', f.before],
          ['b', f.after]
        ]) {
          const full = join(dir, side, `j${index}`, f.path)
          mkdirSync(dirname(full), { recursive: true })
          writeFileSync(full, text)
        }
      }
    }
    const tool = jobs[indexes[0]].tool
    const args =
      tool.kind === 'gnu'
        ? ['diff', ['-rN', `-U${tool.context}`, 'a', 'b']]
        : [
            'git',
            [
              'diff',
              '--no-index',
              '--no-color',
              '--no-renames',
              `-U${tool.context}`,
              `--diff-algorithm=${(tool as { algorithm: string }).algorithm}`,
              'a',
              'b'
            ]
          ]
    const result = spawnSync(args[0] as string, args[1] as string[], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 28
    })
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`${key} failed: ${result.stderr}`)
    // Cut per file entry; put each back under its job with plain a/ b/ paths.
    const entries = result.stdout.split(/^(?=diff )/m).filter(e => e.startsWith('diff '))
    for (const entry of entries) {
      const match = / (?:a\/)?a\/j(\d+)\//.exec(entry.split('\n')[0])
      if (!match) throw new Error(`${key}: cannot place entry ${entry.slice(0, 80)}`)
      const index = Number(match[1])
      out[index] += entry.replace(/(^diff [^\n]*|^--- [^\n]*|^\+\+\+ [^\n]*)/gm, line =>
        line.replace(/(?:a\/)?a\/j\d+\//g, 'a/').replace(/(?:b\/)?b\/j\d+\//g, 'b/')
      )
    }
  }
  return out
}
