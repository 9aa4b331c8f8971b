// Generate the README's input/output tables from action.yml and its CLI section from the CLI's
// table (src/cli/verbs.ts), so they never drift.
// `node scripts/readme.mjs` rewrites README.md; `--check` exits 1 when it is stale.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
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
/** Replace what stands between <!-- NAME:start --> and <!-- NAME:end --> with body. */
function between(text, name, body) {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < 0) throw new Error(`README.md needs the markers ${start} and ${end}`)
  return `${text.slice(0, from + start.length)}\n${body.trimEnd()}\n${text.slice(to)}`
}

const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const cli = execFileSync(process.execPath, [tsx, 'scripts/cli-reference.ts'], { encoding: 'utf8' })
const readme = readFileSync('README.md', 'utf8')
const next = between(between(readme, 'action-table', rows.join('\n')), 'cli-reference', cli)
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error(
      'README.md input/output tables or CLI section are stale: run node scripts/readme.mjs'
    )
    process.exit(1)
  }
} else writeFileSync('README.md', next)
