export const id = 5065;
export const ids = [5065];
export const modules = {

/***/ 5065:
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
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/patches/unified-diff.ts + 1 modules
var unified_diff = __webpack_require__(5435);
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
// tool; a new or removed file; a file no target records (not in this config, or not C/asm).






/**
 * More targets than this and kpatch-build's own are used: each -t is one argument of its make
 * command line, and a change that reaches this many objects (a widely included header) compiles
 * long enough that the relink no longer matters.
 */
const MAX_TARGETS = 1000;
const SOURCE_FILE = /\.(c|h|S)$/;
const SAFE_TARGET = /^[A-Za-z0-9_][A-Za-z0-9_.+/-]*\.o$/;
/** Parse a kbuild `.cmd` file (savedcmd_/source_/deps_ variables, fixdep's format). */
function parseCmdFile(text) {
    let target;
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
    return target === undefined ? undefined : { target, inputs, symvers };
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
/** Read `files` a few at a time, keeping those `keep` accepts (parsed). */
async function readRecords(files, keep) {
    const records = [];
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const file = files[next++];
            const text = await (0,promises_.readFile)(file, 'utf8');
            if (!keep(text))
                continue;
            const record = parseCmdFile(text);
            if (record)
                records.push(record);
        }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    return records;
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
    const names = [...new Set(files.map(f => (0,external_node_path_.basename)(f.path)))];
    // A file that names no touched file's base name records none of them: not parsed.
    const records = await readRecords(await cmdFiles(tree), text => names.some(name => text.includes(name)));
    const reached = new Map();
    for (const record of records) {
        for (const input of record.inputs) {
            const path = treePath(input, tree);
            if (path === undefined || !touched.has(path))
                continue;
            const targets = reached.get(path) ?? new Set();
            targets.add(record.target);
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
        const cmd = (0,external_node_path_.join)(tree, external_node_path_.posix.dirname(target), `.${external_node_path_.posix.basename(target)}.cmd`);
        const record = parseCmdFile(await (0,promises_.readFile)(cmd, 'utf8'));
        for (const [symbol, crc] of record?.symvers ?? []) {
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
    return chooseTargets(request.tree, files, request.env);
}

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
/**
 * Put the pristine Module.symvers back when a build with kpatch-build's own targets rewrote it
 * (its patched build's modpost): object-only builds compile the module against the tree's copy.
 */
async function restoreSymvers(tree, pristine, reporter) {
    const inTree = (0,external_node_path_.join)(tree, 'Module.symvers');
    const current = await (0,promises_.readFile)(inTree, 'utf8').catch(() => undefined);
    const kept = await (0,promises_.readFile)(pristine, 'utf8');
    if (current === kept)
        return;
    await (0,files.writeFileAtomic)(inTree, kept);
    reporter.info("Module.symvers: the pristine build's copy put back (a previous build rewrote it)");
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
    const plan = settings.kpatchTargets === 'auto'
        ? await planTargets({
            tree: prepared.source,
            patchFile: patch,
            patchText: await readText(patch, 'patch'),
            configText: await readText(prepared.config, 'kernel config'),
            pristineSymvers: prepared.symvers
                ? await readText(prepared.symvers, 'pristine Module.symvers')
                : undefined,
            env
        })
        : { targets: [], reason: 'kpatch-targets is default' };
    reporter.info(`kpatch-build targets: ${plan.targets.length ? plan.targets.join(' ') : "its own (vmlinux modules)"} - ${plan.reason}`);
    if (plan.targets.length && prepared.symvers)
        await restoreSymvers(prepared.source, prepared.symvers, reporter);
    const started = Date.now();
    const build = (targets) => kpatch_build/* kpatchBuilder */.lp.build({
        source: prepared.source,
        config: prepared.config,
        vmlinux: prepared.vmlinux,
        output: settings.output,
        kernelRelease: settings.kernelRelease,
        jobs: settings.jobs,
        name: settings.moduleName,
        patch,
        skipCompilerCheck: settings.skipCompilerCheck,
        targets,
        command: prepared.kpatchBin,
        cacheDir: env.CACHEDIR,
        env
    }, {
        stage: stage => reporter.info(`== ${stage} (at ${((Date.now() - started) / 1000).toFixed(0)} s)`),
        line: line => reporter.info(line)
    });
    let result;
    try {
        result = await build(plan.targets);
        // Without modpost in its builds, kpatch-build cannot see an export whose version the patch
        // changes; its own targets rerun modpost and refuse a module that references one.
        const changed = plan.targets.length && prepared.symvers
            ? await changedExportVersions(prepared.source, plan.targets, await readText(prepared.symvers, 'pristine Module.symvers'))
            : [];
        if (changed.length) {
            reporter.warning(`the patch changes the version (CRC) of exported ${changed.join(', ')}: building again with kpatch-build's own targets, whose modpost checks the module against them`);
            result = await build([]);
        }
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


/***/ })

};
