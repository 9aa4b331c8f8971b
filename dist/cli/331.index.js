export const id = 331;
export const ids = [331];
export const modules = {

/***/ 2331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploy: () => (/* binding */ deploy),
/* harmony export */   guideDeploy: () => (/* binding */ guideDeploy),
/* harmony export */   rollback: () => (/* binding */ rollback),
/* harmony export */   status: () => (/* binding */ status),
/* harmony export */   vm: () => (/* binding */ vm)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
// `livepatch deploy | status | rollback` (and the guide's `livepatch <provider> <vm> <ko>`),
// and `livepatch vm start | stop | list` for the local qemu VMs.



const DEPLOY_USAGE = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .usageOf */ .Fs)('deploy');
const STATUS_USAGE = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .usageOf */ .Fs)('status');
const ROLLBACK_USAGE = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .usageOf */ .Fs)('rollback');
const VM_USAGE = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .usageOf */ .Fs)('vm');
/** A whole number option within bounds, named in the error. */
function bounded(value, option, min, max) {
    const n = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .whole */ .WQ)(value, option);
    if (n !== undefined && (n < min || n > max))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`invalid ${option} '${String(value)}': expected a whole number ${min}-${max}`);
    return n;
}
/** `--address HOST[:PORT]` and `--endpoint URL`: checked before any request is made. */
function checkAddressOptions(values) {
    const address = values.address;
    if (address !== undefined) {
        const match = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+|[0-9A-Fa-f:]+)(?::(\d{1,5}))?$/.exec(address);
        const port = match?.[1] === undefined ? 8000 : Number(match[1]);
        if (!match || port < 1 || port > 65535)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`invalid --address '${address}': expected HOST[:PORT] (an IP or DNS name; a port 1-65535)`);
    }
    const endpoint = values.endpoint;
    if (endpoint !== undefined && !/^https?:\/\/[^\s]+$/.test(endpoint))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`invalid --endpoint '${endpoint}': expected an http(s):// URL`);
}
/** A cloud or VM lookup's failure may quote what a cloud API said: made one safe line first. */
async function looked(lookup) {
    try {
        return await lookup();
    }
    catch (error) {
        const { remoteText } = await __webpack_require__.e(/* import() */ 41).then(__webpack_require__.bind(__webpack_require__, 3041));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(remoteText((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
    }
}
function vmNames(value, usage) {
    const names = (value ?? '')
        .split(',')
        .map(n => n.trim())
        .filter(Boolean);
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`name at least one VM\nusage: ${usage}`);
    return names;
}
async function deployOptions(values, io) {
    const { readModuleArtifact } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(256), __webpack_require__.e(712)]).then(__webpack_require__.bind(__webpack_require__, 9712));
    const cert = values.cert;
    const previous = values.previous;
    const maxErrors = values['max-errors'];
    if (maxErrors !== undefined && !/^\d+%?$/.test(maxErrors.trim()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`invalid --max-errors '${maxErrors}': expected N or N% (e.g. 2 or 10%)`);
    const numbers = {
        timeoutSeconds: bounded(values.timeout, '--timeout', 1, 86_400),
        canary: bounded(values.canary, '--canary', 0, 1_000_000),
        maxConcurrency: bounded(values['max-concurrency'], '--max-concurrency', 1, 10_000)
    };
    bounded(values['agent-port'], '--agent-port', 1, 65535);
    if (!cert)
        io.stderr("warning: no --cert: this deploy does NOT check the module's signature; only the VMs' kernels will judge it (give --cert FILE to refuse a module they would reject before it is sent)\n");
    return {
        cert: cert ? { bytes: await (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .readInput */ .R5)(cert, 'certificate'), source: cert } : undefined,
        kernelRelease: values['kernel-release'],
        previous: previous ? await readModuleArtifact(previous) : undefined,
        ...numbers,
        persist: values.persist,
        maxErrors,
        onResult: values.json
            ? undefined
            : (result) => io.stderr(`${result.vm}: ${result.status}\n`)
    };
}
async function providerOptions(provider, values, io, measurements) {
    if (provider === 'qemu')
        return { qemuStateDir: values['state-dir'] };
    checkAddressOptions(values);
    const { firstToken, tokensFromDir, tokensFromEnv } = await __webpack_require__.e(/* import() */ 197).then(__webpack_require__.bind(__webpack_require__, 4197));
    const mask = () => undefined; // the CLI prints no token; the action masks them
    const endpoint = values.endpoint;
    const region = values.region;
    const sources = [tokensFromEnv(io.env.CVM_AGENT_TOKENS, mask, 'CVM_AGENT_TOKENS')];
    const tokenDir = values['token-dir'];
    if (tokenDir)
        sources.push(tokensFromDir(tokenDir, provider, mask));
    const ssmPath = values['ssm-token-path'];
    if (ssmPath) {
        if (provider !== 'aws')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi('--ssm-token-path is for provider aws');
        sources.push((await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(96), __webpack_require__.e(582), __webpack_require__.e(498)]).then(__webpack_require__.bind(__webpack_require__, 1498))).ssmTokens(ssmPath, { endpoint, region }, mask));
    }
    const { parsePins } = await __webpack_require__.e(/* import() */ 582).then(__webpack_require__.bind(__webpack_require__, 4582));
    const { parseAddressKind } = await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(678)]).then(__webpack_require__.bind(__webpack_require__, 4678));
    const pinMap = parsePins(values['agent-cert-sha256'] ?? []);
    return {
        cloud: {
            endpoint,
            region,
            address: values.address,
            addressKind: parseAddressKind(values['address-kind'], '--address-kind'),
            vendorDir: tokenDir,
            project: values.project,
            zone: values.zone,
            subscription: values.subscription,
            resourceGroup: values['resource-group'],
            agentPort: bounded(values['agent-port'], '--agent-port', 1, 65535),
            agent: {
                tokens: firstToken(...sources),
                pins: pinMap,
                insecure: values.insecure
            },
            onMeasurement: (vm, measurement) => measurements.set(vm, measurement)
        }
    };
}
/** The deploy record: a JSON object of VM name → sha256 (a Map: VM names are any text). */
async function readState(path) {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`--state ${path}: not a deploy record (${error.message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`--state ${path}: not a deploy record (expected a JSON object)`);
    for (const [vm, sha] of Object.entries(parsed)) {
        if (typeof sha !== 'string' || !/^[0-9a-f]{64}$/.test(sha))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`--state ${path}: the entry for VM '${vm}' is not a sha256 (64 hex digits)`);
        state.set(vm, sha);
    }
    return state;
}
async function runDeploy(provider, vms, modulePath, values, io) {
    const { checkBeforeUpload, checkResultPath, deployFleet, deploySucceeded, measurementsOf, readModuleArtifact } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(256), __webpack_require__.e(712)]).then(__webpack_require__.bind(__webpack_require__, 9712));
    const { isProviderName, loadProvider } = await __webpack_require__.e(/* import() */ 277).then(__webpack_require__.bind(__webpack_require__, 7277));
    const { renderDeployTable } = await __webpack_require__.e(/* import() */ 857).then(__webpack_require__.bind(__webpack_require__, 3857));
    const { writeFileAtomic } = await __webpack_require__.e(/* import() */ 148).then(__webpack_require__.bind(__webpack_require__, 9148));
    if (!isProviderName(provider)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`unknown provider '${provider}': expected qemu, aws, gcp or azure`);
    }
    const module = await readModuleArtifact(modulePath);
    const options = await deployOptions(values, io);
    const statePath = values.state;
    const measurementsFile = values.measurements;
    if (statePath)
        await checkResultPath(statePath, '--state');
    if (measurementsFile)
        await checkResultPath(measurementsFile, '--measurements');
    options.deployed = await readState(statePath);
    await checkBeforeUpload(module, options); // exit 2 before any VM is touched
    const measurements = new Map();
    const loaded = await loadProvider(provider, await providerOptions(provider, values, io, measurements));
    try {
        const selector = values.selector;
        let targets;
        if (selector) {
            if (!loaded.select)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`provider ${provider} has no --selector`);
            const { parseSelector } = await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(678)]).then(__webpack_require__.bind(__webpack_require__, 4678));
            const select = loaded.select.bind(loaded);
            targets = await looked(() => select(parseSelector(selector)));
        }
        else {
            const names = vmNames(vms, DEPLOY_USAGE);
            targets = await looked(() => loaded.find(names));
        }
        const results = await deployFleet(loaded, targets, module, options);
        // Rows are in target order; a row's `vm` and `id` are made safe to print, so key by target.
        const key = (k) => targets[k].id ?? targets[k].name;
        results.forEach((result, k) => {
            const measurement = measurements.get(key(k));
            if (measurement !== undefined)
                result.measurement = measurement;
        });
        if (statePath) {
            const state = new Map(options.deployed);
            results.forEach((result, k) => {
                if (result.status === 'applied')
                    state.set(key(k), module.sha256);
            });
            await writeFileAtomic(statePath, JSON.stringify(Object.fromEntries(state), null, 2) + '\n');
        }
        if (measurementsFile)
            await writeFileAtomic(measurementsFile, JSON.stringify(measurementsOf(results), null, 2) + '\n');
        io.stdout(values.json ? (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)(results) : renderDeployTable(results));
        return deploySucceeded(results) ? _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.fail;
    }
    finally {
        await loaded.close();
    }
}
const deploy = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, 'deploy');
    if (values.selector ? positionals.length !== 2 : positionals.length !== 3) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`deploy takes <provider> <vm> <module.ko>, or <provider> --selector KEY=VALUE <module.ko>\nusage: ${DEPLOY_USAGE}`);
    }
    return values.selector
        ? runDeploy(positionals[0], undefined, positionals[1], values, io)
        : runDeploy(positionals[0], positionals[1], positionals[2], values, io);
};
/** The guide's form: `livepatch <provider> <vm> <module.ko>`. */
function guideDeploy(provider) {
    return (args, io) => deploy([provider, ...args], io);
}
const rollback = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, 'rollback');
    if (positionals.length !== 2 || !values.to) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`rollback takes <provider> <vm> --to <module.ko>\nusage: ${ROLLBACK_USAGE}`);
    }
    // Cumulative replace-mode patches: going back is deploying the older module, which replaces the newer.
    return runDeploy(positionals[0], positionals[1], values.to, values, io);
};
const status = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, 'status');
    if (positionals.length !== 2)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`status takes <provider> <vm>\nusage: ${STATUS_USAGE}`);
    const { statusOf } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(256), __webpack_require__.e(712)]).then(__webpack_require__.bind(__webpack_require__, 9712));
    const { loadProvider } = await __webpack_require__.e(/* import() */ 277).then(__webpack_require__.bind(__webpack_require__, 7277));
    const { renderStatusTable } = await __webpack_require__.e(/* import() */ 857).then(__webpack_require__.bind(__webpack_require__, 3857));
    const names = vmNames(positionals[1], STATUS_USAGE);
    const provider = await loadProvider(positionals[0], await providerOptions(positionals[0], values, io, new Map()));
    try {
        const vms = await looked(() => provider.find(names));
        const reports = await statusOf(provider, vms, {});
        io.stdout(values.json
            ? (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)(reports.map((r, k) => ({ vm: names[k], ...r })))
            : renderStatusTable(names, reports));
        if (!values.json && reports.some(r => r.status === 'unknown'))
            io.stderr('status unknown: the agent was reached but cannot say which livepatch is loaded; exit 1 (not verified healthy)\n');
        // Only a VM that was looked at and found healthy passes; `unknown` is not healthy.
        return reports.every(r => r.status === 'ok') ? _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.fail;
    }
    finally {
        await provider.close();
    }
};
const vm = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, 'vm');
    const { listVms, startVm, stopVm } = await __webpack_require__.e(/* import() */ 659).then(__webpack_require__.bind(__webpack_require__, 7659));
    const stateDir = values['state-dir'];
    const [action, name] = positionals;
    if (action === 'start' && name) {
        if (!values.kernel || !values.initrd)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`vm start needs --kernel and --initrd\nusage: ${VM_USAGE}`);
        const started = await startVm({
            name,
            kernel: values.kernel,
            initrd: values.initrd,
            memoryMb: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .whole */ .WQ)(values.memory, '--memory'),
            stateDir
        });
        io.stdout(values.json
            ? (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)(started)
            : `started ${started.name} (pid ${started.id}); deploy with: livepatch deploy qemu ${started.name} MODULE.ko\n`);
        return _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass;
    }
    if (action === 'stop' && name) {
        const stopped = await stopVm(name, stateDir);
        io.stdout(stopped ? `stopped ${name}\n` : `no VM named ${name}\n`);
        return stopped ? _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.fail;
    }
    if (action === 'list') {
        const vms = await listVms(stateDir);
        io.stdout(values.json
            ? (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)(vms)
            : vms.map(v => `${v.name}\tpid ${v.id}`).join('\n') + (vms.length ? '\n' : ''));
        return _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`usage: ${VM_USAGE}`);
};


/***/ })

};
