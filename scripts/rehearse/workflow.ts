// A workflow file read by GitHub's own parser: the converted model (jobs, needs, `if:` already
// wrapped in success() as GitHub does, typed inputs) and the raw tokens for what the model
// leaves out (a step's `with:`, a job's `permissions:`, `runs-on`, `container`).
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  parseWorkflow,
  type WorkflowTemplate
} from '@actions/workflow-parser'
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import type {
  Job,
  ReusableWorkflowJob,
  Step
} from '@actions/workflow-parser/model/workflow-template'

export type { Job, ReusableWorkflowJob, Step, TemplateToken, WorkflowTemplate }

export interface LoadedWorkflow {
  name: string
  template: WorkflowTemplate
  /** The raw mapping of each job, by id. */
  raw: Map<string, MappingToken>
  /** The workflow's own `permissions:` (what a job without its own gets). */
  permissions: TemplateToken | undefined
}

export class WorkflowError extends Error {}

export async function loadWorkflow(name: string, content: string): Promise<LoadedWorkflow> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors()
  if (errors.length > 0 || !parsed.value)
    throw new WorkflowError(`${name}: ${errors.map(e => e.message).join('; ') || 'empty'}`)
  // Reusable workflows are fetched by the engine itself (depth 0 here), from the local repos.
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  if (template.errors?.length)
    throw new WorkflowError(`${name}: ${template.errors.map(e => e.Message).join('; ')}`)
  const raw = new Map<string, MappingToken>()
  const root = parsed.value
  const jobs = isMapping(root) ? root.find('jobs') : undefined
  if (jobs && isMapping(jobs))
    for (const pair of jobs) if (isMapping(pair.value)) raw.set(String(pair.key), pair.value)
  return {
    name,
    template,
    raw,
    permissions: isMapping(root) ? root.find('permissions') : undefined
  }
}

/** A field of a raw job mapping. */
export function rawField(job: MappingToken | undefined, key: string): TemplateToken | undefined {
  return job?.find(key)
}

/** The raw mapping of step `index` of a job. */
export function rawStep(job: MappingToken | undefined, index: number): MappingToken | undefined {
  const steps = job?.find('steps')
  if (!steps || !isSequence(steps)) return undefined
  const step = steps.get(index)
  return isMapping(step) ? step : undefined
}

export const isReusable = (job: Job | ReusableWorkflowJob): job is ReusableWorkflowJob =>
  job.type === 'reusableWorkflowJob'
