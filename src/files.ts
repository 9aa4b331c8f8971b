// File writing that never leaves half a file behind.
import { randomBytes } from 'node:crypto'
import { link, open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
}

async function writeTemp(path: string, data: Uint8Array | string, mode: number): Promise<string> {
  const temp = tempNameFor(path)
  const handle = await open(temp, 'wx', mode)
  try {
    // No fsync: the rename makes the file appear whole or not at all to every reader, which is
    // what CI steps need; durability across a power cut is not worth its cost here.
    await handle.writeFile(data)
  } catch (error) {
    await handle.close()
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  return temp
}

/** Write through a temp file in the same folder, then rename over `path`. */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  mode = 0o644
): Promise<void> {
  const temp = await writeTemp(path, data, mode)
  try {
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

/**
 * Write several new files all-or-nothing: each goes to a temp file first, then is linked into
 * place, which fails if the file exists. On any failure every file made here is removed.
 */
export async function createFilesExclusive(
  files: { path: string; data: Uint8Array | string; mode: number }[]
): Promise<void> {
  const temps: string[] = []
  const placed: string[] = []
  try {
    for (const file of files) temps.push(await writeTemp(file.path, file.data, file.mode))
    for (const [k, file] of files.entries()) {
      await link(temps[k], file.path)
      placed.push(file.path)
    }
  } catch (error) {
    await Promise.all(placed.map(p => unlink(p).catch(() => undefined)))
    throw error
  } finally {
    await Promise.all(temps.map(t => unlink(t).catch(() => undefined)))
  }
}
