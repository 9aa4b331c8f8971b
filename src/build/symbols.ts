// What kpatch-build's create-diff-object reads from the -v vmlinux's symbol table
// (kpatch-build/lookup.c): the local symbols of each STT_FILE group, their sizes, and each local
// name's sympos — the rank of its address among all local symbols of that name, which is how the
// running kernel's kallsyms resolves a duplicated name. Comparing these facts between two
// vmlinux files says whether either serves as -v for the same kernel (bench/build-small.ts).
import { execFileSync } from 'node:child_process'

export interface SymbolRow {
  addr: bigint
  size: number
  type: string
  bind: string
  name: string
}

/** Parse `readelf -s --wide` output (the .symtab rows, in table order). */
export function parseReadelfSymbols(text: string): SymbolRow[] {
  const rows: SymbolRow[] = []
  let inSymtab = false
  for (const line of text.split('\n')) {
    if (line.startsWith('Symbol table ')) inSymtab = line.includes("'.symtab'")
    if (!inSymtab) continue
    const m = /^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+(\w+)\s+(\w+)\s+\w+\s+\S+\s*(.*)$/.exec(
      line
    )
    if (!m) continue
    rows.push({ addr: BigInt(`0x${m[1]}`), size: Number(m[2]), type: m[3], bind: m[4], name: m[5] })
  }
  return rows
}

/** `file:name#n` → `type size sympos` for every local FUNC and OBJECT symbol. */
export function kpatchFacts(rows: SymbolRow[]): Map<string, string> {
  const byName = new Map<string, bigint[]>()
  for (const r of rows) {
    if (r.bind !== 'LOCAL') continue
    const list = byName.get(r.name) ?? []
    list.push(r.addr)
    byName.set(r.name, list)
  }
  const facts = new Map<string, string>()
  let file = ''
  const seen = new Map<string, number>()
  for (const r of rows) {
    if (r.type === 'FILE') {
      file = r.name
      seen.clear()
      continue
    }
    if (r.bind !== 'LOCAL' || (r.type !== 'FUNC' && r.type !== 'OBJECT')) continue
    const n = (seen.get(r.name) ?? 0) + 1
    seen.set(r.name, n)
    const sympos = (byName.get(r.name) ?? []).filter(a => a <= r.addr).length
    facts.set(`${file}:${r.name}#${n}`, `${r.type} ${r.size} sympos ${sympos}`)
  }
  return facts
}

export interface Comparison extends Array<string> {
  checked: number
}

/** The -v facts that differ between two vmlinux files (empty: either serves as -v). */
export function compareForKpatch(a: string, b: string): Comparison {
  const read = (path: string): Map<string, string> =>
    kpatchFacts(
      parseReadelfSymbols(
        execFileSync('readelf', ['-s', '--wide', path], {
          encoding: 'utf8',
          maxBuffer: 1 << 30
        })
      )
    )
  const fa = read(a)
  const fb = read(b)
  const out = [] as unknown as Comparison
  for (const [key, value] of fa) {
    const other = fb.get(key)
    if (other !== value) out.push(`${key}: ${value} vs ${other ?? 'missing'}`)
  }
  for (const key of fb.keys()) if (!fa.has(key)) out.push(`${key}: missing vs ${fb.get(key)}`)
  out.checked = fa.size
  return out
}
