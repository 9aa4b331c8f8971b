// The build's cache port (src/build/prepare.ts) backed by @actions/cache. Caches made in a pull
// request are scoped to that pull request's merge ref: only other runs (main's) seed the shared
// entries, so a pull request restores but never saves. A cache that is not available (outside
// GitHub) or fails is a warning, never a failed build.
import * as cache from '@actions/cache'
import type { Reporter } from '../app/ports.js'
import type { CachePort } from '../build/prepare.js'

/** What the port uses of @actions/cache (the module itself is one). */
export interface CacheService {
  isFeatureAvailable(): boolean
  restoreCache(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined>
  saveCache(paths: string[], key: string): Promise<number>
}

export function actionCache(
  reporter: Reporter,
  options: { event?: string; service?: CacheService } = {}
): CachePort {
  const service = options.service ?? cache
  const event = options.event ?? process.env.GITHUB_EVENT_NAME
  return {
    async restore(entry, paths) {
      if (!service.isFeatureAvailable()) return false
      try {
        return (await service.restoreCache(paths, entry.key, entry.restoreKeys)) !== undefined
      } catch (error) {
        reporter.warning(`cache restore of ${entry.key} failed: ${(error as Error).message}`)
        return false
      }
    },
    async save(entry, paths) {
      if (!service.isFeatureAvailable()) return
      if (event === 'pull_request') {
        reporter.info(`cache ${entry.key} not saved: caches made in a pull request stay in it`)
        return
      }
      try {
        await service.saveCache(paths, entry.key)
      } catch (error) {
        reporter.warning(`cache save of ${entry.key} skipped: ${(error as Error).message}`)
      }
    }
  }
}
