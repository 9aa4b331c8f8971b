import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from './tmp.js'

export interface Ran {
  status: number | null
  stdout: string
  stderr: string
}

/** Run the bundled CLI (dist/cli.js) with plain node, as a user would. */
export function runBundledCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}
): Ran {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env },
    input: options.input,
    encoding: 'utf8',
    timeout: 60_000
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export interface ActionRun extends Ran {
  outputs: Record<string, string>
  summary: string
}

/** The runner's environment for the action: INPUT_* variables, output and summary files. */
function actionEnv(
  dir: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv
): NodeJS.ProcessEnv {
  writeFileSync(join(dir, 'github-output'), '')
  writeFileSync(join(dir, 'github-summary'), '')
  const inputEnv: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(inputs))
    inputEnv[`INPUT_${name.toUpperCase()}`] = value
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_'))
  )
  return {
    ...clean,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'github-output'),
    GITHUB_STEP_SUMMARY: join(dir, 'github-summary'),
    ...inputEnv,
    ...env
  }
}

/** What the action wrote: its outputs (the runner's heredoc format) and job summary. */
function actionFiles(dir: string, ran: Ran): ActionRun {
  const outputs: Record<string, string> = {}
  const text = readFileSync(join(dir, 'github-output'), 'utf8')
  for (const match of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1]] = match[3]
  return { ...ran, outputs, summary: readFileSync(join(dir, 'github-summary'), 'utf8') }
}

/** Run the bundled action (dist/index.js) the way the runner does. */
export function runBundledAction(
  dir: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): ActionRun {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/index.js')], {
    cwd: env.GITHUB_WORKSPACE ?? REPO_ROOT,
    env: actionEnv(dir, inputs, env),
    encoding: 'utf8',
    timeout: 120_000
  })
  return actionFiles(dir, { status: result.status, stdout: result.stdout, stderr: result.stderr })
}

/** A child process run to completion without blocking this process (servers may live here). */
function spawnAsync(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', status => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}

/** The bundled CLI without blocking this process: the servers it talks to may live here. */
export function runBundledCliAsync(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}
): Promise<Ran> {
  return spawnAsync(
    [join(REPO_ROOT, 'dist/cli.js'), ...args],
    { ...process.env, ...options.env },
    options.timeoutMs ?? 60_000
  )
}

/** The bundled action without blocking this process. */
export async function runBundledActionAsync(
  dir: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): Promise<ActionRun> {
  return actionFiles(
    dir,
    await spawnAsync([join(REPO_ROOT, 'dist/index.js')], actionEnv(dir, inputs, env), 120_000)
  )
}
