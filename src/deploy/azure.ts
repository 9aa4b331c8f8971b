// Azure: VM → its first network interface → its public IP, through the ARM SDKs
// (@azure/arm-compute, @azure/arm-network), authenticated by the environment or the az CLI login
// that azure/login leaves behind.
import type { TokenCredential } from '@azure/identity'
import { LivepatchError } from '../errors.js'
import type { CloudLookup, CloudOptions, Selector } from './cloud.js'

export interface AzureClientOptions {
  credential?: TokenCredential
  /** Extra TLS trust for a private endpoint (tests use a local CA). */
  ca?: string
}

/** `/subscriptions/s/resourceGroups/g/providers/.../<type>/<name>` → group and name. */
function parseId(id: string): { resourceGroup: string; name: string } {
  const match = /\/resourceGroups\/([^/]+)\/.*\/([^/]+)$/i.exec(id)
  if (!match) throw new LivepatchError(`unexpected Azure resource id '${id}'`)
  return { resourceGroup: match[1], name: match[2] }
}

export function azureLookup(
  options: Pick<CloudOptions, 'endpoint' | 'subscription' | 'resourceGroup'>,
  clientOptions: AzureClientOptions = {}
): CloudLookup {
  const subscription = options.subscription ?? process.env.AZURE_SUBSCRIPTION_ID
  if (!subscription)
    throw new LivepatchError(
      'no Azure subscription: pass --subscription (or set AZURE_SUBSCRIPTION_ID)'
    )
  const group = options.resourceGroup
  const clients = (async () => {
    const [{ ComputeManagementClient }, { NetworkManagementClient }] = await Promise.all([
      import('@azure/arm-compute'),
      import('@azure/arm-network')
    ])
    // The environment's service principal, else the az CLI login azure/login leaves behind. Not
    // DefaultAzureCredential: its managed-identity step probes the instance metadata address.
    const identity = await import('@azure/identity')
    const credential =
      clientOptions.credential ??
      new identity.ChainedTokenCredential(
        new identity.EnvironmentCredential(),
        new identity.AzureCliCredential()
      )
    const common = {
      // arm-compute takes `endpoint`; arm-network builds its URLs from `$host`.
      ...(options.endpoint ? { endpoint: options.endpoint, $host: options.endpoint } : {}),
      ...(clientOptions.ca ? { tlsOptions: { ca: clientOptions.ca } } : {}),
      retryOptions: { maxRetries: 3, retryDelayInMs: 200 }
    }
    return {
      compute: new ComputeManagementClient(credential, subscription, common),
      network: new NetworkManagementClient(credential, subscription, common)
    }
  })()
  const publicIp = async (nicId: string | undefined): Promise<string | undefined> => {
    if (!nicId) return undefined
    const { network } = await clients
    const nic = parseId(nicId)
    const iface = await network.networkInterfaces.get(nic.resourceGroup, nic.name)
    const ipId = iface.ipConfigurations?.[0]?.publicIPAddress?.id
    if (!ipId) return undefined
    const ip = parseId(ipId)
    return (await network.publicIPAddresses.get(ip.resourceGroup, ip.name)).ipAddress
  }
  const requireGroup = (): string => {
    if (!group) throw new LivepatchError('no Azure resource group: pass --resource-group')
    return group
  }
  return {
    async byName(names) {
      const { compute } = await clients
      const found = new Map<string, string>()
      for (const name of names) {
        try {
          const vm = await compute.virtualMachines.get(requireGroup(), name)
          const ip = await publicIp(vm.networkProfile?.networkInterfaces?.[0]?.id)
          if (ip) found.set(name, ip)
        } catch (error) {
          if ((error as { statusCode?: number }).statusCode !== 404) throw error
        }
      }
      return found
    },
    async bySelector(selector: Selector) {
      const { compute } = await clients
      const found = new Map<string, string>()
      for await (const vm of compute.virtualMachines.list(requireGroup())) {
        if (vm.name && vm.tags?.[selector.key] === selector.value) {
          const ip = await publicIp(vm.networkProfile?.networkInterfaces?.[0]?.id)
          if (ip) found.set(vm.name, ip)
        }
      }
      return found
    }
  }
}
