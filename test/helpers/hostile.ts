// Hostile inputs shared by the deploy hardening tests: a signed livepatch module whose `.modinfo`
// name is not one kpatch-build would write (shell syntax, too long), and a module-like file for
// the guest script.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { signModule } from '../../src/sign/sign.js'
import { testLivepatchModule } from './kmod.js'

/** The name the base module is built with; a replacement must have the same length. */
const BASE = 'livepatch_0002_cloud'

/**
 * A real module (built by kbuild) signed by `keys`, with its `.modinfo` `name=` rewritten in place
 * to `name` (at most 20 characters; padded with `_` to the base name's length).
 */
export async function moduleNamed(name: string, keys: string, out: string): Promise<string> {
  const base = BASE
  if (name.length > base.length) throw new Error(`moduleNamed: at most ${base.length} characters`)
  const padded = name + '_'.repeat(base.length - name.length)
  const unsigned = readFileSync(testLivepatchModule(base))
  const from = Buffer.from(`name=${base}\0`)
  const at = unsigned.indexOf(from)
  if (at < 0) throw new Error(`no name=${base} in the test module's .modinfo`)
  const bytes = Buffer.from(unsigned)
  Buffer.from(`name=${padded}\0`).copy(bytes, at)
  const plain = `${out}.unsigned`
  writeFileSync(plain, bytes)
  await signModule({
    module: plain,
    output: out,
    keyPem: readFileSync(join(keys, 'livepatch.key'), 'utf8'),
    keySource: 'key',
    cert: readFileSync(join(keys, 'livepatch.crt')),
    certSource: 'cert'
  })
  return out
}

/** What the guest script reads of a module: NUL-separated .modinfo strings. */
export function fakeModuleBytes(name: string, release: string): { bytes: Buffer; sha256: string } {
  const bytes = Buffer.from(
    `\x7fELF\0\0name=${name}\0vermagic=${release} SMP mod_unload\0livepatch=Y\0license=GPL\0`
  )
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
}
