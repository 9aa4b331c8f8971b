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

/** Run the bundled action (dist/index.js) the way the runner does: INPUT_* env, output and summary files. */
export function runBundledAction(
  dir: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): ActionRun {
  const outputFile = join(dir, 'github-output')
  const summaryFile = join(dir, 'github-summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputEnv: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(inputs))
    inputEnv[`INPUT_${name.toUpperCase()}`] = value
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_'))
  )
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/index.js')], {
    cwd: env.GITHUB_WORKSPACE ?? REPO_ROOT,
    env: {
      ...clean,
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...inputEnv,
      ...env
    },
    encoding: 'utf8',
    timeout: 120_000
  })
  const outputs: Record<string, string> = {}
  const text = readFileSync(outputFile, 'utf8')
  for (const match of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1]] = match[3]
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs,
    summary: readFileSync(summaryFile, 'utf8')
  }
}

/**
 * The bundled CLI as a child process without blocking this one: needed when the servers it talks
 * to (local cloud and agent emulators) live in this test process.
 */
export function runBundledCliAsync(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', status => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}

/** The bundled action as a child process without blocking this one (servers in this process). */
export async function runBundledActionAsync(
  dir: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): Promise<ActionRun> {
  const outputFile = join(dir, 'github-output')
  const summaryFile = join(dir, 'github-summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputEnv: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(inputs))
    inputEnv[`INPUT_${name.toUpperCase()}`] = value
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_'))
  )
  const result = await new Promise<Ran>((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/index.js')], {
      cwd: REPO_ROOT,
      env: {
        ...clean,
        RUNNER_TEMP: dir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...inputEnv,
        ...env
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('error', reject)
    child.on('close', status => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
  const outputs: Record<string, string> = {}
  for (const match of readFileSync(outputFile, 'utf8').matchAll(
    /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm
  ))
    outputs[match[1]] = match[3]
  return { ...result, outputs, summary: readFileSync(summaryFile, 'utf8') }
}
