export const id = 957;
export const ids = [957];
export const modules = {

/***/ 64957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSign: () => (/* binding */ runSign),
/* harmony export */   signingCert: () => (/* binding */ signingCert)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _build_kconfig_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58323);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _sign_sign_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80982);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81729);
// `command: sign` — the key comes from a secret input, is masked first, and is held only in
// memory: Node's crypto signs in-process, so the key is never written to disk at all.






/** The hash: the input, else the kernel config's CONFIG_MODULE_SIG_HASH, else sha256. */
async function signingHash(inputs) {
    if (inputs.hash)
        return inputs.hash;
    if (!inputs.kernelConfig)
        return 'sha256';
    const path = inputs.kernelConfig;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8').catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .b(`Invalid input '${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.KernelConfig}': cannot read '${path}': ${error.message}`);
    });
    return (0,_build_kconfig_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKernelConfig */ .J)(text, path).get('CONFIG_MODULE_SIG_HASH') ?? 'sha256';
}
/** `signing-cert` is PEM text, or the path of a PEM or DER file. */
async function signingCert(value) {
    if (value.includes('-----BEGIN CERTIFICATE-----')) {
        return { bytes: Buffer.from(value), source: `input '${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.SigningCert}'` };
    }
    try {
        return { bytes: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(value), source: value };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .b(`Invalid input '${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.SigningCert}': cannot read '${value}' (${error.message}). Expected PEM text or the path of the certificate (default keys/livepatch.crt).`);
    }
}
async function runSign(inputs) {
    if (!inputs.signingKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .b(`Input required and not supplied: ${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.SigningKey} (the PEM private key, from the signing environment's secret)`);
    }
    if (!inputs.module)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .b(`Input required and not supplied: ${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Module} (the .ko to sign)`);
    const cert = await signingCert(inputs.signingCert);
    const result = await (0,_sign_sign_js__WEBPACK_IMPORTED_MODULE_4__/* .signModule */ .Yt)({
        module: inputs.module,
        output: inputs.output,
        keyPem: inputs.signingKey,
        keySource: `input '${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.SigningKey}'`,
        keyPassphrase: inputs.signingKeyPassphrase,
        cert: cert.bytes,
        certSource: cert.source,
        hash: await signingHash(inputs),
        kernelRelease: inputs.kernelRelease
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.SignedModule, result.module);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.Sha256, result.sha256);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.Signer, result.signer);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.KeyId, result.keyId);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addHeading('livepatch sign', 2)
        .addTable([
        [
            { data: 'module', header: true },
            { data: 'sha256', header: true },
            { data: 'hash', header: true },
            { data: 'signer', header: true },
            { data: 'key id', header: true }
        ],
        [result.module, result.sha256, result.hash, result.signer, result.keyId]
    ])
        .write();
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`signed ${result.module} (${result.hash}, signer ${result.signer}, key id ${result.keyId}, sha256 ${result.sha256})`);
    return 0;
}


/***/ }),

/***/ 58323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseKernelConfig),
/* harmony export */   O: () => (/* binding */ isEnabled)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Reading a kernel .config: `CONFIG_X=value` lines and `# CONFIG_X is not set`.

/** Parse a .config; values keep their quotes stripped. Throws on a file that is not one. */
function parseKernelConfig(text, source) {
    const config = new Map();
    let lineNo = 0;
    for (const raw of text.split('\n')) {
        lineNo++;
        const line = raw.trim();
        if (line === '')
            continue;
        const unset = /^# (CONFIG_\w+) is not set$/.exec(line);
        if (unset) {
            config.set(unset[1], 'n');
            continue;
        }
        if (line.startsWith('#'))
            continue;
        const set = /^(CONFIG_\w+)=(.*)$/.exec(line);
        if (!set) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`${source}:${lineNo}: not a kernel config line (expected CONFIG_NAME=value or '# CONFIG_NAME is not set')`);
        }
        config.set(set[1], set[2].startsWith('"') && set[2].endsWith('"')
            ? set[2].slice(1, -1).replace(/\\"/g, '"')
            : set[2]);
    }
    if (config.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`${source}: no CONFIG_ options found; is this a kernel .config?`);
    return config;
}
function isEnabled(config, name) {
    const value = config.get(name);
    return value === 'y' || value === 'm';
}


/***/ })

};
