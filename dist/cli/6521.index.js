export const id = 6521;
export const ids = [6521];
export const modules = {

/***/ 6521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keygen: () => (/* binding */ keygen),
/* harmony export */   sign: () => (/* binding */ sign),
/* harmony export */   verify: () => (/* binding */ verify)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _sign_backends_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9975);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
// `livepatch keygen | sign | verify` (and the guide's names generate-livepatch-keys, sign-livepatch).



async function uriSigner(uri, values, env) {
    const { remoteSigner } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9975));
    return remoteSigner(uri, {
        env,
        pkcs11Module: values['pkcs11-module'],
        endpoint: values['key-endpoint']
    });
}
const keygen = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, 'keygen');
    if (positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`keygen takes no positional arguments (got ${positionals.join(' ')})`);
    const key = values.key;
    if (key !== undefined && !(0,_sign_backends_index_js__WEBPACK_IMPORTED_MODULE_1__.isKeyUri)(key))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi('keygen --key takes the URI of a key in a KMS or HSM (pkcs11:, awskms:, gcpkms:, azurekv:); without --key, keygen makes a new key file');
    const { generateKeys } = await Promise.all(/* import() */[__webpack_require__.e(7357), __webpack_require__.e(5184), __webpack_require__.e(6546)]).then(__webpack_require__.bind(__webpack_require__, 6546));
    const result = await generateKeys({
        signer: key === undefined ? undefined : await uriSigner(key, values, io.env),
        outDir: values.out ?? '.',
        subject: values.subject,
        bits: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .whole */ .WQ)(values.bits, '--bits'),
        days: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .whole */ .WQ)(values.days, '--days')
    });
    io.stdout(values.json
        ? JSON.stringify(result, null, 2) + '\n'
        : `${result.key ? `private key  ${result.key} (keep secret: the signing environment's secret)` : `private key  ${key} (stays in the KMS/HSM)`}\ncertificate  ${result.pem} (PEM)\nfor the VM   ${result.crt} (DER: add to the VM's Secure Boot signature database when creating it)\nsubject      ${result.subject}, valid until ${result.notAfter.toISOString()}\n`);
    return _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass;
};
const sign = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, 'sign');
    const module = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .oneModule */ .jm)(positionals, 'sign');
    // Key material on a command line is visible to every user of the machine (ps, /proc).
    if (typeof values.key === 'string' && values.key.includes('-----BEGIN'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi('--key takes the path of the key file or a key URI, never the key itself (value not shown: it is secret; a key on the command line is visible to every user of this machine)');
    const { runSign, signSettings } = await __webpack_require__.e(/* import() */ 2718).then(__webpack_require__.bind(__webpack_require__, 2718));
    const settings = signSettings((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .cliReader */ .kY)('sign', values, { module: { value: module, label: 'MODULE' } }), io.env);
    const result = await runSign(settings, io.env);
    io.stdout(values.json
        ? JSON.stringify(result, null, 2) + '\n'
        : `signed ${result.module} (${result.hash}, signer ${result.signer}, key id ${result.keyId})\nsha256 ${result.sha256}\n`);
    return _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass;
};
const verify = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(args, 'verify');
    const module = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .oneModule */ .jm)(positionals, 'verify');
    // The table's default certificate (keys/livepatch.crt) when --cert is not given, as sign's.
    const r = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .cliReader */ .kY)('verify', values);
    const { readCertificate } = await __webpack_require__.e(/* import() */ 1676).then(__webpack_require__.bind(__webpack_require__, 1676));
    const cert = await readCertificate(r.required('signingCert', 'PEM or DER certificate'), r.label('signingCert'));
    const { verifyModule } = await Promise.all(/* import() */[__webpack_require__.e(7357), __webpack_require__.e(7256)]).then(__webpack_require__.bind(__webpack_require__, 7256));
    const result = await verifyModule(module, cert.bytes, cert.source);
    io.stdout(values.json
        ? JSON.stringify(result, null, 2) + '\n'
        : `${result.valid ? 'valid' : 'INVALID'}: ${module}: ${result.reason}\nsigner ${result.signer}\nkey id ${result.keyId}\nhash ${result.hash}\n`);
    return result.valid ? _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.fail;
};


/***/ }),

/***/ 9975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isKeyUri: () => (/* binding */ isKeyUri),
/* harmony export */   remoteSigner: () => (/* binding */ remoteSigner)
/* harmony export */ });
/* unused harmony export KEY_SCHEMES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Which back-end holds the key: a URI scheme picks it; anything else is a PEM key. Each back-end
// is loaded only when used (its cloud SDK with it).

const KEY_SCHEMES = ['pkcs11:', 'awskms:', 'gcpkms:', 'azurekv:'];
/** Is this value a key URI (rather than a PEM key or the path of one)? */
function isKeyUri(value) {
    return KEY_SCHEMES.some(scheme => value.startsWith(scheme));
}
async function remoteSigner(uri, options) {
    if (uri.startsWith('pkcs11:'))
        return (await Promise.all(/* import() */[__webpack_require__.e(7357), __webpack_require__.e(8158)]).then(__webpack_require__.bind(__webpack_require__, 8158))).pkcs11Signer(uri, {
            modulePath: options.pkcs11Module,
            env: options.env
        });
    if (uri.startsWith('awskms:'))
        return (await Promise.all(/* import() */[__webpack_require__.e(7357), __webpack_require__.e(7525)]).then(__webpack_require__.bind(__webpack_require__, 7525))).awsKmsSigner(uri, {
            endpoint: options.endpoint,
            env: options.env
        });
    if (uri.startsWith('gcpkms:'))
        return (await Promise.all(/* import() */[__webpack_require__.e(7357), __webpack_require__.e(4560)]).then(__webpack_require__.bind(__webpack_require__, 4560))).gcpKmsSigner(uri, { endpoint: options.endpoint });
    if (uri.startsWith('azurekv:'))
        return (await Promise.all(/* import() */[__webpack_require__.e(7357), __webpack_require__.e(5373)]).then(__webpack_require__.bind(__webpack_require__, 5373))).azureKvSigner(uri);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`not a key URI: expected one of ${KEY_SCHEMES.join(', ')}`);
}


/***/ })

};
