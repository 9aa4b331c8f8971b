export const id = 1923;
export const ids = [1923];
export const modules = {

/***/ 1923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkSettings: () => (/* binding */ checkSettings),
/* harmony export */   runCheck: () => (/* binding */ runCheck)
/* harmony export */ });
/* unused harmony export REPOSITORY_KERNEL_CONFIG */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// check, for both doors: the history rules, the superset verdict, the kernel config preflight
// (the repository's kernel/config when none is named) and the author-guide warnings.

/** The config preflighted with every check when none is named and the repository has one. */
const REPOSITORY_KERNEL_CONFIG = 'kernel/config';
function checkSettings(r) {
    return {
        dir: r.text('patchesDir'),
        previous: r.text('previousPatch') || undefined,
        latest: r.text('latestPatch') || undefined,
        baseRef: r.text('baseRef') || undefined,
        kernelSource: r.text('kernelSource') || undefined,
        kernelConfig: r.text('kernelConfig') ||
            ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(REPOSITORY_KERNEL_CONFIG) ? REPOSITORY_KERNEL_CONFIG : undefined)
    };
}
async function runCheck(settings) {
    const { checkPatches } = await Promise.all(/* import() */[__webpack_require__.e(7592), __webpack_require__.e(9638)]).then(__webpack_require__.bind(__webpack_require__, 9638));
    return checkPatches(settings);
}


/***/ })

};
