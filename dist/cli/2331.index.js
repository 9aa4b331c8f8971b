export const id = 2331;
export const ids = [2331];
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
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3933);



const DEPLOY_USAGE = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .usageOf */ .Fs)('deploy');
const STATUS_USAGE = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .usageOf */ .Fs)('status');
const ROLLBACK_USAGE = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .usageOf */ .Fs)('rollback');
const VM_USAGE = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .usageOf */ .Fs)('vm');
/** deploy and rollback: the one app path, the rows as a table or JSON. */
async function deployWith(verb, values, positionals, io) {
    const { deploySettings, runDeploy } = await __webpack_require__.e(/* import() */ 512).then(__webpack_require__.bind(__webpack_require__, 512));
    const { renderDeployTable } = await __webpack_require__.e(/* import() */ 3857).then(__webpack_require__.bind(__webpack_require__, 3857));
    const settings = deploySettings((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .cliReader */ .kY)(verb, values, positionals), io.env);
    const outcome = await runDeploy(settings, (0,_reporter_js__WEBPACK_IMPORTED_MODULE_2__/* .cliReporter */ .w)(io, values.json === true));
    io.stdout(values.json ? (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .json */ .Pq)(outcome.results) : renderDeployTable(outcome.results));
    return outcome.succeeded ? _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.fail;
}
const providerArg = (value) => ({ value, label: '<provider>' });
const vmArg = (value) => ({ value, label: '<vm>' });
const deploy = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, 'deploy');
    if (values.selector ? positionals.length !== 2 : positionals.length !== 3) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`deploy takes <provider> <vm> <module.ko>, or <provider> --selector KEY=VALUE <module.ko>\nusage: ${DEPLOY_USAGE}`);
    }
    const [provider, ...rest] = positionals;
    const module = rest[rest.length - 1];
    return deployWith('deploy', values, {
        provider: providerArg(provider),
        targets: vmArg(values.selector ? undefined : rest[0]),
        module: { value: module, label: '<module.ko>' }
    }, io);
};
/** The guide's form: `livepatch <provider> <vm> <module.ko>`. */
function guideDeploy(provider) {
    return (args, io) => deploy([provider, ...args], io);
}
const rollback = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, 'rollback');
    if (positionals.length !== 2 || !values.to) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`rollback takes <provider> <vm> --to <module.ko>\nusage: ${ROLLBACK_USAGE}`);
    }
    // Cumulative replace-mode patches: going back is deploying the older module, which replaces the newer.
    return deployWith('rollback', values, {
        provider: providerArg(positionals[0]),
        targets: vmArg(positionals[1]),
        module: { value: values.to, label: '--to' }
    }, io);
};
const status = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, 'status');
    if (values.selector ? positionals.length !== 1 : positionals.length !== 2)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`status takes <provider> <vm>, or <provider> --selector KEY=VALUE\nusage: ${STATUS_USAGE}`);
    const { fleetSettings, runStatus } = await __webpack_require__.e(/* import() */ 512).then(__webpack_require__.bind(__webpack_require__, 512));
    const { renderStatusTable } = await __webpack_require__.e(/* import() */ 3857).then(__webpack_require__.bind(__webpack_require__, 3857));
    const fleet = fleetSettings((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .cliReader */ .kY)('status', values, {
        provider: providerArg(positionals[0]),
        targets: vmArg(positionals[1])
    }), io.env);
    const outcome = await runStatus(fleet, (0,_reporter_js__WEBPACK_IMPORTED_MODULE_2__/* .cliReporter */ .w)(io, values.json === true));
    const names = outcome.vms.map(v => v.name);
    io.stdout(values.json
        ? (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .json */ .Pq)(outcome.reports.map((r, k) => ({ vm: names[k], ...r })))
        : renderStatusTable(names, outcome.reports));
    if (!values.json && outcome.reports.some(r => r.status === 'unknown'))
        io.stderr('status unknown: the agent was reached but cannot say which livepatch is loaded; exit 1 (not verified healthy)\n');
    return outcome.healthy ? _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.fail;
};
const vm = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, 'vm');
    const { listVms, startVm, stopVm } = await __webpack_require__.e(/* import() */ 7659).then(__webpack_require__.bind(__webpack_require__, 7659));
    const stateDir = values['state-dir'];
    const [action, name] = positionals;
    if (action === 'start' && name) {
        if (!values.kernel || !values.initrd)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`vm start needs --kernel and --initrd\nusage: ${VM_USAGE}`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`usage: ${VM_USAGE}`);
};


/***/ }),

/***/ 3933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ cliReporter)
/* harmony export */ });
const at = (where) => where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
function cliReporter(io, quiet = false) {
    return {
        info: text => {
            if (!quiet)
                io.stderr(`${text}\n`);
        },
        warning: (text, where) => io.stderr(`warning: ${at(where)}${text}\n`),
        error: (text, where) => io.stderr(`error: ${at(where)}${text}\n`),
        group: async (title, run) => {
            if (!quiet)
                io.stderr(`== ${title}\n`);
            return run();
        },
        detail: (title, text) => io.stderr(`== ${title}\n${text}\n`),
        // The CLI prints no secret at all; there is no log to mask.
        mask: () => undefined
    };
}


/***/ })

};
