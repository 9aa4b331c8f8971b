// Agent bearer tokens, per VM: from CVM_AGENT_TOKENS (a JSON object {"vm": "token"} or one bare
// token for every VM), from the vendor tools' files (<csp>_<vm>_token, <csp>_<vm>_ip), or, on
// AWS, from SSM Parameter Store SecureStrings. Every token goes through `mask` first, and no
// message ever quotes one: errors name the VM and where the token came from.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LivepatchError } from '../errors.js'
import { remoteText } from './remote-text.js'
import { DeployError } from './types.js'

export type TokenSource = (vm: string) => Promise<string | undefined>

/**
 * What a bearer token may hold: RFC 7235's token68 (letters, digits, `-._~+/`, trailing `=`),
 * widened to the other RFC 7230 `tchar`s; never blanks, quotes, commas, control characters.
 */
const HEADER_TOKEN = /^[A-Za-z0-9\-._~+/!#$%&'*^`|]+=*$/

export function isHeaderToken(token: string): boolean {
  return HEADER_TOKEN.test(token)
}

const SHAPE =
  'expected a JSON object {"<vm>": "<token>", ...} or one token of letters, digits and -._~+/= (no blanks, commas or newlines)'

/**
 * CVM_AGENT_TOKENS: exactly a JSON object of VM name → token, or one bare token for all VMs.
 * Anything else (a JSON array, `vm1=a,vm2=b`, a token with a blank or newline) is refused, so a
 * malformed secret is never sent to any VM. `source` names the variable or input in messages.
 */
export function tokensFromEnv(
  value: string | undefined,
  mask: (secret: string) => void,
  source = 'CVM_AGENT_TOKENS'
): TokenSource {
  if (value === undefined || value.trim() === '') return async () => undefined
  const text = value.trim()
  if (/^[[{"]/.test(text)) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new LivepatchError(`${source} is not valid JSON: ${SHAPE}`)
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new LivepatchError(
        `${source} is JSON but not an object (${Array.isArray(parsed) ? 'an array' : typeof parsed}): ${SHAPE}`
      )
    const map = new Map<string, string>()
    for (const [vm, token] of Object.entries(parsed)) {
      if (typeof token === 'string' && token !== '') mask(token)
      if (typeof token !== 'string' || token === '')
        throw new LivepatchError(
          `${source}: the token for VM '${remoteText(vm, 120)}' must be a non-empty string`
        )
      if (!isHeaderToken(token))
        throw new LivepatchError(
          `${source}: the token for VM '${remoteText(vm, 120)}' has characters an HTTP header cannot carry (blanks, newlines, quotes or commas); expected letters, digits and -._~+/=`
        )
      map.set(vm, token)
    }
    return async vm => map.get(vm)
  }
  mask(text)
  if (!isHeaderToken(text))
    throw new LivepatchError(
      `${source} is neither a JSON object nor one token (it has blanks, commas, newlines or other characters an HTTP header cannot carry): ${SHAPE}`
    )
  return async () => text
}

/** A VM name that is safe as part of a file name: no path separators, NUL or dot names. */
function fileSafe(vm: string): boolean {
  return vm !== '' && vm !== '.' && vm !== '..' && !/[/\\\0]/.test(vm)
}

/** The vendor tools' files in `dir`: `<csp>_<vm>_token` (and `<csp>_<vm>_ip` for the address). */
export function tokensFromDir(
  dir: string,
  csp: string,
  mask: (secret: string) => void
): TokenSource {
  return async vm => {
    if (!fileSafe(vm)) return undefined
    const file = join(dir, `${csp}_${vm}_token`)
    let token: string
    try {
      token = (await readFile(file, 'utf8')).trim()
    } catch {
      return undefined
    }
    if (token) mask(token)
    if (token && !isHeaderToken(token))
      throw new DeployError(
        `${file}: the token for VM '${remoteText(vm, 120)}' has characters an HTTP header cannot carry (blanks, newlines, quotes or commas); nothing was sent`,
        vm,
        'refused'
      )
    return token || undefined
  }
}

export async function addressFromDir(
  dir: string,
  csp: string,
  vm: string
): Promise<string | undefined> {
  if (!fileSafe(vm)) return undefined
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
