// PKCS#11 (RFC 7512 URIs, as the kernel's sign-file takes them) through OpenSSL's pkcs11 engine
// (Debian/Ubuntu `libengine-pkcs11-openssl`, libp11): what sign-file used before OpenSSL 3
// (Debian's linux-kbuild-6.1 sign-file asks for the newer pkcs11-provider, which Debian 12 does
// not ship, so it cannot open a token here at all). Chosen over a native Node binding (pkcs11js,
// graphene-pk11): those need node-gyp at install time and a prebuilt .node per Node ABI inside
// dist/, which ncc cannot make portable; `openssl` is on every runner. The PIN never appears on
// a command line: it reaches openssl through its environment (`-passin env:`), like sign-file's
// KBUILD_SIGN_PIN, and the URI passed on argv has its pin-value removed.
import { spawn } from 'node:child_process'
import { createPublicKey } from 'node:crypto'
import { LivepatchError } from '../../errors.js'
import { KeyError } from '../keys.js'
import type { HashName } from '../pkcs7.js'
import type { Signer } from '../signer.js'

export interface Pkcs11Options {
  /** --pkcs11-module: the token's PKCS#11 library (else the URI's module-path, else PKCS11_MODULE_PATH). */
  modulePath?: string
  env: NodeJS.ProcessEnv
  timeoutMs?: number
}

export interface Pkcs11Uri {
  /** The URI without any PIN: what goes to openssl and into messages. */
  uri: string
  pin: string | undefined
  modulePath: string | undefined
}

const PATH_ATTRIBUTES = new Set([
  'token',
  'object',
  'id',
  'type',
  'manufacturer',
  'model',
  'serial',
  'library-manufacturer',
  'library-description',
  'library-version',
  'slot-description',
  'slot-manufacturer',
  'slot-id'
])

function decode(value: string, what: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    throw new KeyError(`PKCS#11 URI: ${what} is not valid percent-encoding (RFC 7512)`)
  }
}

/** Split `pkcs11:token=…;object=…?pin-value=…` into what openssl may see and what it may not. */
export function parsePkcs11Uri(value: string): Pkcs11Uri {
  if (!value.startsWith('pkcs11:')) throw new KeyError('not a PKCS#11 URI (expected pkcs11:…)')
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(value))
    throw new KeyError('PKCS#11 URI: control characters or spaces are not allowed (RFC 7512)')
  const [path, query = ''] = value.slice('pkcs11:'.length).split('?', 2)
  let pin: string | undefined
  let modulePath: string | undefined
  const kept: string[] = []
  const names = new Set<string>()
  for (const part of path.split(';').filter(Boolean)) {
    const eq = part.indexOf('=')
    const name = eq > 0 ? part.slice(0, eq) : ''
    if (name === 'pin-value') {
      pin = decode(part.slice(eq + 1), 'pin-value')
      continue
    }
    if (!PATH_ATTRIBUTES.has(name))
      throw new KeyError(
        `PKCS#11 URI: ${name ? `unknown attribute '${name.slice(0, 40)}'` : 'an attribute without a name='} (expected token=, object=, id=, type=, … as in RFC 7512)`
      )
    names.add(name)
    kept.push(part)
  }
  for (const part of query.split('&').filter(Boolean)) {
    const eq = part.indexOf('=')
    const name = eq > 0 ? part.slice(0, eq) : part
    if (name === 'pin-value') pin = decode(part.slice(eq + 1), 'pin-value')
    else if (name === 'module-path') modulePath = decode(part.slice(eq + 1), 'module-path')
    else if (name === 'pin-source')
      throw new KeyError(
        'PKCS#11 URI: pin-source is not supported; give the PIN in KBUILD_SIGN_PIN (as for sign-file)'
      )
    else
      throw new KeyError(
        `PKCS#11 URI: unknown query attribute '${name.slice(0, 20)}' (expected pin-value or module-path)`
      )
  }
  if (!names.has('object') && !names.has('id'))
    throw new KeyError('PKCS#11 URI: name the key with object=LABEL or id=HEX')
  return { uri: `pkcs11:${kept.join(';')}`, pin, modulePath }
}

const PIN_VARIABLE = 'LIVEPATCH_PKCS11_PIN'

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: Buffer
  stderr: string
}

function runOpenssl(
  args: string[],
  env: NodeJS.ProcessEnv,
  input: Buffer,
  timeoutMs: number
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('openssl', args, {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: timeoutMs
    })
    const out: Buffer[] = []
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 64 * 1024) err += chunk.toString('utf8')
    })
    child.on('error', error =>
      reject(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? new LivepatchError('openssl is not installed (Debian/Ubuntu package openssl)')
          : error
      )
    )
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(out), stderr: err })
    )
    child.stdin.on('error', () => undefined) // openssl may exit before reading (bad PIN)
    child.stdin.end(input)
  })
}

export function pkcs11Signer(value: string, options: Pkcs11Options): Signer {
  const parsed = parsePkcs11Uri(value)
  const name = parsed.uri
  const modulePath = options.modulePath ?? parsed.modulePath ?? options.env.PKCS11_MODULE_PATH
  if (!modulePath)
    throw new KeyError(
      `${name}: no PKCS#11 library; pass --pkcs11-module PATH (the action: input 'pkcs11-module') or set PKCS11_MODULE_PATH`
    )
  const pinFrom = parsed.pin !== undefined ? "the URI's pin-value" : 'KBUILD_SIGN_PIN'
  const pin = parsed.pin ?? options.env.KBUILD_SIGN_PIN
  if (pin === undefined || pin === '')
    throw new KeyError(
      `${name}: no PIN for the token; set KBUILD_SIGN_PIN (as for sign-file) or add pin-value to the URI`
    )
  const env = { ...options.env, PKCS11_MODULE_PATH: modulePath, [PIN_VARIABLE]: pin }
  const timeoutMs = options.timeoutMs ?? 60_000
  const key = ['-engine', 'pkcs11', '-passin', `env:${PIN_VARIABLE}`]

  const explain = (run: Run, operation: string): KeyError => {
    const text = run.stderr.split(pin).join('(PIN)')
    if (/PIN incorrect/i.test(text))
      return new KeyError(
        `${name}: wrong PIN for the token (the PIN from ${pinFrom}); not retried, because tokens lock after a few wrong PINs`
      )
    if (/PIN locked/i.test(text))
      return new KeyError(`${name}: the token's user PIN is locked; unlock it with the SO PIN`)
    if (/Unable to load (PKCS#11 )?module/i.test(text))
      return new KeyError(`${name}: cannot load the PKCS#11 library '${modulePath}'`)
    if (/no such engine|Invalid engine/i.test(text))
      return new KeyError(
        `${name}: OpenSSL's pkcs11 engine is not installed (Debian/Ubuntu package libengine-pkcs11-openssl)`
      )
    if (/No matching initialized token/i.test(text))
      return new KeyError(`${name}: no token matching this URI in '${modulePath}'`)
    if (/object not found|key was not found/i.test(text))
      return new KeyError(`${name}: no private key object matching this URI on the token`)
    if (run.signal === 'SIGTERM' && run.code === null)
      return new KeyError(`${name}: ${operation} did not finish within ${timeoutMs / 1000} s`)
    const last = text
      .split('\n')
      .filter(l => l.trim() && !/^Engine "pkcs11" set/.test(l))
      .slice(-2)
      .join('; ')
    return new KeyError(`${name}: ${operation} failed: ${last.slice(0, 300) || `exit ${run.code}`}`)
  }
  const succeeded = (run: Run): boolean => run.code === 0 && run.stdout.length > 0

  return {
    name,
    async publicKey() {
      const run = await runOpenssl(
        ['pkey', ...key, '-inform', 'engine', '-in', parsed.uri, '-pubout', '-outform', 'DER'],
        env,
        Buffer.alloc(0),
        timeoutMs
      )
      if (!succeeded(run)) throw explain(run, 'reading the public key')
      return createPublicKey({ key: run.stdout, format: 'der', type: 'spki' })
    },
    async signDigest(hash: HashName, digest: Buffer) {
      const run = await runOpenssl(
        [
          'pkeyutl',
          '-sign',
          ...key,
          '-keyform',
          'engine',
          '-inkey',
          parsed.uri,
          '-pkeyopt',
          `digest:${hash}`
        ],
        env,
        digest,
        timeoutMs
      )
      if (!succeeded(run)) throw explain(run, 'signing')
      return run.stdout
    }
  }
}
