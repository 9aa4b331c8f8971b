// Providers by name, each loaded only when used (dynamic import), so a deploy to one cloud never
// pays for another cloud's SDK.
import { LivepatchError } from '../errors.js'
import type { Provider } from './types.js'

export const PROVIDERS = ['qemu', 'aws', 'gcp', 'azure'] as const
export type ProviderName = (typeof PROVIDERS)[number]

export interface ProviderOptions {
  /** qemu: the folder holding running VMs' state. */
  qemuStateDir?: string
}

export function isProviderName(name: string): name is ProviderName {
  return (PROVIDERS as readonly string[]).includes(name)
}

export async function loadProvider(name: string, options: ProviderOptions = {}): Promise<Provider> {
  switch (name) {
    case 'qemu': {
      const { qemuProvider } = await import('./qemu.js')
      return qemuProvider(options.qemuStateDir)
    }
    case 'aws':
    case 'gcp':
    case 'azure':
      throw new LivepatchError(
        `provider '${name}' is not available in this version yet; the qemu provider is`
      )
    default:
      throw new LivepatchError(
        `unknown provider '${name}': expected one of ${PROVIDERS.join(', ')}`
      )
  }
}
