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
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
// `livepatch deploy | status | rollback` (and the guide's `livepatch <provider> <vm> <ko>`),
// and `livepatch vm start | stop | list` for the local qemu VMs.


const DEPLOY_USAGE = 'livepatch deploy <qemu|aws|gcp|azure> <vm[,vm...]> <module.ko> [--cert FILE] [--kernel-release R] [--previous FILE] [--timeout S] [--persist] [--canary N] [--max-concurrency N] [--max-errors N|N%] [--json]';
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
    json: { type: 'boolean' }
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
        cert: cert ? { bytes: await (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(cert, 'certificate'), source: cert } : undefined,
        kernelRelease: values['kernel-release'],
        previous: previous ? await readModuleArtifact(previous) : undefined,
        timeoutSeconds: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .whole */ .WQ)(values.timeout, '--timeout'),
        persist: values.persist,
        canary: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .whole */ .WQ)(values.canary, '--canary'),
        maxConcurrency: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .whole */ .WQ)(values['max-concurrency'], '--max-concurrency'),
        maxErrors: values['max-errors'],
        onResult: values.json
            ? undefined
            : (result) => io.stderr(`${result.vm}: ${result.status}\n`)
    };
}
async function runDeploy(provider, vms, modulePath, values, io) {
    const { checkBeforeUpload, deployFleet, deploySucceeded, readModuleArtifact } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 4583));
    const { loadProvider } = await __webpack_require__.e(/* import() */ 277).then(__webpack_require__.bind(__webpack_require__, 7277));
    const { renderDeployTable } = await __webpack_require__.e(/* import() */ 857).then(__webpack_require__.bind(__webpack_require__, 3857));
    const names = vmNames(vms, DEPLOY_USAGE);
    const module = await readModuleArtifact(modulePath);
    const options = await deployOptions(values, io);
    await checkBeforeUpload(module, options); // exit 2 before any VM is touched
    const loaded = await loadProvider(provider, {
        qemuStateDir: values['state-dir']
    });
    try {
        const targets = await loaded.find(names);
        const results = await deployFleet(loaded, targets, module, options);
        io.stdout(values.json ? (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .json */ .Pq)(results) : renderDeployTable(results));
        return deploySucceeded(results) ? _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.fail;
    }
    finally {
        await loaded.close();
    }
}
const deploy = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, DEPLOY_OPTIONS, DEPLOY_USAGE);
    if (positionals.length !== 3)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`deploy takes <provider> <vm> <module.ko>\nusage: ${DEPLOY_USAGE}`);
    return runDeploy(positionals[0], positionals[1], positionals[2], values, io);
};
/** The guide's form: `livepatch <provider> <vm> <module.ko>`. */
function guideDeploy(provider) {
    return (args, io) => deploy([provider, ...args], io);
}
const rollback = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, { ...DEPLOY_OPTIONS, to: { type: 'string' } }, ROLLBACK_USAGE);
    if (positionals.length !== 2 || !values.to)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`rollback takes <provider> <vm> --to <module.ko>\nusage: ${ROLLBACK_USAGE}`);
    // Cumulative replace-mode patches: going back is deploying the older module, which replaces the newer.
    return runDeploy(positionals[0], positionals[1], values.to, values, io);
};
const status = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, { json: { type: 'boolean' }, 'state-dir': { type: 'string' } }, STATUS_USAGE);
    if (positionals.length !== 2)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`status takes <provider> <vm>\nusage: ${STATUS_USAGE}`);
    const { statusOf } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 4583));
    const { loadProvider } = await __webpack_require__.e(/* import() */ 277).then(__webpack_require__.bind(__webpack_require__, 7277));
    const { renderStatusTable } = await __webpack_require__.e(/* import() */ 857).then(__webpack_require__.bind(__webpack_require__, 3857));
    const names = vmNames(positionals[1], STATUS_USAGE);
    const provider = await loadProvider(positionals[0], {
        qemuStateDir: values['state-dir']
    });
    try {
        const vms = await provider.find(names);
        const reports = await statusOf(provider, vms, {});
        io.stdout(values.json
            ? (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .json */ .Pq)(reports.map((r, k) => ({ vm: names[k], ...r })))
            : renderStatusTable(names, reports));
        return reports.every(r => r.status === 'ok') ? _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.fail;
    }
    finally {
        await provider.close();
    }
};
const vm = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, {
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
            memoryMb: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .whole */ .WQ)(values.memory, '--memory'),
            stateDir
        });
        io.stdout(values.json
            ? (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .json */ .Pq)(started)
            : `started ${started.name} (pid ${started.id}); deploy with: livepatch deploy qemu ${started.name} MODULE.ko\n`);
        return _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass;
    }
    if (action === 'stop' && name) {
        const stopped = await stopVm(name, stateDir);
        io.stdout(stopped ? `stopped ${name}\n` : `no VM named ${name}\n`);
        return stopped ? _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.fail;
    }
    if (action === 'list') {
        const vms = await listVms(stateDir);
        io.stdout(values.json
            ? (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .json */ .Pq)(vms)
            : vms.map(v => `${v.name}\tpid ${v.id}`).join('\n') + (vms.length ? '\n' : ''));
        return _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`usage: ${VM_USAGE}`);
};


/***/ })

};
