// The builder's environment, allow-listed. kpatch-build, `make` and every script of the kernel
// tree (a tree that may come from a cache, a patch that may be hostile) run with only what a
// kernel build reads: no INPUT_* (the action's inputs, github-token among them), no ACTIONS_*
// runtime or OIDC request tokens, no cloud credentials — nothing the job happens to hold.

/** Names passed through as they are (when set). */
export const BUILDER_ENV_NAMES: readonly string[] = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TERM',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TMPDIR',
  'TZ',
  // Reproducible-build inputs the image's build may have set (init/version.o, the vermagic).
  'SOURCE_DATE_EPOCH',
  'KBUILD_BUILD_TIMESTAMP',
  'KBUILD_BUILD_USER',
  'KBUILD_BUILD_HOST',
  'KBUILD_BUILD_VERSION',
  // kpatch-build's own knobs.
  'CACHEDIR',
  'KPATCH_GCC_DEBUG'
]

/**
 * The environment a builder runs with: the allow-listed names from `from`, then `extra`
 * (values we set ourselves, e.g. CACHEDIR or KCFLAGS). Anything else is dropped.
 */
export function builderEnv(
  from: NodeJS.ProcessEnv,
  extra: Record<string, string> = {}
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of BUILDER_ENV_NAMES) {
    const value = from[name]
    if (value !== undefined) env[name] = value
  }
  return { ...env, ...extra }
}
