export const id = 7277;
export const ids = [7277];
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
    if (name === 'qemu') {
        const { qemuProvider } = await __webpack_require__.e(/* import() */ 7659).then(__webpack_require__.bind(__webpack_require__, 7659));
        return qemuProvider(options.qemuStateDir);
    }
    if (!isProviderName(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`unknown provider '${name}': expected one of ${PROVIDERS.join(', ')}`);
    const cloud = options.cloud;
    if (!cloud)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`provider ${name} needs agent options (tokens, certificate pins)`);
    const { cloudProvider } = await Promise.all(/* import() */[__webpack_require__.e(4582), __webpack_require__.e(4678)]).then(__webpack_require__.bind(__webpack_require__, 4678));
    switch (name) {
        case 'aws':
            return cloudProvider('aws', cloud, async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(9096), __webpack_require__.e(4582), __webpack_require__.e(1498)]).then(__webpack_require__.bind(__webpack_require__, 1498))).awsLookup(cloud));
        case 'gcp':
            return cloudProvider('gcp', cloud, async () => (await Promise.all(/* import() */[__webpack_require__.e(4582), __webpack_require__.e(5797)]).then(__webpack_require__.bind(__webpack_require__, 5797))).gcpLookup(cloud));
        default:
            return cloudProvider('azure', cloud, async () => (await Promise.all(/* import() */[__webpack_require__.e(4582), __webpack_require__.e(7060)]).then(__webpack_require__.bind(__webpack_require__, 4679))).azureLookup(cloud));
    }
}


/***/ })

};
