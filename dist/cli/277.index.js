export const id = 277;
export const ids = [277];
export const modules = {

/***/ 7277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadProvider: () => (/* binding */ loadProvider)
/* harmony export */ });
/* unused harmony exports PROVIDERS, isProviderName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Providers by name, each loaded only when used (dynamic import), so a deploy to one cloud never
// pays for another cloud's SDK.

const PROVIDERS = ['qemu', 'aws', 'gcp', 'azure'];
function isProviderName(name) {
    return PROVIDERS.includes(name);
}
async function loadProvider(name, options = {}) {
    switch (name) {
        case 'qemu': {
            const { qemuProvider } = await __webpack_require__.e(/* import() */ 659).then(__webpack_require__.bind(__webpack_require__, 7659));
            return qemuProvider(options.qemuStateDir);
        }
        case 'aws':
        case 'gcp':
        case 'azure':
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`provider '${name}' is not available in this version yet; the qemu provider is`);
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`unknown provider '${name}': expected one of ${PROVIDERS.join(', ')}`);
    }
}


/***/ })

};
