export const id = 6418;
export const ids = [6418];
export const modules = {

/***/ 6418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   check: () => (/* binding */ check)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
// `livepatch check`.


const check = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, 'check');
    if (positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`check takes no positional arguments (got ${positionals.join(' ')})`);
    const { checkSettings, runCheck } = await __webpack_require__.e(/* import() */ 1923).then(__webpack_require__.bind(__webpack_require__, 1923));
    const { renderCheckText } = await __webpack_require__.e(/* import() */ 893).then(__webpack_require__.bind(__webpack_require__, 893));
    const report = await runCheck(checkSettings((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .cliReader */ .kY)('check', values)));
    io.stdout(values.json ? JSON.stringify(report, null, 2) + '\n' : renderCheckText(report));
    return report.verdict === 'pass' ? _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.fail;
};


/***/ })

};
