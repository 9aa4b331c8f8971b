export const id = 277;
export const ids = [277];
export const modules = {

/***/ 97277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadProvider: () => (/* binding */ loadProvider)
/* harmony export */ });
/* unused harmony exports PROVIDERS, isProviderName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Providers by name, each loaded only when used (dynamic import), so a deploy to one cloud never
// pays for another cloud's SDK.

const PROVIDERS = ['qemu', 'aws', 'gcp', 'azure'];
function isProviderName(name) {
    return PROVIDERS.includes(name);
}
async function loadProvider(name, options = {}) {
    if (name === 'qemu') {
        const { qemuProvider } = await __webpack_require__.e(/* import() */ 659).then(__webpack_require__.bind(__webpack_require__, 7659));
        return qemuProvider(options.qemuStateDir);
    }
    if (!isProviderName(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`unknown provider '${name}': expected one of ${PROVIDERS.join(', ')}`);
    const cloud = options.cloud;
    if (!cloud)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`provider ${name} needs agent options (tokens, certificate pins)`);
    const { cloudProvider } = await __webpack_require__.e(/* import() */ 678).then(__webpack_require__.bind(__webpack_require__, 64678));
    switch (name) {
        case 'aws':
            return cloudProvider('aws', cloud, async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(96), __webpack_require__.e(678), __webpack_require__.e(498)]).then(__webpack_require__.bind(__webpack_require__, 11498))).awsLookup(cloud));
        case 'gcp':
            return cloudProvider('gcp', cloud, async () => (await Promise.all(/* import() */[__webpack_require__.e(678), __webpack_require__.e(797)]).then(__webpack_require__.bind(__webpack_require__, 15797))).gcpLookup(cloud));
        default:
            return cloudProvider('azure', cloud, async () => (await Promise.all(/* import() */[__webpack_require__.e(678), __webpack_require__.e(60)]).then(__webpack_require__.bind(__webpack_require__, 37060))).azureLookup(cloud));
    }
}


/***/ })

};
