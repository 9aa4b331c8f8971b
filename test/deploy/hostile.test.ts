// Hostile input on the deploy path, in-process: module names with shell syntax, values that need
// quoting in the commands run as root on the VM (run here by a real sh), a tampered guest script
// left on the VM, an agent that forges workflow commands or sends megabytes, tokens in the wrong
// shape, VM names that are Object.prototype keys. Each refusal happens before anything is sent.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AgentClient, agentChannel, parsePins } from '../../src/deploy/agent.js'
import { applyOverCommands, guestScript, parseGuestReport } from '../../src/deploy/channel.js'
import { cloudProvider, type CloudOptions } from '../../src/deploy/cloud.js'
import {
  checkBeforeUpload,
  checkResultPath,
  deployFleet,
  readModuleArtifact,
  statusOf
} from '../../src/deploy/deploy.js'
import { checkModuleName } from '../../src/deploy/module-name.js'
import { remoteText } from '../../src/deploy/remote-text.js'
import { shellQuote } from '../../src/deploy/shell.js'
import { tokensFromDir, tokensFromEnv } from '../../src/deploy/tokens.js'
import type { CommandChannel, ModuleArtifact, Provider, Vm } from '../../src/deploy/types.js'
import { fakeModuleBytes, moduleNamed } from '../helpers/hostile.js'
import { tempDir } from '../helpers/tmp.js'
import { deployFixture, TOKEN, type DeployFixture } from './fixture.js'

let work: { dir: string; cleanup: () => void }
let fx: DeployFixture
let current: ModuleArtifact

beforeAll(async () => {
  work = tempDir()
  fx = await deployFixture(work.dir)
  current = await readModuleArtifact(fx.modules.current)
}, 120_000)
afterAll(async () => {
  await fx?.agent.close()
  work.cleanup()
})
beforeEach(() => {
  fx.agent.faults = {}
  fx.agent.requests.length = 0
})

const sh = (script: string, cwd?: string) =>
  spawnSync('sh', ['-c', script], { encoding: 'utf8', cwd, timeout: 10_000 })

describe('shell quoting: one helper, every value', () => {
  const hostile = [
    '',
    "it's",
    "'; rm -rf / #",
    '$(touch PWNED)',
    '`touch PWNED`',
    '"double" and \\back\\slash',
    'new\nline',
    '${IFS}$HOME*?[a]~',
    'ünïcödé ✓',
    '-n'
  ]
  test('sh reads back exactly what was quoted, and runs nothing in it', () => {
    const dir = tempDir()
    try {
      // A deterministic spread of random printable strings too (bounded loop).
      let seed = 7
      const random = Array.from({ length: 40 }, () =>
        Array.from({ length: 12 }, () => {
          seed = (seed * 1103515245 + 12345) % 2 ** 31
          return String.fromCharCode(32 + (seed % 95))
        }).join('')
      )
      for (const value of [...hostile, ...random]) {
        const ran = sh(`printf '%s' ${shellQuote(value)}`, dir.dir)
        expect(ran.stdout).toBe(value)
      }
      expect(existsSync(join(dir.dir, 'PWNED'))).toBe(false)
    } finally {
      dir.cleanup()
    }
  })

  test('a NUL byte cannot be quoted (sh would cut the value there)', () => {
    expect(() => shellQuote('a\0b')).toThrow(/NUL/)
  })
})

describe('module names: kpatch charset, at most 55 characters, checked before anything is sent', () => {
  test('names kpatch-build makes are accepted; anything else is refused', () => {
    for (const ok of ['livepatch_0002_cloud', 'lp-1', 'A'.repeat(55)])
      expect(() => checkModuleName(ok, 'm.ko')).not.toThrow()
    for (const bad of ['x$(reboot)', 'a b', 'a;b', "a'b", 'a/b', '', 'A'.repeat(56), 'ä', 'a\nb'])
      expect(() => checkModuleName(bad, 'm.ko')).toThrow(/not a kpatch module name/)
  })

  test('a signed module named with shell syntax is refused when read (both doors read it so)', async () => {
    const path = await moduleNamed('a$(touch${IFS}PWNED)', fx.keys, join(work.dir, 'evil.ko'))
    await expect(readModuleArtifact(path)).rejects.toThrow(
      /\.modinfo name 'a\$\(touch\$\{IFS\}PWNED\)_*' is not a kpatch module name.*refusing to send it/
    )
  })

  test('over a command channel: no command at all is sent for such a name', async () => {
    const commands: string[] = []
    const channel: CommandChannel = {
      kind: 'command',
      async run(_vm, script) {
        commands.push(script)
        return { stdout: '', exitCode: 0 }
      }
    }
    const evil = { ...current, name: 'x$(touch /PWNED)' }
    const vm: Vm = { name: 'vm-1', provider: 'test', address: 'x' }
    await expect(
      applyOverCommands(channel, vm, evil, {
        timeoutSeconds: 5,
        persist: false,
        commandTimeoutMs: 5000
      })
    ).rejects.toThrow(/not a kpatch module name/)
    const provider: Provider = {
      name: 'test',
      channel,
      find: async () => [vm],
      close: async () => {}
    }
    await expect(deployFleet(provider, [vm], evil, {})).rejects.toThrow(/not a kpatch module name/)
    await expect(checkBeforeUpload(evil, {})).rejects.toThrow(/not a kpatch module name/)
    expect(commands).toEqual([])
  })
})

describe('commands run by a real sh, as the VM would: quoting and the cached guest script', () => {
  let root: { dir: string; cleanup: () => void }
  let env: NodeJS.ProcessEnv
  const RELEASE = '6.15.2-test'

  beforeEach(() => {
    root = tempDir()
    const bin = join(root.dir, 'bin')
    const sysfs = join(root.dir, 'sys')
    mkdirSync(bin)
    mkdirSync(sysfs)
    const stub = (name: string, body: string): void => {
      writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`)
      chmodSync(join(bin, name), 0o755)
    }
    stub('uname', `echo ${RELEASE}`)
    stub('rmmod', 'exit 0')
    stub(
      'insmod',
      [
        `name=$(tr '\\000' '\\n' < "$1" | sed -n 's/^name=//p')`,
        `for d in "${sysfs}"/*; do [ -d "$d" ] && rm -rf "$d"; done`,
        `mkdir -p "${sysfs}/$name"; echo 1 > "${sysfs}/$name/enabled"; echo 0 > "${sysfs}/$name/transition"`
      ].join('\n')
    )
    env = {
      PATH: `${bin}:/usr/bin:/bin`,
      LIVEPATCH_SYSFS: sysfs,
      LIVEPATCH_STATE_DIR: join(root.dir, 'state')
    }
  })
  afterEach(() => root.cleanup())

  function localShell(): CommandChannel & { commands: string[] } {
    const commands: string[] = []
    return {
      kind: 'command',
      commands,
      async run(_vm, script, timeoutMs) {
        commands.push(script)
        const ran = spawnSync('sh', ['-c', script], {
          encoding: 'utf8',
          env,
          cwd: root.dir,
          timeout: timeoutMs
        })
        return { stdout: ran.stdout, exitCode: ran.status ?? 1 }
      }
    }
  }

  function artifact(name: string): ModuleArtifact {
    const { bytes, sha256 } = fakeModuleBytes(name, RELEASE)
    return { path: `${name}.ko`, bytes, sha256, name, kernelRelease: RELEASE }
  }

  const vm: Vm = { name: 'vm-1', provider: 'test', address: 'local' }

  test('a work folder full of shell syntax: the module is applied and nothing in it runs', async () => {
    const workDir = join(root.dir, "it's a $(touch PWNED) `touch PWNED2` ; dir")
    mkdirSync(workDir)
    const report = await applyOverCommands(localShell(), vm, artifact('livepatch_v1'), {
      timeoutSeconds: 5,
      persist: false,
      commandTimeoutMs: 10_000,
      workDir
    })
    expect(report).toMatchObject({ status: 'applied', module: 'livepatch_v1' })
    expect(existsSync(join(root.dir, 'PWNED'))).toBe(false)
    expect(existsSync(join(root.dir, 'PWNED2'))).toBe(false)
  })

  test('a guest script on the VM whose sha256 is not ours is replaced, not run', async () => {
    const workDir = join(root.dir, 'upload')
    mkdirSync(workDir)
    const channel = localShell()
    const options = { timeoutSeconds: 5, persist: false, commandTimeoutMs: 10_000, workDir }
    await applyOverCommands(channel, vm, artifact('livepatch_v1'), options)
    const { stdout } = sh(`ls -d ${shellQuote(workDir)}/guest-*`)
    const cached = join(stdout.trim(), 'livepatch-apply.sh')
    expect(readFileSync(cached, 'utf8')).toBe(guestScript())
    // Someone on the VM swaps the cached script for one that lies.
    writeFileSync(
      cached,
      `#!/bin/sh\ntouch ${shellQuote(join(root.dir, 'TAMPERED-RAN'))}\necho '{"status":"applied","message":"tampered"}'\n`
    )
    const report = await applyOverCommands(channel, vm, artifact('livepatch_v2'), options)
    expect(report.message).toBe('applied; transition complete')
    expect(existsSync(join(root.dir, 'TAMPERED-RAN'))).toBe(false)
    expect(readFileSync(cached, 'utf8')).toBe(guestScript())
  })
})

describe('remote text never reaches a log raw', () => {
  const forged =
    'ok\n::error::forged\r\n::add-mask::x\n  ::set-output name=verdict::pass\u001b[31m\u202e\u0000' +
    ':::'.repeat(3)

  test('one line, no control or bidi characters, no `::`, bounded', () => {
    const safe = remoteText(forged)
    // eslint-disable-next-line no-control-regex
    expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/)
    expect(safe).not.toContain('::')
    expect(safe).toContain('\\n: :error: :forged')
    const long = remoteText('A'.repeat(5_000_000))
    expect(long.length).toBeLessThan(1100)
    expect(long).toMatch(/cut at 1000 characters/)
  })

  test("the guest script's report: an unknown status is a failure, every field made safe", () => {
    const line = JSON.stringify({
      status: 'pwned',
      module: '::error::m',
      active: ['a\nb'],
      message: forged
    })
    const report = parseGuestReport(`noise\n${line}\n`, 'vm-1')
    expect(report.status).toBe('failed')
    expect(report.message).toMatch(/unknown status 'pwned'/)
    for (const text of [report.module, report.message, ...report.active]) {
      expect(text).not.toMatch(/[\n\r]/)
      expect(text).not.toContain('::')
    }
  })
})

function agentProvider(agent: Partial<CloudOptions['agent']> = {}): Provider {
  const options: CloudOptions = {
    address: fx.agent.address,
    agent: {
      tokens: async () => TOKEN,
      pins: new Map([['*', fx.agent.fingerprint]]),
      retryDelayMs: 20,
      timeoutMs: 10_000,
      ...agent
    }
  }
  return cloudProvider('aws', options, async () => {
    throw new Error('no lookup in this test')
  })
}

describe('a hostile agent', () => {
  test('a reply of megabytes (no Content-Length) is cut at 64 KiB: the connection is closed, the row says why', async () => {
    fx.agent.faults = { hugeReply: { bytes: 50 * 1024 * 1024, times: 1 } }
    const provider = agentProvider({ attempts: 1 })
    const [row] = await deployFleet(provider, await provider.find(['vm-1']), current, {})
    expect(row.status).toBe('failed')
    expect(row.message).toMatch(/reply too large: the agent sent more than 64 KiB/)
    // The emulator stopped writing long before the end: the client destroyed the connection.
    expect(fx.agent.faults.hugeReply?.sent).toBeLessThan(50 * 1024 * 1024)
  })

  test('a Content-Length over 64 KiB is refused before the body is read', async () => {
    fx.agent.faults = { hugeReply: { bytes: 10 * 1024 * 1024, times: 1, contentLength: true } }
    const provider = agentProvider({ attempts: 1 })
    const [row] = await deployFleet(provider, await provider.find(['vm-1']), current, {})
    expect(row.message).toMatch(/reply too large/)
  })

  test('forged workflow commands in a reply end up as one neutral line in the row', async () => {
    fx.agent.faults = {
      status: {
        code: 500,
        times: 1,
        body: 'no\n::error::FORGED\n::add-mask::x\n::set-output name=a::b'
      }
    }
    const provider = agentProvider()
    const [row] = await deployFleet(provider, await provider.find(['vm-1']), current, {})
    expect(row.status).toBe('refused')
    expect(row.message).toMatch(/FORGED/)
    expect(row.message).not.toMatch(/[\n\r]/)
    expect(row.message).not.toContain('::')
  })

  test('status does not claim ok without looking: it contacts the agent and says unknown', async () => {
    const provider = agentProvider()
    const [report] = await statusOf(provider, await provider.find(['vm-1']), {})
    expect(report.status).toBe('unknown')
    expect(report.message).toMatch(/not known which livepatch is loaded.*accepted the token/)
    expect(fx.agent.requests.map(r => r.path)).toEqual(['/offchain/golden-measurement'])
  })
})

describe('tokens: exactly a JSON object of strings, or one header-safe token', () => {
  const SECRET = 'Sup3rSecretValue'
  const mask = (): void => undefined
  test.each([
    ['a JSON array', `["${SECRET}","b"]`],
    ['key=value pairs', `vm1=${SECRET},vm2=other`],
    ['a JSON string', `"${SECRET}"`],
    ['a JSON number value', `{"vm1": 12345678}`],
    ['a nested object', `{"vm1": {"t": "${SECRET}"}}`],
    ['a token with a newline in the map', `{"vm1": "${SECRET}\\nInjected: 1"}`],
    ['a token with a blank', `${SECRET} other`],
    ['a bare token with a newline', `${SECRET}\nX-Injected: 1`],
    ['not JSON', `{${SECRET}`]
  ])('%s is refused, and the value is never quoted', (_what, value) => {
    let message = ''
    try {
      tokensFromEnv(value, mask)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/CVM_AGENT_TOKENS/)
    expect(message).not.toContain(SECRET)
  })

  test('the error for a bad token in the map names the VM', () => {
    expect(() => tokensFromEnv(`{"vm-7": "a\\nb"}`, mask)).toThrow(
      /token for VM 'vm-7' has characters an HTTP header cannot carry/
    )
  })

  test('a vendor token file with a newline inside refuses the deploy, naming the VM and file, not the value', async () => {
    const dir = join(work.dir, 'vendor')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'aws_vm-1_token'), `${SECRET}\nX-Injected: 1\n`)
    const provider = agentProvider({ tokens: tokensFromDir(dir, 'aws', mask) })
    let message = ''
    await deployFleet(provider, await provider.find(['vm-1']), current, {}).catch(
      (error: Error) => (message = error.message)
    )
    expect(message).toMatch(
      /nothing was sent to any VM[\s\S]*aws_vm-1_token: the token for VM 'vm-1' has characters/
    )
    expect(message).not.toContain(SECRET)
    expect(fx.agent.requests).toEqual([])
  })

  test('VM names that are Object.prototype keys have no token unless given one', async () => {
    const tokens = tokensFromEnv(JSON.stringify({ 'vm-1': 't1', constructor: 't2' }), mask)
    expect(await tokens('constructor')).toBe('t2')
    expect(await tokens('toString')).toBeUndefined()
    expect(await tokens('__proto__')).toBeUndefined()
    expect(await tokensFromEnv('abc.DEF-123_~+/==', mask)('any')).toBe('abc.DEF-123_~+/==')
  })
})

describe('pins and names: Map lookups, openssl output accepted', () => {
  const hex = 'de02' + 'ab'.repeat(30)
  const colons = (hex.toUpperCase().match(/../g) ?? []).join(':')

  test("openssl's `sha256 Fingerprint=…` line is a fleet-wide pin; `VM=` that line is one VM's", () => {
    expect([...parsePins([`sha256 Fingerprint=${colons}`])]).toEqual([['*', hex]])
    expect([...parsePins([`SHA256 Fingerprint=${colons}`])]).toEqual([['*', hex]])
    expect([...parsePins([`vm-1=sha256 Fingerprint=${colons}`])]).toEqual([['vm-1', hex]])
  })

  test('VMs named constructor, __proto__ and toString are deployed to like any other', async () => {
    for (const pins of [
      new Map([['*', fx.agent.fingerprint]]),
      { '*': fx.agent.fingerprint } as Record<string, string>
    ]) {
      const provider = agentProvider({ pins })
      const rows = await deployFleet(
        provider,
        await provider.find(['constructor', '__proto__', 'toString']),
        current,
        { deployed: new Map() }
      )
      expect(rows.map(r => [r.vm, r.status])).toEqual([
        ['constructor', 'applied'],
        ['__proto__', 'applied'],
        ['toString', 'applied']
      ])
    }
  })

  test('the agent channel refuses a token an HTTP header cannot carry, naming the VM', async () => {
    const client = new AgentClient({
      tokens: async () => 'bad\ntoken',
      pins: new Map([['*', fx.agent.fingerprint]])
    })
    await expect(
      agentChannel(client).apply(
        { name: 'vm-9', provider: 'aws', address: fx.agent.address },
        current
      )
    ).rejects.toThrow(
      /vm-9: the agent token for this VM has characters an HTTP header cannot carry/
    )
    expect(fx.agent.requests).toEqual([])
  })
})

describe('numbers and result paths are checked before any VM is touched', () => {
  test.each([
    [{ canary: -1 }, /canary count -1/],
    [{ maxConcurrency: 0 }, /max concurrency 0/],
    [{ timeoutSeconds: 0 }, /transition timeout/],
    [{ maxErrors: 'lots' }, /--max-errors 'lots'/]
  ])('%p is refused', async (options, message) => {
    await expect(checkBeforeUpload(current, options)).rejects.toThrow(message)
    const provider = agentProvider()
    await expect(
      deployFleet(provider, await provider.find(['vm-1']), current, options)
    ).rejects.toThrow(message)
    expect(fx.agent.requests).toEqual([])
  })

  test('a result file in a missing folder, or one that is a folder', async () => {
    await expect(checkResultPath(join(work.dir, 'nope', 'state.json'), '--state')).rejects.toThrow(
      /--state .*nope.*does not exist/
    )
    await expect(checkResultPath(work.dir, '--measurements')).rejects.toThrow(/is a folder/)
    await expect(checkResultPath(join(work.dir, 'fine.json'), '--state')).resolves.toBeUndefined()
  })
})
