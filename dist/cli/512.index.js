export const id = 512;
export const ids = [512,1676];
export const modules = {

/***/ 1676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCertificate: () => (/* binding */ readCertificate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
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


/***/ }),

/***/ 512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploySettings: () => (/* binding */ deploySettings),
/* harmony export */   fleetSettings: () => (/* binding */ fleetSettings),
/* harmony export */   runDeploy: () => (/* binding */ runDeploy),
/* harmony export */   runStatus: () => (/* binding */ runStatus)
/* harmony export */ });
/* unused harmony export resultLine */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1676);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`invalid ${label} '${address}': expected HOST[:PORT] (an IP or DNS name; a port 1-65535)`);
}
/** Where and how to reach the VMs, from the table; every value checked before any VM is touched. */
function fleetSettings(r, env) {
    const provider = r.choice('provider');
    if (!provider)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`name the provider: ${r.label('provider')} (aws, gcp or azure)`);
    const targets = r.list('targets');
    const selector = r.text('selector') || undefined;
    if (targets.length === 0 && !selector)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`name the VMs: ${r.label('targets')} (names or instance ids) or ${r.label('selector')} (KEY=VALUE)`);
    if (selector && provider === 'qemu')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`provider qemu has no ${r.label('selector')}`);
    const address = r.text('address') || undefined;
    checkAddress(address, r.label('address'));
    const ssmTokenPath = r.text('ssmTokenPath') || undefined;
    if (ssmTokenPath && provider !== 'aws')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${r.label('ssmTokenPath')} is for provider aws`);
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
    const { loadProvider } = await __webpack_require__.e(/* import() */ 7277).then(__webpack_require__.bind(__webpack_require__, 7277));
    if (fleet.provider === 'qemu')
        return loadProvider('qemu', { qemuStateDir: fleet.qemuStateDir });
    const { firstToken, tokensFromDir, tokensFromEnv } = await __webpack_require__.e(/* import() */ 4197).then(__webpack_require__.bind(__webpack_require__, 4197));
    const { parsePins } = await __webpack_require__.e(/* import() */ 4582).then(__webpack_require__.bind(__webpack_require__, 4582));
    const mask = (secret) => report.mask(secret);
    const sources = [tokensFromEnv(fleet.tokens.text, mask, fleet.tokens.source)];
    if (fleet.tokenDir)
        sources.push(tokensFromDir(fleet.tokenDir, fleet.provider, mask));
    if (fleet.ssmTokenPath)
        sources.push((await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(9096), __webpack_require__.e(4582), __webpack_require__.e(1498)]).then(__webpack_require__.bind(__webpack_require__, 1498))).ssmTokens(fleet.ssmTokenPath, { endpoint: fleet.endpoint, region: fleet.region }, mask));
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
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi)
            throw error;
        const { remoteText } = await __webpack_require__.e(/* import() */ 3041).then(__webpack_require__.bind(__webpack_require__, 3041));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(remoteText((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)));
    }
}
async function findFleet(provider, fleet) {
    if (fleet.selector) {
        if (!provider.select)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`provider ${fleet.provider} has no selector`);
        const { parseSelector } = await Promise.all(/* import() */[__webpack_require__.e(4582), __webpack_require__.e(4678)]).then(__webpack_require__.bind(__webpack_require__, 4678));
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
        parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return state;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${label} ${path}: not a deploy record (${error.message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${label} ${path}: not a deploy record (expected a JSON object)`);
    for (const [vm, sha] of Object.entries(parsed)) {
        if (typeof sha !== 'string' || !/^[0-9a-f]{64}$/.test(sha))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${label} ${path}: the entry for VM '${vm}' is not a sha256 (64 hex digits)`);
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
    const { checkBeforeUpload, checkResultPath, deployFleet, deploySucceeded, readModuleArtifact } = await Promise.all(/* import() */[__webpack_require__.e(7357), __webpack_require__.e(7256), __webpack_require__.e(7421)]).then(__webpack_require__.bind(__webpack_require__, 7421));
    const module = await readModuleArtifact(settings.module);
    const cert = settings.certificate;
    // The default certificate is used when it exists; a named one must.
    const certificate = cert.value && (cert.given || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cert.value))
        ? await (0,_certificate_js__WEBPACK_IMPORTED_MODULE_3__.readCertificate)(cert.value, cert.label)
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
            const { measurementsOf } = await Promise.all(/* import() */[__webpack_require__.e(7357), __webpack_require__.e(7256), __webpack_require__.e(7421)]).then(__webpack_require__.bind(__webpack_require__, 7421));
            const { writeFileAtomic } = await __webpack_require__.e(/* import() */ 9148).then(__webpack_require__.bind(__webpack_require__, 9148));
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
    const { writeFileAtomic } = await __webpack_require__.e(/* import() */ 9148).then(__webpack_require__.bind(__webpack_require__, 9148));
    const state = new Map(before instanceof Map ? before : Object.entries(before ?? {}));
    results.forEach((result, k) => {
        if (result.status === 'applied')
            state.set(vms[k].id ?? vms[k].name, module.sha256);
    });
    await writeFileAtomic(path, JSON.stringify(Object.fromEntries(state), null, 2) + '\n');
}
async function runStatus(fleet, report) {
    const { statusOf } = await Promise.all(/* import() */[__webpack_require__.e(7357), __webpack_require__.e(7256), __webpack_require__.e(7421)]).then(__webpack_require__.bind(__webpack_require__, 7421));
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


/***/ })

};
