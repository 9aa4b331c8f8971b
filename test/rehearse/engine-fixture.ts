// Run by test/rehearse/engine.test.ts through tsx (GitHub's workflow parser loads as plain ESM
// there): one run of a small workflow that exercises the engine's GitHub semantics. Prints the
// run's record and the job logs as JSON.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Run, type World } from '../../scripts/rehearse/engine.js'
import { git } from '../../scripts/rehearse/git.js'

const dir = process.argv[2]
const repo = join(dir, 'repo')
mkdirSync(join(repo, '.github/workflows'), { recursive: true })
writeFileSync(
  join(repo, '.github/workflows/w.yml'),
  `name: semantics
on:
  push:
    branches: [main]
permissions: {}
jobs:
  first:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    outputs:
      kept: \${{ steps.one.outputs.kept }}
    steps:
      - id: one
        run: |
          echo "kept=from-first" >> "$GITHUB_OUTPUT"
          echo "dropped=not-an-output" >> "$GITHUB_OUTPUT"
          echo "FOO=exported" >> "$GITHUB_ENV"
          echo "# first's summary" >> "$GITHUB_STEP_SUMMARY"
          echo left-behind > "$GITHUB_WORKSPACE/left.txt"
          mkdir -p "$RUNNER_TEMP/art" && echo payload > "$RUNNER_TEMP/art/file.txt"
      - id: two
        env:
          SEEN: \${{ steps.one.outputs.kept }}
        run: |
          test "$FOO" = exported
          test "$SEEN" = from-first
          test "$(wc -c < "$GITHUB_STEP_SUMMARY")" = 0
      - uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0
        with:
          name: art
          path: \${{ runner.temp }}/art/
  second:
    needs: first
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    outputs:
      kept: \${{ steps.read.outputs.kept }}
      dropped: \${{ steps.read.outputs.dropped }}
      fresh: \${{ steps.read.outputs.fresh }}
      artifact: \${{ steps.read.outputs.artifact }}
    steps:
      - uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1
        with:
          name: art
          path: got
      - id: read
        env:
          KEPT: \${{ needs.first.outputs.kept }}
          DROPPED: \${{ needs.first.outputs.dropped }}
        run: |
          echo "kept=$KEPT" >> "$GITHUB_OUTPUT"
          echo "dropped=$DROPPED" >> "$GITHUB_OUTPUT"
          if [ -e "$GITHUB_WORKSPACE/left.txt" ]; then echo fresh=no; else echo fresh=yes; fi >> "$GITHUB_OUTPUT"
          echo "artifact=$(cat got/file.txt)" >> "$GITHUB_OUTPUT"
  in-environment:
    runs-on: ubuntu-24.04
    environment: prod
    permissions: {}
    outputs:
      secret: \${{ steps.s.outputs.secret }}
    steps:
      - id: s
        env:
          HAS: \${{ secrets.ENV_SECRET != '' }}
        run: echo "secret=$HAS" >> "$GITHUB_OUTPUT"
  outside-environment:
    runs-on: ubuntu-24.04
    permissions: {}
    outputs:
      secret: \${{ steps.s.outputs.secret }}
    steps:
      - id: s
        env:
          HAS: \${{ secrets.ENV_SECRET != '' }}
        run: echo "secret=$HAS" >> "$GITHUB_OUTPUT"
  locked-environment:
    runs-on: ubuntu-24.04
    environment: release-only
    permissions: {}
    steps:
      - run: echo should not run
  fails:
    runs-on: ubuntu-24.04
    permissions: {}
    steps:
      - run: exit 3
      - run: echo skipped after a failure
      - if: failure()
        run: echo cleanup ran
  after-failure:
    needs: fails
    runs-on: ubuntu-24.04
    permissions: {}
    steps:
      - run: echo should be skipped
  on-failure:
    needs: fails
    if: failure()
    runs-on: ubuntu-24.04
    permissions: {}
    steps:
      - run: echo ran because fails failed
  unpinned:
    runs-on: ubuntu-24.04
    permissions: {}
    steps:
      - uses: actions/checkout@v4
`
)
git(repo, 'init', '-q', '-b', 'main')
git(repo, 'add', '-A')
git(repo, 'commit', '-q', '-m', 'w')
const sha = git(repo, 'rev-parse', 'HEAD')
const world: World = {
  repos: new Map([['team/repo', repo]]),
  repository: 'team/repo',
  private: false,
  defaultBranch: 'main',
  vars: {},
  secrets: {},
  environments: {
    prod: { secrets: { ENV_SECRET: 'env-secret-value' }, branches: ['main'] },
    'release-only': { secrets: {}, branches: ['release'] }
  },
  apiUrl: 'http://127.0.0.1:9',
  issueToken: () => 'ghs_fixture',
  path: process.env.PATH ?? '/usr/bin:/bin',
  clouds: {},
  attestations: []
}
const runDir = join(dir, 'run')
const record = await new Run(
  world,
  { name: 'push', ref: 'refs/heads/main', sha, before: sha, changed: ['x'] },
  runDir
).runWorkflow('.github/workflows/w.yml')
const jobs = join(runDir, 'jobs')
const logs = Object.fromEntries(
  readdirSync(jobs)
    .filter(n => n.endsWith('.log') || n.endsWith('.summary.md'))
    .map(n => [n, readFileSync(join(jobs, n), 'utf8')])
)
console.log(JSON.stringify({ record, logs }))
