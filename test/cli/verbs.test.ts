// The CLI's one table (src/cli/verbs.ts) drives the parser, every verb's --help and README's CLI
// section; both doors give the same defaults for the settings they share.
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { runCli } from '../../src/cli.js'
import { SETTINGS, type Setting, type SettingId } from '../../src/app/settings.js'
import { cliReader } from '../../src/cli/args.js'
import { PROVIDER_ALIASES, VERBS, cliReference } from '../../src/cli/verbs.js'
import { runBundledCli } from '../helpers/run.js'
import { REPO_ROOT } from '../helpers/tmp.js'

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: t => (out += t), stderr: t => (err += t), env: {} })
  return { code, out, err }
}

const names = VERBS.flatMap(v => [v.name, ...(v.aliases ?? [])])

describe('every verb answers --help with its usage and exit 0', () => {
  test.each(names)('%s --help', async name => {
    const verb = VERBS.find(v => v.name === name || v.aliases?.includes(name))!
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = await cli([name, flag])
      expect({ code, err }).toEqual({ code: 0, err: '' })
      expect(out).toMatch(new RegExp(`^usage: livepatch ${verb.name}\\b`))
      for (const option of Object.keys(verb.options)) expect(out).toContain(`--${option}`)
    }
  })

  test.each([...PROVIDER_ALIASES])("the guide's form (%s --help) shows deploy's help", async p => {
    const { code, out } = await cli([p, '--help'])
    expect(code).toBe(0)
    expect(out).toMatch(/^usage: livepatch deploy /)
  })

  test('the bundled CLI too (dist/cli.js)', () => {
    const ran = runBundledCli(['deploy', '--help'])
    expect(ran.status).toBe(0)
    expect(ran.stdout).toContain('--agent-cert-sha256 [VM=]HEX')
    expect(ran.stdout).toContain('--state FILE')
  })

  test('the top-level usage lists every verb, and no verb outside the table exists', async () => {
    const { code, out } = await cli(['--help'])
    expect(code).toBe(0)
    for (const verb of VERBS) expect(out).toContain(`livepatch ${verb.name}`)
    const unknown = await cli(['livepatch', 'aws', 'vm', 'x.ko'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain("unknown command 'livepatch'")
  })

  test('an option a verb does not have is refused with its usage (exit 2)', async () => {
    const { code, err } = await cli(['verify', '--key', 'x', 'm.ko'])
    expect(code).toBe(2)
    expect(err).toMatch(
      /Unknown option '--key'[\s\S]*usage: livepatch verify --cert FILE MODULE \[--json\]/
    )
  })

  test('a command name with control characters is printed escaped', async () => {
    const { code, err } = await cli(['x\n::error::forged'])
    expect(code).toBe(2)
    expect(err).not.toMatch(/^::error::/m)
  })
})

/** CLI options named like an action input that mean something else, and why. */
const DIFFERENT_MEANING = new Set([
  // build's folder for the module; the action builds into work-dir/output (its `output` is sign's)
  'build --output',
  // the file deploy writes the measurements to; the action's `measurements` is release's input
  'deploy --measurements',
  'rollback --measurements'
])

describe('one source for the syntax', () => {
  test("README's CLI section is the table's", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    const section = readme.slice(
      readme.indexOf('<!-- cli-reference:start -->') + '<!-- cli-reference:start -->'.length,
      readme.indexOf('<!-- cli-reference:end -->')
    )
    expect(section.trim()).toBe(cliReference().trim())
  })

  test('both doors take their defaults from the one settings table', () => {
    const action = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    const byInput = new Map<string, SettingId>()
    for (const [id, setting] of Object.entries(SETTINGS) as [SettingId, Setting][]) {
      if (!setting.input) continue
      byInput.set(setting.input, id)
      // The runner applies action.yml's default before the action reads the input: it must be
      // the table's (or absent, and the reader applies the table's).
      const declared = action.inputs[setting.input]
      expect({ input: setting.input, declared: declared !== undefined }).toEqual({
        input: setting.input,
        declared: true
      })
      // An expression default (`${{ github.token }}`) is the runner's to evaluate.
      if (declared.default !== undefined && !String(declared.default).startsWith('${{'))
        expect({ input: setting.input, default: String(declared.default) }).toEqual({
          input: setting.input,
          default: setting.default
        })
    }
    const linked: string[] = []
    for (const verb of VERBS) {
      for (const [name, spec] of Object.entries(verb.options)) {
        // An option named like an action input is that input's setting, never a second copy.
        const sameName = byInput.get(name)
        if (sameName && !DIFFERENT_MEANING.has(`${verb.name} --${name}`))
          expect({ verb: verb.name, name, setting: spec.setting }).toEqual({
            verb: verb.name,
            name,
            setting: sameName
          })
        if (!spec.setting) continue
        linked.push(name)
        const setting: Setting = SETTINGS[spec.setting]
        expect({ name, default: spec.default }).toEqual({
          name,
          default: setting.kind === 'flag' ? undefined : setting.default
        })
      }
    }
    expect(linked).toEqual(expect.arrayContaining(['canary', 'max-concurrency', 'agent-port']))
  })

  test('a repeated option keeps each value whole; one text is split on commas and newlines', () => {
    const pin = 'ab'.repeat(32)
    expect(
      cliReader('deploy', { 'agent-cert-sha256': [`web,eu=${pin}`, pin] }).list('agentCertSha256')
    ).toEqual([`web,eu=${pin}`, pin])
    const positional = cliReader('deploy', {}, { targets: { value: 'a, b\nc', label: '<vm>' } })
    expect(positional.list('targets')).toEqual(['a', 'b', 'c'])
  })

  test('a digest is taken in any case, as sign-file takes it', () => {
    expect(cliReader('sign', { hash: 'SHA512' }).choice('hash')).toBe('sha512')
    expect(() => cliReader('sign', { hash: 'md5' }).choice('hash')).toThrow(
      "invalid --hash 'md5': expected one of sha256, sha384, sha512"
    )
  })

  test('whole numbers outside the table are strict too (keygen --bits, vm --memory)', async () => {
    // Each of these is a whole number to Number(): the old reader took them.
    const out = mkdtempSync(join(tmpdir(), 'livepatch-keygen-'))
    try {
      for (const bits of ['0x800', '2048.0', ' 2048e0']) {
        const { code, err } = await cli(['keygen', '--out', out, '--bits', bits])
        expect({ bits, code }).toEqual({ bits, code: 2 })
        expect(err).toContain('invalid --bits')
      }
      expect(readdirSync(out)).toEqual([])
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  test('the readers apply the table default, and a bound names the setting as each door does', async () => {
    const cliSide = cliReader('deploy', {})
    expect(cliSide.whole('canary')).toBe(1)
    expect(cliSide.whole('maxConcurrency')).toBe(4)
    expect(() => cliReader('deploy', { 'agent-port': '70000' }).whole('agentPort')).toThrow(
      "invalid --agent-port '70000': expected a whole number 1-65535"
    )
    const { code, err } = await cli(['deploy', 'aws', 'vm1', 'm.ko', '--canary=-1'])
    expect(code).toBe(2)
    expect(err).toContain("invalid --canary '-1': expected a whole number 0-1000000")
  })
})
