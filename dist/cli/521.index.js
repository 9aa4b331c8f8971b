export const id = 521;
export const ids = [521];
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
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
// `livepatch keygen | sign | verify` (and the guide's names generate-livepatch-keys, sign-livepatch).


const KEYGEN_USAGE = 'livepatch keygen --out DIR [--subject "/CN=..."] [--bits 2048|3072|4096] [--days N] [--json]';
const SIGN_USAGE = 'livepatch sign --key FILE --cert FILE [--hash sha256|sha384|sha512] [--keyid] [--output FILE] [--kernel-release R] [--key-passphrase-env NAME] [--json] MODULE';
const VERIFY_USAGE = 'livepatch verify --cert FILE [--json] MODULE';
const keygen = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, {
        out: { type: 'string' },
        subject: { type: 'string' },
        bits: { type: 'string' },
        days: { type: 'string' },
        json: { type: 'boolean' }
    }, KEYGEN_USAGE);
    if (positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`keygen takes no positional arguments (got ${positionals.join(' ')})`);
    const { generateKeys } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(184), __webpack_require__.e(546)]).then(__webpack_require__.bind(__webpack_require__, 6546));
    const result = await generateKeys({
        outDir: values.out ?? '.',
        subject: values.subject,
        bits: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .whole */ .WQ)(values.bits, '--bits'),
        days: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .whole */ .WQ)(values.days, '--days')
    });
    io.stdout(values.json
        ? JSON.stringify(result, null, 2) + '\n'
        : `private key  ${result.key} (keep secret: the signing environment's secret)\ncertificate  ${result.pem} (PEM)\nfor the VM   ${result.crt} (DER: add to the VM's Secure Boot signature database when creating it)\nsubject      ${result.subject}, valid until ${result.notAfter.toISOString()}\n`);
    return _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass;
};
const sign = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, {
        key: { type: 'string' },
        cert: { type: 'string' },
        hash: { type: 'string' },
        keyid: { type: 'boolean' },
        output: { type: 'string' },
        'kernel-release': { type: 'string' },
        'key-passphrase-env': { type: 'string' },
        json: { type: 'boolean' }
    }, SIGN_USAGE);
    const module = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .oneModule */ .jm)(positionals, 'sign');
    if (!values.key || !values.cert)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b('sign needs --key FILE (PEM private key) and --cert FILE (PEM or DER certificate)');
    const passphraseEnv = values['key-passphrase-env'];
    if (passphraseEnv !== undefined && io.env[passphraseEnv] === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`--key-passphrase-env ${passphraseEnv}: that environment variable is not set`);
    }
    const { signModule } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(982)]).then(__webpack_require__.bind(__webpack_require__, 982));
    const result = await signModule({
        module,
        output: values.output,
        keyPem: (await (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(values.key, 'key')).toString('utf8'),
        keySource: values.key,
        keyPassphrase: passphraseEnv === undefined ? undefined : io.env[passphraseEnv],
        cert: await (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(values.cert, 'certificate'),
        certSource: values.cert,
        hash: values.hash,
        useKeyId: values.keyid,
        kernelRelease: values['kernel-release']
    });
    io.stdout(values.json
        ? JSON.stringify(result, null, 2) + '\n'
        : `signed ${result.module} (${result.hash}, signer ${result.signer}, key id ${result.keyId})\nsha256 ${result.sha256}\n`);
    return _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass;
};
const verify = async (args, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(args, {
        cert: { type: 'string' },
        json: { type: 'boolean' }
    }, VERIFY_USAGE);
    const module = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .oneModule */ .jm)(positionals, 'verify');
    if (!values.cert)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b('verify needs --cert FILE (PEM or DER certificate)');
    const { verifyModule } = await Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(982)]).then(__webpack_require__.bind(__webpack_require__, 982));
    const result = await verifyModule(module, await (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(values.cert, 'certificate'), values.cert);
    io.stdout(values.json
        ? JSON.stringify(result, null, 2) + '\n'
        : `${result.valid ? 'valid' : 'INVALID'}: ${module}: ${result.reason}\nsigner ${result.signer}\nkey id ${result.keyId}\nhash ${result.hash}\n`);
    return result.valid ? _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass : _args_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.fail;
};


/***/ })

};
