// A throwaway test CA and a server certificate for 127.0.0.1 (SAN IP), made with openssl.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterTestFile } from '../tmp.js'

export interface TestTls {
  dir: string
  ca: string
  key: string
  cert: string
  /** SHA-256 fingerprint of the server certificate (hex, no colons). */
  fingerprint: string
}

let made: TestTls | undefined

export function testTls(): TestTls {
  if (made) return made
  const dir = mkdtempSync(join(tmpdir(), 'livepatch-tls-'))
  const run = (...args: string[]): void =>
    void execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
  run(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=livepatch test CA'
  )
  run(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
    '-subj',
    '/CN=127.0.0.1'
  )
  writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n')
  run(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '2',
    '-extfile',
    'ext.cnf'
  )
  const fingerprint = execFileSync(
    'openssl',
    ['x509', '-in', join(dir, 'server.pem'), '-noout', '-fingerprint', '-sha256'],
    { encoding: 'utf8' }
  )
    .split('=')[1]
    .trim()
    .replace(/:/g, '')
    .toLowerCase()
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8')
  made = { dir, ca: read('ca.pem'), key: read('server.key'), cert: read('server.pem'), fingerprint }
  // Only ca.pem stays on disk (NODE_EXTRA_CA_CERTS of child processes), until the test file ends.
  for (const name of ['ca.key', 'ca.srl', 'ext.cnf', 'server.csr', 'server.key', 'server.pem'])
    unlinkSync(join(dir, name))
  const remove = (): void => {
    rmSync(dir, { recursive: true, force: true })
    made = undefined
  }
  afterTestFile(remove)
  // Outside jest (the rehearsal's servers run in a plain node process), at its exit.
  process.once('exit', remove)
  return made
}
