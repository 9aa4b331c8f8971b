// Generate the README's input/output tables from action.yml, so they never drift.
// `node scripts/readme.mjs` rewrites README.md; `--check` exits 1 when it is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

const action = parse(readFileSync('action.yml', 'utf8'))
const cell = text =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')
const rows = []
rows.push('| input | default | description |', '| --- | --- | --- |')
for (const [name, input] of Object.entries(action.inputs ?? {})) {
  const def =
    input.default === undefined ? (input.required ? '*(required)*' : '') : `\`${input.default}\``
  rows.push(`| \`${name}\` | ${def} | ${cell(input.description)} |`)
}
rows.push('', '| output | description |', '| --- | --- |')
for (const [name, output] of Object.entries(action.outputs ?? {})) {
  rows.push(`| \`${name}\` | ${cell(output.description)} |`)
}
const start = '<!-- action-table:start -->'
const end = '<!-- action-table:end -->'
const readme = readFileSync('README.md', 'utf8')
const from = readme.indexOf(start)
const to = readme.indexOf(end)
if (from < 0 || to < 0) throw new Error(`README.md needs the markers ${start} and ${end}`)
const next = `${readme.slice(0, from + start.length)}\n${rows.join('\n')}\n${readme.slice(to)}`
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md input/output tables are stale: run node scripts/readme.mjs')
    process.exit(1)
  }
} else writeFileSync('README.md', next)
