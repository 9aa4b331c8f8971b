export const id = 587;
export const ids = [587];
export const modules = {

/***/ 75587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRelease: () => (/* binding */ runRelease)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/build/functions.ts
var build_functions = __webpack_require__(98229);
// EXTERNAL MODULE: ./src/deploy/deploy.ts + 3 modules
var deploy = __webpack_require__(9712);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/patches/history.ts
var patches_history = __webpack_require__(42530);
;// CONCATENATED MODULE: ./src/release/release.ts
// The release stage: after a successful deploy, an annotated tag `livepatch-NNNN` on the deployed
// commit and a GitHub release with the signed module, its sha256, functions.json, the superset
// report, the build summary and each VM's new golden measurement. Idempotent: re-running for an
// existing tag with the same module is a no-op; a different module under that tag is an error.

const MARKER = /<!-- livepatch-sha256: ([0-9a-f]{64}) -->/;
function releaseTag(patchNumber) {
    return `livepatch-${String(patchNumber).padStart(4, '0')}`;
}
function renderNotes(input) {
    const lines = [
        `Livepatch module \`${input.moduleName}\``,
        '',
        `- sha256: \`${input.moduleSha256}\``,
        `- changed functions: ${input.changedFunctions.length ? input.changedFunctions.map(f => `\`${f}\``).join(', ') : '(none recorded)'}`,
        '',
        '### Superset check',
        '',
        input.supersetReport.trim() || '(no report)',
        '',
        '### Golden measurements after the deploy',
        ''
    ];
    const entries = Object.entries(input.measurements);
    if (entries.length === 0)
        lines.push('(none recorded)');
    for (const [vm, measurement] of entries)
        lines.push(`- \`${vm}\`: \`${JSON.stringify(measurement)}\``);
    lines.push('', `<!-- livepatch-sha256: ${input.moduleSha256} -->`);
    return lines.join('\n') + '\n';
}
async function publishRelease(api, request) {
    const existing = await api.getReleaseByTag(request.tag);
    if (existing) {
        const recorded = MARKER.exec(existing.body)?.[1];
        if (recorded !== request.moduleSha256) {
            throw new errors/* LivepatchError */.bi(`release ${request.tag} already exists with module sha256 ${recorded ?? '(unknown)'}, not ${request.moduleSha256}: a different module under an existing tag is refused; release it under the next patch number`, 'fail');
        }
        const missing = request.assets.filter(a => !existing.assets.includes(a.name));
        for (const asset of missing)
            await api.uploadAsset(existing, asset);
        return {
            tag: request.tag,
            created: false,
            releaseId: existing.id,
            uploaded: missing.map(a => a.name)
        };
    }
    const ref = await api.getTagRef(request.tag);
    if (!ref) {
        await api.createAnnotatedTag(request.tag, `${request.moduleName}\n\nsha256 ${request.moduleSha256}\n`, request.commitSha);
    }
    const release = await api.createRelease(request.tag, `${request.tag}: ${request.moduleName}`, request.notes);
    for (const asset of request.assets)
        await api.uploadAsset(release, asset);
    return {
        tag: request.tag,
        created: true,
        releaseId: release.id,
        uploaded: request.assets.map(a => a.name)
    };
}

// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(81729);
;// CONCATENATED MODULE: ./src/action/release.ts
// `command: release` — tag and GitHub release through Octokit (@actions/github). Needs
// `contents: write`, and only this job of the workflow has it.










function octokitApi(octokit, owner, repo) {
    const notFound = (error) => error.status === 404;
    const toRelease = (data) => ({
        id: data.id,
        body: data.body ?? '',
        uploadUrl: data.upload_url,
        assets: (data.assets ?? []).map(a => a.name)
    });
    return {
        async getTagRef(tag) {
            try {
                const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `tags/${tag}` });
                return { sha: data.object.sha };
            }
            catch (error) {
                if (notFound(error))
                    return null;
                throw error;
            }
        },
        async createAnnotatedTag(tag, message, commitSha) {
            const { data } = await octokit.rest.git.createTag({
                owner,
                repo,
                tag,
                message,
                object: commitSha,
                type: 'commit'
            });
            await octokit.rest.git.createRef({ owner, repo, ref: `refs/tags/${tag}`, sha: data.sha });
        },
        async getReleaseByTag(tag) {
            try {
                return toRelease((await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data);
            }
            catch (error) {
                if (notFound(error))
                    return null;
                throw error;
            }
        },
        async createRelease(tag, name, body) {
            return toRelease((await octokit.rest.repos.createRelease({ owner, repo, tag_name: tag, name, body })).data);
        },
        async uploadAsset(release, asset) {
            await octokit.rest.repos.uploadReleaseAsset({
                owner,
                repo,
                release_id: release.id,
                name: asset.name,
                url: release.uploadUrl,
                data: asset.data,
                headers: { 'content-type': asset.contentType, 'content-length': asset.data.length }
            });
        }
    };
}
async function optionalFile(path, what) {
    if (!path)
        return undefined;
    try {
        return await (0,promises_.readFile)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            core/* warning */.$e(`${what} '${path}' does not exist; the release goes without it`);
            return undefined;
        }
        throw new errors/* LivepatchError */.bi(`cannot read ${what} '${path}': ${error.message}`);
    }
}
async function runRelease(inputs) {
    const token = core/* getInput */.V4(action_inputs/* Inputs */.G0.GithubToken);
    if (!token)
        throw new errors/* LivepatchError */.bi(`Input required and not supplied: ${action_inputs/* Inputs */.G0.GithubToken}`);
    (0,action_inputs/* maskSecret */.$l)(token);
    if (!inputs.module)
        throw new errors/* LivepatchError */.bi(`Input required and not supplied: ${action_inputs/* Inputs */.G0.Module} (the signed .ko)`);
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    const commitSha = process.env.GITHUB_SHA;
    if (!owner || !repo || !commitSha)
        throw new errors/* LivepatchError */.bi('GITHUB_REPOSITORY and GITHUB_SHA must be set (run inside GitHub Actions)');
    const history = await (0,patches_history/* readHistory */.Lu)(inputs.patchesDir);
    const latest = history.patches[history.patches.length - 1];
    if (!latest)
        throw new errors/* LivepatchError */.bi(`no patches in ${inputs.patchesDir}`);
    const module = await (0,deploy/* readModuleArtifact */.p7)(inputs.module);
    // The module the sign job signed, and nothing else, is released.
    const expected = core/* getInput */.V4(action_inputs/* Inputs */.G0.ModuleSha256).trim().toLowerCase();
    if (expected && !/^[0-9a-f]{64}$/.test(expected))
        throw new errors/* LivepatchError */.bi(`Invalid input '${action_inputs/* Inputs */.G0.ModuleSha256}': expected 64 hex digits (the sign job's sha256 output)`);
    if (expected && module.sha256 !== expected)
        throw new errors/* LivepatchError */.bi(`${module.path} has sha256 ${module.sha256}, but the signed module has ${expected} (input '${action_inputs/* Inputs */.G0.ModuleSha256}'): refusing to release a module that is not the one signed and deployed`);
    const functionsText = await optionalFile(core/* getInput */.V4(action_inputs/* Inputs */.G0.FunctionsFileInput), 'functions.json');
    const functions = functionsText
        ? (0,build_functions/* parseFunctionsJson */.ph)(functionsText.toString('utf8'), 'functions.json')
        : undefined;
    const report = (await optionalFile(core/* getInput */.V4(action_inputs/* Inputs */.G0.SupersetReport), 'superset report'))?.toString('utf8') ?? '';
    const buildSummary = await optionalFile(core/* getInput */.V4(action_inputs/* Inputs */.G0.BuildSummary), 'build summary');
    const measurementsText = core/* getInput */.V4(action_inputs/* Inputs */.G0.MeasurementsInput);
    let measurements = {};
    if (measurementsText) {
        try {
            measurements = JSON.parse(measurementsText);
        }
        catch {
            throw new errors/* LivepatchError */.bi(`Invalid input '${action_inputs/* Inputs */.G0.MeasurementsInput}': expected the deploy step's measurements JSON`);
        }
    }
    const assets = [
        { name: (0,external_node_path_.basename)(module.path), data: module.bytes, contentType: 'application/octet-stream' },
        {
            name: `${(0,external_node_path_.basename)(module.path)}.sha256`,
            data: Buffer.from(`${module.sha256}  ${(0,external_node_path_.basename)(module.path)}\n`),
            contentType: 'text/plain'
        }
    ];
    if (functionsText)
        assets.push({ name: 'functions.json', data: functionsText, contentType: 'application/json' });
    if (report)
        assets.push({
            name: 'superset-report.md',
            data: Buffer.from(report),
            contentType: 'text/markdown'
        });
    if (buildSummary)
        assets.push({ name: 'build-summary.json', data: buildSummary, contentType: 'application/json' });
    if (measurementsText)
        assets.push({
            name: 'golden-measurements.json',
            data: Buffer.from(JSON.stringify(measurements, null, 2) + '\n'),
            contentType: 'application/json'
        });
    const changed = Object.entries(functions?.objects ?? {}).flatMap(([object, e]) => e.changed.map(f => `${object}: ${f}`));
    const tag = releaseTag(latest.number);
    const octokit = github/* getOctokit */.Q(token, {
        baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com'
    });
    const result = await publishRelease(octokitApi(octokit, owner, repo), {
        tag,
        commitSha,
        moduleName: module.name,
        moduleSha256: module.sha256,
        notes: renderNotes({
            moduleName: module.name,
            moduleSha256: module.sha256,
            changedFunctions: changed,
            supersetReport: report,
            measurements
        }),
        assets
    });
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.ReleaseTag, result.tag);
    await core/* summary */.z
        .addHeading('livepatch release', 2)
        .addRaw(`${result.created ? 'Created' : 'Already released (no-op)'}: \`${result.tag}\` on \`${commitSha}\`; assets uploaded: ${result.uploaded.join(', ') || 'none'}\n`)
        .write();
    return 0;
}


/***/ }),

/***/ 98229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ missingFunctions),
/* harmony export */   PM: () => (/* binding */ parseFunctionLines),
/* harmony export */   ae: () => (/* binding */ FunctionGateError),
/* harmony export */   ph: () => (/* binding */ parseFunctionsJson)
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

/***/ 42530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   lo: () => (/* binding */ moduleNameFor),
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
