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



const DEPLOY_USAGE = 'livepatch deploy <qemu|aws|gcp|azure> (<vm[,vm...]> | --selector KEY=VALUE) <module.ko> [--cert FILE] [--kernel-release R] [--previous FILE] [--address HOST[:PORT]] [--agent-cert-sha256 [VM=]HEX]... [--insecure] [--token-dir DIR] [--ssm-token-path PATH] [--region R] [--project P] [--zone Z] [--subscription S] [--resource-group G] [--endpoint URL] [--agent-port N] [--canary N] [--max-concurrency N] [--max-errors N|N%] [--state FILE] [--measurements FILE] [--timeout S] [--persist] [--json]';
const STATUS_USAGE = 'livepatch status <provider> <vm[,vm...]> [--json]';
const ROLLBACK_USAGE = 'livepatch rollback <provider> <vm[,vm...]> --to <module.ko> [--cert FILE] [--kernel-release R] [--json]';
const VM_USAGE = 'livepatch vm start NAME --kernel BZIMAGE --initrd INITRAMFS [--memory MB] | vm stop NAME | vm list';
const DEPLOY_OPTIONS = {
    cert: { type: 'string' },
    'kernel-release': { type: 'string' },
    previous: { type: 'string' },
    timeout: { type: 'string' },
    persist: { type: 'boolean' },
    canary: { type: 'string' },
    'max-concurrency': { type: 'string' },
    'max-errors': { type: 'string' },
    'state-dir': { type: 'string' },
    json: { type: 'boolean' },
    selector: { type: 'string' },
    address: { type: 'string' },
    'agent-cert-sha256': { type: 'string', multiple: true },
    insecure: { type: 'boolean' },
    'token-dir': { type: 'string' },
    'ssm-token-path': { type: 'string' },
    region: { type: 'string' },
    project: { type: 'string' },
    zone: { type: 'string' },
    subscription: { type: 'string' },
    'resource-group': { type: 'string' },
    endpoint: { type: 'string' },
    'agent-port': { type: 'string' },
    state: { type: 'string' },
    measurements: { type: 'string' }
};
function vmNames(value, usage) {
    const names = (value ?? '')
        .split(',')
        .map(n => n.trim())
        .filter(Boolean);
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`name at least one VM\nusage: ${usage}`);
    return names;
}
async function deployOptions(values, io) {
    const { readModuleArtifact } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 4583));
    const cert = values.cert;
    const previous = values.previous;
    return {
        cert: cert ? { bytes: await (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .readInput */ .R5)(cert, 'certificate'), source: cert } : undefined,
        kernelRelease: values['kernel-release'],
        previous: previous ? await readModuleArtifact(previous) : undefined,
        timeoutSeconds: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .whole */ .WQ)(values.timeout, '--timeout'),
        persist: values.persist,
        canary: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .whole */ .WQ)(values.canary, '--canary'),
        maxConcurrency: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .whole */ .WQ)(values['max-concurrency'], '--max-concurrency'),
        maxErrors: values['max-errors'],
        onResult: values.json
            ? undefined
            : (result) => io.stderr(`${result.vm}: ${result.status}\n`)
    };
}
async function providerOptions(provider, values, io, measurements) {
    if (provider === 'qemu')
        return { qemuStateDir: values['state-dir'] };
    const { firstToken, tokensFromDir, tokensFromEnv } = await __webpack_require__.e(/* import() */ 197).then(__webpack_require__.bind(__webpack_require__, 4197));
    const mask = () => undefined; // the CLI prints no token; the action masks them
    const endpoint = values.endpoint;
    const region = values.region;
    const sources = [tokensFromEnv(io.env.CVM_AGENT_TOKENS, mask)];
    const tokenDir = values['token-dir'];
    if (tokenDir)
        sources.push(tokensFromDir(tokenDir, provider, mask));
    const ssmPath = values['ssm-token-path'];
    if (ssmPath) {
        if (provider !== 'aws')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b('--ssm-token-path is for provider aws');
        sources.push((await Promise.all(/* import() */[__webpack_require__.e(96), __webpack_require__.e(498)]).then(__webpack_require__.bind(__webpack_require__, 1498))).ssmTokens(ssmPath, { endpoint, region }, mask));
    }
    const { parsePins } = await __webpack_require__.e(/* import() */ 36).then(__webpack_require__.bind(__webpack_require__, 6036));
    const pinMap = parsePins(values['agent-cert-sha256'] ?? []);
    return {
        cloud: {
            endpoint,
            region,
            address: values.address,
            vendorDir: tokenDir,
            project: values.project,
            zone: values.zone,
            subscription: values.subscription,
            resourceGroup: values['resource-group'],
            agentPort: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .whole */ .WQ)(values['agent-port'], '--agent-port'),
            agent: {
                tokens: firstToken(...sources),
                pins: pinMap,
                insecure: values.insecure
            },
            onMeasurement: (vm, measurement) => (measurements[vm] = measurement)
        }
    };
}
async function readState(path) {
    if (!path)
        return {};
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return {};
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`--state ${path}: not a deploy record (${error.message})`);
    }
}
async function runDeploy(provider, vms, modulePath, values, io) {
    const { checkBeforeUpload, deployFleet, deploySucceeded, measurementsOf, readModuleArtifact } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 4583));
    const { isProviderName, loadProvider } = await __webpack_require__.e(/* import() */ 277).then(__webpack_require__.bind(__webpack_require__, 7277));
    const { renderDeployTable } = await __webpack_require__.e(/* import() */ 857).then(__webpack_require__.bind(__webpack_require__, 3857));
    const { writeFileAtomic } = await __webpack_require__.e(/* import() */ 148).then(__webpack_require__.bind(__webpack_require__, 9148));
    if (!isProviderName(provider)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`unknown provider '${provider}': expected qemu, aws, gcp or azure`);
    }
    const module = await readModuleArtifact(modulePath);
    const options = await deployOptions(values, io);
    const statePath = values.state;
    options.deployed = await readState(statePath);
    await checkBeforeUpload(module, options); // exit 2 before any VM is touched
    const measurements = {};
    const loaded = await loadProvider(provider, await providerOptions(provider, values, io, measurements));
    try {
        const selector = values.selector;
        let targets;
        if (selector) {
            if (!loaded.select)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`provider ${provider} has no --selector`);
            targets = await loaded.select((await __webpack_require__.e(/* import() */ 678).then(__webpack_require__.bind(__webpack_require__, 4678))).parseSelector(selector));
        }
        else {
            targets = await loaded.find(vmNames(vms, DEPLOY_USAGE));
        }
        const results = await deployFleet(loaded, targets, module, options);
        for (const result of results) {
            if (measurements[result.vm] !== undefined)
                result.measurement = measurements[result.vm];
        }
        if (statePath) {
            const state = { ...options.deployed };
            for (const result of results)
                if (result.status === 'applied')
                    state[result.vm] = module.sha256;
            await writeFileAtomic(statePath, JSON.stringify(state, null, 2) + '\n');
        }
        const measurementsFile = values.measurements;
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
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, DEPLOY_OPTIONS, DEPLOY_USAGE);
    if (values.selector ? positionals.length !== 2 : positionals.length !== 3) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`deploy takes <provider> <vm> <module.ko>, or <provider> --selector KEY=VALUE <module.ko>\nusage: ${DEPLOY_USAGE}`);
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
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, { ...DEPLOY_OPTIONS, to: { type: 'string' } }, ROLLBACK_USAGE);
    if (positionals.length !== 2 || !values.to) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`rollback takes <provider> <vm> --to <module.ko>\nusage: ${ROLLBACK_USAGE}`);
    }
    // Cumulative replace-mode patches: going back is deploying the older module, which replaces the newer.
    return runDeploy(positionals[0], positionals[1], values.to, values, io);
};
const status = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, DEPLOY_OPTIONS, STATUS_USAGE);
    if (positionals.length !== 2)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`status takes <provider> <vm>\nusage: ${STATUS_USAGE}`);
    const { statusOf } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 4583));
    const { loadProvider } = await __webpack_require__.e(/* import() */ 277).then(__webpack_require__.bind(__webpack_require__, 7277));
    const { renderStatusTable } = await __webpack_require__.e(/* import() */ 857).then(__webpack_require__.bind(__webpack_require__, 3857));
    const names = vmNames(positionals[1], STATUS_USAGE);
    const provider = await loadProvider(positionals[0], await providerOptions(positionals[0], values, io, {}));
    try {
        const vms = await provider.find(names);
        const reports = await statusOf(provider, vms, {});
        io.stdout(values.json
            ? (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq)(reports.map((r, k) => ({ vm: names[k], ...r })))
            : renderStatusTable(names, reports));
        return reports.every(r => r.status === 'ok') ? _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.fail;
    }
    finally {
        await provider.close();
    }
};
const vm = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, {
        kernel: { type: 'string' },
        initrd: { type: 'string' },
        memory: { type: 'string' },
        'state-dir': { type: 'string' },
        json: { type: 'boolean' }
    }, VM_USAGE);
    const { listVms, startVm, stopVm } = await __webpack_require__.e(/* import() */ 659).then(__webpack_require__.bind(__webpack_require__, 7659));
    const stateDir = values['state-dir'];
    const [action, name] = positionals;
    if (action === 'start' && name) {
        if (!values.kernel || !values.initrd)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`vm start needs --kernel and --initrd\nusage: ${VM_USAGE}`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`usage: ${VM_USAGE}`);
};


/***/ })

};
