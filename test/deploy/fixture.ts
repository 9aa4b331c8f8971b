// Shared set-up for the deploy tests: keys, signed livepatch modules (a current one, a previous
// one, one signed by a key the VMs do not trust), an agent emulator that trusts the keys.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateKeys } from '../../src/sign/keygen.js'
import { signModule } from '../../src/sign/sign.js'
import { headersRelease, testLivepatchModule } from '../helpers/kmod.js'
import { startAgent, type AgentEmulator } from '../helpers/servers/agent-emulator.js'
import { testTls } from '../helpers/servers/tls.js'

export const TOKEN = 'agent-token-0123456789abcdef'

export interface DeployFixture {
  dir: string
  keys: string
  cert: string
  release: string
  modules: { current: string; previous: string; untrusted: string }
  agent: AgentEmulator
  /** A folder with a stand-in `az` CLI (what azure/login leaves logged in) for AzureCliCredential. */
  azBin: string
  /** An external_account credentials file (what google-github-actions/auth writes). */
  gcpCredentials(tokenUrl: string): string
}

async function sign(keys: string, input: string, output: string): Promise<string> {
  await signModule({
    module: input,
    output,
    keyPem: readFileSync(join(keys, 'livepatch.key'), 'utf8'),
    keySource: 'key',
    cert: readFileSync(join(keys, 'livepatch.crt')),
    certSource: 'cert'
  })
  return output
}

export async function deployFixture(dir: string): Promise<DeployFixture> {
  const keys = join(dir, 'keys')
  const other = join(dir, 'other')
  mkdirSync(keys)
  mkdirSync(other)
  await generateKeys({ outDir: keys })
  await generateKeys({ outDir: other })
  const modules = {
    current: await sign(keys, testLivepatchModule('livepatch_0002_cloud'), join(dir, 'current.ko')),
    previous: await sign(
      keys,
      testLivepatchModule('livepatch_0001_cloud'),
      join(dir, 'previous.ko')
    ),
    untrusted: await sign(
      other,
      testLivepatchModule('livepatch_0002_cloud'),
      join(dir, 'untrusted.ko')
    )
  }
  const release = headersRelease()
  const agent = await startAgent({
    token: TOKEN,
    trustedCert: readFileSync(join(keys, 'livepatch.crt')),
    kernelRelease: release
  })
  const azBin = join(dir, 'az-bin')
  mkdirSync(azBin)
  writeFileSync(
    join(azBin, 'az'),
    `#!/bin/sh\n# stand-in az CLI: a logged-in account's access token\necho '{"accessToken":"azure-test-token","expiresOn":"2099-01-01 00:00:00.000000","expires_on":4070908800,"subscription":"sub-1","tenant":"tenant-1","tokenType":"Bearer"}'\n`
  )
  chmodSync(join(azBin, 'az'), 0o755)
  testTls()
  return {
    dir,
    keys,
    cert: join(keys, 'livepatch.crt'),
    release,
    modules,
    agent,
    azBin,
    gcpCredentials(tokenUrl) {
      const subject = join(dir, 'oidc-token')
      writeFileSync(subject, 'header.payload.signature')
      const file = join(dir, 'gcp-credentials.json')
      writeFileSync(
        file,
        JSON.stringify({
          type: 'external_account',
          audience:
            '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/github/providers/github',
          subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
          token_url: tokenUrl,
          credential_source: { file: subject }
        })
      )
      return file
    }
  }
}
