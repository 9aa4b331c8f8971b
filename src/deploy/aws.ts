// AWS: the VM's public IP by tag:Name through EC2 DescribeInstances; agent tokens from SSM
// Parameter Store SecureStrings. Credentials only from the SDK's default chain (filled by
// aws-actions/configure-aws-credentials with OIDC).
import { DescribeInstancesCommand, EC2Client, type Filter } from '@aws-sdk/client-ec2'
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm'
import type { CloudLookup, CloudOptions, Selector } from './cloud.js'
import type { TokenSource } from './tokens.js'

function clientConfig(options: Pick<CloudOptions, 'endpoint' | 'region'>) {
  return {
    region: options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION,
    endpoint: options.endpoint,
    maxAttempts: 4
  }
}

async function describe(
  ec2: EC2Client,
  filters: Filter[],
  nameTag: string
): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  let token: string | undefined
  do {
    const page = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [...filters, { Name: 'instance-state-name', Values: ['running'] }],
        NextToken: token
      })
    )
    for (const reservation of page.Reservations ?? []) {
      for (const instance of reservation.Instances ?? []) {
        const name = instance.Tags?.find(t => t.Key === nameTag)?.Value
        if (name && instance.PublicIpAddress) found.set(name, instance.PublicIpAddress)
      }
    }
    token = page.NextToken
  } while (token)
  return found
}

export function awsLookup(options: Pick<CloudOptions, 'endpoint' | 'region'>): CloudLookup {
  const ec2 = new EC2Client(clientConfig(options))
  return {
    byName: names => describe(ec2, [{ Name: 'tag:Name', Values: names }], 'Name'),
    bySelector: (selector: Selector) =>
      describe(ec2, [{ Name: `tag:${selector.key}`, Values: [selector.value] }], 'Name')
  }
}

/** Tokens from SSM: parameter `<path><vm>` (a SecureString), decrypted. */
export function ssmTokens(
  path: string,
  options: Pick<CloudOptions, 'endpoint' | 'region'>,
  mask: (secret: string) => void
): TokenSource {
  const ssm = new SSMClient({ ...clientConfig(options), endpoint: options.endpoint })
  const prefix = path.endsWith('/') ? path : `${path}/`
  return async vm => {
    try {
      const reply = await ssm.send(
        new GetParameterCommand({ Name: `${prefix}${vm}`, WithDecryption: true })
      )
      const value = reply.Parameter?.Value
      if (value) mask(value)
      return value
    } catch (error) {
      if ((error as { name?: string }).name === 'ParameterNotFound') return undefined
      throw error
    }
  }
}
