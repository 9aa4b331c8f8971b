// Build dist/ with @vercel/ncc: dist/action/ and dist/cli/ each hold one bundle and its lazily
// loaded chunks (kept apart so chunk names never collide); dist/index.js and dist/cli.js are the
// two runnable doors. Deterministic: two runs give identical bytes, so CI can check dist/ is fresh.
import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'

const targets = [
  { entry: 'src/entry/action.ts', out: 'dist/action', door: 'dist/index.js', shebang: false },
  { entry: 'src/entry/cli.ts', out: 'dist/cli', door: 'dist/cli.js', shebang: true }
]

rmSync('dist', { recursive: true, force: true })
mkdirSync('dist')
for (const target of targets) {
  execFileSync(
    'npx',
    ['ncc', 'build', target.entry, '-o', target.out, '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' }
  )
  const shebang = target.shebang ? '#!/usr/bin/env node\n' : ''
  // Node's on-disk compile cache (Node >= 22.1) makes repeated CLI runs start faster; the bundle
  // is then imported dynamically so it is compiled with the cache on.
  writeFileSync(
    target.door,
    `${shebang}import module from 'node:module'\nmodule.enableCompileCache?.()\nawait import('./${target.out.slice('dist/'.length)}/index.js')\n`
  )
  if (target.shebang) chmodSync(target.door, 0o755)
}
writeFileSync('dist/package.json', '{ "type": "module" }\n')
// The guest script travels to VMs over command channels; both bundles find it beside them.
copyFileSync('guest/livepatch-apply.sh', 'dist/livepatch-apply.sh')
