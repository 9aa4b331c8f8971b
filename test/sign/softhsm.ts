// A real PKCS#11 token for tests: SoftHSM2 (Debian package softhsm2) with its token folder in a
// temp dir (SOFTHSM2_CONF), keys imported from PEM files with softhsm2-util.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const SOFTHSM_MODULE = [
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so'
].find(p => existsSync(p)) as string

export interface TestToken {
  label: string
  pin: string
  /** Environment for anything that opens the token: SOFTHSM2_CONF. */
  env: NodeJS.ProcessEnv
  /** Import a PKCS#8 PEM private key file as object `label` (with its public key). */
  importKey(pemFile: string, label: string, id: string): void
}

export function softHsmToken(dir: string, label = 'livepatch-test', pin = '4321'): TestToken {
  if (!SOFTHSM_MODULE) throw new Error('no libsofthsm2.so: run scripts/setup.sh (package softhsm2)')
  const tokens = join(dir, 'tokens')
  mkdirSync(tokens, { recursive: true })
  const conf = join(dir, 'softhsm2.conf')
  writeFileSync(
    conf,
    `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\n`
  )
  const env = { ...process.env, SOFTHSM2_CONF: conf }
  const util = (...args: string[]): void =>
    void execFileSync('softhsm2-util', args, { env, stdio: 'pipe' })
  util('--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', '87654321')
  return {
    label,
    pin,
    env: { SOFTHSM2_CONF: conf },
    importKey(pemFile, object, id) {
      util('--import', pemFile, '--token', label, '--label', object, '--id', id, '--pin', pin)
    }
  }
}
