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
// EXTERNAL MODULE: ./src/deploy/deploy.ts + 1 modules
var deploy = __webpack_require__(94583);
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
            throw new errors/* LivepatchError */.b(`release ${request.tag} already exists with module sha256 ${recorded ?? '(unknown)'}, not ${request.moduleSha256}: a different module under an existing tag is refused; release it under the next patch number`, 'fail');
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
        throw new errors/* LivepatchError */.b(`cannot read ${what} '${path}': ${error.message}`);
    }
}
async function runRelease(inputs) {
    const token = core/* getInput */.V4(action_inputs/* Inputs */.G0.GithubToken);
    if (!token)
        throw new errors/* LivepatchError */.b(`Input required and not supplied: ${action_inputs/* Inputs */.G0.GithubToken}`);
    (0,action_inputs/* maskSecret */.$l)(token);
    if (!inputs.module)
        throw new errors/* LivepatchError */.b(`Input required and not supplied: ${action_inputs/* Inputs */.G0.Module} (the signed .ko)`);
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    const commitSha = process.env.GITHUB_SHA;
    if (!owner || !repo || !commitSha)
        throw new errors/* LivepatchError */.b('GITHUB_REPOSITORY and GITHUB_SHA must be set (run inside GitHub Actions)');
    const history = await (0,patches_history/* readHistory */.Lu)(inputs.patchesDir);
    const latest = history.patches[history.patches.length - 1];
    if (!latest)
        throw new errors/* LivepatchError */.b(`no patches in ${inputs.patchesDir}`);
    const module = await (0,deploy/* readModuleArtifact */.p7)(inputs.module);
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
            throw new errors/* LivepatchError */.b(`Invalid input '${action_inputs/* Inputs */.G0.MeasurementsInput}': expected the deploy step's measurements JSON`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`${source}: not a functions.json written by livepatch build (${error.message})`);
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
class FunctionGateError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b {
    missing;
    constructor(missing, previous) {
        super(`the new module no longer patches ${missing.map(m => `${m.function} (${m.object})`).join(', ')}, which ${previous} patched: in replace mode those functions would silently revert to the unpatched code. Keep their changes in the new patch.`, 'fail');
        this.missing = missing;
    }
}


/***/ }),

/***/ 94583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FE: () => (/* binding */ checkBeforeUpload),
  Cd: () => (/* binding */ deployFleet),
  tj: () => (/* binding */ deploySucceeded),
  ZG: () => (/* binding */ measurementsOf),
  p7: () => (/* binding */ readModuleArtifact)
});

// UNUSED EXPORTS: applyToVm, errorBudget, statusOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sign/elf.ts
var elf = __webpack_require__(90116);
// EXTERNAL MODULE: ./src/sign/pkcs7.ts
var pkcs7 = __webpack_require__(64345);
// EXTERNAL MODULE: ./src/sign/sign.ts + 1 modules
var sign = __webpack_require__(80982);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/deploy/types.ts
var types = __webpack_require__(44130);
;// CONCATENATED MODULE: ./src/deploy/channel.ts
// The command-channel protocol: deliver the guest script and the module in checksummed chunks,
// reassemble and verify on the VM, run `livepatch-apply.sh`, read its one JSON line.





/** Base64 characters per chunk: small enough for any run-command payload and a serial line. */
const CHUNK_SIZE = 3072;
const WORK_DIR = '/run/livepatch-upload';
let cachedScript;
/** The guest script's text: next to the bundle in dist/, or in guest/ of the source tree. */
function guestScript() {
    if (cachedScript !== undefined)
        return cachedScript;
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const candidate of [
        (0,external_node_path_.join)(here, 'livepatch-apply.sh'),
        (0,external_node_path_.join)(here, '..', 'livepatch-apply.sh'),
        (0,external_node_path_.join)(here, '..', '..', 'guest', 'livepatch-apply.sh')
    ]) {
        try {
            cachedScript = (0,external_node_fs_.readFileSync)(candidate, 'utf8');
            return cachedScript;
        }
        catch {
            // try the next place
        }
    }
    throw new Error('guest/livepatch-apply.sh not found beside the program');
}
const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/** Shell commands that write `data` as checksummed base64 chunks to `dir/<name>.b64.NNNN`. */
function chunkCommands(dir, name, data, size = CHUNK_SIZE) {
    const text = data.toString('base64');
    const commands = [];
    for (let at = 0, k = 0; at < text.length || k === 0; at += size, k++) {
        const chunk = text.slice(at, at + size);
        const file = `${dir}/${name}.b64.${String(k).padStart(4, '0')}`;
        commands.push(`printf '%s' '${chunk}' > ${file} && [ "$(sha256sum ${file} | cut -d ' ' -f 1)" = ${sha256(chunk)} ] && echo __CHUNK_OK__`);
    }
    return commands;
}
/** The last line of output that is the guest script's JSON report. */
function parseGuestReport(stdout, vm) {
    const lines = stdout.replace(/\r/g, '').split('\n').reverse();
    for (const line of lines) {
        if (!line.startsWith('{'))
            continue;
        try {
            const raw = JSON.parse(line);
            if (typeof raw.status !== 'string')
                continue;
            return {
                status: raw.status,
                module: String(raw.module ?? ''),
                sha256: String(raw.sha256 ?? ''),
                kernel: String(raw.kernel ?? ''),
                active: Array.isArray(raw.active) ? raw.active.map(String) : [],
                transitionSeconds: typeof raw.transition_seconds === 'number' ? raw.transition_seconds : null,
                message: String(raw.message ?? '')
            };
        }
        catch {
            // not the report line
        }
    }
    throw new types/* DeployError */.s(`${vm}: the guest script printed no JSON report; output was: ${stdout.trim().slice(-500) || '(nothing)'}`, vm);
}
async function deliver(channel, vm, dir, name, data, timeoutMs) {
    for (const command of chunkCommands(dir, name, data)) {
        let ok = false;
        for (let attempt = 0; attempt < 2 && !ok; attempt++) {
            const output = await channel.run(vm, command, timeoutMs);
            ok = output.stdout.includes('__CHUNK_OK__');
        }
        if (!ok)
            throw new types/* DeployError */.s(`${vm.name}: a chunk of ${name} arrived corrupted twice`, vm.name);
    }
}
/** Ensure the guest script is on the VM; returns its path there. */
async function installGuestScript(channel, vm, timeoutMs) {
    const script = Buffer.from(guestScript());
    const dir = `${WORK_DIR}/guest-${sha256(script).slice(0, 16)}`;
    const path = `${dir}/livepatch-apply.sh`;
    const present = await channel.run(vm, `[ -f ${path} ] && echo __PRESENT__ || true`, timeoutMs);
    if (present.stdout.includes('__PRESENT__'))
        return path;
    await channel.run(vm, `rm -rf ${dir} && mkdir -p ${dir}`, timeoutMs);
    await deliver(channel, vm, dir, 'script', script, timeoutMs);
    const assembled = await channel.run(vm, `cat ${dir}/script.b64.* | base64 -d > ${path} && rm -f ${dir}/script.b64.* && chmod 700 ${path} && echo __ASSEMBLED__`, timeoutMs);
    if (!assembled.stdout.includes('__ASSEMBLED__'))
        throw new types/* DeployError */.s(`${vm.name}: could not install the guest script: ${assembled.stdout.trim()}`, vm.name);
    return path;
}
/** Run the guest script with arguments on the VM. */
async function channel_runGuest(channel, vm, args, timeoutMs) {
    const script = await installGuestScript(channel, vm, timeoutMs);
    const output = await channel.run(vm, `sh ${script} ${args}`, timeoutMs);
    return parseGuestReport(output.stdout, vm.name);
}
/** Deliver a module in chunks and apply it with replace semantics. */
async function applyOverCommands(channel, vm, module, options) {
    const script = await installGuestScript(channel, vm, options.commandTimeoutMs);
    const dir = `${WORK_DIR}/${module.sha256.slice(0, 16)}`;
    await channel.run(vm, `rm -rf ${dir} && mkdir -p ${dir}`, options.commandTimeoutMs);
    await deliver(channel, vm, dir, 'module', module.bytes, options.commandTimeoutMs);
    const file = `${dir}/${module.name}.ko`;
    const apply = [
        `cat ${dir}/module.b64.* | base64 -d > ${file} && rm -f ${dir}/module.b64.*`,
        `sh ${script} apply --module ${file} --sha256 ${module.sha256} --timeout ${options.timeoutSeconds}${options.persist ? ' --persist' : ''}`
    ].join('; ');
    const output = await channel.run(vm, apply, options.commandTimeoutMs + options.timeoutSeconds * 3000);
    return parseGuestReport(output.stdout, vm.name);
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts
// The deploy stage: check everything that can be checked before any VM is touched, then apply
// the module to each VM (canary first, then waves under a concurrency bound and an error
// budget), re-deploy the previous module where the new one failed, and end every targeted VM
// in exactly one result row.








const SUCCESS = ['applied', 'already-active'];
async function readModuleArtifact(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors/* LivepatchError */.b(`cannot read module '${path}': ${error.message}`);
    }
    const info = (0,elf/* readModinfo */.TK)(bytes, path);
    const name = info.get('name')?.[0];
    const vermagic = info.get('vermagic')?.[0];
    if (!name || !vermagic)
        throw new errors/* LivepatchError */.b(`${path}: .modinfo lacks name or vermagic; is this a module kpatch-build wrote?`);
    if (info.get('livepatch')?.[0] !== 'Y') {
        throw new errors/* LivepatchError */.b(`${path}: not a livepatch module (.modinfo has no livepatch=Y); refusing to upload`);
    }
    return {
        path,
        bytes,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        name,
        kernelRelease: vermagic.split(' ')[0]
    };
}
/** Everything that can be known before upload. Throws (exit 2, no VM touched). */
async function checkBeforeUpload(module, options) {
    if (!(0,pkcs7/* isSigned */.JI)(module.bytes))
        throw new errors/* LivepatchError */.b(`${module.path}: not signed; the VMs' kernels refuse unsigned modules (run livepatch sign)`);
    if (options.kernelRelease !== undefined && module.kernelRelease !== options.kernelRelease) {
        throw new errors/* LivepatchError */.b(`${module.path}: built for kernel ${module.kernelRelease}, the VMs run ${options.kernelRelease}; refusing to upload`);
    }
    if (options.cert) {
        const verdict = await (0,sign/* verifyModule */.Sm)(module.path, options.cert.bytes, options.cert.source);
        if (!verdict.valid)
            throw new errors/* LivepatchError */.b(`${module.path}: ${verdict.reason}; the VMs would refuse it, so nothing was uploaded`);
    }
}
/** The error budget as a count of VMs. */
function errorBudget(maxErrors, vmCount) {
    if (maxErrors === undefined || maxErrors === '')
        return 0;
    const match = /^(\d+)(%?)$/.exec(maxErrors.trim());
    if (!match)
        throw new errors/* LivepatchError */.b(`invalid --max-errors '${maxErrors}': expected N or N%`);
    return match[2] ? Math.floor((Number(match[1]) * vmCount) / 100) : Number(match[1]);
}
function row(vm, module, status, message, report) {
    return {
        vm: vm.name,
        status,
        module: report?.module || module.name,
        sha256: report?.sha256 || module.sha256,
        kernel: report?.kernel ?? '',
        active: report?.active ?? [],
        transitionSeconds: report?.transitionSeconds ?? null,
        message
    };
}
async function applyOnce(provider, vm, module, options) {
    const channel = provider.channel;
    if (channel.kind === 'agent')
        return channel.apply(vm, module);
    return applyOverCommands(channel, vm, module, {
        timeoutSeconds: options.timeoutSeconds ?? 60,
        persist: options.persist ?? false,
        commandTimeoutMs: options.commandTimeoutMs ?? 60_000
    });
}
/** Apply to one VM; never throws: every outcome is a row. */
async function applyToVm(provider, vm, module, options) {
    if (vm.error)
        return row(vm, module, 'unreachable', vm.error);
    if (options.deployed?.[vm.name] === module.sha256) {
        const skipped = row(vm, module, 'already-active', 'skipped: this VM already runs this exact module (deploy record)');
        return { ...skipped, active: [module.name] };
    }
    let result;
    try {
        const report = await applyOnce(provider, vm, module, options);
        const status = report.status === 'ok' ? 'applied' : report.status;
        result = row(vm, module, status, report.message, report);
    }
    catch (error) {
        return row(vm, module, error instanceof types/* DeployError */.s ? error.outcome : 'unreachable', (0,errors/* errorMessage */.g)(error));
    }
    if (SUCCESS.includes(result.status) || !options.previous)
        return result;
    // The new module did not take. If the previous one is no longer active there, put it back.
    if (result.active.includes(options.previous.name))
        return result;
    try {
        const back = await applyOnce(provider, vm, options.previous, options);
        result.rollback = {
            status: back.status === 'ok' ? 'applied' : back.status,
            message: `re-deployed ${options.previous.name}: ${back.message}`
        };
        result.active = back.active;
    }
    catch (error) {
        result.rollback = {
            status: 'unreachable',
            message: `re-deploying ${options.previous.name} failed: ${(0,errors/* errorMessage */.g)(error)}`
        };
    }
    return result;
}
/** Canary first, then waves of at most maxConcurrency, stopping when the error budget is spent. */
async function deployFleet(provider, vms, module, options) {
    const results = new Map();
    const budget = errorBudget(options.maxErrors, vms.length);
    const concurrency = Math.max(1, options.maxConcurrency ?? 4);
    let errors = 0;
    let stopped;
    const record = (result) => {
        results.set(result.vm, result);
        if (!SUCCESS.includes(result.status))
            errors++;
        options.onResult?.(result);
    };
    const canaries = vms.slice(0, Math.max(0, options.canary ?? 0));
    for (const vm of canaries) {
        record(await applyToVm(provider, vm, module, options));
        if (errors > 0) {
            stopped = `rollout stopped: canary ${vm.name} did not take the module`;
            break;
        }
    }
    const rest = vms.slice(canaries.length);
    let next = 0;
    const worker = async () => {
        while (!stopped && next < rest.length) {
            const vm = rest[next++];
            record(await applyToVm(provider, vm, module, options));
            if (errors > budget)
                stopped = `rollout stopped: ${errors} VM(s) failed, error budget ${budget}`;
        }
    };
    if (!stopped)
        await Promise.all(Array.from({ length: Math.min(concurrency, rest.length) }, worker));
    return vms.map(vm => {
        const done = results.get(vm.name);
        if (done)
            return done;
        const skipped = row(vm, module, 'skipped', stopped ?? 'not attempted');
        options.onResult?.(skipped);
        return skipped;
    });
}
function unreachableReport(message) {
    return {
        status: 'unreachable',
        module: '',
        sha256: '',
        kernel: '',
        active: [],
        transitionSeconds: null,
        message
    };
}
/** Status of each VM, through the guest script (command channels) or the agent. */
async function statusOf(provider, vms, options) {
    const channel = provider.channel;
    return Promise.all(vms.map(async (vm) => {
        if (vm.error)
            return unreachableReport(vm.error);
        try {
            return channel.kind === 'agent'
                ? await channel.status(vm)
                : await runGuest(channel, vm, 'status', options.commandTimeoutMs ?? 60_000);
        }
        catch (error) {
            return unreachableReport(errorMessage(error));
        }
    }));
}
/** Measurements recorded in a deploy, keyed by VM in the order of the result rows. */
function measurementsOf(results) {
    return Object.fromEntries(results.filter(r => r.measurement !== undefined).map(r => [r.vm, r.measurement]));
}
function deploySucceeded(results) {
    return results.every(r => SUCCESS.includes(r.status));
}


/***/ }),

/***/ 44130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ DeployError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

class DeployError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b {
    vm;
    outcome;
    constructor(message, vm, 
    /** The row this failure puts the VM in: refused when it was known before any upload. */
    outcome = 'unreachable') {
        super(message);
        this.vm = vm;
        this.outcome = outcome;
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
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`cannot read patches folder '${dir}': ${error.message}. Pass --dir (input patches-dir) pointing at the folder of NNNN-name.patch files`);
    }
    const problems = [];
    const patches = [];
    for (const name of names.sort()) {
        const match = PATCH_NAME.exec(name);
        if (!match) {
            if (LOOKS_LIKE_PATCH.test(name)) {
                problems.push({
                    file: name,
                    rule: 'name',
                    message: `${name}: expected NNNN-short-name.patch (four digits, a dash, letters/digits/._+-)`
                });
            }
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`git ${args.join(' ')} failed in ${cwd}: ${stderr || error.message}`);
    }
}
/** What the change since `baseRef` did to the folder: only appending new patches at the end is allowed. */
async function compareWithBase(history, baseRef) {
    const cwd = history.dir;
    const commit = await git(cwd, ['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]).catch(() => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`base ref '${baseRef}' is not a commit in this repository; fetch it first (actions/checkout with fetch-depth: 0) or pass an existing ref`);
    });
    // `ls-tree` with a path is relative to the working directory, so this lists the folder at base.
    const listing = await git(cwd, ['ls-tree', '-z', commit.trim(), '--', '.']);
    const baseBlobs = new Map();
    for (const record of listing.split('\0')) {
        const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(record);
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
                message: `${name} was edited since ${baseRef}: released patches are immutable; put the change into a new patch at the end`
            });
            continue;
        }
        const movedTo = currentByBlob.get(blob);
        problems.push(movedTo && !baseBlobs.has(movedTo)
            ? {
                file: name,
                rule: 'renamed',
                renamedTo: movedTo,
                message: `${name} was renamed to ${movedTo} since ${baseRef}: released patches keep their names`
            }
            : {
                file: name,
                rule: 'deleted',
                message: `${name} was deleted since ${baseRef}: released patches stay in the history`
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
                message: `${entry.name} is not after the last patch at ${baseRef} (${pad(baseMax)}): new patches go at the end`
            });
            continue;
        }
        appended.push(entry);
    }
    return { appended, problems };
}


/***/ })

};
