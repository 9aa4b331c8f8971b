export const id = 572;
export const ids = [572];
export const modules = {

/***/ 30572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReleaseCommand: () => (/* binding */ runReleaseCommand)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/app/release.ts
// release: after a successful deploy, the tag and GitHub release of exactly the module that was
// signed and deployed, with functions.json, the superset report, the build summary, the deploy
// record and each VM's golden measurement. The GitHub calls are the door's (ReleaseApi).



function releaseSettings(r, commitSha) {
    if (!commitSha)
        throw new errors/* LivepatchError */.bi('GITHUB_SHA must be set (run inside GitHub Actions)');
    return {
        patchesDir: r.text('patchesDir') ?? 'patches',
        module: r.required('module', 'the signed .ko'),
        moduleSha256: r.text('moduleSha256')?.toLowerCase() || undefined,
        functionsFile: r.text('functionsFile') || undefined,
        supersetReport: r.text('supersetReport') || undefined,
        buildSummary: r.text('buildSummary') || undefined,
        measurements: { text: r.text('measurements') || undefined, label: r.label('measurements') },
        deployRecord: r.text('deployRecord') || undefined,
        commitSha
    };
}
/** A file the release may go without: missing is a warning, unreadable an error. */
async function optionalFile(path, what, report) {
    if (!path)
        return undefined;
    try {
        return await (0,promises_.readFile)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            report.warning(`${what} '${path}' does not exist; the release goes without it`);
            return undefined;
        }
        throw new errors/* LivepatchError */.bi(`cannot read ${what} '${path}': ${error.message}`);
    }
}
/** A JSON object of VM → measurement, from the record's rows or the measurements text. */
function measurementsFrom(record, recordPath, text) {
    if (record) {
        let rows;
        try {
            rows = JSON.parse(record.toString('utf8')).results;
        }
        catch {
            rows = undefined;
        }
        if (!Array.isArray(rows))
            throw new errors/* LivepatchError */.bi(`${recordPath}: not a deploy record (expected the deploy job's deploy-results-<module>.json)`);
        const measured = new Map();
        for (const [index, row] of rows.entries()) {
            if (typeof row !== 'object' || row === null || Array.isArray(row))
                throw new errors/* LivepatchError */.bi(`${recordPath}: results[${index}] is not a VM's row (expected an object with id and measurement)`);
            const { id, measurement } = row;
            if (typeof id === 'string' && measurement !== undefined)
                measured.set(id, measurement);
        }
        return Object.fromEntries(measured);
    }
    if (!text.text)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text.text);
    }
    catch {
        parsed = undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new errors/* LivepatchError */.bi(`invalid ${text.label}: expected the deploy step's measurements JSON (an object of VM → measurement)`);
    return parsed;
}
async function runRelease(settings, api, report) {
    const { readHistory } = await __webpack_require__.e(/* import() */ 530).then(__webpack_require__.bind(__webpack_require__, 42530));
    const { readModuleArtifact } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(838), __webpack_require__.e(712)]).then(__webpack_require__.bind(__webpack_require__, 9712));
    const { parseFunctionsJson, changedFunctions } = await __webpack_require__.e(/* import() */ 229).then(__webpack_require__.bind(__webpack_require__, 98229));
    const { publishRelease, releaseTag, renderNotes } = await __webpack_require__.e(/* import() */ 672).then(__webpack_require__.bind(__webpack_require__, 46672));
    const history = await readHistory(settings.patchesDir);
    const latest = history.patches[history.patches.length - 1];
    if (!latest)
        throw new errors/* LivepatchError */.bi(`no patches in ${settings.patchesDir}`);
    const module = await readModuleArtifact(settings.module);
    // The module the sign job signed, and nothing else, is released.
    if (settings.moduleSha256 && module.sha256 !== settings.moduleSha256)
        throw new errors/* LivepatchError */.bi(`${module.path} has sha256 ${module.sha256}, but the signed module has ${settings.moduleSha256}: refusing to release a module that is not the one signed and deployed`);
    const functionsText = await optionalFile(settings.functionsFile, 'functions.json', report);
    const functions = functionsText
        ? parseFunctionsJson(functionsText.toString('utf8'), 'functions.json')
        : undefined;
    const superset = (await optionalFile(settings.supersetReport, 'superset report', report))?.toString('utf8') ?? '';
    const buildSummary = await optionalFile(settings.buildSummary, 'build summary', report);
    const record = await optionalFile(settings.deployRecord, 'deploy record', report);
    const measurements = measurementsFrom(record, settings.deployRecord, settings.measurements);
    const name = (0,external_node_path_.basename)(module.path);
    const assets = [
        { name, data: module.bytes, contentType: 'application/octet-stream' },
        {
            name: `${name}.sha256`,
            data: Buffer.from(`${module.sha256}  ${name}\n`),
            contentType: 'text/plain'
        }
    ];
    const json = 'application/json';
    if (functionsText)
        assets.push({ name: 'functions.json', data: functionsText, contentType: json });
    if (superset)
        assets.push({
            name: 'superset-report.md',
            data: Buffer.from(superset),
            contentType: 'text/markdown'
        });
    if (buildSummary)
        assets.push({ name: 'build-summary.json', data: buildSummary, contentType: json });
    if (record)
        assets.push({ name: 'deploy-record.json', data: record, contentType: json });
    if (measurements)
        assets.push({
            name: 'golden-measurements.json',
            data: Buffer.from(JSON.stringify(measurements, null, 2) + '\n'),
            contentType: json
        });
    const result = await publishRelease(api, {
        tag: releaseTag(latest.number),
        commitSha: settings.commitSha,
        moduleName: module.name,
        moduleSha256: module.sha256,
        notes: renderNotes({
            moduleName: module.name,
            moduleSha256: module.sha256,
            changedFunctions: functions ? changedFunctions(functions) : [],
            supersetReport: superset,
            measurements: measurements ?? {}
        }),
        assets
    });
    return { ...result, commitSha: settings.commitSha };
}

// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var inputs = __webpack_require__(35859);
// EXTERNAL MODULE: ./src/action/reporter.ts
var reporter = __webpack_require__(65121);
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
async function runReleaseCommand() {
    const r = (0,inputs/* actionReader */.CE)();
    const token = r.required('githubToken', '');
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new errors/* LivepatchError */.bi('GITHUB_REPOSITORY must be set (run inside GitHub Actions)');
    const settings = releaseSettings(r, process.env.GITHUB_SHA);
    const octokit = github/* getOctokit */.Q(token, {
        baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com'
    });
    const result = await runRelease(settings, octokitApi(octokit, owner, repo), (0,reporter/* actionReporter */.I)());
    core/* setOutput */.uH(inputs/* Outputs */.tY.ReleaseTag, result.tag);
    await core/* summary */.z
        .addHeading('livepatch release', 2)
        .addRaw(`${result.created ? 'Created' : 'Already released (no-op)'}: \`${result.tag}\` on \`${result.commitSha}\`; assets uploaded: ${result.uploaded.join(', ') || 'none'}\n`)
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


/***/ })

};
