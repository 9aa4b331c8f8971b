// The pristine base at check time: read the files the patches touch from a kernel tree, and
// prove that each patch applies to it exactly as kpatch-build will apply it — GNU patch, -p1,
// no fuzz, no offset — in a temp copy of only those files (the tree itself is never written).
import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { LivepatchError } from '../errors.js'
import type { BaseFiles } from './superset.js'
import type { ParsedPatch } from './unified-diff.js'

export interface ApplyProof {
  patch: string
  ok: boolean
  /** What GNU patch said that makes the patch not apply exactly (failed hunks, offsets, fuzz). */
  problems: string[]
}

const isMissing = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException).code === 'ENOENT' ||
  (error as NodeJS.ErrnoException).code === 'ENOTDIR'

/** The pristine lines of each path (null: not in the tree). Paths come from the parser (no `..`). */
export async function readBaseFiles(treeDir: string, paths: Iterable<string>): Promise<BaseFiles> {
  const out = new Map<string, string[] | null>()
  await Promise.all(
    [...new Set(paths)].map(async path => {
      try {
        const text = await readFile(join(treeDir, path), 'utf8')
        const lines = text.split('\n')
        if (lines[lines.length - 1] === '') lines.pop()
        out.set(path, lines)
      } catch (error) {
        if (!isMissing(error))
          throw new LivepatchError(
            `cannot read '${path}' from the kernel source '${treeDir}': ${(error as Error).message}`
          )
        out.set(path, null)
      }
    })
  )
  return out
}

export async function assertKernelTree(treeDir: string): Promise<void> {
  const info = await stat(treeDir).catch(() => null)
  if (!info?.isDirectory())
    throw new LivepatchError(
      `kernel source '${treeDir}' is not a directory: give the pristine tree (or a sparse checkout of the files the patches touch)`
    )
}

function runPatch(cwd: string, patchFile: string): Promise<{ status: number; output: string }> {
  return new Promise(done => {
    execFile(
      'patch',
      ['-p1', '--dry-run', '--force', '--fuzz=0', '--no-backup-if-mismatch', '-i', patchFile],
      { cwd, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : Number.NaN
        done({ status, output: `${stdout}${stderr}` })
      }
    )
  })
}

/**
 * `patch -p1 --dry-run --fuzz=0` of each patch on one copy of the files they touch (a dry run
 * writes nothing, so the patches share it); an offset is refused too.
 */
export async function proveApplies(
  patches: ParsedPatch[],
  treeDir: string,
  base: BaseFiles
): Promise<ApplyProof[]> {
  const work = await mkdtemp(join(tmpdir(), 'livepatch-apply-'))
  try {
    const paths = new Set(patches.flatMap(p => p.files.map(f => f.path)))
    await Promise.all(
      [...paths].map(async path => {
        if (base.get(path) === null) return // created by the patch, or GNU patch says it is missing
        const target = join(work, path)
        await mkdir(dirname(target), { recursive: true })
        await copyFile(join(treeDir, path), target)
      })
    )
    return await Promise.all(
      patches.map(async patch => {
        const { status, output } = await runPatch(work, resolve(patch.file))
        const problems = output
          .split('\n')
          .map(line => line.trim())
          .filter(line => line !== '' && !/^checking file /.test(line))
        if (status !== 0 && problems.length === 0) problems.push(`GNU patch exited with ${status}`)
        const ok = status === 0 && !problems.some(line => /offset|fuzz/i.test(line))
        return { patch: patch.file, ok, problems: ok ? [] : problems }
      })
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
