// One workflow run with GitHub's semantics, on this machine: jobs in dependency order (a
// reusable workflow's jobs inside its caller's run), `if:` with the status functions, typed
// `inputs`, secrets (environment secrets only in a job that names that environment, and only on
// a branch the environment allows), a fresh workspace, RUNNER_TEMP and HOME per job, per-step
// GITHUB_OUTPUT / GITHUB_ENV / GITHUB_PATH / GITHUB_STEP_SUMMARY files, job outputs only through
// `outputs:`, artifacts by name within the run. `run:` steps run in bash; local actions
// (`uses: ./path`) run their node entry; third-party actions run a named stand-in.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import {
  asString,
  evaluateCondition,
  evaluateExpression,
  evaluateStrings,
  evaluateToken,
  toJson,
  type Contexts,
  type Json
} from './evaluate.js'
import { gitShow, resolveRef } from './git.js'
import { STAND_INS, type StandInContext } from './stand-ins.js'
import {
  isReusable,
  loadWorkflow,
  rawField,
  rawStep,
  type Job,
  type LoadedWorkflow,
  type ReusableWorkflowJob
} from './workflow.js'

export type Result = 'success' | 'failure' | 'skipped'

export interface JobRecord {
  result: Result
  outputs: Record<string, string>
}

export interface Environment {
  secrets: Record<string, string>
  /** Deployment branches: the branch names allowed to run jobs in this environment. */
  branches: string[]
}

/** What GitHub and the runner machine know: repositories, settings, services. */
export interface World {
  /** owner/name → a git repository on this machine. */
  repos: Map<string, string>
  repository: string
  private: boolean
  defaultBranch: string
  vars: Record<string, string>
  secrets: Record<string, string>
  environments: Record<string, Environment>
  apiUrl: string
  /** Registers a job's GITHUB_TOKEN with its permissions on the local GitHub server. */
  issueToken(permissions: Record<string, string>): string
  /** PATH of the runner machine. */
  path: string
  /** For the stand-ins: where the cloud logins point. */
  clouds: { gcpTokenUrl?: string; awsEndpoint?: string }
  /** What the attest stand-in recorded. */
  attestations: { subject: string; sha256: string }[]
}

export interface RunEvent {
  name: 'push' | 'workflow_dispatch'
  ref: string
  sha: string
  before?: string
  inputs?: Record<string, string>
  /** Files the push changed (for `paths:` filters). */
  changed?: string[]
}

export interface RunRecord {
  triggered: boolean
  jobs: Record<string, JobRecord>
}

interface JobState {
  record: JobRecord
  needs: string[]
}

const PERMISSION_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'id-token',
  'issues',
  'packages',
  'pages',
  'pull-requests',
  'statuses'
]

/** A job's permissions: its own (or the workflow's), never more than the caller job allows. */
function permissions(
  job: Json,
  workflowLevel: Json,
  ceiling: Record<string, string> | undefined
): Record<string, string> {
  const source = job ?? workflowLevel
  let granted: Record<string, string> = {}
  if (source === 'read-all' || source === 'write-all')
    granted = Object.fromEntries(PERMISSION_SCOPES.map(s => [s, source.slice(0, -4)]))
  else if (source && typeof source === 'object' && !Array.isArray(source))
    granted = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, String(v)]))
  else if (source === null) granted = { contents: 'read' } // the repository's default (restricted)
  if (!ceiling) return granted
  const rank = (v: string | undefined) => (v === 'write' ? 2 : v === 'read' ? 1 : 0)
  return Object.fromEntries(
    Object.entries(granted).filter(([k, v]) => rank(v) <= rank(ceiling[k]) && rank(v) > 0)
  )
}

/** GitHub's filter patterns: `**` any path, `*` any name within one folder. */
const glob = (pattern: string): RegExp =>
  new RegExp(
    '^' +
      pattern
        .split('**')
        .map(part => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
        .join('.*') +
      '$'
  )

/** Does the event trigger this workflow (`on:` branches and paths for push)? */
function triggers(workflow: LoadedWorkflow, event: RunEvent): boolean {
  const on = workflow.template.events
  if (event.name === 'workflow_dispatch') return on.workflow_dispatch !== undefined
  const push = on.push
  if (!push) return false
  const branch = event.ref.replace(/^refs\/heads\//, '')
  if (push.branches && !push.branches.some(b => glob(b).test(branch))) return false
  if (push.paths && !(event.changed ?? []).some(f => push.paths?.some(p => glob(p).test(f))))
    return false
  return true
}

/** Typed inputs of a called workflow: the caller's values checked against the definitions. */
function typedInputs(
  definitions: Record<string, { type: string; required?: boolean; default?: unknown }>,
  given: Record<string, Json>,
  callee: string
): Record<string, Json> {
  const out: Record<string, Json> = {}
  for (const name of Object.keys(given))
    if (!(name in definitions))
      throw new Error(
        `${callee}: Invalid input, ${name} is not defined in the referenced workflow.`
      )
  for (const [name, def] of Object.entries(definitions)) {
    let value: Json | undefined = name in given ? given[name] : undefined
    if (value === undefined) {
      if (def.required) throw new Error(`${callee}: Input required and not supplied: ${name}`)
      value =
        (def.default as Json | undefined) ??
        (def.type === 'boolean' ? false : def.type === 'number' ? 0 : '')
    }
    if (def.type === 'boolean' && typeof value !== 'boolean')
      throw new Error(
        `${callee}: The input '${name}' is expected to be a boolean, got ${JSON.stringify(value)}`
      )
    if (def.type === 'number' && typeof value !== 'number')
      throw new Error(
        `${callee}: The input '${name}' is expected to be a number, got ${JSON.stringify(value)}`
      )
    if (def.type === 'string') value = asString(value)
    out[name] = value
  }
  return out
}

/** Output-file format of the runner: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1)
      if (end < 0) throw new Error(`Matching delimiter not found '${heredoc[2]}'`)
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new Error(`Invalid format '${line}'`)
    out[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return out
}

export class Run {
  readonly jobs = new Map<string, JobState>()
  readonly dir: string
  readonly artifacts: string
  private masks: string[] = []
  readonly id = String(Date.now())

  constructor(
    readonly world: World,
    readonly event: RunEvent,
    dir: string
  ) {
    this.dir = dir
    this.artifacts = join(dir, 'artifacts')
    mkdirSync(this.artifacts, { recursive: true })
  }

  mask(text: string): string {
    let out = text
    for (const secret of this.masks) if (secret) out = out.split(secret).join('***')
    return out
  }

  addMask(value: string): void {
    for (const line of value.split(/\r?\n/)) if (line.trim().length > 0) this.masks.push(line)
  }

  github(workflow: string, job: string): Record<string, Json> {
    const [owner] = this.world.repository.split('/')
    return {
      event_name: this.event.name,
      event: {
        ...(this.event.name === 'push'
          ? { before: this.event.before ?? '', after: this.event.sha, ref: this.event.ref }
          : { inputs: this.event.inputs ?? {}, ref: this.event.ref }),
        repository: {
          full_name: this.world.repository,
          default_branch: this.world.defaultBranch,
          private: this.world.private
        }
      },
      ref: this.event.ref,
      ref_name: this.event.ref.replace(/^refs\/heads\//, ''),
      sha: this.event.sha,
      repository: this.world.repository,
      repository_owner: owner,
      server_url: 'https://github.com',
      api_url: this.world.apiUrl,
      run_id: this.id,
      run_number: '1',
      run_attempt: '1',
      actor: 'rehearsal',
      workflow,
      job,
      token: ''
    }
  }

  /** Run a workflow file of the triggering repository at the event's commit. */
  async runWorkflow(path: string): Promise<RunRecord> {
    const repo = this.world.repos.get(this.world.repository) as string
    const workflow = await loadWorkflow(path, gitShow(repo, this.event.sha, path))
    if (!triggers(workflow, this.event)) return { triggered: false, jobs: {} }
    const inputs =
      this.event.name === 'workflow_dispatch' ? dispatchInputs(workflow, this.event) : {}
    await this.runJobs(workflow, { inputs, secrets: this.world.secrets, prefix: '' })
    return {
      triggered: true,
      jobs: Object.fromEntries([...this.jobs].map(([id, state]) => [id, state.record]))
    }
  }

  private closure(ids: string[]): JobState[] {
    const seen = new Set<string>()
    const walk = (id: string): void => {
      if (seen.has(id)) return
      seen.add(id)
      for (const need of this.jobs.get(id)?.needs ?? []) walk(need)
    }
    ids.forEach(walk)
    return [...seen].map(id => this.jobs.get(id) as JobState)
  }

  private async runJobs(
    workflow: LoadedWorkflow,
    scope: {
      inputs: Record<string, Json>
      secrets: Record<string, string>
      prefix: string
      ceiling?: Record<string, string>
    }
  ): Promise<void> {
    const pending = [...workflow.template.jobs]
    while (pending.length > 0) {
      const index = pending.findIndex(j =>
        (j.needs ?? []).every(n => this.jobs.has(scope.prefix + n.value))
      )
      if (index < 0) throw new Error(`${workflow.name}: a cycle in needs`)
      const [job] = pending.splice(index, 1)
      const id = scope.prefix + job.id.value
      const needIds = (job.needs ?? []).map(n => scope.prefix + n.value)
      const needs: Record<string, Json> = {}
      for (const need of job.needs ?? []) {
        const state = this.jobs.get(scope.prefix + need.value) as JobState
        needs[need.value] = { result: state.record.result, outputs: state.record.outputs }
      }
      const ancestors = this.closure(needIds)
      const status = {
        failed: ancestors.some(a => a.record.result === 'failure'),
        succeeded: ancestors.every(a => a.record.result === 'success')
      }
      const contexts: Contexts = {
        github: this.github(workflow.name, job.id.value),
        inputs: scope.inputs,
        vars: this.world.vars,
        needs
      }
      const state: JobState = { record: { result: 'skipped', outputs: {} }, needs: needIds }
      this.jobs.set(id, state)
      const log = new JobLog(join(this.dir, 'jobs', id.replace(/\//g, '__')), this)
      const run = evaluateCondition(job.if.expression, contexts, {
        failed: status.failed,
        success: status.succeeded
      })
      if (!run) {
        log.line(`skipped: if: ${job.if.expression} was false`)
        log.close()
        continue
      }
      try {
        if (isReusable(job)) await this.runCalled(workflow, job, contexts, scope, id, state, log)
        else await this.runJob(workflow, job, contexts, scope, state, log)
      } catch (error) {
        log.line(`##[error]${(error as Error).message}`)
        state.record.result = 'failure'
      }
      log.close()
    }
  }

  private async runCalled(
    caller: LoadedWorkflow,
    job: ReusableWorkflowJob,
    contexts: Contexts,
    scope: { secrets: Record<string, string>; ceiling?: Record<string, string> },
    id: string,
    state: JobState,
    log: JobLog
  ): Promise<void> {
    const ref = job.ref.value
    const remote = /^([\w.-]+\/[\w.-]+)\/(.+)@(.+)$/.exec(ref)
    let content: string
    if (ref.startsWith('./')) {
      content = gitShow(
        this.world.repos.get(this.world.repository) as string,
        this.event.sha,
        ref.slice(2)
      )
    } else if (remote) {
      const repo = this.world.repos.get(remote[1])
      if (!repo)
        throw new Error(
          `${ref}: no repository ${remote[1]} (the rehearsal knows ${[...this.world.repos.keys()].join(', ')})`
        )
      content = gitShow(repo, resolveRef(repo, remote[3]), remote[2])
    } else throw new Error(`${ref}: not a workflow reference`)
    log.line(`calls ${ref}`)
    const callee = await loadWorkflow(ref, content)
    const definitions = (callee.template.events.workflow_call?.inputs ?? {}) as Record<
      string,
      { type: string; required?: boolean; default?: unknown }
    >
    const given = evaluateToken(job['input-values'], contexts)
    const inputs = typedInputs(
      definitions,
      given && typeof given === 'object' && !Array.isArray(given) ? given : {},
      ref
    )
    const secrets = job['inherit-secrets']
      ? { ...scope.secrets }
      : evaluateStrings(job['secret-values'], { ...contexts, secrets: scope.secrets })
    const ceiling = permissions(
      evaluateToken(rawField(caller.raw.get(job.id.value), 'permissions'), contexts),
      evaluateToken(caller.permissions, contexts),
      scope.ceiling
    )
    await this.runJobs(callee, { inputs, secrets, prefix: `${id}/`, ceiling })
    const inner = [...this.jobs].filter(([k]) => k.startsWith(`${id}/`))
    state.record.result = inner.some(([, s]) => s.record.result === 'failure')
      ? 'failure'
      : 'success'
  }

  private async runJob(
    workflow: LoadedWorkflow,
    job: Job,
    contexts: Contexts,
    scope: { secrets: Record<string, string>; ceiling?: Record<string, string> },
    state: JobState,
    log: JobLog
  ): Promise<void> {
    const raw = workflow.raw.get(job.id.value)
    const environmentValue = evaluateToken(job.environment, contexts)
    const environment =
      environmentValue && typeof environmentValue === 'object' && !Array.isArray(environmentValue)
        ? asString(environmentValue.name ?? '')
        : asString(environmentValue)
    let secrets = { ...scope.secrets }
    if (environment) {
      const env = this.world.environments[environment]
      const branch = this.event.ref.replace(/^refs\/heads\//, '')
      if (env && !env.branches.includes(branch))
        throw new Error(
          `Branch "${branch}" is not allowed to deploy to ${environment} due to environment protection rules.`
        )
      secrets = { ...secrets, ...(env?.secrets ?? {}) }
      log.line(
        `environment: ${environment} (its secrets: ${Object.keys(env?.secrets ?? {}).join(', ') || 'none'})`
      )
    }
    const granted = permissions(
      evaluateToken(rawField(raw, 'permissions'), contexts),
      evaluateToken(workflow.permissions, contexts),
      scope.ceiling
    )
    log.line(
      `runs-on: ${asString(evaluateToken(rawField(raw, 'runs-on'), contexts))} (rehearsed on this machine)`
    )
    const container = evaluateToken(rawField(raw, 'container'), contexts)
    if (container)
      log.line(`container: ${asString(container)} (not emulated: the steps run on this machine)`)
    log.line(`permissions: ${JSON.stringify(granted)}`)
    const token = this.world.issueToken(granted)
    this.addMask(token)
    for (const value of Object.values(secrets)) this.addMask(value)
    const root = log.dir
    const workspace = join(root, 'workspace')
    const temp = join(root, 'temp')
    const home = join(root, 'home')
    for (const dir of [workspace, temp, home]) mkdirSync(dir, { recursive: true })
    // This runner has no internet (loopback only): git's http(s) URLs lead to a missing folder,
    // so a step that fetches from the internet takes its offline path at once.
    writeFileSync(
      join(home, '.gitconfig'),
      `[url "file://${join(root, 'no-internet')}/"]\n\tinsteadOf = https://\n\tinsteadOf = http://\n`
    )
    const github = { ...(contexts.github as Record<string, Json>), token, workspace }
    secrets = { ...secrets, GITHUB_TOKEN: token }
    const runner = {
      temp,
      os: 'Linux',
      arch: 'X64',
      name: 'rehearsal',
      tool_cache: join(root, 'tool-cache')
    }
    let env = {
      ...evaluateStrings(workflow.template.env, { ...contexts, github, secrets }),
      ...evaluateStrings(job.env, { ...contexts, github, secrets, runner })
    }
    let path = this.world.path
    const steps: Record<string, Json> = {}
    let failed = false
    let index = 0
    for (const step of job.steps) {
      const stepRaw = rawStep(raw, index++)
      const stepContexts: Contexts = {
        ...contexts,
        github,
        secrets,
        runner,
        env,
        steps,
        job: { status: failed ? 'failure' : 'success' },
        strategy: {},
        matrix: {}
      }
      const name = asString(evaluateToken(step.name, stepContexts)) || step.id
      const condition = step.if?.expression ?? 'success()'
      if (!evaluateCondition(condition, stepContexts, { failed, success: !failed })) {
        log.line(`-- step ${name}: skipped (if: ${condition})`)
        steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
        continue
      }
      const files = join(temp, '_runner_file_commands', step.id)
      mkdirSync(files, { recursive: true })
      const commands = {
        GITHUB_OUTPUT: join(files, 'output'),
        GITHUB_ENV: join(files, 'env'),
        GITHUB_PATH: join(files, 'path'),
        GITHUB_STEP_SUMMARY: join(files, 'summary'),
        GITHUB_STATE: join(files, 'state')
      }
      for (const file of Object.values(commands)) writeFileSync(file, '')
      const stepEnv = evaluateStrings('env' in step ? step.env : undefined, stepContexts)
      const processEnv: Record<string, string> = {
        PATH: path,
        HOME: home,
        LANG: 'C.UTF-8',
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: this.world.repository,
        GITHUB_REPOSITORY_OWNER: this.world.repository.split('/')[0],
        GITHUB_SHA: this.event.sha,
        GITHUB_REF: this.event.ref,
        GITHUB_REF_NAME: this.event.ref.replace(/^refs\/heads\//, ''),
        GITHUB_EVENT_NAME: this.event.name,
        GITHUB_API_URL: this.world.apiUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: this.id,
        GITHUB_JOB: job.id.value,
        GITHUB_WORKFLOW: workflow.name,
        RUNNER_TEMP: temp,
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        ...commands,
        ...env,
        ...stepEnv
      }
      if (granted['id-token'] === 'write') {
        processEnv.ACTIONS_ID_TOKEN_REQUEST_URL = `${this.world.apiUrl}/_oidc`
        processEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN = token
      }
      log.line(`-- step ${name}`)
      const started = Date.now()
      let code: number
      for (const [k, v] of Object.entries(stepEnv))
        log.line(this.mask(`  env ${k}: ${v.split('\n').join('\\n')}`))
      if ('run' in step) {
        const script = join(temp, `${step.id}.sh`)
        writeFileSync(script, asString(evaluateToken(step.run, stepContexts)))
        code = await this.spawn('bash', ['-e', script], workspace, processEnv, log)
      } else if ('uses' in step) {
        const uses = step.uses.value
        const withInputs = evaluateStrings(rawField(stepRaw, 'with'), stepContexts)
        // As GitHub's log shows a step: its `with:` values (masked), each on one line.
        for (const [k, v] of Object.entries(withInputs))
          log.line(this.mask(`  with ${k}: ${v.split('\n').join('\\n')}`))
        if (uses.startsWith('./')) {
          code = await this.localAction(
            join(workspace, uses),
            withInputs,
            stepContexts,
            workspace,
            processEnv,
            log
          )
        } else {
          const at = uses.lastIndexOf('@')
          const action = uses.slice(0, at)
          const sha = uses.slice(at + 1)
          const standIn = STAND_INS[action]
          if (!/^[0-9a-f]{40}$/.test(sha)) {
            log.line(`##[error]${uses} is not pinned to a full commit SHA`)
            code = 1
          } else if (!standIn) {
            log.line(`##[error]the rehearsal has no stand-in for ${action}`)
            code = 1
          } else {
            const context: StandInContext = {
              run: this,
              inputs: withInputs,
              workspace,
              temp,
              env: processEnv,
              permissions: granted,
              log: text => log.line(this.mask(text)),
              setOutput: (k, v) =>
                writeFileSync(
                  commands.GITHUB_OUTPUT,
                  `${k}<<EOF_REHEARSAL\n${v}\nEOF_REHEARSAL\n`,
                  { flag: 'a' }
                ),
              exportVariable: (k, v) =>
                writeFileSync(commands.GITHUB_ENV, `${k}<<EOF_REHEARSAL\n${v}\nEOF_REHEARSAL\n`, {
                  flag: 'a'
                })
            }
            log.line(`(stand-in for ${action}: ${standIn.what})`)
            try {
              code = await standIn.run(context)
            } catch (error) {
              log.line(`##[error]${this.mask((error as Error).message)}`)
              code = 1
            }
          }
        }
      } else throw new Error(`step ${step.id}: not a run or uses step`)
      const outputs = parseFileCommands(readFileSync(commands.GITHUB_OUTPUT, 'utf8'))
      env = { ...env, ...parseFileCommands(readFileSync(commands.GITHUB_ENV, 'utf8')) }
      const added = readFileSync(commands.GITHUB_PATH, 'utf8').split('\n').filter(Boolean)
      if (added.length) path = [...added.reverse(), path].join(':')
      log.summary(readFileSync(commands.GITHUB_STEP_SUMMARY, 'utf8'))
      const continueOnError =
        evaluateToken(rawField(stepRaw, 'continue-on-error'), stepContexts) === true
      const outcome = code === 0 ? 'success' : 'failure'
      const conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome
      steps[step.id] = { outputs, outcome, conclusion }
      log.line(
        `-- step ${name}: ${outcome}${conclusion !== outcome ? ' (continue-on-error)' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`
      )
      if (conclusion === 'failure') failed = true
    }
    state.record.result = failed ? 'failure' : 'success'
    // Job outputs only through `outputs:`, evaluated after the steps (GitHub: strings).
    state.record.outputs = evaluateStrings(job.outputs, {
      ...contexts,
      github,
      steps,
      runner,
      env,
      secrets: {},
      job: { status: state.record.result },
      strategy: {},
      matrix: {}
    })
  }

  /** A local action (`uses: ./path`): its action.yml, its node entry with INPUT_* variables. */
  private async localAction(
    dir: string,
    given: Record<string, string>,
    contexts: Contexts,
    workspace: string,
    env: Record<string, string>,
    log: JobLog
  ): Promise<number> {
    const file = ['action.yml', 'action.yaml'].map(n => join(dir, n)).find(existsSync)
    if (!file) {
      log.line(
        `##[error]Can't find 'action.yml' or 'action.yaml' under '${dir}'. Did you forget to run actions/checkout before running your local action?`
      )
      return 1
    }
    const action = parse(readFileSync(file, 'utf8')) as {
      inputs?: Record<string, { default?: string; required?: boolean }>
      runs: { using: string; main: string }
    }
    if (!/^node\d+$/.test(action.runs.using)) {
      log.line(`##[error]${file}: runs.using ${action.runs.using} is not rehearsed`)
      return 1
    }
    const inputs: Record<string, string> = {}
    for (const [name, def] of Object.entries(action.inputs ?? {})) {
      const fallback = def.default ?? ''
      const expression = /^\$\{\{(.*)\}\}$/s.exec(fallback.trim())
      inputs[name] =
        name in given
          ? given[name]
          : expression
            ? asString(toJson(evaluateExpression(expression[1], contexts)))
            : fallback
    }
    for (const name of Object.keys(given))
      if (!(name in (action.inputs ?? {})))
        log.line(
          `##[warning]Unexpected input(s) '${name}', valid inputs are [${Object.keys(action.inputs ?? {}).join(', ')}]`
        )
    const inputEnv = Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])
    )
    return this.spawn(
      process.execPath,
      [join(dir, action.runs.main)],
      workspace,
      { ...env, ...inputEnv, GITHUB_ACTION_PATH: dir },
      log
    )
  }

  /** A process of a step; its output lines go to the job log, workflow commands read. */
  spawn(
    command: string,
    args: string[],
    cwd: string,
    env: Record<string, string>,
    log: JobLog
  ): Promise<number> {
    return new Promise(resolve => {
      const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
      let rest = ''
      const take = (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n')
        rest = lines.pop() ?? ''
        for (const line of lines) this.commandLine(line, log)
      }
      child.stdout.on('data', take)
      child.stderr.on('data', take)
      child.on('error', error => {
        log.line(`##[error]${error.message}`)
        resolve(127)
      })
      child.on('close', code => {
        if (rest) this.commandLine(rest, log)
        resolve(code ?? 1)
      })
    })
  }

  private commandLine(line: string, log: JobLog): void {
    const mask = /^::add-mask::(.*)$/.exec(line)
    if (mask) {
      this.addMask(mask[1])
      return
    }
    const command = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line)
    if (command) log.annotation(command[1], this.mask(command[3]), command[2]?.trim() ?? '')
    log.line(this.mask(line))
  }
}

function dispatchInputs(workflow: LoadedWorkflow, event: RunEvent): Record<string, Json> {
  const definitions = workflow.template.events.workflow_dispatch?.inputs ?? {}
  const out: Record<string, Json> = {}
  for (const [name, def] of Object.entries(definitions)) {
    const value = event.inputs?.[name] ?? (def.default === undefined ? '' : String(def.default))
    if (def.type === 'choice' && def.options && !def.options.includes(value))
      throw new Error(`input ${name}: '${value}' is not one of ${def.options.join(', ')}`)
    out[name] = def.type === 'boolean' ? value === 'true' : value
  }
  return out
}

export class JobLog {
  private lines: string[] = []
  private summaries: string[] = []
  readonly annotations: { level: string; message: string; properties: string }[] = []

  constructor(
    readonly dir: string,
    private run: Run
  ) {
    mkdirSync(dir, { recursive: true })
  }

  line(text: string): void {
    this.lines.push(text)
  }

  summary(text: string): void {
    if (text) this.summaries.push(text)
  }

  annotation(level: string, message: string, properties: string): void {
    this.annotations.push({ level, message, properties })
  }

  close(): void {
    writeFileSync(`${this.dir}.log`, this.run.mask(this.lines.join('\n')) + '\n')
    writeFileSync(`${this.dir}.summary.md`, this.run.mask(this.summaries.join('\n')))
  }
}

export const newToken = (): string => `ghs_${randomBytes(18).toString('hex')}`
