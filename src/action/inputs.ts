// Every input and output name in one place, and the one function that reads inputs.
import * as core from '@actions/core'
import { SECRET_SETTINGS, SETTINGS, reader, type Reader, type SettingId } from '../app/settings.js'
import { LivepatchError } from '../errors.js'

export const Inputs = {
  Command: 'command',
  PatchesDir: 'patches-dir',
  BaseRef: 'base-ref',
  SigningKey: 'signing-key',
  SigningKeyPassphrase: 'signing-key-passphrase',
  Pkcs11Module: 'pkcs11-module',
  SigningCert: 'signing-cert',
  Hash: 'hash',
  KernelConfig: 'kernel-config',
  KernelRelease: 'kernel-release',
  Module: 'module',
  Output: 'output',
  Jobs: 'jobs',
  KernelVersion: 'kernel-version',
  KernelSourceUrl: 'kernel-source-url',
  KernelSourceDir: 'kernel-source-dir',
  KernelSource: 'kernel-source',
  Vmlinux: 'vmlinux',
  KpatchRef: 'kpatch-ref',
  KpatchRepository: 'kpatch-repository',
  CacheKernelTree: 'cache-kernel-tree',
  WorkDir: 'work-dir',
  SkipCompilerCheck: 'skip-compiler-check',
  PreviousFunctions: 'previous-functions',
  Provider: 'provider',
  Targets: 'targets',
  Selector: 'selector',
  AgentTokens: 'agent-tokens',
  AgentCertSha256: 'agent-cert-sha256',
  AgentPort: 'agent-port',
  Insecure: 'insecure',
  AddressKind: 'address-kind',
  SsmTokenPath: 'ssm-token-path',
  Endpoint: 'endpoint',
  Region: 'region',
  Project: 'project',
  Zone: 'zone',
  Subscription: 'subscription',
  ResourceGroup: 'resource-group',
  Canary: 'canary',
  MaxConcurrency: 'max-concurrency',
  MaxErrors: 'max-errors',
  PreviousModule: 'previous-module',
  GithubToken: 'github-token',
  FunctionsFileInput: 'functions-file',
  SupersetReport: 'superset-report',
  BuildSummary: 'build-summary',
  MeasurementsInput: 'measurements',
  ModuleSha256: 'module-sha256'
} as const

export const Outputs = {
  Verdict: 'verdict',
  LatestPatch: 'latest-patch',
  PreviousPatch: 'previous-patch',
  ModuleName: 'module-name',
  SignedModule: 'signed-module',
  Sha256: 'sha256',
  Signer: 'signer',
  KeyId: 'key-id',
  Module: 'module',
  FunctionsFile: 'functions-file',
  Results: 'results',
  ResultsFile: 'results-file',
  ResultsArtifact: 'results-artifact',
  Counts: 'counts',
  Measurements: 'measurements',
  ReleaseTag: 'release-tag',
  ReportFile: 'report-file'
} as const

export const COMMANDS = ['check', 'build', 'sign', 'deploy', 'release'] as const
export type ActionCommand = (typeof COMMANDS)[number]

export interface ActionInputs {
  command: ActionCommand
  patchesDir: string
  baseRef: string | undefined
  signingKey: string | undefined
  signingKeyPassphrase: string | undefined
  pkcs11Module: string | undefined
  signingCert: string
  hash: string | undefined
  kernelConfig: string | undefined
  /** check: the pristine kernel tree (or a sparse checkout of the files the patches touch). */
  kernelSource: string | undefined
  kernelRelease: string | undefined
  module: string | undefined
  output: string | undefined
}

/** Register a secret, and each of its lines (the runner masks line by line), before anything can print it. */
export function maskSecret(value: string): void {
  const mask = (secret: string): void => {
    if (masked.has(secret)) return
    masked.add(secret)
    core.setSecret(secret)
  }
  mask(value)
  for (const line of value.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (trimmed.length >= 4 && !trimmed.startsWith('-----')) mask(trimmed)
  }
}

/** Values already registered: the runner needs each once (the reader is made per command). */
const masked = new Set<string>()

/**
 * A key URI names a key and is shown in messages; only a PKCS#11 pin-value inside it is secret.
 * Anything else (a PEM key) is masked whole.
 */
function maskSigningKey(value: string): void {
  if (!/^(pkcs11|awskms|gcpkms|azurekv):/.test(value)) return maskSecret(value)
  for (const match of value.matchAll(/pin-value=([^;&?]*)/g)) {
    maskSecret(match[1])
    try {
      maskSecret(decodeURIComponent(match[1]))
    } catch {
      // not percent-encoded: masked as given above
    }
  }
}

const optional = (name: string): string | undefined => core.getInput(name) || undefined

export function readInputs(): ActionInputs {
  // Secrets first: masked before any other input is read or any message is written.
  const signingKey = optional(Inputs.SigningKey)
  const signingKeyPassphrase = optional(Inputs.SigningKeyPassphrase)
  if (signingKey) maskSigningKey(signingKey)
  // sign-file's PIN variable, for a pkcs11: signing key.
  if (process.env.KBUILD_SIGN_PIN) maskSecret(process.env.KBUILD_SIGN_PIN)
  if (signingKeyPassphrase) maskSecret(signingKeyPassphrase)
  const agentTokens = core.getInput(Inputs.AgentTokens)
  if (agentTokens) maskSecret(agentTokens)
  // The fallback the deploy reads when the input is empty: masked as early as the input.
  if (process.env.CVM_AGENT_TOKENS) maskSecret(process.env.CVM_AGENT_TOKENS)
  const command = core.getInput(Inputs.Command) || 'check'
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new LivepatchError(
      `Invalid input '${Inputs.Command}': '${command}'. Expected one of ${COMMANDS.join(', ')}.`
    )
  }
  return {
    command: command as ActionCommand,
    patchesDir: core.getInput(Inputs.PatchesDir) || 'patches',
    baseRef: optional(Inputs.BaseRef),
    signingKey,
    signingKeyPassphrase,
    pkcs11Module: optional(Inputs.Pkcs11Module),
    signingCert: core.getInput(Inputs.SigningCert) || 'keys/livepatch.crt',
    hash: optional(Inputs.Hash),
    kernelConfig: optional(Inputs.KernelConfig),
    kernelSource: optional(Inputs.KernelSource),
    kernelRelease: optional(Inputs.KernelRelease),
    module: optional(Inputs.Module),
    output: optional(Inputs.Output)
  }
}

const inputName = (id: SettingId): string => (SETTINGS[id] as { input?: string }).input ?? id

/**
 * The action's reader over the one settings table. Every secret setting is masked first, before
 * any other input is read or any message written. The only place that calls core.getInput.
 */
export function actionReader(): Reader {
  for (const id of SECRET_SETTINGS) {
    const value = core.getInput(inputName(id))
    if (!value) continue
    if (id === 'signingKey') maskSigningKey(value)
    else maskSecret(value)
  }
  // sign-file's PIN variable (a pkcs11: key), and deploy's token fallback: masked as early.
  if (process.env.KBUILD_SIGN_PIN) maskSecret(process.env.KBUILD_SIGN_PIN)
  if (process.env.CVM_AGENT_TOKENS) maskSecret(process.env.CVM_AGENT_TOKENS)
  return reader({
    has: id => (SETTINGS[id] as { input?: string }).input !== undefined,
    raw: id =>
      (SETTINGS[id] as { input?: string }).input ? core.getInput(inputName(id)) : undefined,
    label: id => `input '${inputName(id)}'`,
    invalid: (id, shown, expected) =>
      `Invalid input '${inputName(id)}': ${shown}. Expected ${expected}.`,
    missing: (id, what) =>
      `Input required and not supplied: ${inputName(id)}${what ? ` (${what})` : ''}`
  })
}
