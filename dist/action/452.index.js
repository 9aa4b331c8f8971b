export const id = 452;
export const ids = [452,229];
export const modules = {

/***/ 33452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuildCommand: () => (/* binding */ runBuildCommand)
});

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 84 modules
var artifact = __webpack_require__(77935);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/build/cache-keys.ts
// @actions/cache keys for the build: each changes exactly when what it holds would change.
// Keys stay under 512 characters and contain no commas. No separate compiler cache: the pristine
// entry already holds every object of the built tree, and a ccache of the same objects would
// double the storage against the 10 GB per-repository limit for no gain. No entry for kpatch's
// tools: nothing restored from a cache is executed as a tool (kpatch-tools.ts builds them from
// the pinned commit every run). v2: the pristine tree is built with kpatch-build's variables; its key names the source's
// identity (git URL or tarball sha256).

const PREFIX = 'livepatch-v2';
const cache_keys_short = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
const clean = (text) => text.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 64);
function cacheKeys(inputs) {
    const version = clean(inputs.kernelVersion);
    const config = cache_keys_short(inputs.config);
    const gcc = cache_keys_short(inputs.gccText.trim());
    const kpatch = clean(inputs.kpatchRef);
    return {
        source: {
            key: `${PREFIX}-source-${version}-${cache_keys_short(inputs.sourceUrl)}`,
            restoreKeys: [],
            holds: `pristine linux ${inputs.kernelVersion} source from ${inputs.sourceUrl}`
        },
        pristine: {
            // The source's identity too: a fork or another tarball of the same version is another tree.
            key: `${PREFIX}-pristine-${version}-${cache_keys_short(inputs.sourceUrl)}-${config}-${gcc}-${kpatch}`,
            restoreKeys: [],
            // kpatch's ref: its KCFLAGS and tool paths are part of every object's command line.
            holds: "the pristine tree built with kpatch-build's make variables, its vmlinux and config"
        }
    };
}

;// CONCATENATED MODULE: ./src/build/env.ts
// The builder's environment, allow-listed. kpatch-build, `make` and every script of the kernel
// tree (a tree that may come from a cache, a patch that may be hostile) run with only what a
// kernel build reads: no INPUT_* (the action's inputs, github-token among them), no ACTIONS_*
// runtime or OIDC request tokens, no cloud credentials — nothing the job happens to hold.
/** Names passed through as they are (when set). */
const BUILDER_ENV_NAMES = [
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
];
/**
 * The environment a builder runs with: the allow-listed names from `from`, then `extra`
 * (values we set ourselves, e.g. CACHEDIR or KCFLAGS). Anything else is dropped.
 */
function builderEnv(from, extra = {}) {
    const env = {};
    for (const name of BUILDER_ENV_NAMES) {
        const value = from[name];
        if (value !== undefined)
            env[name] = value;
    }
    return { ...env, ...extra };
}

// EXTERNAL MODULE: ./src/build/functions.ts
var build_functions = __webpack_require__(98229);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/build/run.ts
// Run a build tool, streaming its stdout and stderr line by line (node:readline per stream, so a
// partial line of one stream is never spliced into the other's) and keeping a bounded tail.



/** Run a command; resolves with its exit code and the tail of its output. */
function runStreaming(command, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            env: options.env,
            cwd: options.cwd,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const keep = options.tail ?? 200_000;
        let output = '';
        const onLine = (line) => {
            output = (output + line + '\n').slice(-keep);
            options.line?.(line);
        };
        let open = 2;
        let code;
        const finish = () => {
            if (open === 0 && code !== undefined)
                resolve({ code, output });
        };
        for (const stream of [child.stdout, child.stderr]) {
            const lines = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity });
            lines.on('line', onLine);
            lines.on('close', () => {
                open--;
                finish();
            });
        }
        child.on('error', error => reject(new errors/* LivepatchError */.bi(`cannot run ${command}: ${error.message}${options.hint ? ` (${options.hint})` : ''}`)));
        child.on('close', exit => {
            code = exit ?? 1;
            finish();
        });
    });
}

;// CONCATENATED MODULE: ./src/build/gcc.ts
// The compiler that will build: the first line of the local `gcc --version` (what kpatch-build's
// compiler check and the preflight compare with the config's CONFIG_CC_VERSION_TEXT).

/** First line of `gcc --version` on PATH, or undefined when there is no gcc (or it fails). */
async function localGccVersion(env) {
    let first;
    try {
        const { code } = await runStreaming('gcc', ['--version'], {
            env,
            line: line => (first ??= line)
        });
        return code === 0 ? first : undefined;
    }
    catch {
        return undefined; // not installed
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(59148);
// EXTERNAL MODULE: ./src/patches/history.ts
var patches_history = __webpack_require__(42530);
// EXTERNAL MODULE: ./src/sign/elf.ts
var elf = __webpack_require__(90116);
;// CONCATENATED MODULE: ./src/build/kpatch-build.ts
// The builder: the guide's `kpatch-build -s SRC -c CONFIG -v VMLINUX -j N -n NAME -o OUT PATCH`
// behind a small interface (upstream klp-build replaces kpatch-build from Linux 6.19; a builder
// for it fits the same shape). Streams kpatch-build's stages, collects changed functions,
// explains known failures, and checks the module it wrote.













/** kpatch-build's stage headings, in order. */
const STAGES = [
    'Building original source',
    'Building patched source',
    'Extracting new and modified ELF sections',
    'Building patch module'
];
class BuildError extends errors/* LivepatchError */.bi {
    logTail;
    advice;
    logFile;
    constructor(message, logTail, advice, logFile) {
        super(message);
        this.logTail = logTail;
        this.advice = advice;
        this.logFile = logFile;
    }
}
/** Known kpatch-build failures → what to do. */
const ADVICE = [
    [
        /gcc\/kernel version mismatch/,
        "Compiler mismatch: install gcc-12 at the exact revision in the kernel config's CONFIG_CC_VERSION_TEXT and make it the default (update-alternatives); run `livepatch preflight` to see the revision."
    ],
    [
        /Unsupported changes detected|changed section .* not selected for inclusion|data section .* selected for inclusion|unsupported (section|data) change|reference to static local variable/,
        'Unsupported section or data change: a livepatch may change code, not data structures or initialised data. See the kpatch patch-author guide, "Data structure changes" and "Data semantic changes" (shadow variables, callbacks).'
    ],
    [
        /no changed objects found/,
        'No changed objects: the patch changes nothing that is compiled into this kernel (a file the config leaves out, or a comment-only change).'
    ],
    [
        /undefined reference|undefined!/,
        'Undefined symbols: the patched code calls a function or uses a symbol the module cannot link against (static in another object, or not exported). See the patch-author guide on calls to static functions.'
    ],
    [
        /Kernel version mismatch|vermagic|version magic/,
        "Kernel version mismatch: the tree, vmlinux and --kernel-release must all be the VM's exact kernel release (uname -r)."
    ],
    [
        /patch file failed to apply|failed to apply/,
        'The patch does not apply to the pristine source: it must be a diff against the unmodified v6.15.2 tree (made with `git diff` there), cumulative, not on top of the previous patch.'
    ],
    [
        /can't find special struct/,
        'kpatch-build could not read a special section layout from the kernel: the kpatch version may not support this kernel; pin a newer kpatch ref.'
    ],
    [
        /No space left on device/,
        'The runner ran out of disk: a kernel build with debug info needs about 15 GB; free space first.'
    ]
];
function adviceFor(log) {
    return ADVICE.filter(([pattern]) => pattern.test(log)).map(([, advice]) => advice);
}
/** `make -s kernelversion` of the source tree (null when make cannot tell). */
function makeKernelVersion(source, env) {
    return new Promise(resolve => {
        const child = (0,external_node_child_process_.spawn)('make', ['-s', '--no-print-directory', '-C', source, 'kernelversion'], {
            env,
            stdio: ['ignore', 'pipe', 'ignore']
        });
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk.toString()));
        child.on('error', () => resolve(null));
        child.on('close', code => resolve(code === 0 && out.trim() ? out.trim() : null));
    });
}
async function sha256File(path) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(await (0,promises_.readFile)(path))
        .digest('hex');
}
/** Set the tree's local version so `make kernelrelease` (and so the module's vermagic) is exactly R. */
async function setLocalVersion(source, kernelRelease, kernelVersion) {
    if (!kernelRelease.startsWith(kernelVersion)) {
        throw new errors/* LivepatchError */.bi(`kernel release ${kernelRelease} does not start with the tree's version ${kernelVersion}: is this the right source tree?`);
    }
    const suffix = kernelRelease.slice(kernelVersion.length);
    const file = (0,external_node_path_.join)(source, 'localversion-livepatch');
    if (suffix)
        await (0,promises_.writeFile)(file, `${suffix}\n`);
    else
        await (0,promises_.rm)(file, { force: true });
}
async function run(command, args, env, events, stages) {
    let current;
    const closeStage = () => {
        if (current)
            stages.push({ name: current.name, seconds: (Date.now() - current.start) / 1000 });
        current = undefined;
    };
    try {
        return await runStreaming(command, args, {
            env,
            tail: Infinity,
            hint: 'is kpatch installed? the build job builds it at the pinned kpatch-ref',
            line: line => {
                const stage = STAGES.find(s => line.startsWith(s));
                if (stage) {
                    closeStage();
                    current = { name: stage, start: Date.now() };
                    events.stage?.(stage);
                }
                events.line?.(line);
            }
        });
    }
    finally {
        closeStage();
    }
}
const kpatchBuilder = {
    name: 'kpatch-build',
    async build(request, events = {}) {
        for (const [what, path] of [
            ['source tree', request.source],
            ['config', request.config],
            ['vmlinux', request.vmlinux],
            ['patch', request.patch]
        ]) {
            if (!(0,external_node_fs_.existsSync)(path))
                throw new errors/* LivepatchError */.bi(`${what} ${path} does not exist`);
        }
        if (request.vmlinuxSha256) {
            const actual = await sha256File(request.vmlinux);
            if (actual !== request.vmlinuxSha256) {
                throw new errors/* LivepatchError */.bi(`pristine vmlinux ${request.vmlinux} has sha256 ${actual}, expected ${request.vmlinuxSha256}: it was overwritten; rebuild the pristine kernel`);
            }
        }
        await (0,promises_.mkdir)(request.output, { recursive: true }); // kpatch-build needs -o to exist
        // -n is used as given (kpatch-build only replaces [^A-Za-z0-9_-] and cuts to 55); the default
        // is kpatch-build's own: livepatch- + the patch file's name.
        const name = request.name
            ? request.name.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 55)
            : (0,patches_history/* moduleNameFor */.lo)(request.patch);
        const kernelVersion = await makeKernelVersion(request.source, request.env ?? builderEnv(process.env));
        if (kernelVersion)
            await setLocalVersion(request.source, request.kernelRelease, kernelVersion);
        const cacheDir = request.cacheDir ?? process.env.CACHEDIR ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.kpatch');
        const args = [
            '-s',
            request.source,
            '-c',
            request.config,
            '-v',
            request.vmlinux,
            '-j',
            String(request.jobs),
            '-n',
            name,
            '-o',
            request.output
        ];
        if (request.skipCompilerCheck)
            args.push('--skip-compiler-check');
        for (const target of request.targets ?? [])
            args.push('-t', target);
        args.push(request.patch);
        const stages = [];
        const { code, output } = await run(request.command ?? 'kpatch-build', args, { ...(request.env ?? builderEnv(process.env)), CACHEDIR: cacheDir }, events, stages);
        if (code !== 0) {
            const logFile = (0,external_node_path_.join)(cacheDir, 'build.log');
            const log = (0,external_node_fs_.existsSync)(logFile) ? await (0,promises_.readFile)(logFile, 'utf8') : '';
            const tail = (log || output).trimEnd().split('\n').slice(-60).join('\n');
            const advice = adviceFor(`${output}\n${log}`);
            throw new BuildError(`kpatch-build failed (exit ${code})`, tail, advice, (0,external_node_fs_.existsSync)(logFile) ? logFile : undefined);
        }
        const module = (0,external_node_path_.join)(request.output, `${name}.ko`);
        if (!(0,external_node_fs_.existsSync)(module))
            throw new errors/* LivepatchError */.bi(`kpatch-build succeeded but ${module} is missing`);
        const bytes = await (0,promises_.readFile)(module);
        const info = (0,elf/* readModinfo */.TK)(bytes, module);
        if (info.get('livepatch')?.[0] !== 'Y')
            throw new errors/* LivepatchError */.bi(`${module} is not a livepatch module (.modinfo livepatch=Y missing)`);
        const vermagic = info.get('vermagic')?.[0] ?? '';
        if (vermagic.split(' ')[0] !== request.kernelRelease) {
            throw new errors/* LivepatchError */.bi(`${module} has vermagic "${vermagic}", not for ${request.kernelRelease}: the VMs would refuse it`);
        }
        const functions = {
            module: name,
            kernelRelease: request.kernelRelease,
            objects: (0,build_functions/* parseFunctionLines */.PM)(output)
        };
        const functionsFile = (0,external_node_path_.join)(request.output, 'functions.json');
        await (0,files.writeFileAtomic)(functionsFile, JSON.stringify(functions, null, 2) + '\n');
        return {
            module,
            moduleName: name,
            vermagic,
            size: bytes.length,
            sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
            functions,
            functionsFile,
            stages
        };
    }
};

;// CONCATENATED MODULE: ./src/build/kpatch-tools.ts
// kpatch's tools, built from source at a pinned commit on every run — never restored from a
// cache: a cache entry can be written by any workflow run on the default branch, and what it
// holds would run with the build job's rights. Building them takes about a minute.
//
// The default pin, and why: Linux renamed .data.once/.data.unlikely to .data..once/.data..unlikely
// (kernel dbefa1f31a91, bb43a59944f4; already in 6.12.y, so in 6.15), and kpatch's
// create-diff-object handles the new names from 835d9d1 and 1d3ffc3, first released in v0.9.11
// (03d91d3, 2025-10-27), with the sframe skip (197c679) and the __patchable_function_entries
// fixes (9ea87f8, 95d93a3). v0.9.10 (January 2025) predates all of them: it is the first
// release that can build 6.15 on x86-64. kpatch has no 6.15 integration tests; its first
// integration tests for a kernel at or after 6.15 are linux-6.17.0, merged in e0eb6d5
// (2026-03-20), which also carries the later x86 fixes (__trace_check symbols 48efb30,
// .L__const c151be7). We pin that merge: it is the newest tested tree (the only later
// commits move the project to maintenance mode in the README).





const DEFAULT_KPATCH_REPOSITORY = 'https://github.com/dynup/kpatch';
/** kpatch master at the linux-6.17.0 integration tests merge (after v0.9.11); see above. */
const DEFAULT_KPATCH_REF = 'e0eb6d5886fbe413ff21f975ce9376c055e647e3';
const FULL_COMMIT = /^[0-9a-f]{40}$/;
async function git(args, request, what) {
    const { code, output } = await runStreaming('git', args, {
        env: request.env,
        line: request.line
    });
    if (code !== 0)
        throw new errors/* LivepatchError */.bi(`kpatch: ${what} failed (git exit ${code}); check kpatch-repository and kpatch-ref:\n${output.trimEnd().split('\n').slice(-10).join('\n')}`);
    return output;
}
/** Fetch kpatch at `ref` into an emptied `dir`, check the commit, build kpatch-build. */
async function buildKpatchTools(request) {
    const { dir, ref } = request;
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/.test(ref) || ref.includes('..'))
        throw new errors/* LivepatchError */.bi(`kpatch-ref "${ref}" is not a commit, tag or branch name (letters, digits, . _ / -)`);
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    await git(['init', '-q', dir], request, 'git init');
    await git(['-C', dir, 'fetch', '-q', '--depth', '1', request.repository, ref], request, `fetching ${ref} from the kpatch repository`);
    await git(['-C', dir, 'checkout', '-q', '--detach', 'FETCH_HEAD'], request, 'checkout');
    const commit = (await git(['-C', dir, 'rev-parse', 'HEAD'], request, 'rev-parse')).trim();
    if (FULL_COMMIT.test(ref) && commit !== ref)
        throw new errors/* LivepatchError */.bi(`kpatch repository gave commit ${commit} for the pinned kpatch-ref ${ref}: refusing it`);
    const built = await runStreaming('make', ['-C', (0,external_node_path_.join)(dir, 'kpatch-build'), `-j${request.jobs}`], {
        env: request.env,
        line: request.line
    });
    if (built.code !== 0)
        throw new errors/* LivepatchError */.bi(`building kpatch-build at ${commit} failed (make exit ${built.code}): it needs gcc, make and libelf-dev:\n${built.output.trimEnd().split('\n').slice(-20).join('\n')}`);
    const kpatchBuild = (0,external_node_path_.join)(dir, 'kpatch-build', 'kpatch-build');
    if (!(0,external_node_fs_.existsSync)(kpatchBuild))
        throw new errors/* LivepatchError */.bi(`kpatch at ${commit} has no kpatch-build/kpatch-build`);
    return { dir, commit, kpatchBuild };
}

;// CONCATENATED MODULE: ./src/build/progress.ts
// Progress of a kernel build: kbuild's `CC` lines (one per object compiled from C) against the
// object count of the configured tree, reported at a bounded rate — at most one line per 5 %
// step and never twice within `minIntervalMs` — so a person watching an hour-long log knows
// how far it is without the log growing by more than about twenty lines.
/** `  CC      kernel/fork.o` or `  CC [M]  drivers/x.o` (not the modpost `.mod.o` stubs). */
const CC_LINE = /^\s+CC(?: \[M\])?\s+(\S+\.o)$/;
/** The same line as `make -n` prints it: `echo '  CC      kernel/fork.o';`. */
const ECHOED_CC = /echo '(\s+CC(?: \[M\])?\s+\S+\.o)'/;
function ccObject(line) {
    const match = CC_LINE.exec(line);
    if (!match || match[1].endsWith('.mod.o'))
        return undefined;
    return match[1];
}
class ProgressCounter {
    total;
    done = 0;
    lastReported = -1;
    lastAt = -Infinity;
    now;
    minIntervalMs;
    step;
    constructor(total, options = {}) {
        this.total = total;
        this.now = options.now ?? Date.now;
        this.minIntervalMs = options.minIntervalMs ?? 30_000;
        this.step = options.stepPercent ?? 5;
    }
    /** Count a build output line; returns a progress message when one is due. */
    count(line) {
        if (!ccObject(line))
            return undefined;
        this.done++;
        if (!this.total)
            return undefined;
        // The total is kbuild's dry-run estimate: never claim 100 % before make has finished.
        const percent = Math.min(99, Math.floor((this.done * 100) / this.total));
        const stepReached = Math.floor(percent / this.step) * this.step;
        if (stepReached <= this.lastReported)
            return undefined;
        const at = this.now();
        if (at - this.lastAt < this.minIntervalMs)
            return undefined;
        this.lastReported = stepReached;
        this.lastAt = at;
        return `compiled ${this.done}/${this.total} objects (${percent}%)`;
    }
    /** Count a `make -n` line (the CC echo is part of the printed recipe). */
    countEchoed(line) {
        for (const match of line.matchAll(new RegExp(ECHOED_CC, 'g'))) {
            if (ccObject(match[1]))
                this.done++;
        }
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/patches/unified-diff.ts + 1 modules
var unified_diff = __webpack_require__(55435);
;// CONCATENATED MODULE: ./src/build/targets.ts
// What kpatch-build's two builds make. Without -t it makes `vmlinux modules` for "Building
// original source" and again for "Building patched source". On a tree already built with its
// variables, only the objects the patch reaches compile, but each pass still relinks vmlinux
// (vmlinux.o, modpost, three links for kallsyms): about 15 s a pass on the test tree, 4½ min on
// the image's config. kpatch-build diffs objects, not vmlinux: it reads the parent's symbols from
// -v (kpatch-build: KOBJFILE_PATH="$VMLINUX"), so for a patch that reaches only objects linked
// into vmlinux, those objects as -t targets give the same module (byte for byte, measured) in
// seconds. kbuild itself says what a patch reaches: every target's `.cmd` file records its
// inputs (`source_T :=` and fixdep's `deps_T :=`), and `vmlinux.a` lists every object vmlinux
// links. Anything else keeps kpatch-build's own targets: an input of a module (kpatch-build reads
// the relinked .ko), of a generated header (asm-offsets), a linker script, the vdso or a host
// tool; a file a generator's command names; a new or removed file; a file no target records (not
// in this config, or not C/asm); an EXPORT_SYMBOL change; headers under CONFIG_IKHEADERS. After
// an object-only build, what only kpatch-build's own builds check (its vmlinux link and modpost)
// is checked here, and a doubt builds again with its own targets (buildWithTargets). The records
// are only true when the objects are their sources' own: prepare.ts brings a warm tree back first
// (pristine.ts refreshObjects).








/**
 * More targets than this and kpatch-build's own are used: each -t is one argument of its make
 * command line, and a change that reaches this many objects (a widely included header) compiles
 * long enough that the relink no longer matters.
 */
const MAX_TARGETS = 1000;
const SOURCE_FILE = /\.(c|h|S)$/;
/** Generator inputs no `.cmd` names (made with `$(call cmd,…)`, not if_changed). */
const UNRECORDED_INPUTS = ['include/linux/oid_registry.h'];
const SAFE_TARGET = /^[A-Za-z0-9_][A-Za-z0-9_.+/-]*\.o$/;
/** Parse a kbuild `.cmd` file (savedcmd_/source_/deps_ variables, fixdep's format). */
function parseCmdFile(text) {
    let target;
    let command = '';
    const inputs = [];
    const symvers = new Map();
    let inDeps = false;
    for (const line of text.split('\n')) {
        if (inDeps) {
            const entry = line.trim().replace(/\s*\\$/, '');
            if (entry && !entry.startsWith('$(wildcard'))
                inputs.push(entry);
            if (!line.endsWith('\\'))
                inDeps = false;
            continue;
        }
        const variable = /^(savedcmd|cmd|source|deps)_(\S+) := ?(.*)$/.exec(line);
        if (variable) {
            const [, kind, name, value] = variable;
            target ??= name;
            if (kind === 'savedcmd' || kind === 'cmd')
                command = value;
            if (kind === 'source' && value.trim())
                inputs.push(value.trim());
            if (kind === 'deps') {
                const first = value.replace(/\s*\\$/, '').trim();
                if (first)
                    inputs.push(first);
                inDeps = value.endsWith('\\');
            }
            continue;
        }
        const symver = /^#SYMVER (\S+) (0x[0-9a-fA-F]+)$/.exec(line);
        if (symver)
            symvers.set(symver[1], symver[2].toLowerCase());
    }
    return target === undefined ? undefined : { target, command, inputs, symvers };
}
/** An input as a path inside the tree (`fs/proc/../proc/x.h` → `fs/proc/x.h`); outside: undefined. */
function treePath(input, tree) {
    let path = input;
    if (path.startsWith('$(srctree)/'))
        path = path.slice('$(srctree)/'.length);
    else if ((0,external_node_path_.isAbsolute)(path)) {
        const prefix = tree.endsWith('/') ? tree : `${tree}/`;
        if (!path.startsWith(prefix))
            return undefined;
        path = path.slice(prefix.length);
    }
    path = external_node_path_.posix.normalize(path);
    return path === '..' || path.startsWith('../') || (0,external_node_path_.isAbsolute)(path) ? undefined : path;
}
/** Every `.<name>.cmd` file of the tree (kbuild writes one per target), `.git` left out. */
async function cmdFiles(tree) {
    const found = [];
    const walk = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        const below = [];
        for (const entry of entries) {
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    below.push(walk((0,external_node_path_.join)(dir, entry.name)));
            }
            else if (entry.isFile() && /^\..+\.cmd$/.test(entry.name)) {
                found.push((0,external_node_path_.join)(dir, entry.name));
            }
        }
        await Promise.all(below);
    };
    await walk(tree);
    return found.sort();
}
/** The objects vmlinux links: the members of kbuild's thin archive `vmlinux.a` (Linux 6.1+). */
async function vmlinuxObjects(tree, env) {
    try {
        const { stdout } = await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('ar', ['t', 'vmlinux.a'], {
            cwd: tree,
            env,
            maxBuffer: 64 * 1024 * 1024
        });
        return new Set(stdout
            .split('\n')
            .map(l => treePath(l.trim(), tree))
            .filter((p) => !!p));
    }
    catch {
        return undefined;
    }
}
/** Read `files` a few at a time; of those naming a touched file's base name, what they reach. */
async function readReaches(files, tree, touched) {
    const names = [...new Set([...touched].map(path => (0,external_node_path_.basename)(path)))];
    const reaches = [];
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const text = await (0,promises_.readFile)(files[next++], 'utf8');
            // A file that names no touched file's base name records none of them: not parsed.
            if (!names.some(name => text.includes(name)))
                continue;
            const record = parseCmdFile(text);
            if (!record)
                continue;
            const inputs = record.inputs
                .map(input => treePath(input, tree))
                .filter((path) => path !== undefined && touched.has(path));
            // A generator's input appears in its command, not always in deps (mkcapflags, orc_hash).
            const words = record.command.split(/[\s<>'"=;|()]+/);
            const named = [...touched].filter(path => words.some(word => word && treePath(word, tree) === path));
            if (inputs.length || named.length)
                reaches.push({ target: treePath(record.target, tree) ?? record.target, inputs, named });
        }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    return reaches;
}
/**
 * The targets kpatch-build's builds need for this patch in this built tree: the objects the patch
 * reaches when all of them are linked into vmlinux, else kpatch-build's own (with the reason).
 */
async function chooseTargets(tree, files, env) {
    const own = (reason) => ({ targets: [], reason });
    if (files.length === 0)
        return own('the patch touches no file');
    for (const file of files) {
        if (file.created || file.deleted)
            return own(`${file.path} is ${file.created ? 'new' : 'removed'}: kbuild has no record of it`);
        if (!SOURCE_FILE.test(file.path) || treePath(file.path, tree) !== file.path)
            return own(`${file.path} is not a C or assembler source or header kbuild records`);
    }
    const linked = await vmlinuxObjects(tree, env);
    if (!linked || linked.size === 0)
        return own('the tree has no vmlinux.a to say which objects vmlinux links');
    const touched = new Set(files.map(f => f.path));
    let reaches;
    try {
        reaches = await readReaches(await cmdFiles(tree), tree, touched);
    }
    catch (error) {
        return own(`kbuild's records cannot be read (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    const reached = new Map();
    for (const reach of reaches) {
        for (const path of reach.named) {
            if (!linked.has(reach.target))
                return own(`${path} is named in the command that makes ${(0,errors/* quoted */.TL)(reach.target)}`);
        }
        // An object of vmlinux whose command names the file (an assembler .incbin input) is reached.
        for (const path of new Set([...reach.inputs, ...reach.named])) {
            const targets = reached.get(path) ?? new Set();
            targets.add(reach.target);
            reached.set(path, targets);
        }
    }
    const objects = new Set();
    for (const path of [...touched].sort()) {
        const targets = reached.get(path);
        if (!targets)
            return own(`${path} is an input of no target kbuild built here (not in this config?)`);
        for (const target of [...targets].sort()) {
            if (!linked.has(target))
                return own(`${path} is also an input of ${(0,errors/* quoted */.TL)(target)}, which vmlinux does not link (a module, generated header, linker script or tool)`);
            // Each target becomes a word of kpatch-build's unquoted `make … $TARGETS`.
            if (!SAFE_TARGET.test(target))
                return own(`${path} is an input of ${(0,errors/* quoted */.TL)(target)}, not a plain object path`);
            objects.add(target);
        }
    }
    if (objects.size > MAX_TARGETS)
        return own(`the patch reaches ${objects.size} objects (more than ${MAX_TARGETS})`);
    const targets = [...objects].sort();
    return {
        targets,
        reason: `the ${targets.length === 1 ? 'object' : `${targets.length} objects`} the patch reaches, all linked into vmlinux: neither build relinks vmlinux or modules`
    };
}
/** `Module.symvers`: symbol → CRC (`0xcrc<TAB>symbol<TAB>module<TAB>export…` lines). */
function parseModuleSymvers(text) {
    const crcs = new Map();
    for (const line of text.split('\n')) {
        const [crc, symbol] = line.split('\t');
        if (symbol && /^0x[0-9a-fA-F]+$/.test(crc))
            crcs.set(symbol, crc.toLowerCase());
    }
    return crcs;
}
/**
 * Exported symbols whose version (CRC) the patched objects changed, against the pristine
 * `Module.symvers`. With its own targets kpatch-build's patched build reruns modpost and refuses a
 * module that references such a symbol; with object targets nothing reruns modpost, so the caller
 * checks here (each target's `.cmd` holds the patched compile's `#SYMVER` lines afterwards).
 */
async function changedExportVersions(tree, targets, pristineSymvers) {
    const before = parseModuleSymvers(pristineSymvers);
    const changed = [];
    for (const target of targets) {
        for (const [symbol, crc] of (await targetRecord(tree, target))?.symvers ?? []) {
            const old = before.get(symbol);
            if (old !== undefined && old !== crc)
                changed.push(symbol);
        }
    }
    return changed.sort();
}
/** chooseTargets for a patch file, with the version baseline CONFIG_MODVERSIONS needs. */
async function planTargets(request) {
    if (/^CONFIG_MODVERSIONS=y$/m.test(request.configText) && request.pristineSymvers === undefined)
        return {
            targets: [],
            reason: "CONFIG_MODVERSIONS is set and there is no pristine Module.symvers to check the patched exports' versions against"
        };
    let files;
    try {
        files = (0,unified_diff/* parsePatch */.i)(request.patchFile, request.patchText).files;
    }
    catch (error) {
        return { targets: [], reason: `the patch cannot be read here (${(0,errors/* errorMessage */.gJ)(error)})` };
    }
    const own = (reason) => ({ targets: [], reason });
    // create-diff-object reads the tree's Module.symvers: kpatch-build's own patched build rewrites
    // it, object-only builds leave the pristine one; they agree unless the patch changes an export.
    const exporting = files.find(f => f.hunks.some(h => h.lines.some(l => l.kind !== 'context' && /\bEXPORT_SYMBOL/.test(l.text))));
    if (exporting)
        return own(`the patch adds or removes an EXPORT_SYMBOL in ${exporting.path}`);
    for (const file of files) {
        // Inputs of generators that keep no record of them (lib/Makefile's oid_registry_data.c).
        if (UNRECORDED_INPUTS.includes(file.path))
            return own(`${file.path} is an input of a generated file kbuild keeps no record of`);
        if (file.path.endsWith('.h') && /^CONFIG_IKHEADERS=[ym]$/m.test(request.configText))
            return own(`${file.path} is a header and CONFIG_IKHEADERS packs every header into the kernel`);
    }
    return chooseTargets(request.tree, files, request.env);
}
/**
 * Put the pristine Module.symvers back when a build with kpatch-build's own targets rewrote it
 * (its patched build's modpost): object-only builds compile the module against the tree's copy.
 */
async function restoreSymvers(tree, pristine) {
    const inTree = (0,external_node_path_.join)(tree, 'Module.symvers');
    const current = await (0,promises_.readFile)(inTree, 'utf8').catch(() => undefined);
    const kept = await (0,promises_.readFile)(pristine, 'utf8');
    if (current === kept)
        return false;
    await (0,files.writeFileAtomic)(inTree, kept);
    return true;
}
/** The targets for the log: at most 20 named (a header change can reach a thousand). */
function shownTargets(targets) {
    if (targets.length === 0)
        return 'its own (vmlinux modules)';
    return targets.length > 20
        ? `${targets.slice(0, 20).join(' ')} and ${targets.length - 20} more`
        : targets.join(' ');
}
/**
 * kpatch-build with the targets planTargets chooses (said in the log), and with its own targets
 * again when objectBuildDoubt finds what only its own builds check (a removed global, a changed
 * export or export version, a symbol nothing defines).
 */
async function buildWithTargets(request, options, events = {}) {
    const { log } = options;
    // Unreadable here: kpatch-build's own targets, and the builder names what is missing.
    const read = (path) => (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
    const symvers = options.pristineSymvers ? await read(options.pristineSymvers) : undefined;
    const [patchText, configText] = await Promise.all([read(request.patch), read(request.config)]);
    const plan = options.mode !== 'auto'
        ? { targets: [], reason: options.ownReason ?? 'kpatch-targets is default' }
        : patchText === undefined || configText === undefined
            ? { targets: [], reason: 'the patch or the config cannot be read' }
            : await planTargets({
                tree: request.source,
                patchFile: request.patch,
                patchText,
                configText,
                pristineSymvers: symvers,
                env: request.env ?? {}
            });
    log.info(`kpatch-build targets: ${shownTargets(plan.targets)} - ${plan.reason}`);
    if (plan.targets.length &&
        options.pristineSymvers &&
        (await restoreSymvers(request.source, options.pristineSymvers)))
        log.info("Module.symvers: the pristine build's copy put back (a previous build rewrote it)");
    // The original objects' definitions and exports, to compare the patched ones with.
    const before = plan.targets.length
        ? await objectSymbols(request.source, plan.targets, request.env ?? {}).catch(() => undefined)
        : undefined;
    const result = await kpatchBuilder.build({ ...request, targets: plan.targets }, events);
    if (!plan.targets.length)
        return result;
    const again = await objectBuildDoubt(request, plan.targets, result.module, symvers, before);
    if (!again)
        return result;
    log.warning(`${again}: building again with kpatch-build's own targets, whose checks need them`);
    // The first module must not stay behind if the second build refuses the patch.
    await Promise.all([(0,promises_.rm)(result.module, { force: true }), (0,promises_.rm)(result.functionsFile, { force: true })]);
    return kpatchBuilder.build({ ...request, targets: [] }, events);
}
/**
 * Why an object-only build's module may not be what kpatch-build's own targets would give (or
 * refuse), undefined when it is. Its own patched build links vmlinux (kpatch-cc adds
 * --warn-unresolved-symbols; kpatch-build dies on "Undefined symbols" the module does not define)
 * and reruns modpost (its modversions check refuses a module using an export whose CRC changed).
 */
async function objectBuildDoubt(request, targets, module, symvers, before) {
    const env = request.env ?? {};
    try {
        if (!before)
            return 'the original objects could not be read';
        // A removed global or a changed export: its own build links and reruns modpost over them.
        const after = await objectSymbols(request.source, targets, env);
        const gone = [...before.globals].filter(name => !after.globals.has(name));
        if (gone.length)
            return `the patch removes the global ${gone.slice(0, 10).join(', ')}`;
        const exports = [
            ...[...before.exports].filter(name => !after.exports.has(name)),
            ...[...after.exports].filter(name => !before.exports.has(name))
        ];
        if (exports.length)
            return `the patch changes which symbols are exported (${exports.slice(0, 10).join(', ')})`;
        const unresolved = await unresolvedSymbols(request.source, targets, [(0,external_node_path_.resolve)(request.vmlinux), (0,external_node_path_.resolve)(module)], env);
        if (unresolved.length)
            return `the patched objects use ${unresolved.slice(0, 10).join(', ')}, which neither vmlinux nor the module defines`;
        if (symvers !== undefined) {
            const changed = await changedExportVersions(request.source, targets, symvers);
            if (changed.length)
                return `the patch changes the version (CRC) of exported ${changed.join(', ')}`;
        }
    }
    catch (error) {
        return `the object-only build cannot be checked (${(0,errors/* errorMessage */.gJ)(error)})`;
    }
    return undefined;
}
/** nm's lines for `files` (run in `tree`): each symbol's type letter and name. */
async function nm(args, files, tree, env) {
    const { stdout } = await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('nm', [...args, '--', ...files], {
        cwd: tree,
        env,
        maxBuffer: 512 * 1024 * 1024
    });
    return [...stdout.matchAll(/^[0-9a-f]*\s+([A-Za-z]) (\S+)$/gm)].map(([, type, name]) => ({
        type,
        name
    }));
}
/** A target's own `.cmd` record (kbuild writes `dir/.name.cmd` for `dir/name`). */
async function targetRecord(tree, target) {
    const cmd = (0,external_node_path_.join)(tree, external_node_path_.posix.dirname(target), `.${external_node_path_.posix.basename(target)}.cmd`);
    return parseCmdFile(await (0,promises_.readFile)(cmd, 'utf8'));
}
/** What the target objects define and export, as they are in the tree now. */
async function objectSymbols(tree, targets, env) {
    const globals = new Set();
    const exports = new Set();
    for (const { type, name } of await nm(['--defined-only'], targets, tree, env)) {
        if (type >= 'A' && type <= 'Z')
            globals.add(name);
        const exported = /^__(?:export_symbol|ksymtab)_(.+)$/.exec(name);
        if (exported)
            exports.add(exported[1]);
    }
    for (const target of targets)
        for (const name of (await targetRecord(tree, target))?.symvers.keys() ?? [])
            exports.add(name);
    return { globals, exports };
}
/** Symbols the patched target objects use that no target, nor any of `definers`, defines. */
async function unresolvedSymbols(tree, targets, definers, env) {
    // U only: a weak undefined symbol (w) needs no definition.
    const used = (await nm(['-u'], targets, tree, env)).filter(s => s.type === 'U');
    if (used.length === 0)
        return [];
    const defined = new Set((await nm(['-g', '--defined-only'], [...targets, ...definers], tree, env)).map(s => s.name));
    return [...new Set(used.map(s => s.name))].filter(name => !defined.has(name)).sort();
}

;// CONCATENATED MODULE: ./src/build/pristine.ts
// The pristine kernel build: ONE full build of the tree, with exactly the make variables
// kpatch-build's "Building original source" step will use, so that step finds every object up to
// date (kbuild rebuilds an object when its command line changes, and only then).
//
// What kpatch-build's original build runs (kpatch-build/kpatch-build, read at the pinned commit):
//   export KCFLAGS="-I$DATADIR/patch -ffunction-sections -fdata-sections \
//                   $ARCH_KCFLAGS $DEBUG_KCFLAGS"       (ARCH_KCFLAGS is empty on x86-64;
//                                                       DEBUG_KCFLAGS="-gz=none" when the
//                                                       compiler check runs and gcc takes it)
//   make "CC=$TOOLSDIR/kpatch-cc gcc" "LD=$TOOLSDIR/kpatch-cc ld" -j$CPUS vmlinux modules
// with TOOLSDIR = kpatch-build/ and DATADIR = kmod/ of the kpatch checkout (readlink -f), run
// in the tree after copying -c CONFIG to .config. kpatch-cc execs the real tool unchanged
// while KPATCH_GCC_TEMPDIR is unset (it is, for the original build), so these objects are the
// ones kpatch-build would have built itself; KBUILD_MODPOST_WARN is set only for the patched build.
//
// Why the -v vmlinux from this build is safe (what kpatch-build reads from -v): the
// "Linux version" release string; the compiler's .comment (the compiler check); DWARF sizes of
// the special-section structs (find_special_section_data); and `readelf -s` for
// create-diff-object's lookup: which local symbols each STT_FILE group holds and each duplicated
// local name's sympos — the rank of its address among the symbols of that name, which is how the
// running kernel's kallsyms resolves it. The module carries names and sympos, never addresses or
// sizes. Measured on the test tree (`npm run bench build`, symbols.ts): against a plain `make`
// of the same tree, sympos is equal for all 13 891 local functions and objects; 199 sizes differ
// (+3 bytes: jumps are not relaxed across sections) and 131 zero-size locals exist only in the
// plain vmlinux — a patch referencing one fails to build (lookup finds no symbol), it cannot bind
// to the wrong one. A differing sympos would bind wrongly: that is what the bench checks. Where
// the image's published vmlinux exists, pass it as `vmlinux` and it is used for -v instead.









/** What kpatch-build (x86-64, gcc, GNU ld, native) passes to the original build's make. */
function kpatchOriginalMake(kpatchDir, options) {
    const tools = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(kpatchDir, 'kpatch-build'));
    const data = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(kpatchDir, 'kmod'));
    const archKcflags = '';
    const debugKcflags = options.gzNone ? '-gz=none' : '';
    return {
        vars: [`CC=${tools}/kpatch-cc gcc`, `LD=${tools}/kpatch-cc ld`],
        kcflags: `-I${data}/patch -ffunction-sections -fdata-sections \t\t${archKcflags} ${debugKcflags}`,
        targets: ['vmlinux', 'modules']
    };
}
/**
 * kpatch-build's own test for DEBUG_KCFLAGS: gcc compiles a file with -gz=none and says nothing.
 * It runs only when the compiler check runs (not with --skip-compiler-check).
 */
async function gccTakesGzNone(env) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'livepatch-gz-'));
    try {
        const c = (0,external_node_path_.join)(dir, 'test.c');
        (0,external_node_fs_.writeFileSync)(c, 'void main(void) {}\n');
        const { code, output } = await runStreaming('gcc', ['-c', '-gz=none', '-o', (0,external_node_path_.join)(dir, 'test.o'), c], {
            env
        });
        return code === 0 && output.trim() === '';
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/**
 * Count the objects a build of this configured tree will compile: kbuild's dry run
 * (`make -n -k`, which still descends into every directory) prints one `CC` line per object.
 * An estimate: objects behind files the real build generates (asn1 parsers) are missed.
 * With the build's jobs (the descents run in parallel; -Oline keeps each printed line whole):
 * over the built test tree with other make variables (every object out of date) 6.1 s at -j2
 * instead of 13.5 s at -j1, the same 746 objects; in the pristine build 4.5–5.5 s (bench).
 */
async function countObjects(source, make, jobs, env) {
    const counter = new ProgressCounter(undefined);
    const { code } = await runStreaming('make', ['-C', source, '-n', '-k', `-j${jobs}`, '-Oline', ...make.vars, ...make.targets], { env: { ...env, KCFLAGS: make.kcflags }, line: l => counter.countEchoed(l) });
    return code === 0 || counter.done > 0 ? counter.done : undefined;
}
/** The original build's make for this compiler check choice (gccTakesGzNone as kpatch-build). */
async function originalMake(kpatchDir, skipCompilerCheck, env) {
    const gzNone = !skipCompilerCheck && (await gccTakesGzNone(env));
    return kpatchOriginalMake(kpatchDir, { gzNone });
}
/**
 * The folders to make so that every object of vmlinux and the modules is reached: kbuild's own
 * list of build folders (the top-level `built-in.a` and `modules.order` records name each one:
 * `arch/x86/`, `arch/x86/lib/`, `fs/`, …), else each object's own folder.
 */
async function buildDirs(source, env) {
    const dirs = new Set();
    const add = (dir) => {
        const path = treePath(dir, source);
        if (path &&
            path !== '.' &&
            path.split('/').every(part => /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(part)))
            dirs.add(`${path}/`);
    };
    for (const [file, entry] of [
        ['.built-in.a.cmd', /(?:^|\s)(?:\.\/)?([^\s"]+)\/built-in\.a(?=\s)/g],
        ['.modules.order.cmd', /\bcat (?:\.\/)?(\S+)\/modules\.order\b/g]
    ]) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(source, file), 'utf8').catch(() => '');
        const command = /^savedcmd_\S+ := (.*)$/m.exec(text)?.[1] ?? '';
        for (const match of command.matchAll(entry))
            add(match[1]);
    }
    if (dirs.size)
        return [...dirs].sort();
    const modules = (await (0,promises_.readFile)((0,external_node_path_.join)(source, 'modules.order'), 'utf8').catch(() => '')).split('\n');
    for (const path of [...((await vmlinuxObjects(source, env)) ?? []), ...modules]) {
        if (path.trim().includes('/'))
            add(external_node_path_.posix.dirname(path.trim()));
    }
    return [...dirs].sort();
}
const KBUILD_CC = /^ {2}CC(?: \[M\])?\s/;
/**
 * Bring every object of a built tree back to its source (`make` of kbuild's folders with the
 * original build's variables: it compiles only what is out of date and links nothing). kpatch-build
 * reverts the patch's sources but leaves the objects and their `.cmd` records of its patched
 * build; object-only targets (targets.ts) read those records, so they must be the sources' own.
 * Returns the objects it compiled (kbuild's CC lines), undefined when the tree names no folders.
 */
async function refreshObjects(request) {
    const dirs = await buildDirs(request.source, request.env);
    if (dirs.length === 0)
        return undefined;
    const make = await originalMake(request.kpatchDir, request.skipCompilerCheck, request.env);
    const counter = new ProgressCounter(undefined);
    const refreshed = await runStreaming('make', ['-C', request.source, ...make.vars, `-j${request.jobs}`, ...dirs], {
        env: { ...request.env, KCFLAGS: make.kcflags },
        line: l => {
            request.line?.(l);
            counter.count(l);
            if (counter.done && counter.done % 250 === 0 && KBUILD_CC.test(l))
                request.progress?.(`${counter.done} objects compiled so far`);
        }
    });
    if (refreshed.code !== 0)
        throw new errors/* LivepatchError */.bi(`bringing the built tree's objects up to date failed in ${request.source} (exit ${refreshed.code}):\n${tail(refreshed.output)}`);
    return counter.done;
}
/** Build the pristine tree once, as kpatch-build's original build would; keep its vmlinux. */
async function buildPristine(request) {
    const now = request.now ?? Date.now;
    const started = now();
    const steps = [];
    let stepStart = started;
    const step = (name) => {
        const at = now();
        steps.push({ name, seconds: (at - stepStart) / 1000 });
        stepStart = at;
    };
    const { source, env } = request;
    await (0,promises_.copyFile)(request.config, (0,external_node_path_.join)(source, '.config'));
    await setLocalVersion(source, request.kernelRelease, request.kernelVersion);
    const olddefconfig = await runStreaming('make', ['-C', source, `-j${request.jobs}`, 'olddefconfig'], {
        env,
        line: request.line
    });
    if (olddefconfig.code !== 0)
        throw new errors/* LivepatchError */.bi(`make olddefconfig failed in ${source} (exit ${olddefconfig.code}):\n${tail(olddefconfig.output)}`);
    step('olddefconfig');
    await (0,promises_.mkdir)(request.pristineDir, { recursive: true });
    const config = (0,external_node_path_.join)(request.pristineDir, 'config');
    (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(source, '.config'), config);
    const make = await originalMake(request.kpatchDir, request.skipCompilerCheck, env);
    // `prepare` first, with the same variables (so nothing of it is rebuilt later): kbuild's dry
    // run needs the generated config and headers to descend into every directory.
    const prepared = await runStreaming('make', ['-C', source, ...make.vars, `-j${request.jobs}`, 'prepare'], { env: { ...env, KCFLAGS: make.kcflags }, line: request.line });
    if (prepared.code !== 0)
        throw new errors/* LivepatchError */.bi(`make prepare failed in ${source} (exit ${prepared.code}):\n${tail(prepared.output)}`);
    step('prepare');
    const total = await countObjects(source, make, request.jobs, env);
    step('count');
    const counter = new ProgressCounter(total, { now: request.now });
    if (total)
        request.progress?.(`compiling ${total} objects`);
    const built = await runStreaming('make', ['-C', source, ...make.vars, `-j${request.jobs}`, ...make.targets], {
        env: { ...env, KCFLAGS: make.kcflags },
        line: l => {
            request.line?.(l);
            const message = counter.count(l);
            if (message)
                request.progress?.(message);
        }
    });
    if (built.code !== 0)
        throw new errors/* LivepatchError */.bi(`the pristine kernel build failed (exit ${built.code}):\n${tail(built.output)}`);
    const vmlinux = (0,external_node_path_.join)(request.pristineDir, 'vmlinux');
    await (0,promises_.copyFile)((0,external_node_path_.join)(source, 'vmlinux'), vmlinux);
    // The exported symbols' versions as built: kpatch-build's object-only builds (targets.ts) never
    // rerun modpost, so the patched versions are checked against this copy.
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(source, 'Module.symvers')))
        await (0,promises_.copyFile)((0,external_node_path_.join)(source, 'Module.symvers'), (0,external_node_path_.join)(request.pristineDir, 'Module.symvers'));
    step('make');
    return {
        vmlinux,
        config,
        objects: counter.done,
        seconds: (now() - started) / 1000,
        steps
    };
}
function tail(output) {
    return output.trimEnd().split('\n').slice(-40).join('\n');
}

;// CONCATENATED MODULE: ./src/build/prepare.ts
// Preparing the tree kpatch-build runs on, for both doors: the kernel source (a shallow git clone
// at v<version>, a tarball, or a tree the user has), kpatch built from its pinned commit, and the
// pristine kernel built once with kpatch-build's own make variables. Behind two ports: a cache
// (the action: @actions/cache; the CLI: none, its work folder persists) and the Reporter. The
// work folder remembers what each part was made from, so a second run with the same settings
// skips what is built and a run with other settings rebuilds it.









/** No cache: the CLI's work folder persists, and prepare skips what is already built there. */
const NO_CACHE = {
    restore: () => Promise.resolve(false),
    save: () => Promise.resolve()
};
/** kbuild's quiet progress lines (`  CC      x.o`): counted for the progress, not logged. */
const KBUILD_QUIET = /^ {2}[A-Z0-9_]+(?: \[M\])?\s+\S+$/;
/** A repository URL as the log may show it: a user or token in it (a private mirror) is hidden. */
function shownUrl(url) {
    try {
        const parsed = new URL(url);
        if (!parsed.username && !parsed.password)
            return url;
        parsed.username = '***';
        parsed.password = '';
        return parsed.toString();
    }
    catch {
        return url; // a local path or scp-like address: no credentials in it
    }
}
/** What a part of the work folder was made from (a line of text beside it). */
async function madeFrom(file) {
    return (0,external_node_fs_.existsSync)(file) ? (await (0,promises_.readFile)(file, 'utf8')).trim() : undefined;
}
async function sha256Of(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
async function mustRun(command, args, what, request, reporter) {
    const { code, output } = await runStreaming(command, args, {
        env: request.env,
        line: l => reporter.info(l)
    });
    if (code !== 0)
        throw new errors/* LivepatchError */.bi(`${what} failed (${command} exit ${code}):\n${output.trimEnd().split('\n').slice(-20).join('\n')}`);
}
/**
 * A tree or tarball the user gave must be the kernel version the settings say: the local version
 * (and so the module's vermagic) and the cache keys are made from it.
 */
async function sameVersion(dir, request) {
    const version = await makeKernelVersion(dir, request.env);
    if (version !== null && version !== request.kernelVersion)
        throw new errors/* LivepatchError */.bi(`the kernel source in ${dir} is linux ${version}, not ${request.kernelVersion}: set kernel-version (--kernel-version) to ${version}, and kernel-release to the VMs' ${version}-based release`);
}
/** The source tree: fetched into the work folder (or restored), or the user's own tree. */
async function sourceTree(request, cache, reporter, hits) {
    const { source: from, keys } = request;
    if (from.kind === 'tree') {
        const dir = (0,external_node_path_.resolve)(from.dir);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'Makefile')))
            throw new errors/* LivepatchError */.bi(`kernel source ${(0,errors/* quoted */.TL)(from.dir)} has no Makefile: give the top folder of a kernel tree`);
        await sameVersion(dir, request);
        return dir;
    }
    const dir = (0,external_node_path_.join)(request.workDir, 'linux');
    const marker = (0,external_node_path_.join)(request.workDir, 'linux.from');
    const identity = from.kind === 'git' ? keys.source.key : `tarball-${await sha256Of((0,external_node_path_.resolve)(from.file))}`;
    if (request.cacheKernelTree)
        hits.pristine = await cache.restore(keys.pristine, [dir, pristineDir(request)]);
    if (from.kind === 'git' && !hits.pristine)
        hits.source = await cache.restore(keys.source, [dir]);
    const restored = hits.pristine === true || hits.source === true;
    if (restored)
        await (0,promises_.writeFile)(marker, `${identity}\n`);
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'Makefile')) && (await madeFrom(marker)) === identity)
        return dir;
    // Absent, half-fetched, or another version's: fetched again from scratch.
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.rm)(pristineDir(request), { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    if (from.kind === 'git') {
        await reporter.group(`get the kernel source: v${request.kernelVersion} from ${shownUrl(from.url)}`, () => mustRun('git', [
            '-c',
            'advice.detachedHead=false',
            'clone',
            '-q',
            '--depth',
            '1',
            '--branch',
            `v${request.kernelVersion}`,
            '--',
            from.url,
            dir
        ], `cloning v${request.kernelVersion} of the kernel source (check kernel-source-url and kernel-version)`, request, reporter));
    }
    else {
        await reporter.group(`unpack the kernel source ${from.file}`, () => mustRun('tar', ['-xf', (0,external_node_path_.resolve)(from.file), '-C', dir, '--strip-components=1', '--no-same-owner'], `unpacking ${from.file}`, request, reporter));
    }
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'Makefile')))
        throw new errors/* LivepatchError */.bi(`the kernel source fetched into ${dir} has no top-level Makefile`);
    if (from.kind === 'tarball')
        await sameVersion(dir, request);
    await (0,promises_.writeFile)(marker, `${identity}\n`);
    // The bare tree, before any build touches it (a tarball unpacks in seconds: not cached).
    if (from.kind === 'git')
        await cache.save(keys.source, [dir]);
    return dir;
}
const pristineDir = (request) => (0,external_node_path_.join)(request.workDir, 'pristine');
/**
 * Fetch or take the source, build kpatch (always, from the pinned commit: nothing restored from a
 * cache is executed as a tool) and the pristine kernel (once, with kpatch-build's own make
 * variables, so its "Building original source" finds the tree up to date). Caches: `pristine`
 * holds the built tree with its vmlinux and resolved config (`cacheKernelTree: false` turns it
 * off); `source` the bare git checkout, saved before anything is built in it.
 */
async function prepare(request, ports) {
    const { cache, reporter } = ports;
    const hits = {};
    const saves = [];
    await (0,promises_.mkdir)(request.workDir, { recursive: true });
    const source = await sourceTree(request, cache, reporter, hits);
    const pristine = pristineDir(request);
    const pristineVmlinux = (0,external_node_path_.join)(pristine, 'vmlinux');
    const pristineConfig = (0,external_node_path_.join)(pristine, 'config');
    // The same path every run: it is part of every compile command line (CC=…/kpatch-cc gcc).
    const tools = await reporter.group(`build kpatch ${request.kpatchRef}`, () => buildKpatchTools({
        repository: request.kpatchRepository,
        ref: request.kpatchRef,
        dir: (0,external_node_path_.join)(request.workDir, 'kpatch'),
        jobs: request.jobs,
        env: request.env,
        line: l => reporter.info(l)
    }));
    reporter.info(`kpatch ${tools.commit} built from ${shownUrl(request.kpatchRepository)}`);
    // Built for these settings (the pristine cache key) in this tree, or restored under that key.
    const identity = `${request.keys.pristine.key} ${source}`;
    const marker = (0,external_node_path_.join)(pristine, 'built-for');
    const built = (0,external_node_fs_.existsSync)(pristineVmlinux) &&
        (0,external_node_fs_.existsSync)(pristineConfig) &&
        (hits.pristine === true || (await madeFrom(marker)) === identity);
    let pristineBuild;
    // kbuild's quiet lines (`  CC      x.o`) are counted for the progress, not logged.
    const unquiet = (l) => {
        if (!KBUILD_QUIET.test(l))
            reporter.info(l);
    };
    if (!built) {
        reporter.info('== build the pristine kernel once, with kpatch-build\'s own make variables (the guide: "build it at least once")');
        await (0,promises_.rm)(pristine, { recursive: true, force: true });
        const started = Date.now();
        const result = await buildPristine({
            source,
            config: request.kernelConfig,
            kernelRelease: request.kernelRelease,
            kernelVersion: request.kernelVersion,
            kpatchDir: tools.dir,
            jobs: request.jobs,
            skipCompilerCheck: request.skipCompilerCheck,
            pristineDir: pristine,
            env: request.env,
            line: unquiet,
            progress: message => reporter.info(`== ${message} (at ${((Date.now() - started) / 1000).toFixed(0)} s)`)
        });
        await (0,promises_.writeFile)(marker, `${identity}\n`);
        reporter.info(`== pristine kernel: ${result.objects} objects in ${result.seconds.toFixed(0)} s (${result.steps.map(s => `${s.name} ${s.seconds.toFixed(0)} s`).join(', ')})`);
        pristineBuild = { objects: result.objects, seconds: result.seconds };
        if (request.cacheKernelTree && request.source.kind !== 'tree')
            saves.push({ entry: request.keys.pristine, paths: [source, pristine] });
    }
    else {
        reporter.info(`== pristine kernel: already built in ${source}`);
        if (request.refreshObjects) {
            const started = Date.now();
            const compiled = await refreshObjects({
                source,
                kpatchDir: tools.dir,
                jobs: request.jobs,
                skipCompilerCheck: request.skipCompilerCheck,
                env: request.env,
                line: unquiet,
                progress: message => reporter.info(`== bringing objects back to their sources: ${message}`)
            });
            reporter.info(compiled === undefined
                ? '== objects not brought back to their sources: the tree names no build folders (no vmlinux.a)'
                : `== objects brought back to their sources (an earlier kpatch-build leaves its patched ones): ${compiled} compiled in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        }
    }
    return {
        source,
        config: pristineConfig,
        // The image's own vmlinux when given (what the VMs run); else the pristine build's (why
        // that is safe for -v: src/build/pristine.ts).
        vmlinux: request.vmlinux ?? pristineVmlinux,
        symvers: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(pristine, 'Module.symvers'))
            ? (0,external_node_path_.join)(pristine, 'Module.symvers')
            : undefined,
        kpatchBin: tools.kpatchBuild,
        kpatchCommit: tools.commit,
        hits,
        saves,
        ...(pristineBuild ? { pristine: pristineBuild } : {})
    };
}

// EXTERNAL MODULE: ./src/build/preflight.ts
var build_preflight = __webpack_require__(74215);
;// CONCATENATED MODULE: ./src/app/build.ts
// `build` and `preflight`, for both doors: typed settings from the one table → the config
// preflight against the local gcc → the tree (prepared in the work folder, or the given built
// tree and vmlinux) → kpatch-build → the function gate → a typed outcome. The doors only make the
// settings, pass their ports (cache, reporter, environment) and render the outcome.













/** Typed build settings from a door's reader; `door.workDir` is the door's default work folder. */
function buildSettings(r, door) {
    const kernelConfig = r.required('kernelConfig', "the image's kernel .config");
    const kernelRelease = r.required('kernelRelease', "the VMs' uname -r, e.g. 6.15.2-automata");
    const dir = r.text('kernelSourceDir') || undefined;
    const vmlinux = r.text('vmlinux') || undefined;
    const tarball = r.text('kernelSourceTarball') || undefined;
    if (dir && tarball)
        throw new errors/* LivepatchError */.bi(`${r.label('kernelSourceDir')} and ${r.label('kernelSourceTarball')} both name the kernel source: give one of them`);
    const source = dir && vmlinux
        ? { kind: 'built', dir, vmlinux }
        : dir
            ? { kind: 'tree', dir }
            : tarball
                ? { kind: 'tarball', file: tarball }
                : { kind: 'git', url: r.required('kernelSourceUrl', 'git URL of the kernel source') };
    const workDir = r.text('workDir') || door.workDir;
    const kernelVersion = r.required('kernelVersion', 'the kernel version, e.g. 6.15.2');
    // The tree's local version is the rest of the release: known wrong now, not after an hour.
    if (source.kind !== 'built' && !kernelRelease.startsWith(kernelVersion))
        throw new errors/* LivepatchError */.bi(`${r.label('kernelRelease')} ${(0,errors/* quoted */.TL)(kernelRelease)} does not start with ${r.label('kernelVersion')} ${(0,errors/* quoted */.TL)(kernelVersion)}: the release the VMs run is the version the tree is built from plus its local version (e.g. 6.15.2-automata)`);
    return {
        kernelConfig,
        kernelRelease,
        kernelVersion,
        source,
        vmlinux: source.kind === 'built' ? undefined : vmlinux,
        kpatchRepository: r.required('kpatchRepository', 'git URL of kpatch'),
        kpatchRef: r.required('kpatchRef', 'the kpatch commit or tag'),
        kpatchTargets: r.choice('kpatchTargets') ?? 'auto',
        cacheKernelTree: r.flag('cacheKernelTree'),
        jobs: r.whole('jobs') ?? (0,external_node_os_.availableParallelism)(),
        skipCompilerCheck: r.flag('skipCompilerCheck'),
        previousFunctions: r.text('previousFunctions') || undefined,
        workDir,
        output: r.text('buildOutput') || (0,external_node_path_.join)(workDir, 'output'),
        patch: r.text('patch') || undefined,
        patchesDir: r.text('patchesDir') || 'patches',
        moduleName: r.text('moduleName') || undefined
    };
}
function preflightSettings(r) {
    return {
        kernelConfig: r.required('kernelConfig', "the image's kernel .config"),
        kernelRelease: r.text('kernelRelease') || undefined,
        gccVersionText: r.text('gccVersionText') || undefined,
        localGcc: !r.flag('noLocalGcc')
    };
}
async function readText(path, what) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* LivepatchError */.bi(`cannot read ${what} ${(0,errors/* quoted */.TL)(path)}: ${error.code ?? error.message}`);
    }
}
/** The config preflight: what kpatch-build would refuse, against the given or the local gcc. */
async function runPreflight(settings, env) {
    const configText = await readText(settings.kernelConfig, 'kernel config');
    const gccVersionText = settings.gccVersionText ??
        (settings.localGcc ? await localGccVersion(builderEnv(env)) : undefined);
    const report = (0,build_preflight/* preflightConfig */.Q6)(configText, settings.kernelConfig, {
        kernelRelease: settings.kernelRelease,
        gccVersionText
    });
    return { report, configText };
}
async function newestPatch(patchesDir) {
    const history = await (0,patches_history.readHistory)(patchesDir);
    const latest = history.patches[history.patches.length - 1];
    if (!latest)
        throw new errors/* LivepatchError */.bi(`no patches in ${patchesDir}: nothing to build`);
    return latest.path;
}
/** kpatch-build's failure as both doors show it: the advice as an error, the log's tail. */
async function reportBuildError(error, patch, reporter) {
    const advice = error.advice.length
        ? error.advice.map(a => `advice: ${a}`)
        : ['advice: none known for this failure; read the log below'];
    reporter.error([error.message, ...advice, ...(error.logFile ? [`full log: ${error.logFile}`] : [])].join('\n'), { title: 'kpatch-build failed', file: patch });
    reporter.detail("tail of kpatch-build's build.log", error.logTail);
}
async function runBuild(settings, ports) {
    const { reporter, cache } = ports;
    const patch = settings.patch ?? (await newestPatch(settings.patchesDir));
    // The builders see only the allow-listed environment: never the job's inputs or tokens.
    const env = builderEnv(ports.env);
    const gcc = await localGccVersion(env);
    const { report: preflight, configText } = await runPreflight({
        kernelConfig: settings.kernelConfig,
        kernelRelease: settings.kernelRelease,
        gccVersionText: settings.skipCompilerCheck ? undefined : gcc,
        localGcc: false
    }, ports.env);
    reporter.info((0,build_preflight/* renderPreflight */._O)(preflight).trimEnd());
    if (!preflight.ok) {
        for (const problem of preflight.fatal)
            reporter.error(`${problem.option}: ${problem.message}`, {
                title: 'kernel config preflight',
                file: settings.kernelConfig
            });
        return { verdict: 'preflight-failed', preflight };
    }
    const { source } = settings;
    const prepared = source.kind === 'built'
        ? {
            source: source.dir,
            config: settings.kernelConfig,
            vmlinux: source.vmlinux,
            // Its Module.symvers is whatever its last build left: not a baseline (targets.ts).
            symvers: undefined,
            kpatchBin: 'kpatch-build', // a self-hosted builder's installed kpatch
            kpatchCommit: undefined,
            hits: {},
            saves: [],
            pristine: undefined
        }
        : await prepare({
            workDir: settings.workDir,
            source,
            kernelConfig: settings.kernelConfig,
            kernelRelease: settings.kernelRelease,
            kernelVersion: settings.kernelVersion,
            kpatchRepository: settings.kpatchRepository,
            kpatchRef: settings.kpatchRef,
            jobs: settings.jobs,
            skipCompilerCheck: settings.skipCompilerCheck,
            cacheKernelTree: settings.cacheKernelTree,
            vmlinux: settings.vmlinux,
            refreshObjects: settings.kpatchTargets === 'auto',
            keys: cacheKeys({
                kernelVersion: settings.kernelVersion,
                config: configText,
                gccText: gcc ?? preflight.compiler ?? '',
                kpatchRef: settings.kpatchRef,
                sourceUrl: source.kind === 'git'
                    ? source.url
                    : source.kind === 'tarball'
                        ? `tarball-${await sha256Of((0,external_node_path_.resolve)(source.file))}`
                        : `tree-${(0,external_node_path_.resolve)(source.dir)}`
            }),
            env
        }, { cache, reporter });
    const started = Date.now();
    let result;
    try {
        result = await buildWithTargets({
            source: prepared.source,
            config: prepared.config,
            vmlinux: prepared.vmlinux,
            output: settings.output,
            kernelRelease: settings.kernelRelease,
            jobs: settings.jobs,
            name: settings.moduleName,
            patch,
            skipCompilerCheck: settings.skipCompilerCheck,
            command: prepared.kpatchBin,
            cacheDir: env.CACHEDIR,
            env
        }, {
            // A tree built elsewhere may hold objects (and records) of another source state.
            mode: source.kind === 'built' ? 'default' : settings.kpatchTargets,
            ...(source.kind === 'built' && settings.kpatchTargets === 'auto'
                ? { ownReason: "a tree built elsewhere: its objects' records may not be its sources'" }
                : {}),
            pristineSymvers: prepared.symvers,
            log: reporter
        }, {
            stage: stage => reporter.info(`== ${stage} (at ${((Date.now() - started) / 1000).toFixed(0)} s)`),
            line: line => reporter.info(line)
        });
    }
    catch (error) {
        if (error instanceof BuildError)
            await reportBuildError(error, patch, reporter);
        throw error;
    }
    let gate;
    if (settings.previousFunctions) {
        const previous = (0,build_functions.parseFunctionsJson)(await readText(settings.previousFunctions, 'previous functions.json'), settings.previousFunctions);
        const missing = (0,build_functions/* missingFunctions */.KG)(previous, result.functions);
        if (missing.length > 0)
            throw new build_functions/* FunctionGateError */.ae(missing, settings.previousFunctions);
        gate = { previous: settings.previousFunctions, functions: (0,build_functions.changedFunctions)(previous).length };
        reporter.info(`function gate: all ${gate.functions} functions of ${gate.previous} are patched again`);
    }
    else {
        reporter.info('function gate: skipped (no previous release functions.json given)');
    }
    // Save the tree only from a clean, successful run.
    for (const save of prepared.saves)
        await cache.save(save.entry, save.paths);
    return {
        verdict: 'built',
        preflight,
        patch,
        result,
        changedFunctions: (0,build_functions.changedFunctions)(result.functions),
        cacheHits: prepared.hits,
        kpatchCommit: prepared.kpatchCommit,
        pristine: prepared.pristine,
        gate
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 91 modules
var cache = __webpack_require__(63872);
;// CONCATENATED MODULE: ./src/action/cache.ts
// The build's cache port (src/build/prepare.ts) backed by @actions/cache. Caches made in a pull
// request are scoped to that pull request's merge ref: only other runs (main's) seed the shared
// entries, so a pull request restores but never saves. A cache that is not available (outside
// GitHub) or fails is a warning, never a failed build.

function actionCache(reporter, options = {}) {
    const service = options.service ?? cache;
    const event = options.event ?? process.env.GITHUB_EVENT_NAME;
    return {
        async restore(entry, paths) {
            if (!service.isFeatureAvailable())
                return false;
            try {
                return (await service.restoreCache(paths, entry.key, entry.restoreKeys)) !== undefined;
            }
            catch (error) {
                reporter.warning(`cache restore of ${entry.key} failed: ${error.message}`);
                return false;
            }
        },
        async save(entry, paths) {
            if (!service.isFeatureAvailable())
                return;
            if (event === 'pull_request') {
                reporter.info(`cache ${entry.key} not saved: caches made in a pull request stay in it`);
                return;
            }
            try {
                await service.saveCache(paths, entry.key);
            }
            catch (error) {
                reporter.warning(`cache save of ${entry.key} skipped: ${error.message}`);
            }
        }
    };
}

// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var inputs = __webpack_require__(35859);
// EXTERNAL MODULE: ./src/action/reporter.ts
var action_reporter = __webpack_require__(65121);
;// CONCATENATED MODULE: ./src/action/build.ts
// `command: build`, the action's door: inputs → build settings → the build (src/app/build.ts,
// with @actions/cache behind its cache port and @actions/core behind its reporter) → outputs,
// artifacts and the job summary. The workflow installs gcc-12 at the kernel's exact revision in
// an Ubuntu 22.04 userland; a self-hosted builder with a built tree passes kernel-source-dir and
// vmlinux instead of fetching and building.









async function upload(name, files, root) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        core/* warning */.$e(`artifact ${name} not uploaded: no artifact service outside GitHub Actions`);
        return;
    }
    await new artifact.DefaultArtifactClient().uploadArtifact(name, files, root);
}
async function runBuildCommand() {
    const settings = buildSettings((0,inputs/* actionReader */.CE)(), {
        workDir: (0,external_node_path_.join)(process.env.RUNNER_TEMP || '/tmp', 'livepatch-build')
    });
    const reporter = (0,action_reporter/* actionReporter */.I)();
    let outcome;
    try {
        outcome = await runBuild(settings, { cache: actionCache(reporter), reporter, env: process.env });
    }
    catch (error) {
        if (error instanceof BuildError && error.logFile)
            await upload('build-log', [error.logFile], (0,external_node_path_.dirname)(error.logFile));
        throw error;
    }
    if (outcome.verdict === 'preflight-failed') {
        core/* setFailed */.C1('livepatch build: the kernel config preflight failed; nothing was built');
        return 1;
    }
    const { result } = outcome;
    await upload('livepatch-module', [result.module, result.functionsFile], settings.output);
    await (0,files.writeFileAtomic)((0,external_node_path_.join)(settings.output, 'build-summary.json'), JSON.stringify({ ...result, cacheHits: outcome.cacheHits }, null, 2) + '\n');
    core/* setOutput */.uH(inputs/* Outputs */.tY.Module, result.module);
    core/* setOutput */.uH(inputs/* Outputs */.tY.ModuleName, result.moduleName);
    core/* setOutput */.uH(inputs/* Outputs */.tY.Sha256, result.sha256);
    core/* setOutput */.uH(inputs/* Outputs */.tY.FunctionsFile, result.functionsFile);
    await core/* summary */.z
        .addHeading('livepatch build', 2)
        .addTable([
        [
            { data: 'module', header: true },
            { data: 'size', header: true },
            { data: 'vermagic', header: true },
            { data: 'sha256', header: true }
        ],
        [result.moduleName, `${result.size} bytes`, result.vermagic, result.sha256]
    ])
        .addHeading('changed functions', 3)
        .addList(outcome.changedFunctions.length ? outcome.changedFunctions : ['(none)'])
        .addHeading('stages and caches', 3)
        .addList([
        ...result.stages.map(s => `${s.name}: ${s.seconds.toFixed(1)} s`),
        ...Object.entries(outcome.cacheHits).map(([k, v]) => `cache ${k}: ${v ? 'hit' : 'miss'}`),
        outcome.gate
            ? `function gate: all ${outcome.gate.functions} functions of the previous release patched again`
            : 'function gate: skipped (no previous release)',
        ...(settings.skipCompilerCheck ? ['compiler check: SKIPPED (skip-compiler-check)'] : [])
    ])
        .write();
    return 0;
}


/***/ }),

/***/ 65121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ actionReporter)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35859);
// The Reporter port (src/app/ports.ts) backed by @actions/core: log lines, annotations on a file
// and line, folded groups, masking.


const properties = (where) => ({
    ...(where?.title ? { title: where.title } : {}),
    ...(where?.file ? { file: where.file } : {}),
    ...(where?.line ? { startLine: where.line } : {})
});
function actionReporter() {
    return {
        info: text => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text),
        warning: (text, where) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(text, properties(where)),
        error: (text, where) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(text, properties(where)),
        group: (title, run) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, run),
        detail: (title, text) => {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(title);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
        },
        mask: value => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecret */ .$l)(value)
    };
}


/***/ }),

/***/ 98229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ missingFunctions),
/* harmony export */   PM: () => (/* binding */ parseFunctionLines),
/* harmony export */   ae: () => (/* binding */ FunctionGateError),
/* harmony export */   changedFunctions: () => (/* binding */ changedFunctions),
/* harmony export */   parseFunctionsJson: () => (/* binding */ parseFunctionsJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Changed and new functions of a livepatch (kpatch-build prints `file.o: changed function: f`
// and `file.o: new function: f`), and the function-level superset gate: in replace mode a
// function the previous release patched and this one does not silently reverts to the old code.

const LINE = /^(\S+\.o): (changed|new) function: (\S+)$/;
/** Collect function lines from kpatch-build's output. */
function parseFunctionLines(output) {
    const objects = {};
    for (const line of output.split('\n')) {
        const match = LINE.exec(line.trim());
        if (!match)
            continue;
        const entry = (objects[match[1]] ??= { changed: [], new: [] });
        const list = match[2] === 'changed' ? entry.changed : entry.new;
        if (!list.includes(match[3]))
            list.push(match[3]);
    }
    return objects;
}
/** The changed functions as people read them: `object.o: function`, in the report's order. */
function changedFunctions(report) {
    return Object.entries(report.objects).flatMap(([object, entry]) => entry.changed.map(f => `${object}: ${f}`));
}
function parseFunctionsJson(text, source) {
    try {
        const value = JSON.parse(text);
        if (typeof value !== 'object' || value === null || typeof value.objects !== 'object')
            throw new Error('no "objects" map');
        return value;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`${source}: not a functions.json written by livepatch build (${error.message})`);
    }
}
/** Functions the previous release patched that the new module does not patch. */
function missingFunctions(previous, next) {
    const patched = new Set();
    for (const [object, entry] of Object.entries(next.objects))
        for (const f of entry.changed)
            patched.add(`${object}\0${f}`);
    const missing = [];
    for (const [object, entry] of Object.entries(previous.objects)) {
        for (const f of entry.changed)
            if (!patched.has(`${object}\0${f}`))
                missing.push({ object, function: f });
    }
    return missing;
}
class FunctionGateError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
    missing;
    constructor(missing, previous) {
        super(`the new module no longer patches ${missing.map(m => `${m.function} (${m.object})`).join(', ')}, which ${previous} patched: in replace mode those functions would silently revert to the unpatched code. Keep their changes in the new patch.`, 'fail');
        this.missing = missing;
    }
}


/***/ }),

/***/ 59148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export createFilesExclusive */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// File writing that never leaves half a file behind.



function tempNameFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
async function writeTemp(path, data, mode) {
    const temp = tempNameFor(path);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', mode);
    try {
        // No fsync: the rename makes the file appear whole or not at all to every reader, which is
        // what CI steps need; durability across a power cut is not worth its cost here.
        await handle.writeFile(data);
    }
    catch (error) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
        throw error;
    }
    await handle.close();
    return temp;
}
/** Write through a temp file in the same folder, then rename over `path`. */
async function writeFileAtomic(path, data, mode = 0o644) {
    const temp = await writeTemp(path, data, mode);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
        throw error;
    }
}
/**
 * Write several new files all-or-nothing: each goes to a temp file first, then is linked into
 * place, which fails if the file exists. On any failure every file made here is removed.
 */
async function createFilesExclusive(files) {
    const temps = [];
    const placed = [];
    try {
        for (const file of files)
            temps.push(await writeTemp(file.path, file.data, file.mode));
        for (const [k, file] of files.entries()) {
            await link(temps[k], file.path);
            placed.push(file.path);
        }
    }
    catch (error) {
        await Promise.all(placed.map(p => unlink(p).catch(() => undefined)));
        throw error;
    }
    finally {
        await Promise.all(temps.map(t => unlink(t).catch(() => undefined)));
    }
}


/***/ }),

/***/ 90116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ validateModuleElf),
/* harmony export */   Eb: () => (/* binding */ ModuleFormatError),
/* harmony export */   TK: () => (/* binding */ readModinfo),
/* harmony export */   bb: () => (/* binding */ moduleKernelRelease),
/* harmony export */   x9: () => (/* binding */ readElfHeader)
/* harmony export */ });
/* unused harmony export elfSection */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Just enough ELF to check a kernel module: the header (include/uapi/linux/elf.h) and the
// `.modinfo` section, a run of NUL-terminated `key=value` strings (include/linux/moduleparam.h).

const ET_REL = 1;
class ModuleFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
}
function readElfHeader(bytes, name) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (b.length < 64 || b.readUInt32BE(0) !== 0x7f454c46) {
        throw new ModuleFormatError(`${name}: not an ELF file (no \\x7fELF magic); expected a kernel module (.ko)`);
    }
    const is64 = b[4] === 2;
    const littleEndian = b[5] === 1;
    if (b[4] !== 1 && b[4] !== 2)
        throw new ModuleFormatError(`${name}: unknown ELF class ${b[4]}`);
    const type = littleEndian ? b.readUInt16LE(16) : b.readUInt16BE(16);
    if (type !== ET_REL) {
        throw new ModuleFormatError(`${name}: ELF type ${type} is not a relocatable object (ET_REL); a kernel module (.ko) is one`);
    }
    return { is64, littleEndian, type };
}
const SHT_NOBITS = 8;
/**
 * Check the whole section table before a module is signed or sent: the table lies inside the
 * file, entries have the size of this ELF class, every section's name and (unless NOBITS) its
 * contents lie inside the file, and `.modinfo` is present. A truncated or corrupt module would
 * be refused by the kernel only after it was signed, shipped and the old patch unloaded.
 */
/** The file's bytes and readers of its fields in the file's class and byte order. */
function elfFields(bytes, file) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { is64, littleEndian } = readElfHeader(b, file);
    const u16 = (o) => (littleEndian ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (o) => (littleEndian ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (o) => is64 ? Number(littleEndian ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(o);
    return { b, is64, littleEndian, u16, u32, word };
}
function validateModuleElf(bytes, file) {
    const { b, is64, u16, u32, word } = elfFields(bytes, file);
    const corrupt = (what) => new ModuleFormatError(`${file}: truncated or corrupt ELF: ${what}; rebuild the module (kpatch-build's output is complete)`);
    const shoff = word(is64 ? 0x28 : 0x20);
    const shentsize = u16(is64 ? 0x3a : 0x2e);
    const shnum = u16(is64 ? 0x3c : 0x30);
    const shstrndx = u16(is64 ? 0x3e : 0x32);
    if (shentsize !== (is64 ? 64 : 40))
        throw corrupt(`section header size ${shentsize}`);
    if (shnum === 0)
        throw corrupt('no section headers');
    if (shoff === 0 || shoff + shnum * shentsize > b.length)
        throw corrupt(`section table (${shnum} entries at offset ${shoff}) ends past the file's ${b.length} bytes`);
    if (shstrndx >= shnum)
        throw corrupt(`section name table index ${shstrndx} ≥ ${shnum}`);
    const header = (k) => {
        const at = shoff + k * shentsize;
        return {
            name: u32(at),
            type: u32(at + 4),
            offset: word(at + (is64 ? 0x18 : 0x10)),
            size: word(at + (is64 ? 0x20 : 0x14))
        };
    };
    const strings = header(shstrndx);
    if (strings.offset + strings.size > b.length)
        throw corrupt('section name table past the end');
    let modinfo = false;
    for (let k = 1; k < shnum; k++) {
        const section = header(k);
        if (section.name >= strings.size)
            throw corrupt(`section ${k}'s name is outside the name table`);
        if (section.type !== SHT_NOBITS && section.offset + section.size > b.length)
            throw corrupt(`section ${k} ends past the end of the file`);
        const start = strings.offset + section.name;
        const end = b.indexOf(0, start);
        if (end < 0 || end > strings.offset + strings.size)
            throw corrupt(`section ${k}'s name`);
        if (b.toString('latin1', start, end) === '.modinfo')
            modinfo = true;
    }
    if (!modinfo)
        throw new ModuleFormatError(`${file}: no .modinfo section; is this a kernel module?`);
}
/** Section contents by name, or undefined. */
function elfSection(bytes, name, file) {
    const { b, is64, u16, u32, word } = elfFields(bytes, file);
    try {
        const shoff = word(is64 ? 0x28 : 0x20);
        const shentsize = u16(is64 ? 0x3a : 0x2e);
        const shnum = u16(is64 ? 0x3c : 0x30);
        const shstrndx = u16(is64 ? 0x3e : 0x32);
        const header = (k) => {
            const at = shoff + k * shentsize;
            return {
                name: u32(at),
                offset: word(at + (is64 ? 0x18 : 0x10)),
                size: word(at + (is64 ? 0x20 : 0x14))
            };
        };
        const strings = header(shstrndx);
        for (let k = 0; k < shnum; k++) {
            const section = header(k);
            const start = strings.offset + section.name;
            const end = b.indexOf(0, start);
            if (b.toString('latin1', start, end) === name) {
                if (section.offset + section.size > b.length)
                    throw new RangeError('section past end of file');
                return b.subarray(section.offset, section.offset + section.size);
            }
        }
        return undefined;
    }
    catch (error) {
        if (error instanceof RangeError)
            throw new ModuleFormatError(`${file}: truncated or corrupt ELF section table`);
        throw error;
    }
}
/** `.modinfo` as key → values (a key like `alias` may repeat). */
function readModinfo(bytes, file) {
    const section = elfSection(bytes, '.modinfo', file);
    if (!section)
        throw new ModuleFormatError(`${file}: no .modinfo section; is this a kernel module?`);
    const info = new Map();
    for (const entry of section.toString('utf8').split('\0')) {
        const eq = entry.indexOf('=');
        if (eq <= 0)
            continue;
        const key = entry.slice(0, eq);
        info.set(key, [...(info.get(key) ?? []), entry.slice(eq + 1)]);
    }
    return info;
}
/** The kernel release a module was built for: the first word of its vermagic. */
function moduleKernelRelease(bytes, file) {
    const vermagic = readModinfo(bytes, file).get('vermagic')?.[0];
    if (!vermagic)
        throw new ModuleFormatError(`${file}: .modinfo has no vermagic`);
    return vermagic.split(' ')[0];
}


/***/ })

};
