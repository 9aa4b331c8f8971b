// What a command in src/app/ may ask of the door that runs it. The action door backs these with
// @actions/core (log lines, annotations, groups, masking); the CLI door with stderr. Nothing in
// src/app/ imports @actions/*.

/** Where a message points: a file and line, for an annotation. */
export interface Where {
  title?: string
  file?: string
  line?: number
}

export interface Reporter {
  /** A progress or log line. */
  info(text: string): void
  /** Something the user should read; the command goes on. */
  warning(text: string, where?: Where): void
  /** A problem that is part of the result (the command still returns it). */
  error(text: string, where?: Where): void
  /** A folded section of the log (the CLI prints the title as a heading). */
  group<T>(title: string, run: () => Promise<T>): Promise<T>
  /** A block of text the user needs when something failed (a build log's tail): never quiet. */
  detail(title: string, text: string): void
  /** Register a value that must never be printed (a token read from a cloud, a passphrase). */
  mask(value: string): void
}

/** A reporter that prints nothing: for tests and for `--json`-quiet paths. */
export const SILENT: Reporter = {
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_title, run) => run(),
  detail: () => undefined,
  mask: () => undefined
}
