// Providers by name, each loaded only when used (dynamic import), so a deploy to one cloud never
// pays for another cloud's SDK.
import { LivepatchError } from '../errors.js'
import type { CloudOptions, Selector } from './cloud.js'
import type { Provider, Vm } from './types.js'

export const PROVIDERS = ['qemu', 'aws', 'gcp', 'azure'] as const
export type ProviderName = (typeof PROVIDERS)[number]

export interface ProviderOptions {
  /** qemu: the folder holding running VMs' state. */
  qemuStateDir?: string
  /** aws, gcp, azure. */
  cloud?: CloudOptions
}

export type LoadedProvider = Provider & { select?(selector: Selector): Promise<Vm[]> }

export function isProviderName(name: string): name is ProviderName {
  return (PROVIDERS as readonly string[]).includes(name)
}

export async function loadProvider(
  name: string,
  options: ProviderOptions = {}
): Promise<LoadedProvider> {
  if (name === 'qemu') {
    const { qemuProvider } = await import('./qemu.js')
    return qemuProvider(options.qemuStateDir)
  }
  if (!isProviderName(name))
    throw new LivepatchError(`unknown provider '${name}': expected one of ${PROVIDERS.join(', ')}`)
  const cloud = options.cloud
  if (!cloud)
    throw new LivepatchError(`provider ${name} needs agent options (tokens, certificate pins)`)
  const { cloudProvider } = await import('./cloud.js')
  switch (name) {
    case 'aws':
      return cloudProvider('aws', cloud, async () => (await import('./aws.js')).awsLookup(cloud))
    case 'gcp':
      return cloudProvider('gcp', cloud, async () => (await import('./gcp.js')).gcpLookup(cloud))
    default:
      return cloudProvider('azure', cloud, async () =>
        (await import('./azure.js')).azureLookup(cloud)
      )
  }
}
