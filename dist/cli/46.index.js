export const id = 46;
export const ids = [46];
export const modules = {

/***/ 4046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   build: () => (/* binding */ build),
/* harmony export */   preflight: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7593);
// `livepatch preflight` and `livepatch build`.





const PREFLIGHT_USAGE = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .usageOf */ .Fs)('preflight');
const BUILD_USAGE = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .usageOf */ .Fs)('build');
/** First line of the local `gcc --version`, or undefined when there is no gcc. */
function localGcc() {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('gcc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
    }
    catch {
        return undefined;
    }
}
const preflight = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(args, 'preflight');
    if (positionals.length > 0 || !values.config)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .bi(`preflight needs --config FILE\nusage: ${PREFLIGHT_USAGE}`);
    const { preflightConfig, renderPreflight } = await __webpack_require__.e(/* import() */ 458).then(__webpack_require__.bind(__webpack_require__, 7458));
    const text = (await (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .readInput */ .R5)(values.config, 'kernel config')).toString('utf8');
    const report = preflightConfig(text, values.config, {
        kernelRelease: values['kernel-release'],
        gccVersionText: values['gcc-version-text'] ??
            (values['no-local-gcc'] ? undefined : localGcc())
    });
    io.stdout(values.json ? (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .json */ .Pq)(report) : renderPreflight(report));
    return report.ok ? _args_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.fail;
};
const build = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(args, 'build');
    if (positionals.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .bi(`build takes exactly one PATCH\nusage: ${BUILD_USAGE}`);
    for (const required of ['source', 'config', 'vmlinux', 'output', 'kernel-release']) {
        if (!values[required])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .bi(`build needs --${required}\nusage: ${BUILD_USAGE}`);
    }
    const { kpatchBuilder, BuildError } = await __webpack_require__.e(/* import() */ 106).then(__webpack_require__.bind(__webpack_require__, 3106));
    const { FunctionGateError, missingFunctions, parseFunctionsJson } = await __webpack_require__.e(/* import() */ 229).then(__webpack_require__.bind(__webpack_require__, 8229));
    const previousPath = values['previous-functions'];
    const previous = previousPath
        ? parseFunctionsJson(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(previousPath, 'utf8'), previousPath)
        : undefined;
    try {
        const result = await kpatchBuilder.build({
            source: values.source,
            config: values.config,
            vmlinux: values.vmlinux,
            output: values.output,
            kernelRelease: values['kernel-release'],
            jobs: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .whole */ .WQ)(values.jobs, '--jobs') ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)(),
            name: values.name,
            patch: positionals[0],
            skipCompilerCheck: values['skip-compiler-check']
        }, values.json ? {} : { stage: stage => io.stderr(`== ${stage}\n`) });
        if (previous) {
            const missing = missingFunctions(previous, result.functions);
            if (missing.length > 0)
                throw new FunctionGateError(missing, previousPath);
        }
        const changed = Object.entries(result.functions.objects).flatMap(([object, e]) => e.changed.map(f => `${object}: ${f}`));
        io.stdout(values.json
            ? (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .json */ .Pq)(result)
            : `built ${result.module} (${result.size} bytes, vermagic ${result.vermagic})\nchanged functions: ${changed.join(', ') || '(none)'}\nfunctions.json ${result.functionsFile}\n`);
        return _args_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
    }
    catch (error) {
        if (error instanceof BuildError) {
            io.stderr(`${error.logTail}\n\n${error.advice.map(a => `advice: ${a}`).join('\n') || 'advice: none known for this failure; read the log above'}\n${error.logFile ? `full log: ${error.logFile}\n` : ''}`);
        }
        throw error;
    }
};


/***/ })

};
