// Validate action.yml and every workflow with GitHub's own parser (@actions/workflow-parser),
// offline. Exit 1 listing each error with its file.
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const trace = new NoOperationTraceWriter()
let failures = 0

function report(name: string, errors: { message: string }[]): void {
  for (const error of errors) {
    console.error(`${name}: ${error.message}`)
    failures++
  }
}

const action = parseAction(
  { name: 'action.yml', content: readFileSync('action.yml', 'utf8') },
  trace
)
report('action.yml', action.context.errors.getErrors())
if (!action.value) report('action.yml', [{ message: 'no document parsed' }])

const dir = '.github/workflows'
for (const name of readdirSync(dir).filter(n => /\.ya?ml$/.test(n))) {
  const path = join(dir, name)
  const result = parseWorkflow({ name: path, content: readFileSync(path, 'utf8') }, trace)
  report(path, result.context.errors.getErrors())
}
if (failures > 0) process.exit(1)
console.log('action.yml and workflows: valid for @actions/workflow-parser')
