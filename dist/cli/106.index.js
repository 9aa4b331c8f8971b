export const id = 106;
export const ids = [106,229,148];
export const modules = {

/***/ 8229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FunctionGateError: () => (/* binding */ FunctionGateError),
/* harmony export */   P: () => (/* binding */ parseFunctionLines),
/* harmony export */   missingFunctions: () => (/* binding */ missingFunctions),
/* harmony export */   parseFunctionsJson: () => (/* binding */ parseFunctionsJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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

/***/ 3106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BuildError: () => (/* binding */ BuildError),
  kpatchBuilder: () => (/* binding */ kpatchBuilder)
});

// UNUSED EXPORTS: STAGES, adviceFor, setLocalVersion

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/patches/history.ts
var patches_history = __webpack_require__(2530);
// EXTERNAL MODULE: ./src/sign/elf.ts
var elf = __webpack_require__(116);
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
var build_functions = __webpack_require__(8229);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
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
            objects: (0,build_functions/* parseFunctionLines */.P)(output)
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


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ createFilesExclusive),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temps[k], file.path);
            placed.push(file.path);
        }
    }
    catch (error) {
        await Promise.all(placed.map(p => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(p).catch(() => undefined)));
        throw error;
    }
    finally {
        await Promise.all(temps.map(t => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(t).catch(() => undefined)));
    }
}


/***/ }),

/***/ 2530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   lo: () => (/* binding */ moduleNameFor),
/* harmony export */   te: () => (/* binding */ compareWithBase)
/* harmony export */ });
/* unused harmony export sysfsName */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(243);
// The patches/ folder as an append-only history: names, numbering, module names, and (with a
// base ref) what a change did to it, read with real git.






const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const PATCH_NAME = /^(\d{4})-([A-Za-z0-9][A-Za-z0-9._+-]*)\.patch$/;
const LOOKS_LIKE_PATCH = /\.(patch|diff)$/;
/** kpatch-build's module name: `livepatch-` + name, `[^A-Za-z0-9_-]` → `-`, cut to 55 characters. */
function moduleNameFor(patchFile) {
    const stem = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(patchFile).replace(/\.(patch|diff)$/, '');
    return `livepatch-${stem}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 55);
}
/** How the kernel shows a module name in sysfs (`/sys/kernel/livepatch/<name>`): `-` becomes `_`. */
function sysfsName(moduleName) {
    return moduleName.replace(/-/g, '_');
}
/** Read the folder: valid names in number order, and every naming/numbering problem found. */
async function readHistory(dir) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(`cannot read patches folder '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(dir)}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(error.message)}. Pass --dir (input patches-dir) pointing at the folder of NNNN-name.patch files`);
    }
    const problems = [];
    const patches = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const name = entry.name;
        const match = PATCH_NAME.exec(name);
        if (!match && !LOOKS_LIKE_PATCH.test(name))
            continue;
        // A link could point anywhere (outside the folder, at a file the review never saw), and git
        // stores the link, not what it points at: the history holds regular files only.
        if (entry.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name)).catch(() => '?');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name))} is a symbolic link (to '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(target)}'): patches must be regular files inside the folder; replace the link with the patch itself`);
        }
        if (!entry.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name))} is not a regular file: patches must be regular files inside the folder`);
        }
        if (!match) {
            problems.push({
                file: name,
                rule: 'name',
                message: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(name)}: expected NNNN-short-name.patch (four digits, a dash, letters/digits/._+-)`
            });
            continue;
        }
        patches.push({
            name,
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name),
            number: Number(match[1]),
            moduleName: moduleNameFor(name)
        });
    }
    patches.sort((a, b) => a.number - b.number || a.name.localeCompare(b.name));
    for (let k = 1; k < patches.length; k++) {
        const before = patches[k - 1];
        const entry = patches[k];
        if (entry.number !== before.number + 1) {
            problems.push({
                file: entry.name,
                rule: 'numbering',
                message: entry.number === before.number
                    ? `${entry.name}: number ${pad(entry.number)} is already used by ${before.name}`
                    : `${entry.name}: expected number ${pad(before.number + 1)} after ${before.name}`
            });
        }
    }
    const byModule = new Map();
    for (const entry of patches) {
        const owner = byModule.get(entry.moduleName);
        if (owner) {
            problems.push({
                file: entry.name,
                rule: 'module-name',
                message: `${entry.name}: module name ${entry.moduleName} is already used by ${owner}; choose a different short name`
            });
        }
        else
            byModule.set(entry.moduleName, entry.name);
    }
    return { dir, patches, problems };
}
function pad(n) {
    return String(n).padStart(4, '0');
}
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
        return stdout;
    }
    catch (error) {
        const stderr = error.stderr?.trim();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(`git ${args.join(' ')} failed in ${cwd}: ${stderr || error.message}`));
    }
}
/** What the change since `baseRef` did to the folder: only appending new patches at the end is allowed. */
async function compareWithBase(history, baseRef) {
    const cwd = history.dir;
    const ref = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(baseRef);
    if (baseRef === '' || baseRef.startsWith('-')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(`base ref '${ref}' is not a ref name (it must not be empty or start with '-'); pass a branch, tag or commit`);
    }
    // Outside a repository every ref is "unknown": say what is really wrong.
    await run('git', ['rev-parse', '--git-dir'], { cwd }).catch((error) => {
        const said = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(error.stderr?.trim().split('\n')[0] ?? error.message);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(error.code === 'ENOENT'
            ? `--base-ref (input base-ref) '${ref}' needs git, which is not installed (or not on PATH)`
            : `the patches folder '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(cwd)}' is not inside a git repository (git: ${said}), so --base-ref (input base-ref) '${ref}' cannot be compared with: check out the repository with git (actions/checkout), or leave --base-ref out`);
    });
    const commit = await git(cwd, ['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]).catch(() => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(`base ref '${ref}' is not a commit in this repository; fetch it first (actions/checkout with fetch-depth: 0) or pass an existing ref`);
    });
    // `ls-tree` with a path is relative to the working directory, so this lists the folder at base.
    const listing = await git(cwd, ['ls-tree', '-z', commit.trim(), '--', '.']);
    const baseBlobs = new Map();
    for (const record of listing.split('\0')) {
        // `s`: a name may hold a newline (it is then reported, escaped, like any other).
        const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(record);
        if (match && !match[2].includes('/'))
            baseBlobs.set(match[2], match[1]);
    }
    const current = history.patches;
    const currentBlobs = new Map();
    if (current.length > 0) {
        const hashes = (await git(cwd, ['hash-object', '--', ...current.map(p => p.name)]))
            .trim()
            .split('\n');
        current.forEach((p, k) => currentBlobs.set(p.name, hashes[k]));
    }
    const problems = [];
    const baseNames = [...baseBlobs.keys()].filter(n => PATCH_NAME.test(n) || LOOKS_LIKE_PATCH.test(n));
    const currentByBlob = new Map([...currentBlobs].map(([name, blob]) => [blob, name]));
    let baseMax = 0;
    for (const name of baseNames) {
        const number = PATCH_NAME.exec(name)?.[1];
        if (number)
            baseMax = Math.max(baseMax, Number(number));
        const blob = baseBlobs.get(name);
        const now = currentBlobs.get(name);
        if (now === blob)
            continue;
        if (now !== undefined) {
            problems.push({
                file: name,
                rule: 'edited',
                message: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(name)} was edited since ${ref}: released patches are immutable; put the change into a new patch at the end`
            });
            continue;
        }
        const movedTo = currentByBlob.get(blob);
        problems.push(movedTo && !baseBlobs.has(movedTo)
            ? {
                file: name,
                rule: 'renamed',
                renamedTo: movedTo,
                message: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(name)} was renamed to ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(movedTo)} since ${ref}: released patches keep their names`
            }
            : {
                file: name,
                rule: 'deleted',
                message: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(name)} was deleted since ${ref}: released patches stay in the history`
            });
    }
    const renamedTargets = new Set(problems.map(p => p.renamedTo).filter(Boolean));
    const appended = [];
    for (const entry of current) {
        if (baseBlobs.has(entry.name) || renamedTargets.has(entry.name))
            continue;
        if (entry.number <= baseMax) {
            problems.push({
                file: entry.name,
                rule: 'inserted',
                message: `${entry.name} is not after the last patch at ${ref} (${pad(baseMax)}): new patches go at the end`
            });
            continue;
        }
        appended.push(entry);
    }
    return { appended, problems };
}


/***/ }),

/***/ 116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ validateModuleElf),
/* harmony export */   Eb: () => (/* binding */ ModuleFormatError),
/* harmony export */   TK: () => (/* binding */ readModinfo),
/* harmony export */   bb: () => (/* binding */ moduleKernelRelease),
/* harmony export */   x9: () => (/* binding */ readElfHeader)
/* harmony export */ });
/* unused harmony export elfSection */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
function validateModuleElf(bytes, file) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { is64, littleEndian } = readElfHeader(b, file);
    const u16 = (o) => (littleEndian ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (o) => (littleEndian ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (o) => is64 ? Number(littleEndian ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(o);
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
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { is64, littleEndian } = readElfHeader(b, file);
    const u16 = (o) => (littleEndian ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (o) => (littleEndian ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (o) => is64 ? Number(littleEndian ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(o);
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
