// Livepatch-style edit pairs on real kernel code (Debian's linux-source-6.12 tarball): edits
// inside function bodies next to the lines that repeat (blank, `}`, `return 0;`, `break;`).
// The truth is by construction: the latest makes every edit of the previous one and more (a
// superset), or drops / alters / restores / moves one of the previous patch's changes whose
// text occurs nowhere else (so no alignment can stand in for it). A superset counts only when
// its construction is itself a minimal diff (a tool could have printed it).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const KERNEL_TARBALL = '/usr/src/linux-source-6.12.tar.xz'

/** Spread over fs/, kernel/, mm/, net/netfilter/; named exactly, so tar stops after the last. */
export const KERNEL_FILES = [
  'fs/filesystems.c',
  'fs/proc/cmdline.c',
  'fs/proc/meminfo.c',
  'kernel/kthread.c',
  'kernel/reboot.c',
  'mm/mlock.c',
  'mm/vmstat.c',
  'net/netfilter/nf_conntrack_ftp.c',
  'net/netfilter/xt_comment.c',
  'net/netfilter/xt_limit.c'
]

/** Extract the files once into `dir` (a few seconds of xz: the tarball has no index). */
export function extractKernelFiles(dir: string): Map<string, string[]> {
  execFileSync(
    'tar',
    [
      '-xJf',
      KERNEL_TARBALL,
      '-C',
      dir,
      '--strip-components=1',
      '--occurrence=1',
      ...KERNEL_FILES.map(f => `linux-source-6.12/${f}`)
    ],
    { stdio: 'pipe' }
  )
  const out = new Map<string, string[]>()
  for (const path of KERNEL_FILES) {
    const lines = readFileSync(join(dir, path), 'utf8').split('\n')
    if (lines[lines.length - 1] === '') lines.pop()
    out.set(path, lines)
  }
  return out
}

interface Func {
  path: string
  /** Body lines (1-based, inclusive): after the opening `{`, before the closing `}`. */
  first: number
  last: number
}

export function functionsOf(path: string, lines: string[]): Func[] {
  const out: Func[] = []
  for (let k = 0; k < lines.length; k++) {
    if (lines[k] !== '{') continue
    const end = lines.indexOf('}', k + 1)
    if (end > k + 3) out.push({ path, first: k + 2, last: end })
  }
  return out
}

const REPEATED = /^\s*(|}|return 0;|break;)$/

export interface Edit {
  /** Base lines removed (1-based). */
  removed: number[]
  /** Inserted after base line `gap`. */
  gap: number
  texts: string[]
  /** Text that occurs nowhere else: a mutation of it is certainly not a superset. */
  unique?: string
}

export interface Script {
  removed: Set<number>
  inserted: { gap: number; text: string; order: number }[]
}

export function applyScript(base: string[], script: Script): string[] {
  const at = new Map<number, string[]>()
  for (const ins of [...script.inserted].sort((a, b) => a.gap - b.gap || a.order - b.order)) {
    const list = at.get(ins.gap)
    if (list) list.push(ins.text)
    else at.set(ins.gap, [ins.text])
  }
  const out: string[] = [...(at.get(0) ?? [])]
  for (let line = 1; line <= base.length; line++) {
    if (!script.removed.has(line)) out.push(base[line - 1])
    out.push(...(at.get(line) ?? []))
  }
  return out
}

export function scriptOf(edits: Edit[]): Script {
  const removed = new Set(edits.flatMap(e => e.removed))
  const inserted = edits.flatMap((e, k) =>
    e.texts.map((text, t) => ({ gap: e.gap, text, order: k * 100 + t }))
  )
  return { removed, inserted }
}

/** Edits in one function body, each next to a repeated line. */
export function editsIn(lines: string[], fn: Func, random: () => number, id: () => number): Edit[] {
  const near: number[] = []
  for (let l = fn.first; l <= fn.last; l++) if (REPEATED.test(lines[l - 1])) near.push(l)
  const count = 2 + Math.floor(random() * 3)
  const edits: Edit[] = []
  const used = new Set<number>()
  for (let e = 0; e < count && near.length > 0; e++) {
    const at = near[Math.floor(random() * near.length)]
    const gap = random() < 0.5 ? at - 1 : at
    if (used.has(gap) || used.has(at)) continue
    const indent = '\t'
    const n = id()
    const shape = random()
    if (shape < 0.3) {
      const text = `${indent}pr_info("livepatch ${n}: %s\\n", __func__);`
      edits.push({ removed: [], gap, texts: [text], unique: text })
    } else if (shape < 0.45) {
      edits.push({ removed: [], gap, texts: [''] })
    } else if (shape < 0.6) {
      const text = `${indent}if (unlikely(livepatch_flag_${n}))`
      edits.push({ removed: [], gap, texts: [text, `${indent}\treturn 0;`, ''], unique: text })
    } else if (shape < 0.7) {
      edits.push({ removed: [], gap, texts: ['', `${indent}break;`] })
    } else if (shape < 0.8 && lines[at - 1].trim() === '') {
      edits.push({ removed: [at], gap: at, texts: [] })
    } else {
      // Replace a statement next to the repeated line with a changed one.
      const target = [at - 1, at + 1].find(
        l =>
          l >= fn.first &&
          l <= fn.last &&
          !REPEATED.test(lines[l - 1]) &&
          lines[l - 1].trim().endsWith(';') &&
          lines.filter(x => x === lines[l - 1]).length === 1
      )
      if (target === undefined || used.has(target) || used.has(target - 1)) continue
      const text = `${lines[target - 1]} /* livepatch ${n} */`
      edits.push({ removed: [target], gap: target, texts: [text], unique: text })
      used.add(target)
      used.add(target - 1)
    }
    used.add(gap)
    used.add(at)
  }
  return edits
}

/** Length of a longest common subsequence (plain table: function bodies are small). */
export function lcs(a: string[], b: string[]): number {
  let prev = new Int32Array(b.length + 1)
  for (let i = a.length - 1; i >= 0; i--) {
    const row = new Int32Array(b.length + 1)
    for (let k = b.length - 1; k >= 0; k--)
      row[k] = a[i] === b[k] ? prev[k + 1] + 1 : Math.max(prev[k], row[k + 1])
    prev = row
  }
  return prev[0]
}
