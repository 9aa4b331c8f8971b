// AWS: instances through EC2 DescribeInstances (by tag:Name or another tag), each known by its
// InstanceId; agent tokens from SSM Parameter Store SecureStrings. Credentials only from the
// SDK's default chain (filled by aws-actions/configure-aws-credentials with OIDC).
import { DescribeInstancesCommand, EC2Client, type Filter } from '@aws-sdk/client-ec2'
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm'
import {
  CloudInputError,
  batches,
  mapBounded,
  type CloudLookup,
  type CloudOptions,
  type CloudVm,
  type Selector
} from './cloud.js'
import type { TokenSource } from './tokens.js'

/** EC2 refuses more than 200 filter values in one call (FilterLimitExceeded); one goes to the state filter. */
export const EC2_FILTER_VALUES = 200
export const EC2_NAMES_PER_CALL = EC2_FILTER_VALUES - 1
/** EC2 refuses a filter value longer than 255 characters (FilterLimitExceeded). */
const EC2_FILTER_VALUE_LENGTH = 255
/** DescribeInstances pages: MaxResults 5..1000. */
const EC2_PAGE = 1000
/** Tag keys are at most 128 characters (EC2 tag restrictions). */
const EC2_TAG_KEY_LENGTH = 128

function clientConfig(options: Pick<CloudOptions, 'endpoint' | 'region'>) {
  return {
    region: options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION,
    endpoint: options.endpoint,
    maxAttempts: 4
  }
}

const CONTROL = /\p{Cc}/u

function checkValue(what: string, value: string, max: number): void {
  if (value === '' || value.length > max || CONTROL.test(value))
    throw new CloudInputError(
      `invalid ${what} '${value.replace(/\p{Cc}/gu, '?')}': expected 1 to ${max} characters without control characters (EC2 tag rules)`
    )
}

/** Filter values are wildcard patterns (* and ?); a backslash makes them literal. */
export const ec2Literal = (value: string): string => value.replace(/[\\*?]/g, c => `\\${c}`)

async function describe(ec2: EC2Client, filters: Filter[]): Promise<CloudVm[]> {
  const found: CloudVm[] = []
  let token: string | undefined
  for (let page = 0; page < 100_000; page++) {
    const reply = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [...filters, { Name: 'instance-state-name', Values: ['running'] }],
        MaxResults: EC2_PAGE,
        NextToken: token
      })
    )
    for (const reservation of reply.Reservations ?? []) {
      for (const instance of reservation.Instances ?? []) {
        if (!instance.InstanceId) continue
        found.push({
          id: instance.InstanceId,
          // An instance without a Name tag (found by another tag) is shown by its id.
          name: instance.Tags?.find(t => t.Key === 'Name')?.Value ?? instance.InstanceId,
          publicIp: instance.PublicIpAddress || undefined,
          privateIp: instance.PrivateIpAddress || undefined
        })
      }
    }
    token = reply.NextToken
    if (!token) return found
  }
  throw new Error('DescribeInstances kept returning a NextToken after 100000 pages')
}

export function awsLookup(options: Pick<CloudOptions, 'endpoint' | 'region'>): CloudLookup {
  const ec2 = new EC2Client(clientConfig(options))
  return {
    async byName(names) {
      for (const name of names) checkValue('EC2 Name tag', name, EC2_FILTER_VALUE_LENGTH)
      const wanted = new Set(names)
      const pages = await mapBounded(batches(names, EC2_NAMES_PER_CALL), 4, batch =>
        describe(ec2, [{ Name: 'tag:Name', Values: batch.map(ec2Literal) }])
      )
      // Exact names only, whatever the service's pattern matching did; one row per instance.
      const byId = new Map(pages.flat().map(vm => [vm.id, vm]))
      return [...byId.values()].filter(vm => wanted.has(vm.name))
    },
    async bySelector(selector: Selector) {
      checkValue('EC2 tag key', selector.key, EC2_TAG_KEY_LENGTH)
      checkValue('EC2 tag value', selector.value, EC2_FILTER_VALUE_LENGTH)
      const found = await describe(ec2, [
        { Name: `tag:${selector.key}`, Values: [ec2Literal(selector.value)] }
      ])
      return [...new Map(found.map(vm => [vm.id, vm])).values()]
    }
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
