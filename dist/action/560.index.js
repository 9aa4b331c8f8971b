export const id = 560;
export const ids = [560];
export const modules = {

/***/ 24560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gcpKmsSigner: () => (/* binding */ gcpKmsSigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82821);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92227);
// Google Cloud KMS: `gcpkms:projects/P/locations/L/keyRings/R/cryptoKeys/K/cryptoKeyVersions/N`.
// REST (getPublicKey, asymmetricSign with a digest) through google-auth-library's default
// credentials (google-github-actions/auth writes them for OIDC). Not @google-cloud/kms: like
// @google-cloud/compute it pulls in gRPC/gax, which does not bundle safely with ncc.




const VERSION_NAME = /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/locations\/[a-z0-9-]{1,63}\/keyRings\/[A-Za-z0-9_-]{1,63}\/cryptoKeys\/[A-Za-z0-9_-]{1,63}\/cryptoKeyVersions\/[1-9][0-9]{0,9}$/;
/** Cloud KMS RSA PKCS#1 v1.5 algorithms fix the digest: RSA_SIGN_PKCS1_<bits>_<SHA>. */
const PKCS1 = /^RSA_SIGN_PKCS1_(2048|3072|4096)_(SHA256|SHA512)$/;
function classify(error) {
    const e = error;
    const status = e.response?.status ?? e.status;
    const remote = e.response?.data?.error;
    return {
        retry: (0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .retryableStatus */ .Fd)(status),
        detail: remote?.message
            ? `${remote.status ?? 'error'} (HTTP ${status}): ${remote.message.slice(0, 300)}`
            : `${status ? `HTTP ${status}: ` : ''}${(0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .detailOf */ .Rw)(error)}`
    };
}
function gcpKmsSigner(value, options) {
    const version = value.slice('gcpkms:'.length);
    if (!VERSION_NAME.test(version))
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(version)} is not a Cloud KMS key version: expected gcpkms:projects/P/locations/L/keyRings/R/cryptoKeys/K/cryptoKeyVersions/N`);
    const name = value;
    const base = (options.endpoint ?? 'https://cloudkms.googleapis.com').replace(/\/$/, '');
    const call = options.call ?? _signer_js__WEBPACK_IMPORTED_MODULE_3__/* .REMOTE_DEFAULTS */ .AO;
    let algorithm;
    const client = (async () => {
        const { GoogleAuth } = await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(492)]).then(__webpack_require__.t.bind(__webpack_require__, 492, 23));
        // The project is in the key's name: the library then asks no resource manager for one.
        return new GoogleAuth({
            scopes: ['https://www.googleapis.com/auth/cloudkms'],
            projectId: version.split('/')[1]
        }).getClient();
    })();
    const request = async (operation, path, body) => {
        const c = await client.catch((error) => {
            throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: no Google credentials: ${(0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .detailOf */ .Rw)(error)}`);
        });
        const reply = await (0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteCall */ .V3)(name, operation, signal => c.request({
            url: `${base}/v1/${version}${path}`,
            method: body === undefined ? 'GET' : 'POST',
            ...(body === undefined ? {} : { data: body }),
            timeout: call.timeoutMs,
            retry: false,
            signal
        }), classify, call);
        return reply.data;
    };
    const publicKey = async () => {
        const reply = await request('cloudkms.cryptoKeyVersions.getPublicKey', '/publicKey');
        if (!reply.algorithm || !PKCS1.test(reply.algorithm))
            throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: algorithm ${reply.algorithm ?? '(none)'} cannot sign modules; create the key with --default-algorithm rsa-sign-pkcs1-2048-sha256 (or 3072/4096)`);
        if (!reply.pem)
            throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: getPublicKey returned no public key`);
        algorithm = reply.algorithm;
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(reply.pem);
    };
    return {
        name,
        publicKey,
        async signDigest(hash, digest) {
            if (algorithm === undefined)
                await publicKey();
            const keyHash = PKCS1.exec(algorithm)[2].toLowerCase();
            if (keyHash !== hash)
                throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: this key version (${algorithm}) signs ${keyHash} digests only; sign with --hash ${keyHash} (and CONFIG_MODULE_SIG_HASH must match)`);
            const reply = await request('cloudkms.cryptoKeyVersions.useToSign', ':asymmetricSign', { digest: { [hash]: digest.toString('base64') } });
            if (!reply.signature)
                throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: asymmetricSign returned no signature`);
            return Buffer.from(reply.signature, 'base64');
        }
    };
}


/***/ })

};
