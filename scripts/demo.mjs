// `npm start`: the main job on this machine. Today: the check of patches/ through the bundled
// CLI, exactly as a pull request runs it.
import { spawnSync } from 'node:child_process'

const step = (title, args) => {
  console.log(`\n== ${title}: livepatch ${args.join(' ')}`)
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 2)
}

step('check the patch history', ['check', '--dir', 'patches'])
