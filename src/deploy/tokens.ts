// Agent bearer tokens, per VM: from CVM_AGENT_TOKENS (a JSON map {"vm": "token"} or one bare
// token for every VM), from the vendor tools' files (<csp>_<vm>_token, <csp>_<vm>_ip), or, on
// AWS, from SSM Parameter Store SecureStrings. Every token goes through `mask` first.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LivepatchError } from '../errors.js'

export type TokenSource = (vm: string) => Promise<string | undefined>

/** CVM_AGENT_TOKENS: `{"vm-a": "t1", "vm-b": "t2"}` or a bare token for all VMs. */
export function tokensFromEnv(
  value: string | undefined,
  mask: (secret: string) => void
): TokenSource {
  if (value === undefined || value.trim() === '') return async () => undefined
  const text = value.trim()
  if (text.startsWith('{')) {
    let map: Record<string, unknown>
    try {
      map = JSON.parse(text) as Record<string, unknown>
    } catch {
      throw new LivepatchError(
        'CVM_AGENT_TOKENS is not valid JSON: expected {"<vm>": "<token>", ...} or one bare token'
      )
    }
    for (const [vm, token] of Object.entries(map)) {
      if (typeof token !== 'string' || token === '')
        throw new LivepatchError(
          `CVM_AGENT_TOKENS: the token for VM '${vm}' must be a non-empty string`
        )
      mask(token)
    }
    return async vm => map[vm] as string | undefined
  }
  mask(text)
  return async () => text
}

/** The vendor tools' files in `dir`: `<csp>_<vm>_token` (and `<csp>_<vm>_ip` for the address). */
export function tokensFromDir(
  dir: string,
  csp: string,
  mask: (secret: string) => void
): TokenSource {
  return async vm => {
    try {
      const token = (await readFile(join(dir, `${csp}_${vm}_token`), 'utf8')).trim()
      if (token) mask(token)
      return token || undefined
    } catch {
      return undefined
    }
  }
}

export async function addressFromDir(
  dir: string,
  csp: string,
  vm: string
): Promise<string | undefined> {
  try {
    return (await readFile(join(dir, `${csp}_${vm}_ip`), 'utf8')).trim() || undefined
  } catch {
    return undefined
  }
}

/** The first source that knows a token for the VM. */
export function firstToken(...sources: TokenSource[]): TokenSource {
  return async vm => {
    for (const source of sources) {
      const token = await source(vm)
      if (token) return token
    }
    return undefined
  }
}
