export const id = 373;
export const ids = [373];
export const modules = {

/***/ 85373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureKvSigner: () => (/* binding */ azureKvSigner),
/* harmony export */   parseAzureKey: () => (/* binding */ parseAzureKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82821);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92227);
// Azure Key Vault (or Managed HSM): `azurekv:https://VAULT.vault.azure.net/keys/NAME[/VERSION]`,
// through @azure/keyvault-keys: getKey for the public half, CryptographyClient.sign (RS256/384/512)
// on the digest. Credentials as the deploy finds them: the environment's service principal, else
// the az CLI login azure/login leaves behind.




const ALGORITHM = {
    sha256: 'RS256',
    sha384: 'RS384',
    sha512: 'RS512'
};
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
function parseAzureKey(value) {
    const text = value.slice('azurekv:'.length);
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = new URL('invalid:');
    }
    const parts = /^\/keys\/([A-Za-z0-9-]{1,127})(?:\/([0-9a-f]{32}))?\/?$/.exec(url.pathname);
    if (url.protocol !== 'https:' || !parts || url.search || url.hash || url.username)
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(text)} is not a Key Vault key: expected azurekv:https://VAULT.vault.azure.net/keys/NAME/VERSION`);
    return {
        vault: url.origin,
        key: parts[1],
        version: parts[2],
        loopback: LOOPBACK.has(url.hostname)
    };
}
function classify(error) {
    const e = error;
    if (/^(CredentialUnavailableError|AuthenticationError|AggregateAuthenticationError)$/.test(e.name ?? ''))
        return {
            retry: false,
            detail: `no Azure credentials (${(0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .detailOf */ .Rw)(error)}); log in with azure/login`
        };
    return {
        retry: (0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .retryableStatus */ .Fd)(e.statusCode),
        detail: `${e.code ?? e.name ?? 'error'}${e.statusCode ? ` (HTTP ${e.statusCode})` : ''}: ${(0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .detailOf */ .Rw)(error)}`
    };
}
function azureKvSigner(value, options = {}) {
    const { vault, key, version, loopback } = parseAzureKey(value);
    const name = value;
    const call = options.call ?? _signer_js__WEBPACK_IMPORTED_MODULE_3__/* .REMOTE_DEFAULTS */ .AO;
    const clients = (async () => {
        const [keys, identity] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(932), __webpack_require__.e(352), __webpack_require__.e(819), __webpack_require__.e(929)]).then(__webpack_require__.bind(__webpack_require__, 81929)),
            Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(932), __webpack_require__.e(738), __webpack_require__.e(324), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 23952))
        ]);
        const credential = new identity.ChainedTokenCredential(new identity.EnvironmentCredential(), new identity.AzureCliCredential());
        const common = {
            retryOptions: { maxRetries: 0 }, // remoteCall retries, with its own bound and deadline
            // The challenge's resource must be the vault's domain; a loopback vault (a local emulator)
            // has no such domain, and a token for it never leaves the machine.
            disableChallengeResourceVerification: loopback
        };
        const keyClient = new keys.KeyClient(vault, credential, common);
        return { keys, credential, keyClient, common };
    })();
    let keyId;
    const publicKey = async () => {
        const { keyClient } = await clients;
        const found = await (0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteCall */ .V3)(name, 'keys/get', signal => keyClient.getKey(key, { version, abortSignal: signal }), classify, call);
        const jwk = found.key;
        if (!jwk?.kty || !['RSA', 'RSA-HSM'].includes(jwk.kty) || !jwk.n || !jwk.e)
            throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: key type ${jwk?.kty ?? '(none)'} cannot sign modules; create an RSA key (az keyvault key create --kty RSA-HSM --size 2048)`);
        if (jwk.keyOps && !jwk.keyOps.includes('sign'))
            throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: the key does not permit the sign operation (key_ops)`);
        // Sign at our vault, never at an address the reply names: only the version comes from it.
        const foundVersion = version ?? found.properties.version;
        if (!foundVersion || !/^[0-9a-f]{32}$/.test(foundVersion))
            throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: Key Vault returned no key version`);
        keyId = `${vault}/keys/${key}/${foundVersion}`;
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
            key: {
                kty: 'RSA',
                n: Buffer.from(jwk.n).toString('base64url'),
                e: Buffer.from(jwk.e).toString('base64url')
            },
            format: 'jwk'
        });
    };
    return {
        name,
        publicKey,
        async signDigest(hash, digest) {
            if (keyId === undefined)
                await publicKey();
            const { keys, credential, common } = await clients;
            // The exact version read by publicKey(), so the checked key is the one that signs.
            const crypto = new keys.CryptographyClient(keyId, credential, common);
            const result = await (0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteCall */ .V3)(name, 'keys/sign', signal => crypto.sign(ALGORITHM[hash], digest, { abortSignal: signal }), classify, call);
            return Buffer.from(result.result);
        }
    };
}


/***/ })

};
