export const id = 418;
export const ids = [418];
export const modules = {

/***/ 6418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   check: () => (/* binding */ check)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
// `livepatch check`.



const check = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, 'check');
    if (positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LivepatchError */ .bi(`check takes no positional arguments (got ${positionals.join(' ')})`);
    const { checkPatches } = await __webpack_require__.e(/* import() */ 469).then(__webpack_require__.bind(__webpack_require__, 469));
    const { renderCheckText } = await __webpack_require__.e(/* import() */ 893).then(__webpack_require__.bind(__webpack_require__, 893));
    const report = await checkPatches({
        dir: values.dir,
        previous: values.previous,
        latest: values.latest,
        baseRef: values['base-ref'],
        kernelSource: values['kernel-source'],
        // The repository's kernel/config, when it has one, is preflighted with every check.
        kernelConfig: values['kernel-config'] ??
            ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('kernel/config') ? 'kernel/config' : undefined)
    });
    io.stdout(values.json ? JSON.stringify(report, null, 2) + '\n' : renderCheckText(report));
    return report.verdict === 'pass' ? _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.fail;
};


/***/ })

};
