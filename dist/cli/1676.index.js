export const id = 1676;
export const ids = [1676];
export const modules = {

/***/ 1676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCertificate: () => (/* binding */ readCertificate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The signing certificate, as either door is given it: PEM text (an action input holding the
// certificate itself) or the path of a PEM or DER file. Key material pasted here is never echoed.


/** `value` is PEM text or a path; `label` names the setting (`--cert`, `input 'signing-cert'`). */
async function readCertificate(value, label) {
    if (value.includes('-----BEGIN CERTIFICATE-----'))
        return { bytes: Buffer.from(value), source: label };
    // A single line may be a path: read it (a long absolute path is a path, whatever it looks
    // like). Only a quotable value is ever shown.
    // eslint-disable-next-line no-control-regex
    const oneLine = value.length <= 4096 && !/[\u0000-\u001f\u007f]/.test(value);
    let code = 'not a path';
    if (oneLine) {
        try {
            return { bytes: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(value), source: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quotable */ .E7)(value) ?? label };
        }
        catch (error) {
            code = error.code ?? 'unreadable';
        }
    }
    const path = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quotable */ .E7)(value);
    if (path === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LivepatchError */ .bi(`Invalid ${label}: not a PEM certificate nor the path of one (value not shown: it may be secret). Expected PEM text with -----BEGIN CERTIFICATE----- or the path of the certificate (default keys/livepatch.crt).`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LivepatchError */ .bi(`Invalid ${label}: cannot read '${path}' (${code}). Expected PEM text or the path of the certificate (default keys/livepatch.crt).`);
}


/***/ })

};
