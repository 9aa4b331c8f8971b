// Bundle entry of the action (dist/index.js).
import { runAction } from '../action.js'

const code = await runAction()
process.stdout.write('', () => process.exit(code))
