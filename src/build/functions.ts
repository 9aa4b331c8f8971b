// Changed and new functions of a livepatch (kpatch-build prints `file.o: changed function: f`
// and `file.o: new function: f`), and the function-level superset gate: in replace mode a
// function the previous release patched and this one does not silently reverts to the old code.
import { LivepatchError } from '../errors.js'

export interface FunctionsReport {
  module: string
  kernelRelease: string
  /** object file → its changed and new functions */
  objects: Record<string, { changed: string[]; new: string[] }>
}

const LINE = /^(\S+\.o): (changed|new) function: (\S+)$/

/** Collect function lines from kpatch-build's output. */
export function parseFunctionLines(output: string): FunctionsReport['objects'] {
  const objects: FunctionsReport['objects'] = {}
  for (const line of output.split('\n')) {
    const match = LINE.exec(line.trim())
    if (!match) continue
    const entry = (objects[match[1]] ??= { changed: [], new: [] })
    const list = match[2] === 'changed' ? entry.changed : entry.new
    if (!list.includes(match[3])) list.push(match[3])
  }
  return objects
}

/** The changed functions as people read them: `object.o: function`, in the report's order. */
export function changedFunctions(report: Pick<FunctionsReport, 'objects'>): string[] {
  return Object.entries(report.objects).flatMap(([object, entry]) =>
    entry.changed.map(f => `${object}: ${f}`)
  )
}

export function parseFunctionsJson(text: string, source: string): FunctionsReport {
  try {
    const value = JSON.parse(text) as FunctionsReport
    if (typeof value !== 'object' || value === null || typeof value.objects !== 'object')
      throw new Error('no "objects" map')
    return value
  } catch (error) {
    throw new LivepatchError(
      `${source}: not a functions.json written by livepatch build (${(error as Error).message})`
    )
  }
}

export interface MissingFunction {
  object: string
  function: string
}

/** Functions the previous release patched that the new module does not patch. */
export function missingFunctions(
  previous: FunctionsReport,
  next: FunctionsReport
): MissingFunction[] {
  const patched = new Set<string>()
  for (const [object, entry] of Object.entries(next.objects))
    for (const f of entry.changed) patched.add(`${object}\0${f}`)
  const missing: MissingFunction[] = []
  for (const [object, entry] of Object.entries(previous.objects)) {
    for (const f of entry.changed)
      if (!patched.has(`${object}\0${f}`)) missing.push({ object, function: f })
  }
  return missing
}

export class FunctionGateError extends LivepatchError {
  constructor(
    readonly missing: MissingFunction[],
    previous: string
  ) {
    super(
      `the new module no longer patches ${missing.map(m => `${m.function} (${m.object})`).join(', ')}, which ${previous} patched: in replace mode those functions would silently revert to the unpatched code. Keep their changes in the new patch.`,
      'fail'
    )
  }
}
