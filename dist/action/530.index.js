export const id = 530;
export const ids = [530];
export const modules = {

/***/ 42530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lo: () => (/* binding */ moduleNameFor),
/* harmony export */   readHistory: () => (/* binding */ readHistory),
/* harmony export */   te: () => (/* binding */ compareWithBase)
/* harmony export */ });
/* unused harmony export sysfsName */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70243);
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


/***/ })

};
