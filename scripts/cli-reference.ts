// Print README's CLI section (Markdown) from the CLI's one table; scripts/readme.mjs calls it.
import { cliReference } from '../src/cli/verbs.js'

process.stdout.write(cliReference())
