export const id = 8158;
export const ids = [8158];
export const modules = {

/***/ 8158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePkcs11Uri: () => (/* binding */ parsePkcs11Uri),
/* harmony export */   pkcs11Signer: () => (/* binding */ pkcs11Signer)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2821);
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


/***/ }),

/***/ 2821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ hexId),
/* harmony export */   Ih: () => (/* binding */ loadCertificate),
/* harmony export */   PM: () => (/* binding */ loadPrivateKey),
/* harmony export */   eN: () => (/* binding */ KeyError)
/* harmony export */ });
/* unused harmony exports CLI_PASSPHRASE_ADVICE, keyMatchesCertificate */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7357);
/* harmony import */ var node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// Reading the signing key and the certificate the VMs trust. Node's crypto holds the key (it is
// never turned into a JS string beyond the PEM we were given); node-forge's ASN.1 reads the
// certificate's raw parts that a signature must copy byte for byte.



class KeyError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi {
}
const OID_SUBJECT_KEY_ID = '2.5.29.14';
/** How the CLI asks for a passphrase; the action names its input instead. */
const CLI_PASSPHRASE_ADVICE = 'pass its passphrase in an environment variable named by --key-passphrase-env';
function loadPrivateKey(pem, source, passphrase, passphraseAdvice = CLI_PASSPHRASE_ADVICE) {
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
        throw new KeyError(`${source}: no PEM private key found (expected -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)`);
    }
    const encrypted = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem);
    if (encrypted && passphrase === undefined) {
        throw new KeyError(`${source}: the private key is encrypted; ${passphraseAdvice}`);
    }
    try {
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', passphrase });
        if (key.asymmetricKeyType !== 'rsa') {
            throw new KeyError(`${source}: key type ${key.asymmetricKeyType} is not supported; module signing keys here are RSA`);
        }
        return key;
    }
    catch (error) {
        if (error instanceof KeyError)
            throw error;
        // Never echo the key material: only the library's reason code.
        const code = error.code ?? 'unreadable';
        throw new KeyError(`${source}: cannot read the private key (${encrypted ? 'wrong passphrase? ' : ''}${code})`);
    }
}
/** The first CERTIFICATE block of a PEM file, or the bytes themselves when they are DER. */
function certificateDer(bytes, source) {
    const text = Buffer.from(bytes).toString('latin1');
    const match = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(text);
    if (match)
        return Buffer.from(match[1].replace(/\s+/g, ''), 'base64');
    if (bytes[0] === 0x30)
        return Buffer.from(bytes);
    throw new KeyError(`${source}: not a certificate (expected PEM with -----BEGIN CERTIFICATE----- or DER)`);
}
const OID_COMMON_NAME = '2.5.4.3';
/** A Time (UTCTime or GeneralizedTime, RFC 5280 4.1.2.5) as a Date. */
function timeOf(node) {
    const text = node.value;
    return node.type === (node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1___default().Type).UTCTIME
        ? node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1___default().utcTimeToDate(text)
        : node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1___default().generalizedTimeToDate(text);
}
/** The common name of a Name, else all its values joined. */
function commonName(name) {
    const values = [];
    for (const rdn of name.value) {
        for (const attribute of rdn.value) {
            const [type, value] = attribute.value;
            const text = Buffer.from(value.value, 'binary').toString('utf8');
            if (node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1___default().derToOid(type.value) === OID_COMMON_NAME)
                return text;
            values.push(text);
        }
    }
    return values.join(', ');
}
function loadCertificate(bytes, source) {
    const der = certificateDer(bytes, source);
    try {
        const tbs = node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1___default().fromDer(der.toString('binary')).value[0];
        const fields = tbs.value;
        // TBSCertificate (RFC 5280 4.1): [0] version (optional), serialNumber, signature, issuer,
        // validity, subject, subjectPublicKeyInfo, [1] [2] unique ids, [3] extensions.
        const k = fields[0].tagClass === (node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1___default().Class).CONTEXT_SPECIFIC && fields[0].type === 0 ? 1 : 0;
        const serial = fields[k];
        const issuer = fields[k + 2];
        const validity = fields[k + 3].value;
        const subject = fields[k + 4];
        const spki = Buffer.from(node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1___default().toDer(fields[k + 5]).getBytes(), 'binary');
        let subjectKeyId;
        for (const field of fields.slice(k + 6)) {
            if (field.tagClass !== (node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1___default().Class).CONTEXT_SPECIFIC || field.type !== 3)
                continue;
            for (const extension of field.value[0].value) {
                const parts = extension.value;
                if (node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1___default().derToOid(parts[0].value) !== OID_SUBJECT_KEY_ID)
                    continue;
                const inner = node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_1___default().fromDer(parts[parts.length - 1].value);
                subjectKeyId = Buffer.from(inner.value, 'binary');
            }
        }
        return {
            der,
            publicKey: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: spki, format: 'der', type: 'spki' }),
            notAfter: timeOf(validity[1]),
            issuer,
            serial,
            subjectKeyId,
            subjectName: commonName(subject)
        };
    }
    catch (error) {
        throw new KeyError(`${source}: cannot parse the certificate: ${error.message}`);
    }
}
/** Do the private key and the certificate hold the same public key? */
function keyMatchesCertificate(key, cert) {
    const fromKey = createPublicKey(key).export({ type: 'spki', format: 'der' });
    return fromKey.equals(cert.publicKey.export({ type: 'spki', format: 'der' }));
}
/** Colon-separated upper-case hex, as modinfo prints key ids. */
function hexId(bytes) {
    return [...bytes].map(b => b.toString(16).toUpperCase().padStart(2, '0')).join(':');
}


/***/ })

};
