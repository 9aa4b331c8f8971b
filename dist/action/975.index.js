export const id = 975;
export const ids = [975];
export const modules = {

/***/ 79975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isKeyUri: () => (/* binding */ isKeyUri),
/* harmony export */   remoteSigner: () => (/* binding */ remoteSigner)
/* harmony export */ });
/* unused harmony export KEY_SCHEMES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Which back-end holds the key: a URI scheme picks it; anything else is a PEM key. Each back-end
// is loaded only when used (its cloud SDK with it).

const KEY_SCHEMES = ['pkcs11:', 'awskms:', 'gcpkms:', 'azurekv:'];
/** Is this value a key URI (rather than a PEM key or the path of one)? */
function isKeyUri(value) {
    return KEY_SCHEMES.some(scheme => value.startsWith(scheme));
}
async function remoteSigner(uri, options) {
    if (uri.startsWith('pkcs11:'))
        return (await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(158)]).then(__webpack_require__.bind(__webpack_require__, 38158))).pkcs11Signer(uri, {
            modulePath: options.pkcs11Module,
            env: options.env
        });
    if (uri.startsWith('awskms:'))
        return (await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(525)]).then(__webpack_require__.bind(__webpack_require__, 87525))).awsKmsSigner(uri, {
            endpoint: options.endpoint,
            env: options.env
        });
    if (uri.startsWith('gcpkms:'))
        return (await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(560)]).then(__webpack_require__.bind(__webpack_require__, 24560))).gcpKmsSigner(uri, { endpoint: options.endpoint });
    if (uri.startsWith('azurekv:'))
        return (await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(373)]).then(__webpack_require__.bind(__webpack_require__, 85373))).azureKvSigner(uri);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`not a key URI: expected one of ${KEY_SCHEMES.join(', ')}`);
}


/***/ })

};
