// The local AWS KMS server as its own process (for the sign benchmark, whose timed runs block
// its own event loop): holds the PEM key at argv[2] as alias/livepatch, prints its URL, runs
// until stdin closes.
import { createPrivateKey } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { startAwsKmsServer } from './kms.js'

const server = await startAwsKmsServer()
server.keys.set('alias/livepatch', createPrivateKey(readFileSync(process.argv[2])))
process.stdout.write(`${server.url}\n`)
process.stdin.resume()
process.stdin.on('end', () => void server.close().then(() => process.exit(0)))
