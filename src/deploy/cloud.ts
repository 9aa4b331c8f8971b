// What every cloud provider shares: options, selectors, and building a Provider around a lookup
// of VM addresses plus the agent channel.
import { LivepatchError } from '../errors.js'
import { AGENT_PORT, AgentClient, agentChannel, type AgentOptions } from './agent.js'
import { addressFromDir } from './tokens.js'
import type { Provider, Vm } from './types.js'

export interface CloudOptions {
  /** Override of the API endpoint (private endpoints, tests). */
  endpoint?: string
  /** Skip the lookup: the address for every named VM (HOST[:PORT]). */
  address?: string
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
  onMeasurement?: (vm: string, measurement: unknown) => void
}

export interface Selector {
  key: string
  value: string
}

export function parseSelector(text: string): Selector {
  const eq = text.indexOf('=')
  if (eq <= 0 || eq === text.length - 1)
    throw new LivepatchError(`invalid --selector '${text}': expected KEY=VALUE (a tag or label)`)
  return { key: text.slice(0, eq), value: text.slice(eq + 1) }
}

/** The agent's address for a public IP: the agent port unless the address has one. */
export function agentAddress(ip: string, port = AGENT_PORT): string {
  if (/^[^:]+:\d+$/.test(ip) || /^\[.*\]:\d+$/.test(ip)) return ip
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`
}

export interface CloudLookup {
  /** Addresses by VM name; a name not found is absent from the map. */
  byName(names: string[]): Promise<Map<string, string>>
  bySelector(selector: Selector): Promise<Map<string, string>>
}

/** A Provider around a cloud lookup: `--address` and the vendor folder skip the lookup. */
export function cloudProvider(
  name: string,
  options: CloudOptions,
  lookup: () => Promise<CloudLookup>
): Provider & { select(selector: Selector): Promise<Vm[]> } {
  const client = new AgentClient(options.agent)
  const vm = (vmName: string, address: string | undefined, error?: string): Vm =>
    address
      ? { name: vmName, provider: name, address: agentAddress(address, options.agentPort) }
      : { name: vmName, provider: name, error: error ?? `${name} VM '${vmName}' not found` }
  return {
    name,
    channel: agentChannel(client, options.onMeasurement),
    async find(names) {
      if (options.address) return names.map(n => vm(n, options.address))
      const fromDir = new Map<string, string>()
      if (options.vendorDir) {
        for (const n of names) {
          const ip = await addressFromDir(options.vendorDir, name, n)
          if (ip) fromDir.set(n, ip)
        }
      }
      const rest = names.filter(n => !fromDir.has(n))
      let found = new Map<string, string>()
      if (rest.length > 0) {
        try {
          found = await (await lookup()).byName(rest)
        } catch (error) {
          return names.map(n =>
            vm(n, fromDir.get(n), `${name} lookup of '${n}' failed: ${(error as Error).message}`)
          )
        }
      }
      return names.map(n =>
        vm(
          n,
          fromDir.get(n) ?? found.get(n),
          `${name} VM '${n}' not found (no running instance with that name, or it has no public IP)`
        )
      )
    },
    async select(selector) {
      const found = await (await lookup()).bySelector(selector)
      if (found.size === 0)
        throw new LivepatchError(`no ${name} VMs match ${selector.key}=${selector.value}`)
      return [...found].sort(([a], [b]) => a.localeCompare(b)).map(([n, ip]) => vm(n, ip))
    },
    async close() {}
  }
}
