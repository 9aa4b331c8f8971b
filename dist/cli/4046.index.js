export const id = 4046;
export const ids = [4046];
export const modules = {

/***/ 4046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   build: () => (/* binding */ build),
/* harmony export */   defaultWorkDir: () => (/* binding */ defaultWorkDir),
/* harmony export */   preflight: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3933);
// `livepatch preflight` and `livepatch build`, the CLI's door: argv → settings → the same build
// the action runs (src/app/build.ts) with a stderr reporter and no cache (the work folder
// persists: a second build skips what is built) → text or JSON.





/** Where `livepatch build` keeps the source, kpatch and the pristine build (about 15 GB). */
function defaultWorkDir(env) {
    const cache = env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.cache');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cache, 'livepatch-action', 'build');
}
const preflight = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(args, 'preflight');
    if (positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`preflight takes no PATCH\nusage: ${(0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .usageOf */ .Fs)('preflight')}`);
    const { preflightSettings, runPreflight } = await Promise.all(/* import() */[__webpack_require__.e(7592), __webpack_require__.e(8451), __webpack_require__.e(7167)]).then(__webpack_require__.bind(__webpack_require__, 7167));
    const { renderPreflight } = await __webpack_require__.e(/* import() */ 4215).then(__webpack_require__.bind(__webpack_require__, 4215));
    const settings = preflightSettings((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .cliReader */ .kY)('preflight', values));
    const { report } = await runPreflight(settings, io.env);
    io.stdout(values.json ? (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .json */ .Pq)(report) : renderPreflight(report));
    return report.ok ? _args_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.fail;
};
const build = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(args, 'build');
    if (positionals.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`build takes exactly one PATCH\nusage: ${(0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .usageOf */ .Fs)('build')}`);
    const { buildSettings, runBuild } = await Promise.all(/* import() */[__webpack_require__.e(7592), __webpack_require__.e(8451), __webpack_require__.e(7167)]).then(__webpack_require__.bind(__webpack_require__, 7167));
    const { NO_CACHE } = await Promise.all(/* import() */[__webpack_require__.e(7592), __webpack_require__.e(8451)]).then(__webpack_require__.bind(__webpack_require__, 8451));
    const reader = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .cliReader */ .kY)('build', values, {
        patch: { value: positionals[0], label: 'PATCH' }
    });
    const settings = buildSettings(reader, { workDir: defaultWorkDir(io.env) });
    const reporter = (0,_reporter_js__WEBPACK_IMPORTED_MODULE_4__/* .cliReporter */ .w)(io, values.json === true);
    const outcome = await runBuild(settings, { cache: NO_CACHE, reporter, env: io.env });
    if (outcome.verdict === 'preflight-failed') {
        if (values.json)
            io.stdout((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .json */ .Pq)({ verdict: 'fail', preflight: outcome.preflight }));
        io.stderr('livepatch build: the kernel config preflight failed; nothing was built\n');
        return _args_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.fail;
    }
    const { result, changedFunctions, cacheHits, kpatchCommit, pristine, gate } = outcome;
    io.stdout(values.json
        ? (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .json */ .Pq)({ ...result, changedFunctions, cacheHits, kpatchCommit, pristine, gate })
        : `built ${result.module} (${result.size} bytes, vermagic ${result.vermagic})\nchanged functions: ${changedFunctions.join(', ') || '(none)'}\nfunctions.json ${result.functionsFile}\n`);
    return _args_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.pass;
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
