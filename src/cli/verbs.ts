// The CLI's one source of syntax: every verb, its positionals and its options. The parser, each
// verb's `--help`, the top-level usage and README's CLI section are all made from this table.
import type { ParseArgsConfig } from 'node:util'
import { SETTINGS, type Setting, type SettingId } from '../app/settings.js'

export interface OptionSpec {
  type: 'string' | 'boolean'
  /** Placeholder shown after a string option (FILE, DIR, N). */
  value?: string
  /** May be given more than once. */
  multiple?: boolean
  /** Default when the option is not given; for a table setting, the table's (src/app/settings.ts). */
  default?: string
  help: string
  /** The setting of the one table this option gives (its type and default come from there). */
  setting?: SettingId
}

/** A CLI option for a setting of the table: type, repetition and default from src/app/settings.ts. */
export function option(id: SettingId, help: string, value?: string): OptionSpec {
  const spec: Setting = SETTINGS[id]
  return {
    type: spec.kind === 'flag' ? 'boolean' : 'string',
    ...(value !== undefined ? { value } : {}),
    ...(spec.kind === 'list' ? { multiple: true } : {}),
    ...(spec.default !== undefined && spec.kind !== 'flag' ? { default: spec.default } : {}),
    help,
    setting: id
  }
}

export type VerbGroup = 'patches' | 'build' | 'keys and signatures' | 'VMs'

export interface VerbSpec {
  name: string
  aliases?: string[]
  group: VerbGroup
  /** Positionals and the options that must be given, as the usage line shows them. */
  synopsis: string
  summary: string
  options: Record<string, OptionSpec>
}

const JSON_OPTION: OptionSpec = { type: 'boolean', help: 'print the result as JSON on stdout' }

/** For a key that lives in a KMS or HSM: shared by keygen --key and sign --key. */
const KEY_URI_OPTIONS: Record<string, OptionSpec> = {
  'pkcs11-module': option(
    'pkcs11Module',
    "pkcs11: the token's PKCS#11 library (default: PKCS11_MODULE_PATH); the PIN comes from KBUILD_SIGN_PIN",
    'PATH'
  ),
  'key-endpoint': option(
    'keyEndpoint',
    'awskms:/gcpkms: a private or test endpoint of the key service',
    'URL'
  )
}
const KERNEL_RELEASE: OptionSpec = option(
  'kernelRelease',
  "the VMs' kernel release (uname -r); the module's vermagic must match it",
  'R'
)

/** Where and how to reach VMs: shared by deploy, status and rollback. */
const VM_OPTIONS: Record<string, OptionSpec> = {
  selector: option(
    'selector',
    'a fleet by tag (aws, azure) or label (gcp), instead of VM names',
    'KEY=VALUE'
  ),
  address: option('address', "the agent's address: skip the cloud lookup (one VM)", 'HOST[:PORT]'),
  'address-kind': option(
    'addressKind',
    "which of each VM's IPs the agent is reached at: private for a runner inside the VMs' network",
    'public|private'
  ),
  'agent-cert-sha256': option(
    'agentCertSha256',
    "the agent's TLS certificate SHA-256 pin, for every VM or one (repeatable)",
    '[VM=]HEX'
  ),
  'agent-port': option('agentPort', "the agents' HTTPS port", 'N'),
  insecure: option('insecure', "skip the agents' certificate check (NOT recommended)"),
  'token-dir': option(
    'tokenDir',
    "the vendor tools' <csp>_<vm>_token / _ip files (tokens also from CVM_AGENT_TOKENS)",
    'DIR'
  ),
  'ssm-token-path': option(
    'ssmTokenPath',
    'aws: SSM Parameter Store path with one SecureString token per VM (PATH/VM)',
    'PATH'
  ),
  region: option('region', 'aws: region (default: the SDK chain)', 'R'),
  project: option('project', 'gcp: project (default: GOOGLE_CLOUD_PROJECT)', 'P'),
  zone: option('zone', 'gcp: zone of the named VMs (default: all zones)', 'Z'),
  subscription: option('subscription', 'azure: subscription (default: AZURE_SUBSCRIPTION_ID)', 'S'),
  'resource-group': option('resourceGroup', "azure: the VMs' resource group", 'G'),
  endpoint: option('endpoint', "the cloud API's endpoint (private endpoints)", 'URL'),
  'state-dir': option(
    'stateDir',
    'qemu: where the local VMs keep their state (default: $LIVEPATCH_QEMU_DIR or ~/.cache/livepatch-action/qemu)',
    'DIR'
  ),
  json: JSON_OPTION
}

/** What deploy and rollback add: checks before upload, the rollout and its records. */
const ROLLOUT_OPTIONS: Record<string, OptionSpec> = {
  cert: option(
    'signingCert',
    'verify the signature against this certificate before upload (else only the VM judges it)',
    'FILE'
  ),
  'kernel-release': KERNEL_RELEASE,
  previous: option(
    'previousModule',
    "the previous release's signed module, put back on a VM where the new one fails",
    'FILE'
  ),
  timeout: option('timeout', 'seconds one VM may take', 'S'),
  persist: option('persist', 'qemu: also install the module to load at boot'),
  canary: option('canary', 'VMs that go first, alone', 'N'),
  'max-concurrency': option('maxConcurrency', 'VMs patched at once after the canary', 'N'),
  'max-errors': option('maxErrors', 'failures tolerated before the rollout stops', 'N|N%'),
  state: option(
    'state',
    'deploy record: VMs already on this module are skipped; updated after',
    'FILE'
  ),
  measurements: option('measurementsFile', "write each VM's new golden measurement (JSON)", 'FILE')
}

export const VERBS: VerbSpec[] = [
  {
    name: 'check',
    group: 'patches',
    synopsis: '',
    summary: 'history rules, superset verdict of the newest patch, author-guide warnings',
    options: {
      dir: option('patchesDir', 'the patches folder', 'DIR'),
      previous: option('previousPatch', 'compare two files instead of the folder', 'A'),
      latest: option('latestPatch', 'the newer of the two files', 'B'),
      'base-ref': option(
        'baseRef',
        'git ref to compare with: refuses edits of released patches, checks each appended one',
        'REF'
      ),
      'kernel-config': option(
        'kernelConfig',
        'preflight this kernel config too (default: kernel/config when it exists)',
        'FILE'
      ),
      'kernel-source': option(
        'kernelSource',
        'pristine kernel tree (or sparse checkout of the touched files): base lines no patch shows are read from it, and each patch must apply exactly (no fuzz, no offset)',
        'DIR'
      ),
      json: JSON_OPTION
    }
  },
  {
    name: 'preflight',
    group: 'build',
    synopsis: '--config FILE',
    summary:
      'what kpatch-build would refuse (options, compiler revision, kernel release), in seconds',
    options: {
      config: option('kernelConfig', "the image's kernel .config", 'FILE'),
      'kernel-release': KERNEL_RELEASE,
      'gcc-version-text': option(
        'gccVersionText',
        "the compiler to compare with CONFIG_CC_VERSION_TEXT (default: the local gcc's)",
        'TEXT'
      ),
      'no-local-gcc': option('noLocalGcc', 'do not compare with the local gcc'),
      json: JSON_OPTION
    }
  },
  {
    name: 'build',
    group: 'build',
    synopsis: '--config FILE --kernel-release R PATCH',
    summary:
      'as the build job does: preflight; the kernel source fetched (or given), kpatch and the pristine kernel built once in --work-dir; kpatch-build -s -c -v -j -n -o PATCH; functions.json; the previous release kept',
    options: {
      config: option('kernelConfig', "the image's kernel .config", 'FILE'),
      'kernel-release': KERNEL_RELEASE,
      source: option(
        'kernelSourceDir',
        'a kernel tree instead of fetching one: with --vmlinux, a built pristine tree used as it is (and the kpatch-build on PATH); alone, an unbuilt tree, built here in place',
        'DIR'
      ),
      vmlinux: option(
        'vmlinux',
        "the pristine vmlinux (outside the tree): with --source, that tree's; alone, the image's own, used for -v instead of the pristine build's",
        'FILE'
      ),
      'kernel-version': option(
        'kernelVersion',
        'the kernel version to fetch (the git tag v<version>)',
        'V'
      ),
      'kernel-source-url': option(
        'kernelSourceUrl',
        'git URL of the kernel source (a mirror works); cloned shallow at v<version>',
        'URL'
      ),
      'kernel-source-tarball': option(
        'kernelSourceTarball',
        'a local tarball of the kernel source (e.g. linux-6.15.2.tar.xz from kernel.org) instead of the git URL',
        'FILE'
      ),
      'kpatch-repository': option(
        'kpatchRepository',
        'git URL of kpatch (a mirror works); built at --kpatch-ref',
        'URL'
      ),
      'kpatch-ref': option(
        'kpatchRef',
        'the kpatch commit (verified) or tag to build kpatch-build from',
        'REF'
      ),
      'kpatch-targets': option(
        'kpatchTargets',
        "auto (default): kpatch-build -t the objects the patch reaches when kbuild's records show vmlinux links all of them (no vmlinux relink); default: kpatch-build's own vmlinux modules",
        'auto|default'
      ),
      'work-dir': option(
        'workDir',
        'where the source, kpatch and the pristine build are kept between builds (about 15 GB; default: $XDG_CACHE_HOME or ~/.cache, then livepatch-action/build)',
        'DIR'
      ),
      output: option(
        'buildOutput',
        'where the module and functions.json go (default: WORK-DIR/output)',
        'DIR'
      ),
      jobs: option('jobs', 'parallel make jobs (default: the CPU count)', 'N'),
      name: option('moduleName', 'module name (default: livepatch- + the patch file name)', 'NAME'),
      'previous-functions': option(
        'previousFunctions',
        "the previous release's functions.json: each of its functions must be patched again",
        'FILE'
      ),
      'skip-compiler-check': option(
        'skipCompilerCheck',
        'pass --skip-compiler-check to kpatch-build (not recommended)'
      ),
      json: JSON_OPTION
    }
  },
  {
    name: 'keygen',
    aliases: ['generate-livepatch-keys'],
    group: 'keys and signatures',
    synopsis: '--out DIR',
    summary:
      'livepatch.key (PEM, 0600), livepatch.pem (PEM cert), livepatch.crt (DER cert for the Secure Boot db)',
    options: {
      out: {
        type: 'string',
        value: 'DIR',
        help: 'folder for the three files (made 0700 if missing; existing key files are never overwritten)'
      },
      subject: {
        type: 'string',
        value: '"/CN=..."',
        default: '/CN=livepatch signing key',
        help: "the certificate's subject"
      },
      bits: { type: 'string', value: '2048|3072|4096', default: '2048', help: 'RSA key size' },
      days: { type: 'string', value: 'N', default: '3650', help: 'validity of the certificate' },
      key: {
        type: 'string',
        value: 'URI',
        help: 'a key already in a KMS or HSM (URI forms as for sign): only the certificate is made, signed by it; --bits does not apply'
      },
      ...KEY_URI_OPTIONS,
      json: JSON_OPTION
    }
  },
  {
    name: 'sign',
    aliases: ['sign-livepatch'],
    group: 'keys and signatures',
    synopsis: '--key FILE|URI --cert FILE MODULE',
    summary:
      "append a signature exactly as the kernel's scripts/sign-file does (in place without --output)",
    options: {
      key: option(
        'signingKey',
        'the PEM private key, or a key in a KMS or HSM: pkcs11:token=..;object=.., awskms:ARN|alias/NAME, gcpkms:projects/../cryptoKeyVersions/N, azurekv:https://VAULT.vault.azure.net/keys/NAME/VERSION',
        'FILE|URI'
      ),
      cert: option('signingCert', 'its certificate (PEM or DER)', 'FILE'),
      hash: option(
        'hash',
        "digest (default: the kernel config's CONFIG_MODULE_SIG_HASH with --kernel-config, else sha256; the image kernel uses sha256)",
        'sha256|sha384|sha512'
      ),
      'kernel-config': option(
        'kernelConfig',
        "the image's kernel .config: its CONFIG_MODULE_SIG_HASH is the default --hash",
        'FILE'
      ),
      keyid: option('keyId', "identify the key by subject key id (sign-file's -k)"),
      output: option('output', 'write the signed module here', 'FILE'),
      'kernel-release': KERNEL_RELEASE,
      'key-passphrase-env': option(
        'keyPassphraseEnv',
        "environment variable holding the key's passphrase",
        'NAME'
      ),
      ...KEY_URI_OPTIONS,
      json: JSON_OPTION
    }
  },
  {
    name: 'verify',
    group: 'keys and signatures',
    synopsis: '--cert FILE MODULE',
    summary: 'check a signed module against a certificate (PEM or DER)',
    options: {
      cert: option('signingCert', 'the certificate the VMs trust', 'FILE'),
      json: JSON_OPTION
    }
  },
  {
    name: 'deploy',
    group: 'VMs',
    synopsis: '<qemu|aws|gcp|azure> (<vm[,vm...]> | --selector KEY=VALUE) <module.ko>',
    summary:
      "upload to the image's agent on each VM, canary first (guide form: livepatch <provider> <vm> <module.ko>)",
    options: { ...ROLLOUT_OPTIONS, ...VM_OPTIONS }
  },
  {
    name: 'status',
    group: 'VMs',
    synopsis: '<provider> <vm[,vm...]>',
    summary: 'what can be known of each VM without changing it (see the status column)',
    options: VM_OPTIONS
  },
  {
    name: 'rollback',
    group: 'VMs',
    synopsis: '<provider> <vm[,vm...]> --to <module.ko>',
    summary: 'deploy an older release (replace mode: it replaces the newer one)',
    options: {
      to: { type: 'string', value: 'FILE', help: "the older release's signed module" },
      ...ROLLOUT_OPTIONS,
      ...VM_OPTIONS
    }
  },
  {
    name: 'vm',
    group: 'VMs',
    synopsis: 'start NAME --kernel BZIMAGE --initrd INITRAMFS | stop NAME | list',
    summary: 'local qemu VMs for the qemu provider',
    options: {
      kernel: { type: 'string', value: 'BZIMAGE', help: 'the kernel to boot' },
      initrd: { type: 'string', value: 'INITRAMFS', help: 'its initramfs' },
      memory: { type: 'string', value: 'MB', default: '256', help: 'guest memory' },
      'state-dir': VM_OPTIONS['state-dir'],
      json: JSON_OPTION
    }
  }
]

/** The guide's form `livepatch <provider> <vm> <module.ko>` is deploy's alias per provider. */
export const PROVIDER_ALIASES = ['qemu', 'aws', 'gcp', 'azure'] as const

export function verbNamed(name: string): VerbSpec | undefined {
  return VERBS.find(v => v.name === name || v.aliases?.includes(name))
}

export function parseArgsOptions(verb: VerbSpec): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {
    help: { type: 'boolean', short: 'h' }
  }
  for (const [name, spec] of Object.entries(verb.options)) {
    options[name] =
      spec.type === 'boolean'
        ? { type: 'boolean' }
        : {
            type: 'string',
            ...(spec.multiple ? { multiple: true } : {}),
            // A table setting's default is applied by its reader (src/app/settings.ts).
            ...(spec.default !== undefined && !spec.multiple && !spec.setting
              ? { default: spec.default }
              : {})
          }
  }
  return options
}

const optionSyntax = (name: string, spec: OptionSpec): string =>
  `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`

/** One line: `livepatch NAME SYNOPSIS [--opt VALUE]...` (options in the synopsis left out). */
export function usageLine(verb: VerbSpec): string {
  const optional = Object.entries(verb.options)
    .filter(
      ([name]) => !verb.synopsis.includes(`--${name} `) && !verb.synopsis.endsWith(`--${name}`)
    )
    .map(([name, spec]) => `[${optionSyntax(name, spec)}]${spec.multiple ? '...' : ''}`)
  return ['livepatch', verb.name, verb.synopsis, ...optional].filter(Boolean).join(' ')
}

/** A verb's `--help`: usage, what it does, each option with its default. */
export function verbHelp(verb: VerbSpec): string {
  const rows = Object.entries(verb.options).map(([name, spec]) => {
    const left = optionSyntax(name, spec)
    const def = spec.default !== undefined ? ` (default: ${spec.default})` : ''
    return `  ${left.padEnd(32)} ${spec.help}${def}`
  })
  const aliases = verb.aliases?.length ? `\nalias: ${verb.aliases.join(', ')}\n` : ''
  return `usage: ${usageLine(verb)}\n\n${verb.summary}\n${aliases}\noptions:\n${rows.join('\n')}\n  ${'--help, -h'.padEnd(32)} this help\n`
}

/** The top-level usage: each verb's line, by group, and the exit codes. */
export function topUsage(): string {
  const groups: VerbGroup[] = ['patches', 'build', 'keys and signatures', 'VMs']
  const sections = groups.map(group => {
    const verbs = VERBS.filter(v => v.group === group).map(v => {
      const aliases = v.aliases?.length ? ` (alias ${v.aliases.join(', ')})` : ''
      return `  livepatch ${v.name} ${v.synopsis}`.trimEnd() + `${aliases}\n      ${v.summary}`
    })
    return `${group}:\n${verbs.join('\n')}`
  })
  return `usage: livepatch <command> [options]    (livepatch <command> --help for its options)\n\n${sections.join('\n\n')}\n\nexit codes: 0 pass, 1 fail (verdict against the change, invalid signature, a VM not patched),\n            2 error (bad input or usage; nothing was changed)\n`
}

/** README's CLI section (Markdown), checked in CI like the action tables. */
export function cliReference(): string {
  const blocks = VERBS.map(verb => {
    const rows = Object.entries(verb.options).map(([name, spec]) => {
      const def = spec.default !== undefined ? `\`${spec.default}\`` : ''
      const cell = (text: string): string => text.replace(/\|/g, '\\|')
      return `| \`${cell(optionSyntax(name, spec))}\`${spec.multiple ? ' (repeatable)' : ''} | ${cell(def)} | ${cell(spec.help)} |`
    })
    const aliases = verb.aliases?.length
      ? ` Alias: ${verb.aliases.map(a => `\`${a}\``).join(', ')}.`
      : ''
    return `### \`livepatch ${verb.name}\`\n\n\`${`livepatch ${verb.name} ${verb.synopsis}`.trimEnd()}\` — ${verb.summary}.${aliases}\n\n| option | default | what it does |\n| --- | --- | --- |\n${rows.join('\n')}\n`
  })
  return blocks.join('\n')
}
