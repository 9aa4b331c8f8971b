export const id = 2718;
export const ids = [2718,1676];
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


/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSign: () => (/* binding */ runSign),
/* harmony export */   signSettings: () => (/* binding */ signSettings)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1676);
// sign, for both doors (keygen and verify are the CLI's alone: src/cli/sign.ts). The key is a PEM (text, or a file the CLI names), or
// the URI of a key in a KMS or HSM (it never leaves it); the digest follows the kernel config's
// CONFIG_MODULE_SIG_HASH when a config is named, else sha256.



const KEY_FORMS = 'a PEM private key, or a key URI: pkcs11:, awskms:, gcpkms:, azurekv:';
function signSettings(r, env) {
    const key = r.required('signingKey', KEY_FORMS);
    let passphrase = r.text('signingKeyPassphrase') || undefined;
    const passphraseEnv = r.text('keyPassphraseEnv');
    if (passphraseEnv !== undefined) {
        if (env[passphraseEnv] === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LivepatchError */ .bi(`${r.label('keyPassphraseEnv')} ${passphraseEnv}: that environment variable is not set`);
        passphrase = env[passphraseEnv];
    }
    return {
        module: r.required('module', 'the .ko to sign'),
        output: r.text('output') || undefined,
        key: { value: key, label: r.label('signingKey') },
        passphrase,
        passphraseAdvice: r.has('signingKeyPassphrase')
            ? `pass its passphrase in the ${r.label('signingKeyPassphrase')} (from a secret)`
            : `name the environment variable holding its passphrase with ${r.label('keyPassphraseEnv')}`,
        pkcs11Module: r.text('pkcs11Module') || undefined,
        keyEndpoint: r.text('keyEndpoint') || undefined,
        certificate: {
            value: r.required('signingCert', 'PEM or DER certificate'),
            label: r.label('signingCert')
        },
        hash: r.choice('hash'),
        kernelConfig: r.text('kernelConfig') || undefined,
        useKeyId: r.flag('keyId'),
        kernelRelease: r.text('kernelRelease') || undefined
    };
}
/** The hash: the setting, else the kernel config's CONFIG_MODULE_SIG_HASH, else sha256. */
async function signingHash(settings) {
    if (settings.hash)
        return settings.hash;
    const path = settings.kernelConfig;
    if (!path)
        return 'sha256';
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LivepatchError */ .bi(`cannot read the kernel config ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(path)}: ${error.code ?? error.message}`);
    });
    const { parseKernelConfig } = await __webpack_require__.e(/* import() */ 8323).then(__webpack_require__.bind(__webpack_require__, 8323));
    return parseKernelConfig(text, path).get('CONFIG_MODULE_SIG_HASH') ?? 'sha256';
}
/** The key's part of the sign options: a remote signer, or the PEM (read from its file if need be). */
async function keyOptions(settings, env) {
    const { isKeyUri, remoteSigner } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9975));
    const { value, label } = settings.key;
    if (isKeyUri(value))
        return {
            signer: await remoteSigner(value, {
                env,
                pkcs11Module: settings.pkcs11Module,
                endpoint: settings.keyEndpoint
            })
        };
    const common = { keyPassphrase: settings.passphrase, passphraseAdvice: settings.passphraseAdvice };
    if (value.includes('-----BEGIN'))
        return { keyPem: value, keySource: label, ...common };
    const shown = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quotable */ .E7)(value);
    const pem = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(value, 'utf8').catch((error) => {
        // A key pasted where a path belongs is never echoed (nor inside Node's message).
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LivepatchError */ .bi(`cannot read key ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(value)}: ${shown === undefined ? error.code : error.message}`);
    });
    return { keyPem: pem, keySource: shown ?? label, ...common };
}
async function runSign(settings, env) {
    const { signModule } = await Promise.all(/* import() */[__webpack_require__.e(7357), __webpack_require__.e(7256)]).then(__webpack_require__.bind(__webpack_require__, 7256));
    const cert = await (0,_certificate_js__WEBPACK_IMPORTED_MODULE_2__.readCertificate)(settings.certificate.value, settings.certificate.label);
    return signModule({
        module: settings.module,
        output: settings.output,
        ...(await keyOptions(settings, env)),
        cert: cert.bytes,
        certSource: cert.source,
        hash: await signingHash(settings),
        useKeyId: settings.useKeyId,
        kernelRelease: settings.kernelRelease
    });
}


/***/ })

};
