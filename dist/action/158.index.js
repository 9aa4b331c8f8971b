export const id = 158;
export const ids = [158];
export const modules = {

/***/ 38158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePkcs11Uri: () => (/* binding */ parsePkcs11Uri),
/* harmony export */   pkcs11Signer: () => (/* binding */ pkcs11Signer)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82821);
// PKCS#11 (RFC 7512 URIs, as the kernel's sign-file takes them) through OpenSSL's pkcs11 engine
// (Debian/Ubuntu `libengine-pkcs11-openssl`, libp11): what sign-file used before OpenSSL 3
// (Debian's linux-kbuild-6.1 sign-file asks for the newer pkcs11-provider, which Debian 12 does
// not ship, so it cannot open a token here at all). Chosen over a native Node binding (pkcs11js,
// graphene-pk11): those need node-gyp at install time and a prebuilt .node per Node ABI inside
// dist/, which ncc cannot make portable; `openssl` is on every runner. The PIN never appears on
// a command line: it reaches openssl through its environment (`-passin env:`), like sign-file's
// KBUILD_SIGN_PIN, and the URI passed on argv has its pin-value removed.




const PATH_ATTRIBUTES = new Set([
    'token',
    'object',
    'id',
    'type',
    'manufacturer',
    'model',
    'serial',
    'library-manufacturer',
    'library-description',
    'library-version',
    'slot-description',
    'slot-manufacturer',
    'slot-id'
]);
function decode(value, what) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`PKCS#11 URI: ${what} is not valid percent-encoding (RFC 7512)`);
    }
}
/** Split `pkcs11:token=…;object=…?pin-value=…` into what openssl may see and what it may not. */
function parsePkcs11Uri(value) {
    if (!value.startsWith('pkcs11:'))
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN('not a PKCS#11 URI (expected pkcs11:…)');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\s]/.test(value))
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN('PKCS#11 URI: control characters or spaces are not allowed (RFC 7512)');
    const [path, query = ''] = value.slice('pkcs11:'.length).split('?', 2);
    let pin;
    let modulePath;
    const kept = [];
    const names = new Set();
    for (const part of path.split(';').filter(Boolean)) {
        const eq = part.indexOf('=');
        const name = eq > 0 ? part.slice(0, eq) : '';
        if (name === 'pin-value') {
            pin = decode(part.slice(eq + 1), 'pin-value');
            continue;
        }
        if (!PATH_ATTRIBUTES.has(name))
            throw new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`PKCS#11 URI: ${name ? `unknown attribute '${name.slice(0, 40)}'` : 'an attribute without a name='} (expected token=, object=, id=, type=, … as in RFC 7512)`);
        names.add(name);
        kept.push(part);
    }
    for (const part of query.split('&').filter(Boolean)) {
        const eq = part.indexOf('=');
        const name = eq > 0 ? part.slice(0, eq) : part;
        if (name === 'pin-value')
            pin = decode(part.slice(eq + 1), 'pin-value');
        else if (name === 'module-path')
            modulePath = decode(part.slice(eq + 1), 'module-path');
        else if (name === 'pin-source')
            throw new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN('PKCS#11 URI: pin-source is not supported; give the PIN in KBUILD_SIGN_PIN (as for sign-file)');
        else
            throw new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`PKCS#11 URI: unknown query attribute '${name.slice(0, 20)}' (expected pin-value or module-path)`);
    }
    if (!names.has('object') && !names.has('id'))
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN('PKCS#11 URI: name the key with object=LABEL or id=HEX');
    return { uri: `pkcs11:${kept.join(';')}`, pin, modulePath };
}
const PIN_VARIABLE = 'LIVEPATCH_PKCS11_PIN';
function runOpenssl(args, env, input, timeoutMs) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('openssl', args, {
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
            timeout: timeoutMs
        });
        const out = [];
        let err = '';
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => {
            if (err.length < 64 * 1024)
                err += chunk.toString('utf8');
        });
        child.on('error', error => reject(error.code === 'ENOENT'
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi('openssl is not installed (Debian/Ubuntu package openssl)')
            : error));
        child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out), stderr: err }));
        child.stdin.on('error', () => undefined); // openssl may exit before reading (bad PIN)
        child.stdin.end(input);
    });
}
function pkcs11Signer(value, options) {
    const parsed = parsePkcs11Uri(value);
    const name = parsed.uri;
    const modulePath = options.modulePath ?? parsed.modulePath ?? options.env.PKCS11_MODULE_PATH;
    if (!modulePath)
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`${name}: no PKCS#11 library; pass --pkcs11-module PATH (the action: input 'pkcs11-module') or set PKCS11_MODULE_PATH`);
    const pinFrom = parsed.pin !== undefined ? "the URI's pin-value" : 'KBUILD_SIGN_PIN';
    const pin = parsed.pin ?? options.env.KBUILD_SIGN_PIN;
    if (pin === undefined || pin === '')
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`${name}: no PIN for the token; set KBUILD_SIGN_PIN (as for sign-file) or add pin-value to the URI`);
    const env = { ...options.env, PKCS11_MODULE_PATH: modulePath, [PIN_VARIABLE]: pin };
    const timeoutMs = options.timeoutMs ?? 60_000;
    const key = ['-engine', 'pkcs11', '-passin', `env:${PIN_VARIABLE}`];
    const explain = (run, operation) => {
        const text = run.stderr.split(pin).join('(PIN)');
        if (/PIN incorrect/i.test(text))
            return new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`${name}: wrong PIN for the token (the PIN from ${pinFrom}); not retried, because tokens lock after a few wrong PINs`);
        if (/PIN locked/i.test(text))
            return new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`${name}: the token's user PIN is locked; unlock it with the SO PIN`);
        if (/Unable to load (PKCS#11 )?module/i.test(text))
            return new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`${name}: cannot load the PKCS#11 library '${modulePath}'`);
        if (/no such engine|Invalid engine/i.test(text))
            return new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`${name}: OpenSSL's pkcs11 engine is not installed (Debian/Ubuntu package libengine-pkcs11-openssl)`);
        if (/No matching initialized token/i.test(text))
            return new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`${name}: no token matching this URI in '${modulePath}'`);
        if (/object not found|key was not found/i.test(text))
            return new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`${name}: no private key object matching this URI on the token`);
        if (run.signal === 'SIGTERM' && run.code === null)
            return new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`${name}: ${operation} did not finish within ${timeoutMs / 1000} s`);
        const last = text
            .split('\n')
            .filter(l => l.trim() && !/^Engine "pkcs11" set/.test(l))
            .slice(-2)
            .join('; ');
        return new _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyError */ .eN(`${name}: ${operation} failed: ${last.slice(0, 300) || `exit ${run.code}`}`);
    };
    const succeeded = (run) => run.code === 0 && run.stdout.length > 0;
    return {
        name,
        async publicKey() {
            const run = await runOpenssl(['pkey', ...key, '-inform', 'engine', '-in', parsed.uri, '-pubout', '-outform', 'DER'], env, Buffer.alloc(0), timeoutMs);
            if (!succeeded(run))
                throw explain(run, 'reading the public key');
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createPublicKey)({ key: run.stdout, format: 'der', type: 'spki' });
        },
        async signDigest(hash, digest) {
            const run = await runOpenssl([
                'pkeyutl',
                '-sign',
                ...key,
                '-keyform',
                'engine',
                '-inkey',
                parsed.uri,
                '-pkeyopt',
                `digest:${hash}`
            ], env, digest, timeoutMs);
            if (!succeeded(run))
                throw explain(run, 'signing');
            return run.stdout;
        }
    };
}


/***/ })

};
