// A clone of the repository has nothing beside it: no file the tests, benchmarks or scripts use
// may reach outside the repository (e.g. the workplace's folder beside the checkout).
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from './helpers/tmp.js'

const files = execFileSync('git', ['ls-files', 'src', 'test', 'bench', 'scripts', '.ci'], {
  cwd: REPO_ROOT,
  encoding: 'utf8'
})
  .split('\n')
  .filter(f => /\.(ts|mjs|js|sh)$|^\.ci\/run$/.test(f))

// Ways a path climbs out of the checkout: the workplace's folder beside it by name (as a path or
// as join() parts), or three levels up from a file two levels deep (test/helpers/x.ts → beside
// the checkout). Assembled from pieces, so this file holds no such path itself and is scanned too.
const SIDE = ['sha', 'red'].join('')
const UP = "'..'"
const OUTSIDE = [
  new RegExp(`\\b${SIDE}/(data|spec)\\b`),
  new RegExp(`'${SIDE}', '(data|spec)'`),
  new RegExp([UP, UP, UP].join(', ').replace(/\./g, '\\.'))
]

describe('the repository is self-contained', () => {
  test.each(files)('%s reads nothing outside the repository', file => {
    const text = readFileSync(join(REPO_ROOT, file), 'utf8')
    for (const pattern of OUTSIDE)
      expect({ file, match: pattern.exec(text)?.[0] }).toEqual({ file, match: undefined })
  })
})
