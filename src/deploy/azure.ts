// Azure: VM → its first network interface → its public IP (or the interface's private IP),
// through the ARM SDKs (@azure/arm-compute, @azure/arm-network), authenticated by the environment
// or the az CLI login that azure/login leaves behind. Each VM is known by its vmId. A few names
// are fetched one by one; a fleet is listed (the SDK follows each page's nextLink), with the
// group's interfaces and public IPs listed once instead of fetched per VM.
import type { TokenCredential } from '@azure/identity'
import type { VirtualMachine } from '@azure/arm-compute'
import type { NetworkInterface } from '@azure/arm-network'
import { LivepatchError } from '../errors.js'
import {
  CloudInputError,
  mapBounded,
  type AddressKind,
  type CloudLookup,
  type CloudOptions,
  type CloudVm,
  type Selector
} from './cloud.js'

export interface AzureClientOptions {
  credential?: TokenCredential
  /** Extra TLS trust for a private endpoint (tests use a local CA). */
  ca?: string
}

/** Up to this many names are fetched one by one; more, and the resource group is listed. */
export const AZURE_GET_LIMIT = 10

// Naming rules (Azure resource naming restrictions), checked before a value reaches a URL.
/** VM names: 1-64 of letters, digits, _ . -; starting with a letter or digit, not ending in . or -. */
const VM_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9_])?$/
/** Resource groups: 1-90 of letters, digits, _ ( ) - . ; not ending in a period. */
const RESOURCE_GROUP = /^[\p{L}\p{N}_().-]{0,89}[\p{L}\p{N}_()-]$/u
/** Tag keys: at most 512 characters, none of < > % & \ ? /; values at most 256. */
const TAG_KEY = /^[^<>%&\\?/\p{Cc}]{1,512}$/u
const TAG_VALUE = /^[^\p{Cc}]{0,256}$/u

const printable = (text: string): string => JSON.stringify(text).slice(1, -1)

function check(what: string, value: string, rule: RegExp, expected: string): void {
  if (!rule.test(value))
    throw new CloudInputError(`invalid Azure ${what} '${printable(value)}': expected ${expected}`)
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
  if (group !== undefined)
    check('resource group', group, RESOURCE_GROUP, '1-90 letters, digits, _ ( ) - or .')
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
  const requireGroup = (): string => {
    if (!group) throw new LivepatchError('no Azure resource group: pass --resource-group')
    return group
  }

  /** Interfaces and public IPs by lowercased resource id: listed once for a fleet, else fetched. */
  const nics = new Map<string, NetworkInterface>()
  const publicIps = new Map<string, string | undefined>()
  const prefetch = async (kind: AddressKind): Promise<void> => {
    const { network } = await clients
    for await (const nic of network.networkInterfaces.list(requireGroup()))
      if (nic.id) nics.set(nic.id.toLowerCase(), nic)
    if (kind === 'public')
      for await (const ip of network.publicIPAddresses.list(requireGroup()))
        if (ip.id) publicIps.set(ip.id.toLowerCase(), ip.ipAddress)
  }
  const nicOf = async (id: string): Promise<NetworkInterface> => {
    const known = nics.get(id.toLowerCase())
    if (known) return known
    const { network } = await clients
    const ref = parseId(id)
    const nic = await network.networkInterfaces.get(ref.resourceGroup, ref.name)
    nics.set(id.toLowerCase(), nic)
    return nic
  }
  const publicIpOf = async (id: string): Promise<string | undefined> => {
    if (publicIps.has(id.toLowerCase())) return publicIps.get(id.toLowerCase())
    const { network } = await clients
    const ref = parseId(id)
    const ip = (await network.publicIPAddresses.get(ref.resourceGroup, ref.name)).ipAddress
    publicIps.set(id.toLowerCase(), ip)
    return ip
  }
  const describe = async (vm: VirtualMachine, kind: AddressKind): Promise<CloudVm> => {
    const found: CloudVm = { id: vm.vmId ?? vm.id ?? vm.name ?? '', name: vm.name ?? '' }
    const nicId = vm.networkProfile?.networkInterfaces?.[0]?.id
    if (!nicId) return found
    const config = (await nicOf(nicId)).ipConfigurations?.[0]
    found.privateIp = config?.privateIPAddress || undefined
    const ipId = config?.publicIPAddress?.id
    if (kind === 'public' && ipId) found.publicIp = (await publicIpOf(ipId)) || undefined
    return found
  }
  const listGroup = async (keep: (vm: VirtualMachine) => boolean): Promise<VirtualMachine[]> => {
    const { compute } = await clients
    const vms: VirtualMachine[] = []
    for await (const vm of compute.virtualMachines.list(requireGroup())) if (keep(vm)) vms.push(vm)
    return vms
  }
  return {
    async byName(names, kind) {
      for (const name of names)
        check('VM name', name, VM_NAME, '1-64 letters, digits, _ . or - (Azure VM naming rules)')
      const { compute } = await clients
      let vms: VirtualMachine[]
      if (names.length <= AZURE_GET_LIMIT) {
        vms = []
        for (const name of names) {
          try {
            vms.push(await compute.virtualMachines.get(requireGroup(), name))
          } catch (error) {
            if ((error as { statusCode?: number }).statusCode !== 404) throw error
          }
        }
      } else {
        const wanted = new Set(names)
        vms = await listGroup(vm => vm.name !== undefined && wanted.has(vm.name))
        await prefetch(kind)
      }
      return mapBounded(vms, 8, vm => describe(vm, kind))
    },
    async bySelector(selector: Selector, kind) {
      check('tag key', selector.key, TAG_KEY, 'at most 512 characters, none of < > % & \\ ? /')
      check('tag value', selector.value, TAG_VALUE, 'at most 256 characters')
      const vms = await listGroup(vm => vm.tags?.[selector.key] === selector.value)
      if (vms.length > AZURE_GET_LIMIT) await prefetch(kind)
      return mapBounded(vms, 8, vm => describe(vm, kind))
    }
  }
}
