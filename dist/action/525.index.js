export const id = 525;
export const ids = [525];
export const modules = {

/***/ 87525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsKmsSigner: () => (/* binding */ awsKmsSigner),
/* harmony export */   parseAwsKey: () => (/* binding */ parseAwsKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82821);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92227);
// AWS KMS: `awskms:` + a key ARN, alias ARN, `alias/NAME` or key id. GetPublicKey, then Sign with
// MessageType DIGEST and RSASSA_PKCS1_V1_5_SHA_*: the same PKCS#1 v1.5 signature sign-file makes.
// Credentials from the SDK's default chain (aws-actions/configure-aws-credentials with OIDC);
// AWS_ENDPOINT_URL_KMS (the SDK's own variable) or --key-endpoint reach a private endpoint.




const ALGORITHM = {
    sha256: 'RSASSA_PKCS1_V1_5_SHA_256',
    sha384: 'RSASSA_PKCS1_V1_5_SHA_384',
    sha512: 'RSASSA_PKCS1_V1_5_SHA_512'
};
/** A key id as KMS takes it: an ARN, `alias/NAME`, or a key id (uuid or mrk-…). */
function parseAwsKey(value) {
    const keyId = value.slice('awskms:'.length);
    const arn = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):\d{12}:(key|alias)\/[A-Za-z0-9/_+=.@-]+$/.exec(keyId);
    if (arn)
        return { keyId, region: arn[1] };
    if (/^alias\/[A-Za-z0-9/_-]{1,250}$/.test(keyId) || /^(mrk-)?[0-9a-f-]{32,36}$/.test(keyId))
        return { keyId, region: undefined };
    throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(keyId)} is not an AWS KMS key: expected awskms:arn:aws:kms:REGION:ACCOUNT:key/ID, awskms:alias/NAME or awskms:KEY-ID`);
}
function classify(error) {
    const e = error;
    if (e.name === 'CredentialsProviderError')
        return {
            retry: false,
            detail: `no AWS credentials (${(0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .detailOf */ .Rw)(error)}); log in with aws-actions/configure-aws-credentials`
        };
    const status = e.$metadata?.httpStatusCode;
    const throttled = e.name === 'ThrottlingException' || e.name === 'LimitExceededException';
    return {
        retry: throttled || (0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .retryableStatus */ .Fd)(status),
        detail: `${e.name ?? 'error'}${status ? ` (HTTP ${status})` : ''}: ${(0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .detailOf */ .Rw)(error)}`
    };
}
function awsKmsSigner(value, options) {
    const { keyId, region } = parseAwsKey(value);
    const name = value;
    const resolvedRegion = region ?? options.env.AWS_REGION ?? options.env.AWS_DEFAULT_REGION;
    const call = options.call ?? _signer_js__WEBPACK_IMPORTED_MODULE_3__/* .REMOTE_DEFAULTS */ .AO;
    const client = (async () => {
        if (!resolvedRegion)
            throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: no AWS region; use the key's ARN or set AWS_REGION`);
        const kms = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(632)]).then(__webpack_require__.t.bind(__webpack_require__, 92632, 19));
        return {
            kms,
            client: new kms.KMSClient({
                region: resolvedRegion,
                ...(options.endpoint ? { endpoint: options.endpoint } : {}),
                maxAttempts: 1, // remoteCall retries, with its own bound and deadline
                requestHandler: { connectionTimeout: call.timeoutMs, requestTimeout: call.timeoutMs }
            })
        };
    })();
    return {
        name,
        async publicKey() {
            const { kms, client: c } = await client;
            const reply = await (0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteCall */ .V3)(name, 'kms:GetPublicKey', signal => c.send(new kms.GetPublicKeyCommand({ KeyId: keyId }), { abortSignal: signal }), classify, call);
            if (reply.KeyUsage !== undefined && reply.KeyUsage !== 'SIGN_VERIFY')
                throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: key usage is ${reply.KeyUsage}; module signing needs an asymmetric SIGN_VERIFY key (RSA_2048 or larger)`);
            if (!reply.PublicKey)
                throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: kms:GetPublicKey returned no public key`);
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(reply.PublicKey), format: 'der', type: 'spki' });
        },
        async signDigest(hash, digest) {
            const { kms, client: c } = await client;
            const reply = await (0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteCall */ .V3)(name, 'kms:Sign', signal => c.send(new kms.SignCommand({
                KeyId: keyId,
                Message: digest,
                MessageType: 'DIGEST',
                SigningAlgorithm: ALGORITHM[hash]
            }), { abortSignal: signal }), classify, call);
            if (!reply.Signature)
                throw new _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .eN(`${name}: kms:Sign returned no signature`);
            return Buffer.from(reply.Signature);
        }
    };
}


/***/ })

};
