export const id = 7167;
export const ids = [7167,4215,8323];
export const modules = {

/***/ 7167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildSettings: () => (/* binding */ buildSettings),
  preflightSettings: () => (/* binding */ preflightSettings),
  runBuild: () => (/* binding */ runBuild),
  runPreflight: () => (/* binding */ runPreflight)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./src/build/env.ts
var build_env = __webpack_require__(7803);
// EXTERNAL MODULE: ./src/build/functions.ts
var functions = __webpack_require__(8229);
// EXTERNAL MODULE: ./src/build/run.ts
var run = __webpack_require__(9337);
;// CONCATENATED MODULE: ./src/build/gcc.ts
// The compiler that will build: the first line of the local `gcc --version` (what kpatch-build's
// compiler check and the preflight compare with the config's CONFIG_CC_VERSION_TEXT).

/** First line of `gcc --version` on PATH, or undefined when there is no gcc (or it fails). */
async function localGccVersion(env) {
    let first;
    try {
        const { code } = await (0,run/* runStreaming */.S)('gcc', ['--version'], {
            env,
            line: line => (first ??= line)
        });
        return code === 0 ? first : undefined;
    }
    catch {
        return undefined; // not installed
    }
}

// EXTERNAL MODULE: ./src/build/kpatch-build.ts
var kpatch_build = __webpack_require__(6922);
// EXTERNAL MODULE: ./src/build/prepare.ts + 3 modules
var prepare = __webpack_require__(8451);
// EXTERNAL MODULE: ./src/build/preflight.ts
var build_preflight = __webpack_require__(4215);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/build/targets.ts
var targets = __webpack_require__(6714);
// EXTERNAL MODULE: ./src/patches/history.ts
var patches_history = __webpack_require__(2530);
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
        (settings.localGcc ? await localGccVersion((0,build_env/* builderEnv */.D)(env)) : undefined);
    const report = (0,build_preflight/* preflightConfig */.Q6)(configText, settings.kernelConfig, {
        kernelRelease: settings.kernelRelease,
        gccVersionText
    });
    return { report, configText };
}
async function newestPatch(patchesDir) {
    const history = await (0,patches_history/* readHistory */.Lu)(patchesDir);
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
    const env = (0,build_env/* builderEnv */.D)(ports.env);
    const gcc = await localGccVersion(env);
    const { report: preflight, configText } = await runPreflight({
        kernelConfig: settings.kernelConfig,
        kernelRelease: settings.kernelRelease,
        gccVersionText: settings.skipCompilerCheck ? undefined : gcc,
        localGcc: false
    }, ports.env);
    reporter.info((0,build_preflight.renderPreflight)(preflight).trimEnd());
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
        : await (0,prepare/* prepare */.iA)({
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
                        ? `tarball-${await (0,prepare/* sha256Of */.Bj)((0,external_node_path_.resolve)(source.file))}`
                        : `tree-${(0,external_node_path_.resolve)(source.dir)}`
            }),
            env
        }, { cache, reporter });
    const started = Date.now();
    let result;
    try {
        result = await (0,targets/* buildWithTargets */.x9)({
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
        if (error instanceof kpatch_build/* BuildError */.zS)
            await reportBuildError(error, patch, reporter);
        throw error;
    }
    let gate;
    if (settings.previousFunctions) {
        const previous = (0,functions/* parseFunctionsJson */.ph)(await readText(settings.previousFunctions, 'previous functions.json'), settings.previousFunctions);
        const missing = (0,functions/* missingFunctions */.KG)(previous, result.functions);
        if (missing.length > 0)
            throw new functions/* FunctionGateError */.ae(missing, settings.previousFunctions);
        gate = { previous: settings.previousFunctions, functions: (0,functions/* changedFunctions */.UV)(previous).length };
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
        changedFunctions: (0,functions/* changedFunctions */.UV)(result.functions),
        cacheHits: prepared.hits,
        kpatchCommit: prepared.kpatchCommit,
        pristine: prepared.pristine,
        gate
    };
}


/***/ }),

/***/ 8323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isEnabled),
/* harmony export */   parseKernelConfig: () => (/* binding */ parseKernelConfig)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Reading a kernel .config: `CONFIG_X=value` lines and `# CONFIG_X is not set`.

/** Parse a .config; values keep their quotes stripped. Throws on a file that is not one. */
function parseKernelConfig(text, source) {
    const config = new Map();
    let lineNo = 0;
    for (const raw of text.split('\n')) {
        lineNo++;
        const line = raw.trim();
        if (line === '')
            continue;
        const unset = /^# (CONFIG_\w+) is not set$/.exec(line);
        if (unset) {
            config.set(unset[1], 'n');
            continue;
        }
        if (line.startsWith('#'))
            continue;
        const set = /^(CONFIG_\w+)=(.*)$/.exec(line);
        if (!set) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`${source}:${lineNo}: not a kernel config line (expected CONFIG_NAME=value or '# CONFIG_NAME is not set')`);
        }
        config.set(set[1], set[2].startsWith('"') && set[2].endsWith('"')
            ? set[2].slice(1, -1).replace(/\\"/g, '"')
            : set[2]);
    }
    if (config.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`${source}: no CONFIG_ options found; is this a kernel .config?`);
    return config;
}
function isEnabled(config, name) {
    const value = config.get(name);
    return value === 'y' || value === 'm';
}


/***/ }),

/***/ 4215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q6: () => (/* binding */ preflightConfig),
/* harmony export */   renderPreflight: () => (/* binding */ renderPreflight)
/* harmony export */ });
/* unused harmony exports compilerIdentity, packageRevision, kernelReleaseOf, PreflightError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _kconfig_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8323);
// Config preflight: what kpatch-build would refuse after an hour's build, known in seconds.
// The refusals and their words are kpatch-build's own (kpatch-build/kpatch-build, "unsupported
// kernel option checking" and the compiler check).


const UNSUPPORTED = [
    'CONFIG_DEBUG_INFO_SPLIT',
    'CONFIG_GCC_PLUGIN_LATENT_ENTROPY',
    'CONFIG_GCC_PLUGIN_RANDSTRUCT',
    'CONFIG_X86_KERNEL_IBT'
];
/** From the first parenthesis on: `gcc-12 (Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0` → `(Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0`. */
function compilerIdentity(text) {
    const trimmed = text.trim().replace(/^GCC:\s*/, '');
    const paren = trimmed.indexOf('(');
    return paren < 0 ? trimmed : trimmed.slice(paren);
}
/** The Ubuntu/Debian package revision inside the parenthesis, e.g. 12.3.0-1ubuntu1~22.04. */
function packageRevision(text) {
    return /\((?:Ubuntu|Debian)\s+([^)\s]+)\)/.exec(text)?.[1] ?? null;
}
function kernelReleaseOf(configText) {
    return /^# Linux\/\S+ (\S+) Kernel Configuration$/m.exec(configText)?.[1] ?? null;
}
function checkConfig(config) {
    const fatal = [];
    const warnings = [];
    if (!(0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_DEBUG_INFO')) {
        fatal.push({
            option: 'CONFIG_DEBUG_INFO',
            message: "kernel doesn't have 'CONFIG_DEBUG_INFO' enabled: kpatch-build compares debug info of the original and patched objects"
        });
    }
    for (const option of UNSUPPORTED) {
        if ((0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, option))
            fatal.push({ option, message: `kernel option '${option}' not supported by kpatch-build` });
    }
    if (!(0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_LIVEPATCH')) {
        fatal.push({
            option: 'CONFIG_LIVEPATCH',
            message: 'CONFIG_LIVEPATCH is not enabled: kpatch-build would fall back to the deprecated kpatch core module (kpatch.ko), which the image does not load'
        });
    }
    if (!(0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_MODULES'))
        fatal.push({
            option: 'CONFIG_MODULES',
            message: 'CONFIG_MODULES is not enabled: a livepatch is a kernel module'
        });
    if ((0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_CC_IS_CLANG'))
        fatal.push({
            option: 'CONFIG_CC_IS_CLANG',
            message: 'the kernel was built with clang; this pipeline builds with gcc-12 as the image vendor does'
        });
    if ((0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_DEBUG_INFO_BTF')) {
        warnings.push({
            option: 'CONFIG_DEBUG_INFO_BTF',
            message: 'kpatch-build disables BTF generation while building (it edits scripts/link-vmlinux.sh): the livepatch module carries no BTF'
        });
    }
    if (config.get('CONFIG_LD_ORPHAN_WARN_LEVEL') === 'error') {
        warnings.push({
            option: 'CONFIG_LD_ORPHAN_WARN_LEVEL',
            message: 'kpatch-build lowers CONFIG_LD_ORPHAN_WARN_LEVEL from "error" to "warn" for its build'
        });
    }
    if ((0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_MODULE_SIG_FORCE')) {
        warnings.push({
            option: 'CONFIG_MODULE_SIG_FORCE',
            message: 'the kernel loads only signed modules: the module must be signed with a key it trusts (livepatch sign)'
        });
    }
    return { fatal, warnings };
}
function preflightConfig(configText, source, options = {}) {
    const config = (0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__.parseKernelConfig)(configText, source);
    const { fatal, warnings } = checkConfig(config);
    const compiler = config.get('CONFIG_CC_VERSION_TEXT') ?? null;
    if (compiler === null) {
        fatal.push({
            option: 'CONFIG_CC_VERSION_TEXT',
            message: 'the config does not say which compiler built the kernel (no CONFIG_CC_VERSION_TEXT)'
        });
    }
    else if (!/^gcc(-12)? .*\) 12\.\d+\.\d+/.test(compiler) && !/\b12\.\d+\.\d+$/.test(compiler)) {
        fatal.push({
            option: 'CONFIG_CC_VERSION_TEXT',
            message: `the kernel was built with "${compiler}", not gcc 12 as the guide requires`
        });
    }
    const localCompiler = options.gccVersionText?.trim() || null;
    if (compiler !== null &&
        localCompiler !== null &&
        compilerIdentity(compiler) !== compilerIdentity(localCompiler)) {
        const revision = packageRevision(compiler);
        const install = revision
            ? ` Install gcc-12 at the kernel's exact revision: apt-get install gcc-12=${revision} cpp-12=${revision} gcc-12-base=${revision} libgcc-12-dev=${revision}`
            : '';
        fatal.push({
            option: 'CONFIG_CC_VERSION_TEXT',
            message: `compiler mismatch: the kernel was built with "${compilerIdentity(compiler)}" but the compiler here is "${compilerIdentity(localCompiler)}"; kpatch-build refuses this (gcc/kernel version mismatch).${install}`
        });
    }
    const kernelRelease = kernelReleaseOf(configText);
    if (options.kernelRelease !== undefined &&
        kernelRelease !== null &&
        options.kernelRelease !== kernelRelease) {
        fatal.push({
            option: 'kernel release',
            message: `the config describes kernel ${kernelRelease} but the VMs run ${options.kernelRelease}: a module built from it would have vermagic ${kernelRelease} and be refused`
        });
    }
    return {
        source,
        ok: fatal.length === 0,
        kernelRelease,
        compiler,
        localCompiler,
        fatal,
        warnings,
        moduleSigHash: config.get('CONFIG_MODULE_SIG_HASH') ?? null
    };
}
function renderPreflight(report) {
    const lines = [
        `${report.source}: kernel ${report.kernelRelease ?? '(unknown release)'}, built with ${report.compiler ?? '(unknown compiler)'}`
    ];
    for (const problem of report.fatal)
        lines.push(`  error: ${problem.option}: ${problem.message}`);
    for (const problem of report.warnings)
        lines.push(`  warning: ${problem.option}: ${problem.message}`);
    lines.push(report.ok
        ? 'preflight: pass'
        : `preflight: fail (${report.fatal.length} problem${report.fatal.length === 1 ? '' : 's'})`);
    return lines.join('\n') + '\n';
}
class PreflightError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
    report;
    constructor(report) {
        super(`kernel config preflight failed: ${report.fatal.map(p => p.option).join(', ')}`, 'fail');
        this.report = report;
    }
}


/***/ })

};
