import { describe, expect, test } from '@jest/globals'
import { builderEnv } from '../../src/build/env.js'

describe("the builder's environment", () => {
  const job = {
    PATH: '/usr/bin:/bin',
    HOME: '/home/runner',
    LANG: 'C.UTF-8',
    'INPUT_GITHUB-TOKEN': 'ghs_x',
    'INPUT_SIGNING-KEY': 'k',
    ACTIONS_RUNTIME_TOKEN: 'r',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'o',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x',
    ACTIONS_CACHE_URL: 'https://c',
    GITHUB_TOKEN: 'ghs_y',
    AWS_SECRET_ACCESS_KEY: 'a',
    KCPPFLAGS: '-DEVIL',
    KBUILD_BUILD_TIMESTAMP: '2025-06-10',
    LD_PRELOAD: '/tmp/evil.so'
  }

  test('keeps only the allow-listed names', () => {
    expect(builderEnv(job)).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
      KBUILD_BUILD_TIMESTAMP: '2025-06-10'
    })
  })

  test('adds what we set ourselves', () => {
    expect(builderEnv(job, { CACHEDIR: '/w/kpatch' }).CACHEDIR).toBe('/w/kpatch')
  })
})
