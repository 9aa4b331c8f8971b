// What every cloud provider shares: options, selectors, and building a Provider around a lookup
// of VM addresses plus the agent channel. A VM is known by its instance id (names are for people
// and are not unique: an auto-scaling group gives every instance the same Name tag).
import { LivepatchError } from '../errors.js'
import { AGENT_PORT, AgentClient, agentChannel, type AgentOptions } from './agent.js'
import { addressFromDir } from './tokens.js'
import type { Provider, Vm } from './types.js'

/** Which of a VM's addresses the agent is reached at: public (a hosted runner) or private (a self-hosted runner inside the network). */
export const ADDRESS_KINDS = ['public', 'private'] as const
export type AddressKind = (typeof ADDRESS_KINDS)[number]

export interface CloudOptions {
  /** Override of the API endpoint (private endpoints, tests). */
  endpoint?: string
  /** Skip the lookup: the address for every named VM (HOST[:PORT]). */
  address?: string
  /** public (default) or private. */
  addressKind?: AddressKind
  /** The vendor tools' folder of <csp>_<vm>_ip / _token files. */
  vendorDir?: string
  region?: string
  project?: string
  zone?: string
  subscription?: string
  resourceGroup?: string
  /** The agent's port on each VM (8000 on the image). */
  agentPort?: number
  agent: AgentOptions
  /** Called with the VM's id (its name when the provider has no id) and its new golden measurement. */
  onMeasurement?: (vm: string, measurement: unknown) => void
}

export interface Selector {
  key: string
  value: string
}

/** Bad input to a lookup (a name or selector the cloud's naming rules forbid, an ambiguous name): exit 2, no VM touched. */
export class CloudInputError extends LivepatchError {}

export function parseSelector(text: string): Selector {
  const eq = text.indexOf('=')
  if (eq <= 0 || eq === text.length - 1)
    throw new LivepatchError(`invalid --selector '${text}': expected KEY=VALUE (a tag or label)`)
  return { key: text.slice(0, eq), value: text.slice(eq + 1) }
}

export function parseAddressKind(text: string | undefined, name: string): AddressKind {
  if (text === undefined || text === '') return 'public'
  if ((ADDRESS_KINDS as readonly string[]).includes(text)) return text as AddressKind
  throw new LivepatchError(
    `invalid ${name} '${text}': expected public (the VMs' public IPs) or private (their private IPs, for a runner inside the network)`
  )
}

/** The agent's address for a public IP: the agent port unless the address has one. */
export function agentAddress(ip: string, port = AGENT_PORT): string {
  if (/^[^:]+:\d+$/.test(ip) || /^\[.*\]:\d+$/.test(ip)) return ip
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`
}

/** One running instance as the cloud's API describes it. */
export interface CloudVm {
  /** The instance id: EC2 InstanceId, GCE instance id, Azure vmId. */
  id: string
  name: string
  publicIp?: string
  privateIp?: string
}

export interface CloudLookup {
  /** Every running instance whose name is one of `names` (several may share a name). */
  byName(names: string[], kind: AddressKind): Promise<CloudVm[]>
  /** Every running instance with the tag or label. */
  bySelector(selector: Selector, kind: AddressKind): Promise<CloudVm[]>
}

/** Items in batches of at most `size`. */
export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size))
  return out
}

/** Run `work` on each item, at most `limit` at once, results in order. */
export async function mapBounded<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const k = next++
      results[k] = await work(items[k])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** A Provider around a cloud lookup: `--address` and the vendor folder skip the lookup. */
export function cloudProvider(
  name: string,
  options: CloudOptions,
  lookup: () => Promise<CloudLookup>
): Provider & { select(selector: Selector): Promise<Vm[]> } {
  const client = new AgentClient(options.agent)
  const kind = options.addressKind ?? 'public'
  const addressed = (vmName: string, address: string): Vm => ({
    name: vmName,
    provider: name,
    address: agentAddress(address, options.agentPort)
  })
  const missing = (vmName: string, error: string): Vm => ({ name: vmName, provider: name, error })
  /** The found instance as a target: its id, and its address of the chosen kind or why it has none. */
  const target = (found: CloudVm): Vm => {
    const ip = kind === 'public' ? found.publicIp : found.privateIp
    if (ip)
      return {
        name: found.name,
        provider: name,
        id: found.id,
        address: agentAddress(ip, options.agentPort)
      }
    return {
      name: found.name,
      provider: name,
      id: found.id,
      error:
        kind === 'public'
          ? `${name} VM '${found.name}' (${found.id}) has no public address; use address-kind: private (--address-kind private) from a runner inside its network`
          : `${name} VM '${found.name}' (${found.id}) has no private address`
    }
  }
  return {
    name,
    channel: agentChannel(client, options.onMeasurement),
    async find(names) {
      if (options.address) return names.map(n => addressed(n, options.address as string))
      const fromDir = new Map<string, string>()
      if (options.vendorDir) {
        for (const n of names) {
          const ip = await addressFromDir(options.vendorDir, name, n)
          if (ip) fromDir.set(n, ip)
        }
      }
      const rest = [...new Set(names.filter(n => !fromDir.has(n)))]
      const byName = new Map<string, CloudVm[]>()
      if (rest.length > 0) {
        try {
          for (const found of await (await lookup()).byName(rest, kind)) {
            const same = byName.get(found.name) ?? []
            same.push(found)
            byName.set(found.name, same)
          }
        } catch (error) {
          if (error instanceof CloudInputError) throw error
          return names.map(n => {
            const ip = fromDir.get(n)
            return ip
              ? addressed(n, ip)
              : missing(n, `${name} lookup of '${n}' failed: ${(error as Error).message}`)
          })
        }
      }
      // A name that several running instances share cannot pick one: say which, before any VM is touched.
      const ambiguous = [...byName].filter(([, found]) => found.length > 1)
      if (ambiguous.length > 0) {
        const [first, found] = ambiguous[0]
        const more = ambiguous.length > 1 ? ` (and ${ambiguous.length - 1} more shared names)` : ''
        throw new CloudInputError(
          `${name} name '${first}' matches ${found.length} running instances (${found.map(f => f.id).join(', ')})${more}: give each VM a unique name, or select the fleet by tag/label (selector) to patch every one of them`
        )
      }
      return names.map(n => {
        const ip = fromDir.get(n)
        if (ip) return addressed(n, ip)
        const found = byName.get(n)?.[0]
        return found
          ? target(found)
          : missing(n, `${name} VM '${n}' not found (no running instance with that name)`)
      })
    },
    async select(selector) {
      const found = await (await lookup()).bySelector(selector, kind)
      if (found.length === 0)
        throw new LivepatchError(`no ${name} VMs match ${selector.key}=${selector.value}`)
      // Each instance is its own target, even where names repeat; ordered by name, then id.
      const unique = new Map(found.map(f => [f.id, f]))
      return [...unique.values()]
        .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
        .map(target)
    },
    async close() {}
  }
}
