// Cloud KMS signing with the real clients (the bundled CLI, as users run it) against local
// wire-protocol servers that hold the test key: AWS KMS (@aws-sdk/client-kms, JSON 1.1), Google
// Cloud KMS (REST through google-auth-library, external-account credentials), Azure Key Vault
// (@azure/keyvault-keys over HTTPS, the az CLI login). Each module is byte-identical to the
// kernel's sign-file with the same key as a file.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createPrivateKey, generateKeyPairSync } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { generateKeys } from '../../src/sign/keygen.js'
import { SIGN_FILE, testModule } from '../helpers/kmod.js'
import { runBundledCliAsync, type Ran } from '../helpers/run.js'
import {
  AZURE_KEY_VERSION,
  gcpKeyWithHash,
  startAwsKmsServer,
  startAzureKvServer,
  startGcpKmsServer,
  type KmsServer
} from '../helpers/servers/kms.js'
import { testTls } from '../helpers/servers/tls.js'
import { tempDir } from '../helpers/tmp.js'

let work: { dir: string; cleanup: () => void }
let module: string
let keys: string
let other: string
let aws: KmsServer
let gcp: KmsServer
let azure: KmsServer
let gcpCredentials: string
let azBin: string
const GCP_VERSION =
  'projects/livepatch-test/locations/global/keyRings/lp/cryptoKeys/livepatch/cryptoKeyVersions/1'
const gcpVersion = (key: string): string => GCP_VERSION.replace('/livepatch/', `/${key}/`)

beforeAll(async () => {
  work = tempDir()
  module = join(work.dir, 'hello.ko')
  copyFileSync(testModule(), module)
  keys = join(work.dir, 'keys')
  other = join(work.dir, 'other')
  mkdirSync(keys)
  mkdirSync(other)
  await generateKeys({ outDir: keys })
  await generateKeys({ outDir: other })
  const key = () => createPrivateKey(readFileSync(join(keys, 'livepatch.key')))
  const otherKey = createPrivateKey(readFileSync(join(other, 'livepatch.key')))
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
  ;[aws, gcp, azure] = await Promise.all([
    startAwsKmsServer(),
    startGcpKmsServer(),
    startAzureKvServer()
  ])
  aws.keys.set('alias/livepatch', key())
  aws.keys.set('alias/other', otherKey)
  aws.keys.set('alias/ec', ec)
  gcp.keys.set(gcpVersion('livepatch'), key())
  gcp.keys.set(gcpVersion('sha512'), gcpKeyWithHash(key(), 'sha512'))
  gcp.keys.set(gcpVersion('other'), otherKey)
  gcp.keys.set(gcpVersion('ec'), ec)
  azure.keys.set('livepatch', key())
  azure.keys.set('other', otherKey)
  azure.keys.set('ec', ec)

  const subject = join(work.dir, 'oidc-token')
  writeFileSync(subject, 'header.payload.signature')
  gcpCredentials = join(work.dir, 'gcp-credentials.json')
  writeFileSync(
    gcpCredentials,
    JSON.stringify({
      type: 'external_account',
      audience:
        '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/github/providers/github',
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: `${gcp.url}/v1/token`,
      credential_source: { file: subject }
    })
  )
  azBin = join(work.dir, 'az-bin')
  mkdirSync(azBin)
  writeFileSync(
    join(azBin, 'az'),
    `#!/bin/sh\n# stand-in az CLI: what azure/login leaves logged in\necho '{"accessToken":"azure-kv-test-token","expiresOn":"2099-01-01 00:00:00.000000","expires_on":4070908800,"subscription":"sub-1","tenant":"tenant-1","tokenType":"Bearer"}'\n`
  )
  chmodSync(join(azBin, 'az'), 0o755)
})
afterAll(async () => {
  await Promise.all([aws, gcp, azure].map(s => s?.close()))
  work.cleanup()
})

interface Backend {
  name: string
  uri: (key: string) => string
  env: () => NodeJS.ProcessEnv
  args: () => string[]
  server: () => KmsServer
  hashes: string[]
  signOps: RegExp
}

const clean = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(AWS_|AZURE_|GOOGLE_|CLOUDSDK_)/.test(k))
)

const BACKENDS: Backend[] = [
  {
    name: 'aws',
    uri: key => `awskms:alias/${key}`,
    env: () => ({
      AWS_ACCESS_KEY_ID: 'AKIDTEST',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL_KMS: aws.url
    }),
    args: () => [],
    server: () => aws,
    hashes: ['sha256', 'sha384', 'sha512'],
    signOps: /^POST \/$/
  },
  {
    name: 'gcp',
    uri: key => `gcpkms:${gcpVersion(key)}`,
    env: () => ({ GOOGLE_APPLICATION_CREDENTIALS: gcpCredentials }),
    args: () => ['--key-endpoint', gcp.url],
    server: () => gcp,
    hashes: ['sha256'],
    signOps: /:asymmetricSign$/
  },
  {
    name: 'azure',
    uri: key => `azurekv:${azure.url}/keys/${key}/${AZURE_KEY_VERSION}`,
    env: () => ({
      PATH: `${azBin}:${process.env.PATH}`,
      NODE_EXTRA_CA_CERTS: join(testTls().dir, 'ca.pem')
    }),
    args: () => [],
    server: () => azure,
    hashes: ['sha256', 'sha384', 'sha512'],
    signOps: /\/sign\?/
  }
]

function cli(backend: Backend, args: string[]): Promise<Ran> {
  return runBundledCliAsync([...args, ...backend.args()], {
    env: { ...clean, ...backend.env() }
  })
}

function signFile(hash: string, cert: string, out: string): Buffer {
  execFileSync(SIGN_FILE, [hash, join(keys, 'livepatch.key'), cert, module, out], { stdio: 'pipe' })
  return readFileSync(out)
}

const signArgs = (backend: Backend, key: string, output: string, hash = 'sha256'): string[] => [
  'sign',
  '--key',
  backend.uri(key),
  '--cert',
  join(keys, 'livepatch.crt'),
  '--hash',
  hash,
  '--output',
  output,
  module
]

describe.each(BACKENDS)('sign --key $name', backend => {
  test.each(backend.hashes)(
    '%s: byte-identical to sign-file with the key as a file; verify accepts it',
    async hash => {
      const output = join(work.dir, `${backend.name}-${hash}.ko`)
      const ran = await cli(backend, signArgs(backend, 'livepatch', output, hash))
      expect(ran.stderr).toBe('')
      expect(ran.status).toBe(0)
      expect(
        readFileSync(output).equals(
          signFile(
            hash,
            join(keys, 'livepatch.pem'),
            join(work.dir, `ref-${backend.name}-${hash}.ko`)
          )
        )
      ).toBe(true)
      const verified = await runBundledCliAsync([
        'verify',
        '--cert',
        join(keys, 'livepatch.crt'),
        output
      ])
      expect(verified.status).toBe(0)
      expect(backend.server().requests.some(r => backend.signOps.test(r))).toBe(true)
    }
  )

  test('throttling and 5xx are retried (bounded), then it signs', async () => {
    const server = backend.server()
    server.faults = { throttle: 1, error: 1 }
    const before = server.requests.length
    const output = join(work.dir, `${backend.name}-retried.ko`)
    const ran = await cli(backend, signArgs(backend, 'livepatch', output))
    server.faults = {}
    expect(ran.stderr).toBe('')
    expect(ran.status).toBe(0)
    expect(server.requests.length - before).toBeGreaterThanOrEqual(4)
    expect(
      readFileSync(output).equals(
        signFile('sha256', join(keys, 'livepatch.pem'), join(work.dir, `ref-${backend.name}-r.ko`))
      )
    ).toBe(true)
  })

  test('a service that keeps failing: exit 2 after a bounded number of tries, nothing written', async () => {
    const server = backend.server()
    server.faults = { error: 100 }
    const before = server.requests.length
    const output = join(work.dir, `${backend.name}-down.ko`)
    const ran = await cli(backend, signArgs(backend, 'livepatch', output))
    server.faults = {}
    expect(ran.status).toBe(2)
    expect(ran.stderr).toContain(backend.uri('livepatch'))
    expect(ran.stderr).toMatch(/failed: .*\(tried 4 times\)/)
    // 4 tries, plus a token exchange (GCP) or the bearer challenge (Key Vault) at most once each
    expect(server.requests.length - before).toBeLessThanOrEqual(8)
    expect(existsSync(output)).toBe(false)
  })

  const refusals: [string, string, RegExp][] = [
    ['a key the service does not have', 'missing', /failed: .*(not exist|not found|NotFound)/i],
    [
      'a key of the wrong type (EC)',
      'ec',
      /(key type|algorithm|cannot sign modules|not supported)/
    ],
    [
      'a key that does not match the certificate',
      'other',
      /does not match the certificate .*livepatch\.crt \(different public key\)/
    ]
  ]
  test.each(refusals)(
    '%s: exit 2, named, nothing written, not retried',
    async (_, key, message) => {
      const output = join(work.dir, `${backend.name}-${key}.ko`)
      const ran = await cli(backend, signArgs(backend, key, output))
      expect(ran.status).toBe(2)
      expect(ran.stderr).toContain(backend.uri(key))
      expect(ran.stderr).toMatch(message)
      expect(ran.stderr).not.toMatch(/tried \d+ times/)
      expect(existsSync(output)).toBe(false)
    }
  )

  test('keygen --key makes a certificate signed by the remote key, with no private key file', async () => {
    const out = join(work.dir, `${backend.name}-cert`)
    mkdirSync(out)
    const made = await cli(backend, [
      'keygen',
      '--key',
      backend.uri('livepatch'),
      '--out',
      out,
      '--subject',
      `/CN=${backend.name} key`
    ])
    expect(made.stderr).toBe('')
    expect(made.status).toBe(0)
    expect(existsSync(join(out, 'livepatch.key'))).toBe(false)
    execFileSync(
      'openssl',
      [
        'verify',
        '-CAfile',
        join(out, 'livepatch.pem'),
        '-check_ss_sig',
        '-purpose',
        'any',
        join(out, 'livepatch.pem')
      ],
      { stdio: 'pipe' }
    )
    const output = join(work.dir, `${backend.name}-own.ko`)
    const signed = await cli(backend, [
      'sign',
      '--key',
      backend.uri('livepatch'),
      '--cert',
      join(out, 'livepatch.crt'),
      '--output',
      output,
      module
    ])
    expect(signed.status).toBe(0)
    expect(
      readFileSync(output).equals(
        signFile('sha256', join(out, 'livepatch.pem'), join(work.dir, `ref-${backend.name}-own.ko`))
      )
    ).toBe(true)
  })
})

describe('per-service rules', () => {
  test('gcp: a key version fixes its digest; sha512 signs with an _SHA512 key, sha384 is refused clearly', async () => {
    const gcpBackend = BACKENDS[1]
    const output = join(work.dir, 'gcp-sha512.ko')
    const ran = await cli(gcpBackend, signArgs(gcpBackend, 'sha512', output, 'sha512'))
    expect(ran.status).toBe(0)
    expect(
      readFileSync(output).equals(
        signFile('sha512', join(keys, 'livepatch.pem'), join(work.dir, 'ref-gcp-512.ko'))
      )
    ).toBe(true)
    const refused = await cli(
      gcpBackend,
      signArgs(gcpBackend, 'livepatch', join(work.dir, 'gcp-384.ko'), 'sha384')
    )
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(
      /RSA_SIGN_PKCS1_2048_SHA256\) signs sha256 digests only; sign with --hash sha256/
    )
    expect(existsSync(join(work.dir, 'gcp-384.ko'))).toBe(false)
  })

  test('aws: no credentials is a clear error naming the key, not retried', async () => {
    const ran = await runBundledCliAsync(
      signArgs(BACKENDS[0], 'livepatch', join(work.dir, 'aws-nocreds.ko')),
      {
        env: {
          ...clean,
          AWS_REGION: 'eu-west-1',
          AWS_ENDPOINT_URL_KMS: aws.url,
          AWS_ACCESS_KEY_ID: 'BADKEY',
          AWS_SECRET_ACCESS_KEY: 'x'
        }
      }
    )
    expect(ran.status).toBe(2)
    expect(ran.stderr).toMatch(
      /awskms:alias\/livepatch: kms:GetPublicKey failed: UnrecognizedClientException/
    )
    expect(ran.stderr).not.toContain('AKID')
  })

  test('azure: a key without a version signs with the version the vault names, at our vault', async () => {
    const azureBackend = BACKENDS[2]
    const output = join(work.dir, 'azure-latest.ko')
    const before = azure.requests.length
    const ran = await cli(azureBackend, [
      ...signArgs(azureBackend, 'livepatch', output).slice(0, 2),
      `azurekv:${azure.url}/keys/livepatch`,
      ...signArgs(azureBackend, 'livepatch', output).slice(3)
    ])
    expect(ran.stderr).toBe('')
    expect(ran.status).toBe(0)
    expect(
      azure.requests
        .slice(before)
        .some(r => r.startsWith(`POST /keys/livepatch/${AZURE_KEY_VERSION}/sign`))
    ).toBe(true)
    expect(
      readFileSync(output).equals(
        signFile('sha256', join(keys, 'livepatch.pem'), join(work.dir, 'ref-azure-latest.ko'))
      )
    ).toBe(true)
  })

  test('malformed key URIs are refused before any request', async () => {
    for (const [key, message] of [
      ['awskms:not a key', /is not an AWS KMS key/],
      ['gcpkms:projects/x', /is not a Cloud KMS key version/],
      ['azurekv:http://vault.example/keys/k', /is not a Key Vault key/]
    ] as const) {
      const ran = await runBundledCliAsync(
        ['sign', '--key', key, '--cert', join(keys, 'livepatch.crt'), module],
        { env: clean }
      )
      expect(ran.status).toBe(2)
      expect(ran.stderr).toMatch(message)
    }
  })
})
