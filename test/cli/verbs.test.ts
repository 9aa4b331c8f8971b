// The CLI's one table (src/cli/verbs.ts) drives the parser, every verb's --help and README's CLI
// section; both doors give the same defaults for the settings they share.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { runCli } from '../../src/cli.js'
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

describe('one source for the syntax', () => {
  test("README's CLI section is the table's", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    const section = readme.slice(
      readme.indexOf('<!-- cli-reference:start -->') + '<!-- cli-reference:start -->'.length,
      readme.indexOf('<!-- cli-reference:end -->')
    )
    expect(section.trim()).toBe(cliReference().trim())
  })

  test('the action and the CLI give the same default wherever both have the setting', () => {
    const action = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    // The action's hash follows the kernel config's CONFIG_MODULE_SIG_HASH when kernel-config is
    // given (else sha256, as the CLI); kernel-release and kernel-config have no default in either.
    const derived = new Set(['hash'])
    const compared: string[] = []
    for (const verb of VERBS) {
      for (const [option, spec] of Object.entries(verb.options)) {
        const input = action.inputs[option]
        if (!input || derived.has(option)) continue
        compared.push(option)
        const cliDefault = spec.type === 'boolean' ? 'false' : spec.default
        expect({ option, default: cliDefault }).toEqual({ option, default: input.default })
      }
    }
    expect(compared).toEqual(expect.arrayContaining(['canary', 'max-concurrency', 'agent-port']))
  })
})
