// Benchmark: a 100-VM fleet against the local servers with 200 ms added latency per reply, against
// one VM, in the same run (goal ≤ 3×); and the cold start of the action's `command: deploy`
// (process start → its first network request) against bare `node -e 0` (goal ≤ 300 ms more).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deployFixture, TOKEN } from '../test/deploy/fixture.js'
import { startAwsServer } from '../test/helpers/servers/cloud.js'

const line = (name: string, value: string): void => console.log(`${name.padEnd(48)} ${value}`)

interface Ran {
  ms: number
  code: number | null
  /** The end of what the process printed (stdout then stderr), to say why it failed. */
  output: string
}

const KEEP = 8192

function run(args: string[], env: NodeJS.ProcessEnv, script = 'dist/cli.js'): Promise<Ran> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, script === '-e' ? ['-e', '0'] : [script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-KEEP)))
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-KEEP)))
    child.on('error', reject)
    child.on('close', code =>
      resolve({ ms: Date.now() - started, code, output: `${stdout}\n${stderr}`.trim() })
    )
  })
}

/** A bench that fails says why: the command's exit code and the end of its output. */
function mustPass(what: string, ran: Ran): void {
  if (ran.code !== 0)
    throw new Error(`${what} exited ${ran.code}; the end of its output:\n${ran.output}`)
}

const work = mkdtempSync(join(tmpdir(), 'livepatch-bench-deploy-'))
const fx = await deployFixture(work)
const aws = await startAwsServer()
try {
  const names = Array.from({ length: 100 }, (_, k) => `cvm-${String(k).padStart(3, '0')}`)
  for (const name of names) aws.vms.push({ name, ip: '127.0.0.1', labels: { fleet: 'bench' } })
  fx.agent.faults = { delayMs: 200 }
  aws.faults = { delayMs: 200 }
  const env = {
    AWS_ACCESS_KEY_ID: 'AKIDTEST',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_REGION: 'eu-west-1',
    CVM_AGENT_TOKENS: TOKEN
  }
  const common = [
    '--endpoint',
    aws.url,
    '--agent-port',
    String(fx.agent.port),
    '--agent-cert-sha256',
    fx.agent.fingerprint,
    '--cert',
    fx.cert,
    '--kernel-release',
    fx.release,
    '--json'
  ]
  const one = await run(['deploy', 'aws', names[0], fx.modules.current, ...common], env)
  const fleet = await run(
    [
      'deploy',
      'aws',
      '--selector',
      'fleet=bench',
      fx.modules.current,
      '--canary',
      '1',
      '--max-concurrency',
      '100',
      '--max-errors',
      '0',
      ...common
    ],
    env
  )
  mustPass('deploy to one VM', one)
  mustPass('deploy to the 100-VM fleet', fleet)
  line('one VM (whole process, 200 ms per reply)', `${one.ms} ms`)
  line('100-VM fleet (canary 1, then 99 at once)', `${fleet.ms} ms`)
  line('ratio fleet / one VM (goal ≤ 3)', (fleet.ms / one.ms).toFixed(2))

  // Cold start: from spawning the action to its first request to the cloud API.
  aws.faults = {}
  fx.agent.faults = {}
  const bare: number[] = []
  const cold: number[] = []
  for (let k = 0; k < 7; k++) {
    bare.push((await run([], {}, '-e')).ms)
    let timer: NodeJS.Timeout | undefined
    const firstRequest = new Promise<number>(resolve => {
      const before = aws.requests.length
      timer = setInterval(() => {
        if (aws.requests.length > before) {
          clearInterval(timer)
          resolve(Date.now())
        }
      }, 1)
    })
    // The runner makes both files before a step starts; the action appends to them.
    const summary = join(work, 'summary.md')
    const output = join(work, 'output')
    writeFileSync(summary, '')
    writeFileSync(output, '')
    const started = Date.now()
    const done = run(
      [],
      {
        ...env,
        INPUT_COMMAND: 'deploy',
        INPUT_PROVIDER: 'aws',
        INPUT_TARGETS: names[0],
        INPUT_MODULE: fx.modules.current,
        'INPUT_SIGNING-CERT': fx.cert,
        'INPUT_AGENT-TOKENS': TOKEN,
        'INPUT_AGENT-CERT-SHA256': fx.agent.fingerprint,
        'INPUT_AGENT-PORT': String(fx.agent.port),
        INPUT_ENDPOINT: aws.url,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output
      },
      'dist/index.js'
    )
    // Bounded: an action that fails before its first request ends the wait with its own exit.
    const first = await Promise.race([firstRequest, done.then(() => undefined)])
    const ran = await done
    clearInterval(timer)
    mustPass('the action (command: deploy)', ran)
    if (first === undefined) throw new Error('the action ended without a request to the cloud API')
    cold.push(first - started)
  }
  const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]
  line('bare node -e 0 (median of 7)', `${median(bare)} ms`)
  line('action deploy: start → first API request (median)', `${median(cold)} ms`)
  line('cold start over bare node (goal ≤ 300 ms)', `${median(cold) - median(bare)} ms`)
} finally {
  await aws.close()
  await fx.agent.close()
  rmSync(work, { recursive: true, force: true })
}
