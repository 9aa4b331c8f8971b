// The one table of settings both doors read: each setting's action input name, its CLI option
// name, its type, bounds and default. A door only turns its raw values (argv, or the action's
// inputs) into a `Reader` over this table; the commands in src/app/ read typed values from it, so
// a default, a bound or an error message exists once. Help text stays with each door (the CLI's
// verbs.ts, action.yml): it is presentation; a test holds both doors' defaults to this table.
import { LivepatchError, quoted } from '../errors.js'

export type SettingKind = 'text' | 'flag' | 'whole' | 'list' | 'choice'

export interface Setting {
  /** The action input's name, when the action has this setting. */
  input?: string
  /** The CLI option's name (without --), when the CLI has this setting. */
  cli?: string
  kind: SettingKind
  /** Applied by the reader when the value is not given (both doors). */
  default?: string
  /** whole: inclusive bounds. */
  min?: number
  max?: number
  /** choice: the values allowed. */
  choices?: readonly string[]
  /** text: the form the value must have, and how to say it in an error. */
  pattern?: RegExp
  expected?: string
  /** choice: matched in any case (`SHA512` is sha512), as the tool behind it takes it. */
  anyCase?: boolean
  /** Never quoted in a message (the action masks it before anything else is read). */
  secret?: boolean
}

export const SETTINGS = {
  command: {
    input: 'command',
    kind: 'choice',
    default: 'check',
    choices: ['check', 'build', 'sign', 'deploy', 'release']
  },
  patchesDir: { input: 'patches-dir', cli: 'dir', kind: 'text', default: 'patches' },
  baseRef: { input: 'base-ref', cli: 'base-ref', kind: 'text' },
  previousPatch: { cli: 'previous', kind: 'text' },
  latestPatch: { cli: 'latest', kind: 'text' },
  kernelConfig: { input: 'kernel-config', cli: 'kernel-config', kind: 'text' },
  kernelSource: { input: 'kernel-source', cli: 'kernel-source', kind: 'text' },
  kernelRelease: { input: 'kernel-release', cli: 'kernel-release', kind: 'text' },

  // sign
  signingKey: { input: 'signing-key', cli: 'key', kind: 'text', secret: true },
  signingKeyPassphrase: { input: 'signing-key-passphrase', kind: 'text', secret: true },
  keyPassphraseEnv: { cli: 'key-passphrase-env', kind: 'text' },
  pkcs11Module: { input: 'pkcs11-module', cli: 'pkcs11-module', kind: 'text' },
  keyEndpoint: { cli: 'key-endpoint', kind: 'text' },
  signingCert: { input: 'signing-cert', cli: 'cert', kind: 'text', default: 'keys/livepatch.crt' },
  hash: {
    input: 'hash',
    cli: 'hash',
    kind: 'choice',
    choices: ['sha256', 'sha384', 'sha512'],
    anyCase: true
  },
  keyId: { cli: 'keyid', kind: 'flag' },
  module: { input: 'module', kind: 'text' },
  output: { input: 'output', cli: 'output', kind: 'text' },

  // build
  jobs: { input: 'jobs', cli: 'jobs', kind: 'whole', min: 1, max: 4096 },
  kernelVersion: {
    input: 'kernel-version',
    cli: 'kernel-version',
    kind: 'text',
    default: '6.15.2'
  },
  kernelSourceUrl: {
    input: 'kernel-source-url',
    cli: 'kernel-source-url',
    kind: 'text',
    default: 'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git'
  },
  kernelSourceDir: { input: 'kernel-source-dir', cli: 'source', kind: 'text' },
  vmlinux: { input: 'vmlinux', cli: 'vmlinux', kind: 'text' },
  kpatchRepository: {
    input: 'kpatch-repository',
    cli: 'kpatch-repository',
    kind: 'text',
    default: 'https://github.com/dynup/kpatch'
  },
  kpatchRef: {
    input: 'kpatch-ref',
    cli: 'kpatch-ref',
    kind: 'text',
    default: 'e0eb6d5886fbe413ff21f975ce9376c055e647e3'
  },
  kpatchTargets: {
    input: 'kpatch-targets',
    cli: 'kpatch-targets',
    kind: 'choice',
    choices: ['auto', 'default'],
    default: 'auto'
  },
  cacheKernelTree: { input: 'cache-kernel-tree', kind: 'flag', default: 'true' },
  workDir: { input: 'work-dir', cli: 'work-dir', kind: 'text' },
  skipCompilerCheck: {
    input: 'skip-compiler-check',
    cli: 'skip-compiler-check',
    kind: 'flag',
    default: 'false'
  },
  buildOutput: { cli: 'output', kind: 'text' },
  previousFunctions: { input: 'previous-functions', cli: 'previous-functions', kind: 'text' },
  kernelSourceTarball: {
    input: 'kernel-source-tarball',
    cli: 'kernel-source-tarball',
    kind: 'text'
  },
  moduleName: { cli: 'name', kind: 'text' },
  /** The CLI's PATCH positional; the action builds the newest patch of patches-dir. */
  patch: { kind: 'text' },
  gccVersionText: { cli: 'gcc-version-text', kind: 'text' },
  noLocalGcc: { cli: 'no-local-gcc', kind: 'flag', default: 'false' },

  // deploy, status, rollback
  provider: { input: 'provider', kind: 'choice', choices: ['qemu', 'aws', 'gcp', 'azure'] },
  targets: { input: 'targets', kind: 'list' },
  selector: { input: 'selector', cli: 'selector', kind: 'text' },
  address: { cli: 'address', kind: 'text' },
  addressKind: {
    input: 'address-kind',
    cli: 'address-kind',
    kind: 'choice',
    choices: ['public', 'private'],
    default: 'public'
  },
  agentTokens: { input: 'agent-tokens', kind: 'text', secret: true },
  tokenDir: { cli: 'token-dir', kind: 'text' },
  ssmTokenPath: { input: 'ssm-token-path', cli: 'ssm-token-path', kind: 'text' },
  agentCertSha256: { input: 'agent-cert-sha256', cli: 'agent-cert-sha256', kind: 'list' },
  agentPort: {
    input: 'agent-port',
    cli: 'agent-port',
    kind: 'whole',
    min: 1,
    max: 65535,
    default: '8000'
  },
  insecure: { input: 'insecure', cli: 'insecure', kind: 'flag', default: 'false' },
  uploadRecord: { input: 'upload-record', kind: 'flag', default: 'true' },
  endpoint: {
    input: 'endpoint',
    cli: 'endpoint',
    kind: 'text',
    pattern: /^https?:\/\/\S+$/,
    expected: 'an http(s):// URL'
  },
  region: { input: 'region', cli: 'region', kind: 'text' },
  project: { input: 'project', cli: 'project', kind: 'text' },
  zone: { input: 'zone', cli: 'zone', kind: 'text' },
  subscription: { input: 'subscription', cli: 'subscription', kind: 'text' },
  resourceGroup: { input: 'resource-group', cli: 'resource-group', kind: 'text' },
  stateDir: { cli: 'state-dir', kind: 'text' },
  canary: { input: 'canary', cli: 'canary', kind: 'whole', min: 0, max: 1_000_000, default: '1' },
  maxConcurrency: {
    input: 'max-concurrency',
    cli: 'max-concurrency',
    kind: 'whole',
    min: 1,
    max: 10_000,
    default: '4'
  },
  maxErrors: {
    input: 'max-errors',
    cli: 'max-errors',
    kind: 'text',
    default: '0',
    pattern: /^\d+%?$/,
    expected: 'N or N% (e.g. 2 or 10%)'
  },
  timeout: { input: 'timeout', cli: 'timeout', kind: 'whole', min: 1, max: 86_400, default: '60' },
  persist: { cli: 'persist', kind: 'flag', default: 'false' },
  previousModule: { input: 'previous-module', cli: 'previous', kind: 'text' },
  state: { cli: 'state', kind: 'text' },
  measurementsFile: { cli: 'measurements', kind: 'text' },

  // release
  githubToken: { input: 'github-token', kind: 'text', secret: true },
  functionsFile: { input: 'functions-file', kind: 'text' },
  supersetReport: { input: 'superset-report', kind: 'text' },
  buildSummary: { input: 'build-summary', kind: 'text' },
  measurements: { input: 'measurements', kind: 'text' },
  deployRecord: { input: 'deploy-record', kind: 'text' },
  moduleSha256: {
    input: 'module-sha256',
    kind: 'text',
    pattern: /^[0-9a-fA-F]{64}$/,
    expected: "64 hex digits (the sign job's sha256 output)"
  }
} as const satisfies Record<string, Setting>

export type SettingId = keyof typeof SETTINGS

/** A raw value as a door has it: argv gives strings, booleans and repeated strings. */
export type RawValue = string | boolean | (string | boolean)[] | undefined

/**
 * Typed values of the table's settings, each error naming the setting as its door calls it
 * (`--agent-port`, `input 'agent-port'`), never quoting a secret.
 */
export interface Reader {
  /** How the door names this setting in a message. */
  label(id: SettingId): string
  /** Whether this door has the setting at all (an input or an option of this verb). */
  has(id: SettingId): boolean
  /** Whether the user gave this setting (a default does not count). */
  given(id: SettingId): boolean
  text(id: SettingId): string | undefined
  /** text, or an error saying it is required and what it is. */
  required(id: SettingId, what: string): string
  flag(id: SettingId): boolean
  whole(id: SettingId): number | undefined
  list(id: SettingId): string[]
  choice<T extends string>(id: SettingId): T | undefined
}

export interface ReaderSource {
  has(id: SettingId): boolean
  /** The raw value the user gave, undefined (or '') when not given. */
  raw(id: SettingId): RawValue
  label(id: SettingId): string
  /** The message for a value given but not of the form expected (`shown` is quoted or withheld). */
  invalid(id: SettingId, shown: string, expected: string): string
  /** The message for a required setting not given, saying what it is. */
  missing(id: SettingId, what: string): string
}

const setting = (id: SettingId): Setting => SETTINGS[id]

/** YAML 1.2 core booleans, as the runner's getBooleanInput takes them. */
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

export function reader(source: ReaderSource): Reader {
  const given = (id: SettingId): boolean => {
    const value = source.raw(id)
    return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)
  }
  const shown = (id: SettingId, value: string): string =>
    setting(id).secret ? '(value not shown: it is secret)' : quoted(value)
  const invalid = (id: SettingId, value: string, expected: string): LivepatchError =>
    new LivepatchError(source.invalid(id, shown(id, value), expected))
  const stringOf = (id: SettingId): string | undefined => {
    const value = given(id) ? source.raw(id) : setting(id).default
    if (value === undefined) return undefined
    if (Array.isArray(value)) return String(value[value.length - 1])
    return String(value)
  }
  const r: Reader = {
    label: id => source.label(id),
    has: id => source.has(id),
    given,
    text(id) {
      const value = stringOf(id)
      const spec = setting(id)
      if (value !== undefined && spec.pattern && !spec.pattern.test(value.trim()))
        throw invalid(id, value, spec.expected ?? String(spec.pattern))
      return value === undefined || spec.pattern === undefined ? value : value.trim()
    },
    required(id, what) {
      const value = r.text(id)
      if (value === undefined || value === '') throw new LivepatchError(source.missing(id, what))
      return value
    },
    flag(id) {
      const value = given(id) ? source.raw(id) : setting(id).default
      if (value === undefined || typeof value === 'boolean') return value === true
      const text = String(value).trim()
      if (TRUE.includes(text)) return true
      if (FALSE.includes(text)) return false
      throw invalid(id, text, 'true or false')
    },
    whole(id) {
      const value = stringOf(id)
      if (value === undefined) return undefined
      const spec = setting(id)
      const text = value.trim()
      const n = /^\d+$/.test(text) ? Number(text) : NaN
      const min = spec.min ?? 0
      const max = spec.max ?? Number.MAX_SAFE_INTEGER
      if (!Number.isSafeInteger(n) || n < min || n > max)
        throw invalid(id, value, `a whole number ${min}-${max}`)
      return n
    },
    list(id) {
      const value = given(id) ? source.raw(id) : setting(id).default
      if (value === undefined || typeof value === 'boolean') return []
      // A repeated option (argv) holds one item per value, as given (a VM name may hold a
      // comma); one text (an action input, a positional) is split on newlines and commas.
      const items = Array.isArray(value) ? value.map(String) : String(value).split(/[\n,]/)
      return items.map(item => item.trim()).filter(Boolean)
    },
    choice<T extends string>(id: SettingId): T | undefined {
      const value = stringOf(id)
      if (value === undefined) return undefined
      const spec = setting(id)
      const choices = spec.choices ?? []
      const chosen = spec.anyCase ? value.trim().toLowerCase() : value.trim()
      if (!choices.includes(chosen)) throw invalid(id, value, `one of ${choices.join(', ')}`)
      return chosen as T
    }
  }
  return r
}

/** The settings that are secret: the action masks each before reading any other input. */
export const SECRET_SETTINGS = (Object.keys(SETTINGS) as SettingId[]).filter(
  id => (SETTINGS[id] as Setting).secret
)
