// The action's outputs by name, and its one reader of inputs (over src/app/settings.ts, whose
// table holds every input's name, type and default).
import * as core from '@actions/core'
import { SECRET_SETTINGS, SETTINGS, reader, type Reader, type SettingId } from '../app/settings.js'

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

export type ActionCommand = (typeof SETTINGS.command.choices)[number]

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
