// Progress of a kernel build: kbuild's `CC` lines (one per object compiled from C) against the
// object count of the configured tree, reported at a bounded rate — at most one line per 5 %
// step and never twice within `minIntervalMs` — so a person watching an hour-long log knows
// how far it is without the log growing by more than about twenty lines.

/** `  CC      kernel/fork.o` or `  CC [M]  drivers/x.o` (not the modpost `.mod.o` stubs). */
const CC_LINE = /^\s+CC(?: \[M\])?\s+(\S+\.o)$/
/** The same line as `make -n` prints it: `echo '  CC      kernel/fork.o';`. */
const ECHOED_CC = /echo '(\s+CC(?: \[M\])?\s+\S+\.o)'/

export function ccObject(line: string): string | undefined {
  const match = CC_LINE.exec(line)
  if (!match || match[1].endsWith('.mod.o')) return undefined
  return match[1]
}

export interface ProgressOptions {
  now?: () => number
  minIntervalMs?: number
  stepPercent?: number
}

export class ProgressCounter {
  done = 0
  private lastReported = -1
  private lastAt = -Infinity
  private readonly now: () => number
  private readonly minIntervalMs: number
  private readonly step: number

  constructor(
    readonly total: number | undefined,
    options: ProgressOptions = {}
  ) {
    this.now = options.now ?? Date.now
    this.minIntervalMs = options.minIntervalMs ?? 30_000
    this.step = options.stepPercent ?? 5
  }

  /** Count a build output line; returns a progress message when one is due. */
  count(line: string): string | undefined {
    if (!ccObject(line)) return undefined
    this.done++
    if (!this.total) return undefined
    // The total is kbuild's dry-run estimate: never claim 100 % before make has finished.
    const percent = Math.min(99, Math.floor((this.done * 100) / this.total))
    const stepReached = Math.floor(percent / this.step) * this.step
    if (stepReached <= this.lastReported) return undefined
    const at = this.now()
    if (at - this.lastAt < this.minIntervalMs) return undefined
    this.lastReported = stepReached
    this.lastAt = at
    return `compiled ${this.done}/${this.total} objects (${percent}%)`
  }

  /** Count a `make -n` line (the CC echo is part of the printed recipe). */
  countEchoed(line: string): void {
    for (const match of line.matchAll(new RegExp(ECHOED_CC, 'g'))) {
      if (ccObject(match[1])) this.done++
    }
  }
}
