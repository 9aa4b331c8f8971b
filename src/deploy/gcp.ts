// GCP: the instance's first network interface's access config NAT IP, through the Compute REST
// API with google-auth-library's default credentials (filled by google-github-actions/auth).
// @google-cloud/compute is not used: its 50 MB bundle crashes when bundled as ESM, while the
// REST API with the auth library bundles small and is the same wire protocol.
import type { AuthClient } from 'google-auth-library'
import { LivepatchError } from '../errors.js'
import type { CloudLookup, CloudOptions, Selector } from './cloud.js'

interface Instance {
  name: string
  status?: string
  labels?: Record<string, string>
  networkInterfaces?: { accessConfigs?: { natIP?: string }[] }[]
}

const natIp = (instance: Instance): string | undefined =>
  instance.networkInterfaces?.[0]?.accessConfigs?.[0]?.natIP

/**
 * Application default credentials (google-github-actions/auth writes them for OIDC). The project
 * comes from --project or the environment: no metadata-server or resource-manager look-ups.
 */
export async function defaultGoogleClient(project: string): Promise<AuthClient> {
  const { GoogleAuth } = await import('google-auth-library')
  // A known project id: the library then asks no metadata server or resource manager for one.
  const auth = new GoogleAuth({
    scopes: ['https://www.googleapis.com/auth/compute.readonly'],
    projectId: project
  })
  return auth.getClient()
}

export function gcpLookup(
  options: Pick<CloudOptions, 'endpoint' | 'project' | 'zone'>,
  auth: (project: string) => Promise<AuthClient> = defaultGoogleClient
): CloudLookup {
  const base = (options.endpoint ?? 'https://compute.googleapis.com').replace(/\/$/, '')
  const projectId =
    options.project ?? process.env.GOOGLE_CLOUD_PROJECT ?? process.env.CLOUDSDK_CORE_PROJECT
  let authorised: Promise<AuthClient> | undefined
  const project = async (): Promise<string> => {
    if (!projectId)
      throw new LivepatchError('no GCP project: pass --project (or set GOOGLE_CLOUD_PROJECT)')
    return projectId
  }
  const get = async <T>(path: string): Promise<T> => {
    const client = await (authorised ??= project().then(auth))
    const reply = await client.request<T>({ url: `${base}${path}`, retry: true })
    return reply.data
  }
  const aggregated = async (filter: string): Promise<Instance[]> => {
    const instances: Instance[] = []
    let pageToken: string | undefined
    do {
      const query = new URLSearchParams({ filter, ...(pageToken ? { pageToken } : {}) })
      const page = await get<{
        items?: Record<string, { instances?: Instance[] }>
        nextPageToken?: string
      }>(`/compute/v1/projects/${await project()}/aggregated/instances?${query}`)
      for (const scope of Object.values(page.items ?? {}))
        instances.push(...(scope.instances ?? []))
      pageToken = page.nextPageToken
    } while (pageToken)
    return instances.filter(i => i.status === undefined || i.status === 'RUNNING')
  }
  const toMap = (instances: Instance[]): Map<string, string> =>
    new Map(instances.flatMap(i => (natIp(i) ? [[i.name, natIp(i) as string]] : [])))
  return {
    async byName(names) {
      if (options.zone) {
        const found = new Map<string, string>()
        for (const name of names) {
          try {
            const instance = await get<Instance>(
              `/compute/v1/projects/${await project()}/zones/${options.zone}/instances/${encodeURIComponent(name)}`
            )
            const ip = natIp(instance)
            if (ip) found.set(name, ip)
          } catch (error) {
            if (
              (error as { status?: number; response?: { status?: number } }).response?.status !==
              404
            )
              throw error
          }
        }
        return found
      }
      return toMap(await aggregated(names.map(n => `(name = "${n}")`).join(' OR ')))
    },
    bySelector: (selector: Selector) =>
      aggregated(`labels.${selector.key} = "${selector.value}"`).then(toMap)
  }
}
