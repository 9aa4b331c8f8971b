import { describe, expect, test } from '@jest/globals'
import { cacheKeys, type CacheInputs } from '../../src/build/cache-keys.js'

const base: CacheInputs = {
  kernelVersion: '6.15.2',
  config: 'CONFIG_A=y\n',
  gccText: 'gcc-12 (Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0',
  kpatchRef: 'v0.9.10',
  sourceUrl: 'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git'
}

/** Which keys change when one input changes. */
function changed(input: keyof CacheInputs, value: string): string[] {
  const before = cacheKeys(base)
  const after = cacheKeys({ ...base, [input]: value })
  return (Object.keys(before) as (keyof typeof before)[])
    .filter(k => before[k].key !== after[k].key)
    .sort()
}

describe('cache keys change exactly when the cached result would', () => {
  test.each([
    ['kernelVersion', '6.15.11', ['pristine', 'source']],
    ['config', 'CONFIG_A=n\n', ['pristine']],
    ['gccText', 'gcc-12 (Ubuntu 12.3.0-1ubuntu1~22.04.2) 12.3.0', ['pristine']],
    ['kpatchRef', 'v0.9.11', ['pristine']],
    // Another source of the same version (a fork, another tarball) is another tree.
    ['sourceUrl', 'tarball-' + 'a'.repeat(64), ['pristine', 'source']]
  ] as const)('%s', (input, value, keys) => {
    expect(changed(input, value)).toEqual(keys)
  })

  test("no entry holds kpatch's tools (nothing restored from a cache is executed)", () => {
    expect(Object.keys(cacheKeys(base)).sort()).toEqual(['pristine', 'source'])
  })

  test('keys are valid for @actions/cache: ≤ 512 characters, no commas', () => {
    const keys = cacheKeys({ ...base, gccText: 'x'.repeat(5000), kernelVersion: '6,15' })
    for (const entry of Object.values(keys)) {
      expect(entry.key.length).toBeLessThanOrEqual(512)
      expect(entry.key).not.toContain(',')
      for (const restore of entry.restoreKeys) expect(entry.key.startsWith(restore)).toBe(true)
    }
  })
})
