// @actions/cache keys for the build: each changes exactly when what it holds would change.
// Keys stay under 512 characters and contain no commas. No separate compiler cache: the pristine
// entry already holds every object of the built tree, and a ccache of the same objects would
// double the storage against the 10 GB per-repository limit for no gain. No entry for kpatch's
// tools: nothing restored from a cache is executed as a tool (kpatch-tools.ts builds them from
// the pinned commit every run). v2: the pristine tree is built with kpatch-build's variables; its key names the source's
// identity (git URL or tarball sha256).
import { createHash } from 'node:crypto'

export interface CacheInputs {
  kernelVersion: string
  /** The kernel config's text. */
  config: string
  /** The compiler's identity text (CONFIG_CC_VERSION_TEXT of the target, or gcc --version). */
  gccText: string
  kpatchRef: string
  /** Where the source comes from: its git URL, or `tarball-<sha256>` of the tarball. */
  sourceUrl: string
}

export interface CacheKey {
  key: string
  restoreKeys: string[]
  /** What it holds, for the summary. */
  holds: string
}

export interface CacheKeys {
  source: CacheKey
  pristine: CacheKey
}

const PREFIX = 'livepatch-v2'
const short = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)
const clean = (text: string): string => text.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 64)

export function cacheKeys(inputs: CacheInputs): CacheKeys {
  const version = clean(inputs.kernelVersion)
  const config = short(inputs.config)
  const gcc = short(inputs.gccText.trim())
  const kpatch = clean(inputs.kpatchRef)
  return {
    source: {
      key: `${PREFIX}-source-${version}-${short(inputs.sourceUrl)}`,
      restoreKeys: [],
      holds: `pristine linux ${inputs.kernelVersion} source from ${inputs.sourceUrl}`
    },
    pristine: {
      // The source's identity too: a fork or another tarball of the same version is another tree.
      key: `${PREFIX}-pristine-${version}-${short(inputs.sourceUrl)}-${config}-${gcc}-${kpatch}`,
      restoreKeys: [],
      // kpatch's ref: its KCFLAGS and tool paths are part of every object's command line.
      holds: "the pristine tree built with kpatch-build's make variables, its vmlinux and config"
    }
  }
}
