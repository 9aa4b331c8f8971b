export const id = 717;
export const ids = [717];
export const modules = {

/***/ 95717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeployCommand: () => (/* binding */ runDeployCommand)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/app/certificate.ts
var app_certificate = __webpack_require__(91676);
;// CONCATENATED MODULE: ./src/app/deploy.ts
// deploy, rollback and status, for both doors: typed settings from the one table, then
// check → lookup → select → deployFleet, the measurements on the result rows, the deploy record.
// A door only builds the Reader, calls these and renders what they return.




/** `--address HOST[:PORT]`: checked before any request is made. */
function checkAddress(address, label) {
    if (address === undefined)
        return;
    const match = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+|[0-9A-Fa-f:]+)(?::(\d{1,5}))?$/.exec(address);
    const port = match?.[1] === undefined ? 8000 : Number(match[1]);
    if (!match || port < 1 || port > 65535)
        throw new errors/* LivepatchError */.bi(`invalid ${label} '${address}': expected HOST[:PORT] (an IP or DNS name; a port 1-65535)`);
}
/** Where and how to reach the VMs, from the table; every value checked before any VM is touched. */
function fleetSettings(r, env) {
    const provider = r.choice('provider');
    if (!provider)
        throw new errors/* LivepatchError */.bi(`name the provider: ${r.label('provider')} (aws, gcp or azure)`);
    const targets = r.list('targets');
    const selector = r.text('selector') || undefined;
    if (targets.length === 0 && !selector)
        throw new errors/* LivepatchError */.bi(`name the VMs: ${r.label('targets')} (names or instance ids) or ${r.label('selector')} (KEY=VALUE)`);
    if (selector && provider === 'qemu')
        throw new errors/* LivepatchError */.bi(`provider qemu has no ${r.label('selector')}`);
    const address = r.text('address') || undefined;
    checkAddress(address, r.label('address'));
    const ssmTokenPath = r.text('ssmTokenPath') || undefined;
    if (ssmTokenPath && provider !== 'aws')
        throw new errors/* LivepatchError */.bi(`${r.label('ssmTokenPath')} is for provider aws`);
    const tokensGiven = r.given('agentTokens');
    return {
        provider,
        targets,
        selector,
        address,
        addressKind: r.choice('addressKind') ?? 'public',
        agentPort: r.whole('agentPort'),
        pins: r.list('agentCertSha256'),
        insecure: r.flag('insecure'),
        // Never a command-line value (it would show in `ps`): the action's input, else the environment.
        tokens: {
            text: tokensGiven ? r.text('agentTokens') : env.CVM_AGENT_TOKENS,
            source: tokensGiven ? r.label('agentTokens') : 'CVM_AGENT_TOKENS'
        },
        tokenDir: r.text('tokenDir') || undefined,
        ssmTokenPath,
        endpoint: r.text('endpoint') || undefined,
        region: r.text('region') || undefined,
        project: r.text('project') || undefined,
        zone: r.text('zone') || undefined,
        subscription: r.text('subscription') || undefined,
        resourceGroup: r.text('resourceGroup') || undefined,
        qemuStateDir: r.text('stateDir') || undefined
    };
}
function deploySettings(r, env) {
    const fleet = fleetSettings(r, env);
    return {
        ...fleet,
        module: r.required('module', 'the signed .ko'),
        certificate: {
            value: r.text('signingCert'),
            label: r.label('signingCert'),
            given: r.given('signingCert')
        },
        kernelRelease: r.text('kernelRelease') || undefined,
        previousModule: r.text('previousModule') || undefined,
        timeoutSeconds: r.whole('timeout'),
        canary: r.whole('canary'),
        maxConcurrency: r.whole('maxConcurrency'),
        maxErrors: r.text('maxErrors'),
        persist: r.flag('persist'),
        state: r.text('state') || undefined,
        measurementsFile: r.text('measurementsFile') || undefined
    };
}
/** The provider with its tokens, pins and cloud options; measurements land in `measurements`. */
async function openProvider(fleet, report, measurements) {
    const { loadProvider } = await __webpack_require__.e(/* import() */ 277).then(__webpack_require__.bind(__webpack_require__, 97277));
    if (fleet.provider === 'qemu')
        return loadProvider('qemu', { qemuStateDir: fleet.qemuStateDir });
    const { firstToken, tokensFromDir, tokensFromEnv } = await __webpack_require__.e(/* import() */ 197).then(__webpack_require__.bind(__webpack_require__, 94197));
    const { parsePins } = await __webpack_require__.e(/* import() */ 582).then(__webpack_require__.bind(__webpack_require__, 54582));
    const mask = (secret) => report.mask(secret);
    const sources = [tokensFromEnv(fleet.tokens.text, mask, fleet.tokens.source)];
    if (fleet.tokenDir)
        sources.push(tokensFromDir(fleet.tokenDir, fleet.provider, mask));
    if (fleet.ssmTokenPath)
        sources.push((await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(96), __webpack_require__.e(678), __webpack_require__.e(498)]).then(__webpack_require__.bind(__webpack_require__, 11498))).ssmTokens(fleet.ssmTokenPath, { endpoint: fleet.endpoint, region: fleet.region }, mask));
    const options = {
        cloud: {
            endpoint: fleet.endpoint,
            region: fleet.region,
            address: fleet.address,
            addressKind: fleet.addressKind,
            vendorDir: fleet.tokenDir,
            project: fleet.project,
            zone: fleet.zone,
            subscription: fleet.subscription,
            resourceGroup: fleet.resourceGroup,
            agentPort: fleet.agentPort,
            agent: {
                tokens: firstToken(...sources),
                pins: parsePins(fleet.pins),
                insecure: fleet.insecure
            },
            onMeasurement: (vm, measurement) => measurements.set(vm, measurement)
        }
    };
    return loadProvider(fleet.provider, options);
}
/** A cloud or VM lookup's failure may quote what a cloud API said: made one safe line first. */
async function looked(lookup) {
    try {
        return await lookup();
    }
    catch (error) {
        if (error instanceof errors/* LivepatchError */.bi)
            throw error;
        const { remoteText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 23041));
        throw new errors/* LivepatchError */.bi(remoteText((0,errors/* errorMessage */.gJ)(error)));
    }
}
async function findFleet(provider, fleet) {
    if (fleet.selector) {
        if (!provider.select)
            throw new errors/* LivepatchError */.bi(`provider ${fleet.provider} has no selector`);
        const { parseSelector } = await __webpack_require__.e(/* import() */ 678).then(__webpack_require__.bind(__webpack_require__, 64678));
        const select = provider.select.bind(provider);
        const selector = parseSelector(fleet.selector);
        return looked(() => select(selector));
    }
    return looked(() => provider.find(fleet.targets));
}
/** The deploy record: a JSON object of VM id (else name) → sha256 (a Map: VM names are any text). */
async function readState(path, label) {
    const state = new Map();
    if (!path)
        return state;
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return state;
        throw new errors/* LivepatchError */.bi(`${label} ${path}: not a deploy record (${error.message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new errors/* LivepatchError */.bi(`${label} ${path}: not a deploy record (expected a JSON object)`);
    for (const [vm, sha] of Object.entries(parsed)) {
        if (typeof sha !== 'string' || !/^[0-9a-f]{64}$/.test(sha))
            throw new errors/* LivepatchError */.bi(`${label} ${path}: the entry for VM '${vm}' is not a sha256 (64 hex digits)`);
        state.set(vm, sha);
    }
    return state;
}
/** A row as a log line: `vm (id): status — message`. */
const resultLine = (result) => `${result.vm}${result.id === result.vm ? '' : ` (${result.id})`}: ${result.status} — ${result.message}`;
/**
 * Deploy (or roll back: a cumulative replace-mode module replaces whatever is loaded) the module
 * to the fleet. Errors (exit 2) come before any VM is touched; the rows say what each VM did.
 */
async function runDeploy(settings, report) {
    const { checkBeforeUpload, checkResultPath, deployFleet, deploySucceeded, readModuleArtifact } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9712));
    const module = await readModuleArtifact(settings.module);
    const cert = settings.certificate;
    // The default certificate is used when it exists; a named one must.
    const certificate = cert.value && (cert.given || (0,external_node_fs_.existsSync)(cert.value))
        ? await (0,app_certificate/* readCertificate */.w)(cert.value, cert.label)
        : undefined;
    if (!certificate)
        report.warning(`no certificate (${cert.label}): this deploy does NOT check the module's signature; only the VMs' kernels will judge it (name the certificate to refuse a module they would reject before it is sent)`);
    if (settings.state)
        await checkResultPath(settings.state, '--state');
    if (settings.measurementsFile)
        await checkResultPath(settings.measurementsFile, '--measurements');
    const options = {
        cert: certificate,
        kernelRelease: settings.kernelRelease,
        previous: settings.previousModule
            ? await readModuleArtifact(settings.previousModule)
            : undefined,
        timeoutSeconds: settings.timeoutSeconds,
        canary: settings.canary,
        maxConcurrency: settings.maxConcurrency,
        maxErrors: settings.maxErrors,
        persist: settings.persist,
        deployed: await readState(settings.state, '--state'),
        onResult: result => report.info(resultLine(result))
    };
    await checkBeforeUpload(module, options); // exit 2 before any VM is touched
    const measurements = new Map();
    const provider = await openProvider(settings, report, measurements);
    try {
        const vms = await findFleet(provider, settings);
        const results = await deployFleet(provider, vms, module, options);
        // Rows are in target order; a row's `vm` and `id` are made safe to print: key by target.
        const key = (k) => vms[k].id ?? vms[k].name;
        results.forEach((result, k) => {
            const measurement = measurements.get(key(k));
            if (measurement !== undefined)
                result.measurement = measurement;
        });
        if (settings.state)
            await writeState(settings.state, options.deployed, results, vms, module);
        if (settings.measurementsFile) {
            const { measurementsOf } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9712));
            const { writeFileAtomic } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 59148));
            await writeFileAtomic(settings.measurementsFile, JSON.stringify(measurementsOf(results), null, 2) + '\n');
        }
        const failed = results.filter(r => r.status !== 'applied' && r.status !== 'already-active');
        return {
            provider: settings.provider,
            module,
            results,
            succeeded: deploySucceeded(results),
            failed,
            insecure: settings.insecure
        };
    }
    finally {
        await provider.close();
    }
}
async function writeState(path, before, results, vms, module) {
    const { writeFileAtomic } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 59148));
    const state = new Map(before instanceof Map ? before : Object.entries(before ?? {}));
    results.forEach((result, k) => {
        if (result.status === 'applied')
            state.set(vms[k].id ?? vms[k].name, module.sha256);
    });
    await writeFileAtomic(path, JSON.stringify(Object.fromEntries(state), null, 2) + '\n');
}
async function runStatus(fleet, report) {
    const { statusOf } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9712));
    const provider = await openProvider(fleet, report, new Map());
    try {
        const vms = await findFleet(provider, fleet);
        const reports = await statusOf(provider, vms, {});
        return { vms, reports, healthy: reports.every(r => r.status === 'ok') };
    }
    finally {
        await provider.close();
    }
}

// EXTERNAL MODULE: ./src/deploy/deploy.ts + 3 modules
var deploy = __webpack_require__(9712);
// EXTERNAL MODULE: ./src/deploy/record.ts
var deploy_record = __webpack_require__(61654);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(59148);
;// CONCATENATED MODULE: ./src/render/deploy.ts
// Result rows of a deploy as a terminal table and as Markdown for the job summary. The summary
// stays small at any fleet size: totals, then only the rows that need a person, capped.

/** Rows the summary lists at most; the rest are in the deploy record file. */
const SUMMARY_ROW_CAP = 200;
/** Characters of one message in the summary (an agent's reply can be long). */
const SUMMARY_MESSAGE_CHARS = 400;
/** The table's share of GitHub's 1 MiB step summary, whatever the rows hold. */
const SUMMARY_TABLE_CHARS = 256 * 1024;
function cells(result) {
    const rollback = result.rollback
        ? ` | rollback: ${result.rollback.status} (${result.rollback.message})`
        : '';
    return [
        result.vm,
        result.id === result.vm ? '-' : result.id,
        result.status,
        result.module,
        result.active.join(' ') || '-',
        result.transitionSeconds === null ? '-' : `${result.transitionSeconds}s`,
        `${result.message}${rollback}`
    ];
}
const HEAD = ['vm', 'id', 'status', 'module', 'active', 'transition', 'message'];
function renderDeployTable(results) {
    const rows = [HEAD, ...results.map(cells)];
    const widths = HEAD.map((_, k) => k === HEAD.length - 1 ? 0 : rows.reduce((w, r) => Math.max(w, r[k].length), 0));
    return (rows
        .map(r => r.map((cell, k) => (k === HEAD.length - 1 ? cell : cell.padEnd(widths[k]))).join('  '))
        .join('\n') + '\n');
}
const markdownCell = (text, max = Infinity) => {
    const short = text.length > max ? `${text.slice(0, max)}…` : text;
    return short
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|');
};
function renderDeploySummary(results, title, options = {}) {
    const counts = (0,deploy_record/* deployCounts */.af)(results);
    const cap = options.cap ?? SUMMARY_ROW_CAP;
    const lines = [`## ${markdownCell(title)}`, '', `**${counts.total} VMs**`, ''];
    lines.push('| status | VMs |', '| --- | ---: |');
    for (const status of deploy_record/* STATUSES */.f)
        if (counts[status] > 0)
            lines.push(`| ${status} | ${counts[status]} |`);
    lines.push('');
    const attention = results.filter(r => deploy_record/* NEEDS_A_PERSON */.qj.includes(r.status));
    if (attention.length === 0) {
        lines.push('Every VM runs the module.');
    }
    else {
        lines.push(`### Needs a person: ${attention.length} VMs`, '');
        lines.push(`| ${HEAD.join(' | ')} |`, `| ${HEAD.map(() => '---').join(' | ')} |`);
        // At most `cap` rows, and never more than SUMMARY_TABLE_CHARS of them (names and replies may be long).
        let listed = 0;
        let size = 0;
        for (const result of attention.slice(0, cap)) {
            const row = cells(result);
            row[row.length - 1] = markdownCell(row[row.length - 1], SUMMARY_MESSAGE_CHARS);
            const line = `| ${row.map((c, k) => (k === row.length - 1 ? c : markdownCell(c, 200))).join(' | ')} |`;
            if (size + line.length > SUMMARY_TABLE_CHARS)
                break;
            lines.push(line);
            size += line.length + 1;
            listed++;
        }
        if (attention.length > listed)
            lines.push('', `… and ${attention.length - listed} more${options.record ? ` in ${markdownCell(options.record)}` : ''}.`);
    }
    if (options.record)
        lines.push('', `Every VM's row and measurement: ${markdownCell(options.record)}.`);
    return lines.join('\n') + '\n';
}
function renderStatusTable(vms, reports) {
    const rows = [
        ['vm', 'status', 'kernel', 'active', 'message'],
        ...reports.map((r, k) => [
            vms[k],
            r.status,
            r.kernel || '-',
            r.active.join(' ') || '-',
            r.message
        ])
    ];
    const widths = [0, 1, 2, 3].map(k => Math.max(...rows.map(r => r[k].length)));
    return (rows
        .map(r => r.map((cell, k) => (k < 4 ? cell.padEnd(widths[k]) : cell)).join('  '))
        .join('\n') + '\n');
}

// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var inputs = __webpack_require__(35859);
// EXTERNAL MODULE: ./src/action/reporter.ts
var reporter = __webpack_require__(65121);
;// CONCATENATED MODULE: ./src/action/deploy.ts
// `command: deploy` — runs in the protected environment (required reviewers are the approval
// gate). Tokens come from the `agent-tokens` input (the CVM_AGENT_TOKENS secret) or SSM, and are
// masked first; cloud credentials only from the SDKs' default chains, which the ecosystem's
// OIDC login actions fill.












async function runDeployCommand() {
    const settings = deploySettings((0,inputs/* actionReader */.CE)(), process.env);
    // The runner always supplies signing-cert (action.yml's default when the caller gives none, or
    // an empty value): the action never deploys unchecked. A missing file is exit 2.
    settings.certificate.given = true;
    // The runner reaches cloud VMs; a local qemu VM is the CLI's.
    if (settings.provider === 'qemu')
        throw new errors/* LivepatchError */.bi("Invalid input 'provider': 'qemu'. Expected aws, gcp or azure.");
    const upload = (0,inputs/* actionReader */.CE)().flag('uploadRecord');
    const outcome = await runDeploy(settings, (0,reporter/* actionReporter */.I)());
    await reportDeploy(outcome, upload);
    if (!outcome.succeeded) {
        core/* setFailed */.C1(`livepatch deploy: ${outcome.failed.length} of ${outcome.results.length} VMs did not take the module`);
        return 1;
    }
    return 0;
}
/** Error annotations per step that GitHub shows; the rest are counted in one more. */
const ANNOTATIONS = 10;
/**
 * Outputs, record file, artifact and summary, each within GitHub's limits at any fleet size: the
 * full per-VM record goes to a JSON file (and an artifact when the runner has the artifact
 * service); `results` and `measurements` are set only while they fit.
 */
async function reportDeploy({ provider, module, results, failed, insecure }, upload) {
    const record = (0,deploy_record/* deployRecord */.FJ)(provider, module, results);
    const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'livepatch-deploy');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, `deploy-results-${module.name}.json`);
    await (0,files.writeFileAtomic)(file, JSON.stringify(record, null, 1) + '\n');
    const artifactName = upload
        ? await uploadRecord(`livepatch-deploy-results-${module.name}`, file, dir)
        : undefined;
    core/* setOutput */.uH(inputs/* Outputs */.tY.ResultsFile, file);
    core/* setOutput */.uH(inputs/* Outputs */.tY.ResultsArtifact, artifactName ?? '');
    core/* setOutput */.uH(inputs/* Outputs */.tY.Counts, JSON.stringify(record.counts));
    const where = artifactName ? `artifact ${artifactName} (${file})` : file;
    const rows = (0,deploy_record/* boundedJson */.Qt)(results);
    const measured = (0,deploy_record/* boundedJson */.Qt)((0,deploy.measurementsOf)(results));
    core/* setOutput */.uH(inputs/* Outputs */.tY.Results, rows ?? '');
    core/* setOutput */.uH(inputs/* Outputs */.tY.Measurements, measured ?? '');
    if (rows === undefined || measured === undefined)
        core/* notice */.lm(`${results.length} VMs: the per-VM results${measured === undefined ? ' and measurements' : ''} are too large for a job output (GitHub allows 1 MB per job); they are in ${where}`, { title: 'livepatch deploy' });
    let summary = renderDeploySummary(results, `livepatch deploy: ${module.name} to ${provider}`, {
        record: where
    });
    if (insecure)
        summary +=
            "\n> ⚠️ **insecure**: the agents' TLS certificates were NOT verified for this deploy.\n";
    await core/* summary */.z.addRaw(summary).write();
    for (const result of failed.slice(0, ANNOTATIONS))
        core/* error */.z3(resultLine(result), { title: 'livepatch deploy' });
    if (failed.length > ANNOTATIONS)
        core/* error */.z3(`… and ${failed.length - ANNOTATIONS} more VMs did not take the module; see ${where}`, {
            title: 'livepatch deploy'
        });
}
/** Upload the record as an artifact when the runner provides the artifact service; its name, or undefined. */
async function uploadRecord(name, file, dir) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN) {
        core/* info */.pq(`deploy record not uploaded as an artifact (no artifact service outside GitHub Actions): ${file}`);
        return undefined;
    }
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(932), __webpack_require__.e(738), __webpack_require__.e(352), __webpack_require__.e(351), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
        await new DefaultArtifactClient().uploadArtifact(name, [file], dir);
        return name;
    }
    catch (error) {
        // The VMs are already patched: a failed upload must not hide that; the file is still there.
        core/* warning */.$e(`deploy record not uploaded as artifact ${name}: ${(0,errors/* errorMessage */.gJ)(error)}; it is at ${file}`);
        return undefined;
    }
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

/***/ 91676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ readCertificate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
// The signing certificate, as either door is given it: PEM text (an action input holding the
// certificate itself) or the path of a PEM or DER file. Key material pasted here is never echoed.


/** `value` is PEM text or a path; `label` names the setting (`--cert`, `input 'signing-cert'`). */
async function readCertificate(value, label) {
    if (value.includes('-----BEGIN CERTIFICATE-----'))
        return { bytes: Buffer.from(value), source: label };
    // A single line may be a path: read it (a long absolute path is a path, whatever it looks
    // like). Only a quotable value is ever shown.
    // eslint-disable-next-line no-control-regex
    const oneLine = value.length <= 4096 && !/[\u0000-\u001f\u007f]/.test(value);
    let code = 'not a path';
    if (oneLine) {
        try {
            return { bytes: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(value), source: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quotable */ .E7)(value) ?? label };
        }
        catch (error) {
            code = error.code ?? 'unreadable';
        }
    }
    const path = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quotable */ .E7)(value);
    if (path === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LivepatchError */ .bi(`Invalid ${label}: not a PEM certificate nor the path of one (value not shown: it may be secret). Expected PEM text with -----BEGIN CERTIFICATE----- or the path of the certificate (default keys/livepatch.crt).`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LivepatchError */ .bi(`Invalid ${label}: cannot read '${path}' (${code}). Expected PEM text or the path of the certificate (default keys/livepatch.crt).`);
}


/***/ })

};
