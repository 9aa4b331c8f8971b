// The Reporter port (src/app/ports.ts) backed by @actions/core: log lines, annotations on a file
// and line, folded groups, masking.
import * as core from '@actions/core'
import type { Reporter, Where } from '../app/ports.js'
import { maskSecret } from './inputs.js'

const properties = (where?: Where): core.AnnotationProperties => ({
  ...(where?.title ? { title: where.title } : {}),
  ...(where?.file ? { file: where.file } : {}),
  ...(where?.line ? { startLine: where.line } : {})
})

export function actionReporter(): Reporter {
  return {
    info: text => core.info(text),
    warning: (text, where) => core.warning(text, properties(where)),
    error: (text, where) => core.error(text, properties(where)),
    group: (title, run) => core.group(title, run),
    detail: (title, text) => {
      core.startGroup(title)
      core.info(text)
      core.endGroup()
    },
    mask: value => maskSecret(value)
  }
}
