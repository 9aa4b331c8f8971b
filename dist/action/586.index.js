export const id = 586;
export const ids = [586];
export const modules = {

/***/ 85586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSign: () => (/* binding */ runSign),
  signingCert: () => (/* binding */ signingCert)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/build/kconfig.ts
var kconfig = __webpack_require__(58323);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/sign/backends/index.ts
// Which back-end holds the key: a URI scheme picks it; anything else is a PEM key. Each back-end
// is loaded only when used (its cloud SDK with it).

const KEY_SCHEMES = ['pkcs11:', 'awskms:', 'gcpkms:', 'azurekv:'];
/** Is this value a key URI (rather than a PEM key or the path of one)? */
function isKeyUri(value) {
    return KEY_SCHEMES.some(scheme => value.startsWith(scheme));
}
async function remoteSigner(uri, options) {
    if (uri.startsWith('pkcs11:'))
        return (await __webpack_require__.e(/* import() */ 158).then(__webpack_require__.bind(__webpack_require__, 38158))).pkcs11Signer(uri, {
            modulePath: options.pkcs11Module,
            env: options.env
        });
    if (uri.startsWith('awskms:'))
        return (await __webpack_require__.e(/* import() */ 525).then(__webpack_require__.bind(__webpack_require__, 87525))).awsKmsSigner(uri, {
            endpoint: options.endpoint,
            env: options.env
        });
    if (uri.startsWith('gcpkms:'))
        return (await __webpack_require__.e(/* import() */ 560).then(__webpack_require__.bind(__webpack_require__, 24560))).gcpKmsSigner(uri, { endpoint: options.endpoint });
    if (uri.startsWith('azurekv:'))
        return (await __webpack_require__.e(/* import() */ 373).then(__webpack_require__.bind(__webpack_require__, 85373))).azureKvSigner(uri);
    throw new errors/* LivepatchError */.bi(`not a key URI: expected one of ${KEY_SCHEMES.join(', ')}`);
}

// EXTERNAL MODULE: ./src/sign/sign.ts + 1 modules
var sign = __webpack_require__(48838);
// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(81729);
;// CONCATENATED MODULE: ./src/action/sign.ts
// `command: sign` — the key comes from a secret input, is masked first, and is held only in
// memory: Node's crypto signs in-process, so the key is never written to disk at all. Or the
// input is a key URI, and the key never leaves its KMS or HSM.







/** The hash: the input, else the kernel config's CONFIG_MODULE_SIG_HASH, else sha256. */
async function signingHash(inputs) {
    if (inputs.hash)
        return inputs.hash;
    if (!inputs.kernelConfig)
        return 'sha256';
    const path = inputs.kernelConfig;
    const text = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        throw new errors/* LivepatchError */.bi(`Invalid input '${action_inputs/* Inputs */.G0.KernelConfig}': cannot read '${path}': ${error.message}`);
    });
    return (0,kconfig/* parseKernelConfig */.J)(text, path).get('CONFIG_MODULE_SIG_HASH') ?? 'sha256';
}
/** `signing-cert` is PEM text, or the path of a PEM or DER file. */
async function signingCert(value) {
    if (value.includes('-----BEGIN CERTIFICATE-----')) {
        return { bytes: Buffer.from(value), source: `input '${action_inputs/* Inputs */.G0.SigningCert}'` };
    }
    // A single line may be a path: read it (a long absolute path is a path, whatever it looks
    // like). Key material pasted into this input is never echoed: only a quotable value is.
    // eslint-disable-next-line no-control-regex
    const oneLine = value.length <= 4096 && !/[\u0000-\u001f\u007f]/.test(value);
    let code = 'not a path';
    if (oneLine) {
        try {
            return {
                bytes: await (0,promises_.readFile)(value),
                source: (0,errors/* quotable */.E7)(value) ?? `input '${action_inputs/* Inputs */.G0.SigningCert}'`
            };
        }
        catch (error) {
            code = error.code ?? 'unreadable';
        }
    }
    const path = (0,errors/* quotable */.E7)(value);
    if (path === undefined)
        throw new errors/* LivepatchError */.bi(`Invalid input '${action_inputs/* Inputs */.G0.SigningCert}': not a PEM certificate nor the path of one (the value is not shown: it may be secret). Expected PEM text with -----BEGIN CERTIFICATE----- or the path of the certificate (default keys/livepatch.crt).`);
    throw new errors/* LivepatchError */.bi(`Invalid input '${action_inputs/* Inputs */.G0.SigningCert}': cannot read '${path}' (${code}). Expected PEM text or the path of the certificate (default keys/livepatch.crt).`);
}
async function runSign(inputs) {
    if (!inputs.signingKey) {
        throw new errors/* LivepatchError */.bi(`Input required and not supplied: ${action_inputs/* Inputs */.G0.SigningKey} (the PEM private key from the signing environment's secret, or a key URI: pkcs11:, awskms:, gcpkms:, azurekv:)`);
    }
    if (!inputs.module)
        throw new errors/* LivepatchError */.bi(`Input required and not supplied: ${action_inputs/* Inputs */.G0.Module} (the .ko to sign)`);
    const cert = await signingCert(inputs.signingCert);
    const result = await (0,sign/* signModule */.Yt)({
        module: inputs.module,
        output: inputs.output,
        ...(isKeyUri(inputs.signingKey)
            ? {
                signer: await remoteSigner(inputs.signingKey, {
                    env: process.env,
                    pkcs11Module: inputs.pkcs11Module
                })
            }
            : {
                keyPem: inputs.signingKey,
                keySource: `input '${action_inputs/* Inputs */.G0.SigningKey}'`,
                keyPassphrase: inputs.signingKeyPassphrase,
                passphraseAdvice: `pass its passphrase in the input '${action_inputs/* Inputs */.G0.SigningKeyPassphrase}' (from a secret)`
            }),
        cert: cert.bytes,
        certSource: cert.source,
        hash: await signingHash(inputs),
        kernelRelease: inputs.kernelRelease
    });
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.SignedModule, result.module);
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.Sha256, result.sha256);
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.Signer, result.signer);
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.KeyId, result.keyId);
    await core/* summary */.z
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
    core/* info */.pq(`signed ${result.module} (${result.hash}, signer ${result.signer}, key id ${result.keyId}, sha256 ${result.sha256})`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`${source}:${lineNo}: not a kernel config line (expected CONFIG_NAME=value or '# CONFIG_NAME is not set')`);
        }
        config.set(set[1], set[2].startsWith('"') && set[2].endsWith('"')
            ? set[2].slice(1, -1).replace(/\\"/g, '"')
            : set[2]);
    }
    if (config.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`${source}: no CONFIG_ options found; is this a kernel .config?`);
    return config;
}
function isEnabled(config, name) {
    const value = config.get(name);
    return value === 'y' || value === 'm';
}


/***/ })

};
