// The rehearsal's world and scenarios: an adopter repository (adopter/cvm-fleet) that copied
// main.yml and pins this repository (livepatch-action/livepatch-action) at a commit made from
// the tree under test, with dist/; the local GitHub REST server; the GCP Compute server; three
// emulated CVMs (the image's agent on 127.0.0.2-4); the test kernel's built tree for the
// stand-in kpatch-build. Each scenario is a list of runs of main.yml (pushes to main, a dispatch).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { generateKeys } from '../../src/sign/keygen.js'
import { CACHE, KERNEL_DIR, testKernel, trustedKeys } from '../../test/kernel/harness.js'
import { startAgent, type AgentEmulator } from '../../test/helpers/servers/agent-emulator.js'
import { startGcpServer, type CloudServer } from '../../test/helpers/servers/cloud.js'
import { startGitHubServer, type GitHubState } from '../../test/helpers/servers/github.js'
import { Run, newToken, type JobRecord, type RunEvent, type World } from './engine.js'
import { git } from './git.js'

export const SCENARIOS = ['default', 'drop-function', 'refuse', 'redeploy'] as const
export type Scenario = (typeof SCENARIOS)[number]

export const ACTION_REPOSITORY = 'livepatch-action/livepatch-action'
const ADOPTER = 'adopter/cvm-fleet'
const VMS = [
  { name: 'cvm-a', ip: '127.0.0.2' },
  { name: 'cvm-b', ip: '127.0.0.3' },
  { name: 'cvm-c', ip: '127.0.0.4' }
]
const AGENT_TOKEN = 'rehearsal-agent-token-0123456789'

export interface RunResult {
  jobs: Record<string, JobRecord>
  release: { tag: string; assets: Record<string, string> } | null
  agents: Record<string, { sha256: string; ok: boolean }[]>
}

export interface Rehearsal {
  scenario: Scenario
  seconds: number
  runs: RunResult[]
}

interface Stage {
  world: World
  github: GitHubState
  gcp: CloudServer
  agents: Map<string, AgentEmulator>
  commits: string[]
  /** Folder first on the runner's PATH for the drop-function scenario's second build. */
  narrowBuild: string
  close(): Promise<void>
}

const REPO_ROOT = join(import.meta.dirname, '..', '..')

/** The action repository: the tree under test (tracked and new files, and dist/) at one commit. */
function actionRepository(dir: string): string {
  mkdirSync(dir, { recursive: true })
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8'
    }
  )
    .split('\0')
    .filter(Boolean)
  for (const file of files) {
    try {
      mkdirSync(dirname(join(dir, file)), { recursive: true })
      copyFileSync(join(REPO_ROOT, file), join(dir, file))
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw error // deleted in the tree
    }
  }
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A', '-f')
  git(dir, 'commit', '-q', '-m', 'livepatch-action under test')
  git(dir, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
  git(dir, 'repack', '-adq') // each checkout then reuses the packed objects (5 s → 0.5 s)
  return git(dir, 'rev-parse', 'HEAD')
}

/** The adopter's main.yml: this repository's example, its pin moved to the commit under test. */
function adopterWorkflow(name: string, actionSha: string): string {
  const text = readFileSync(join(REPO_ROOT, '.github/workflows', name), 'utf8')
  const pins = new Set(
    [...text.matchAll(/livepatch-action\/livepatch-action[^@\s]*@([0-9a-f]{40})/g)].map(m => m[1])
  )
  if (pins.size !== 1)
    throw new Error(`${name}: expected one pinned livepatch-action SHA, found ${pins.size}`)
  return text.split([...pins][0]).join(actionSha)
}

/**
 * The test kernel's built tree. When its cached build is complete, it is used without waiting
 * for build-kernel.sh's lock (held while a kernel for other keys builds, which can take many
 * minutes on a shared machine): the same cache key, computed the same way; else the harness.
 */
async function kernelTree(): Promise<{ build: string; release: string }> {
  const cert = join(await trustedKeys(), 'livepatch.pem')
  const tarball = process.env.LINUX_SOURCE_TARBALL || '/usr/src/linux-source-6.12.tar.xz'
  const script = join(KERNEL_DIR, 'build-kernel.sh')
  const key = execFileSync(
    'bash',
    [
      '-c',
      '{ cat "$1" "$2" "$3"; stat -c \'%n %s %Y\' "$4"; } | sha256sum | cut -c1-16',
      'key',
      join(KERNEL_DIR, 'config.fragment'),
      cert,
      script,
      tarball
    ],
    { encoding: 'utf8' }
  ).trim()
  const build = join(CACHE, `kernel-${key}`)
  if (!existsSync(join(build, '.complete'))) return testKernel()
  rmSync(join(build, 'localversion-livepatch'), { force: true }) // as the harness does
  const release = execFileSync('make', ['-s', '-C', build, 'kernelrelease'], {
    encoding: 'utf8'
  }).trim()
  return { build, release }
}

async function stage(out: string): Promise<Stage> {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const kernel = await kernelTree()
  const keys = join(out, 'keys')
  mkdirSync(keys)
  await generateKeys({ outDir: keys, subject: '/CN=rehearsal signing key' })
  const vmlinux = join(out, 'vmlinux')
  copyFileSync(join(kernel.build, 'vmlinux'), vmlinux)

  const actionDir = join(out, 'repos', 'livepatch-action')
  const actionSha = actionRepository(actionDir)

  const adopter = join(out, 'repos', 'cvm-fleet')
  mkdirSync(join(adopter, '.github/workflows'), { recursive: true })
  mkdirSync(join(adopter, 'kernel'))
  mkdirSync(join(adopter, 'keys'))
  mkdirSync(join(adopter, 'patches'))
  // The image's config stands as the test kernel's (what the stand-in builds against), with the
  // DEBUG_INFO the image has and the fast test kernel leaves out.
  writeFileSync(
    join(adopter, 'kernel/config'),
    readFileSync(join(kernel.build, '.config'), 'utf8') + 'CONFIG_DEBUG_INFO=y\n'
  )
  copyFileSync(join(keys, 'livepatch.crt'), join(adopter, 'keys/livepatch.crt'))
  for (const name of ['main.yml', 'pull-request.yml'])
    writeFileSync(join(adopter, '.github/workflows', name), adopterWorkflow(name, actionSha))
  writeFileSync(join(adopter, 'README.md'), "# cvm-fleet\n\nOur CVMs' kernel livepatches.\n")
  git(adopter, 'init', '-q', '-b', 'main')
  git(adopter, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
  const commit = (message: string): string => {
    git(adopter, 'add', '-A')
    git(adopter, 'commit', '-q', '-m', message)
    return git(adopter, 'rev-parse', 'HEAD')
  }
  const commits = [commit('livepatch set-up: kernel config, certificate, workflows')]
  for (const patch of ['0001-cmdline.patch', '0002-cmdline-version.patch']) {
    copyFileSync(join(REPO_ROOT, 'test/build/patches', patch), join(adopter, 'patches', patch))
    commits.push(commit(`patches: ${patch}`))
  }

  const adminToken = newToken()
  const github = await startGitHubServer('adopter', 'cvm-fleet', adminToken)
  const gcp = await startGcpServer()
  const trustedCert = readFileSync(join(keys, 'livepatch.crt'))
  const agents = new Map<string, AgentEmulator>()
  let port = 0
  for (const vm of VMS) {
    const agent = await startAgent({
      token: AGENT_TOKEN,
      trustedCert,
      kernelRelease: kernel.release,
      host: vm.ip,
      port
    })
    port = agent.port
    agents.set(vm.name, agent)
    gcp.vms.push({ name: vm.name, ip: vm.ip, labels: { fleet: 'production' } })
  }
  const fingerprint = [...agents.values()][0].fingerprint

  // The drop-function scenario's builder: kpatch-build reports one function fewer than 0001's.
  const narrowBuild = join(out, 'narrow-kpatch-build')
  mkdirSync(narrowBuild)
  writeFileSync(
    join(narrowBuild, 'kpatch-build'),
    `#!/usr/bin/env bash\n# Rehearsal stand-in over the stand-in: this build no longer changes cmdline_proc_show.\nset -o pipefail\n"${join(REPO_ROOT, 'test/build/stand-in/kpatch-build')}" "$@" | grep -v 'changed function: cmdline_proc_show'\n`
  )
  chmodSync(join(narrowBuild, 'kpatch-build'), 0o755)

  const world: World = {
    repos: new Map([
      [ADOPTER, adopter],
      [ACTION_REPOSITORY, actionDir]
    ]),
    repository: ADOPTER,
    private: true,
    defaultBranch: 'main',
    vars: {
      LIVEPATCH_PROVIDER: 'gcp',
      LIVEPATCH_SELECTOR: 'fleet=production',
      LIVEPATCH_CLOUD_ENDPOINT: gcp.url,
      LIVEPATCH_KERNEL_RELEASE: kernel.release,
      LIVEPATCH_KERNEL_SOURCE_DIR: kernel.build,
      LIVEPATCH_VMLINUX: vmlinux,
      CVM_AGENT_CERT_SHA256: fingerprint,
      CVM_AGENT_PORT: String(port),
      GCP_WORKLOAD_IDENTITY_PROVIDER:
        'projects/1/locations/global/workloadIdentityPools/github/providers/github',
      GCP_SERVICE_ACCOUNT: 'livepatch-deploy@p.iam.gserviceaccount.com',
      GCP_PROJECT: 'p'
    },
    secrets: {},
    environments: {
      'livepatch-signing': {
        secrets: { LIVEPATCH_SIGNING_KEY: readFileSync(join(keys, 'livepatch.key'), 'utf8') },
        branches: ['main']
      },
      production: {
        secrets: {
          CVM_AGENT_TOKENS: JSON.stringify(Object.fromEntries(VMS.map(v => [v.name, AGENT_TOKEN])))
        },
        branches: ['main']
      }
    },
    apiUrl: github.url,
    issueToken(permissions) {
      const token = newToken()
      github.tokens.set(token, { contentsWrite: permissions.contents === 'write' })
      return token
    },
    path: `${join(REPO_ROOT, 'test/build/stand-in')}:${dirname(process.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    clouds: { gcpTokenUrl: `${gcp.url}/v1/token` },
    attestations: []
  }
  return {
    world,
    github,
    gcp,
    agents,
    commits,
    narrowBuild,
    async close() {
      await github.close()
      await gcp.close()
      for (const agent of agents.values()) await agent.close()
    }
  }
}

function pushEvent(s: Stage, to: number): RunEvent {
  const changed = git(
    s.world.repos.get(ADOPTER) as string,
    'diff',
    '--name-only',
    s.commits[to - 1],
    s.commits[to]
  ).split('\n')
  return {
    name: 'push',
    ref: 'refs/heads/main',
    sha: s.commits[to],
    before: s.commits[to - 1],
    changed
  }
}

async function rehearseRun(s: Stage, out: string, n: number, event: RunEvent): Promise<RunResult> {
  const before = new Set(s.github.releases.map(r => r.tag_name))
  const uploads = new Map([...s.agents].map(([vm, a]) => [vm, a.uploads.length]))
  const dir = join(out, 'runs', String(n))
  const record = await new Run(s.world, event, dir).runWorkflow('.github/workflows/main.yml')
  if (!record.triggered) throw new Error(`run ${n}: main.yml was not triggered by ${event.name}`)
  const jobs = Object.fromEntries(
    Object.entries(record.jobs).map(([id, job]) => [id.split('/').pop() as string, job])
  )
  const made = s.github.releases.find(r => !before.has(r.tag_name))
  let release: RunResult['release'] = null
  if (made) {
    const assets: Record<string, string> = {}
    mkdirSync(join(dir, 'release'), { recursive: true })
    for (const asset of made.assets) {
      writeFileSync(join(dir, 'release', asset.name), asset.data)
      assets[asset.name] = join('runs', String(n), 'release', asset.name)
    }
    release = { tag: made.tag_name, assets }
  }
  const agents = Object.fromEntries(
    [...s.agents].map(([vm, agent]) => [vm, agent.uploads.slice(uploads.get(vm))])
  )
  return { jobs, release, agents }
}

export async function rehearse(scenario: Scenario, out: string): Promise<Rehearsal> {
  const started = Date.now()
  const s = await stage(out)
  const runs: RunResult[] = []
  const path = s.world.path
  try {
    runs.push(await rehearseRun(s, out, 1, pushEvent(s, 1)))
    if (scenario === 'drop-function') s.world.path = `${s.narrowBuild}:${path}`
    if (scenario === 'refuse') for (const agent of s.agents.values()) agent.faults.refuse = 1
    runs.push(await rehearseRun(s, out, 2, pushEvent(s, 2)))
    s.world.path = path
    if (scenario === 'redeploy')
      runs.push(
        await rehearseRun(s, out, 3, {
          name: 'workflow_dispatch',
          ref: 'refs/heads/main',
          sha: s.commits[2],
          inputs: { operation: 'redeploy', 'release-tag': '' }
        })
      )
    // And a dispatch from another branch: main.yml runs only on the default branch.
    if (scenario === 'redeploy')
      runs.push(
        await rehearseRun(s, out, 4, {
          name: 'workflow_dispatch',
          ref: 'refs/heads/topic',
          sha: s.commits[2],
          inputs: { operation: 'redeploy', 'release-tag': '' }
        })
      )
  } finally {
    await s.close()
  }
  const result: Rehearsal = {
    scenario,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    runs
  }
  writeFileSync(join(out, 'rehearsal.json'), JSON.stringify(result, null, 2) + '\n')
  return result
}

export const sha256File = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex')
