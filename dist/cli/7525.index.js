export const id = 7525;
export const ids = [7525];
export const modules = {

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ withRetry)
/* harmony export */ });
async function withRetry(operation, options) {
    let lastError;
    for (let attempt = 1; attempt <= options.attempts; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            lastError = error;
            if (attempt === options.attempts || !options.retryable(error))
                throw error;
            options.onRetry?.(error, attempt);
            await new Promise(resolve => setTimeout(resolve, options.baseDelayMs * 2 ** (attempt - 1)));
        }
    }
    throw lastError;
}


/***/ }),

/***/ 7525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsKmsSigner: () => (/* binding */ awsKmsSigner),
/* harmony export */   parseAwsKey: () => (/* binding */ parseAwsKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2821);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2227);
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
        const kms = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(2632)]).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19));
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


/***/ }),

/***/ 2227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ REMOTE_DEFAULTS),
/* harmony export */   Fd: () => (/* binding */ retryableStatus),
/* harmony export */   JY: () => (/* binding */ checkSigningKey),
/* harmony export */   QC: () => (/* binding */ DIGEST_INFO),
/* harmony export */   Rw: () => (/* binding */ detailOf),
/* harmony export */   V3: () => (/* binding */ remoteCall)
/* harmony export */ });
/* unused harmony export MIN_RSA_BITS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9809);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2821);



/** DER DigestInfo prefixes for EMSA-PKCS1-v1_5 (RFC 8017 section 9.2, note 1). */
const DIGEST_INFO = {
    sha256: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
    sha384: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
    sha512: Buffer.from('3051300d060960864801650304020305000440', 'hex')
};
const MIN_RSA_BITS = 2048;
/** A module-signing key must be RSA (sign-file's PKCS#7 names rsaEncryption) of at least 2048 bits. */
function checkSigningKey(publicKey, name) {
    if (publicKey.asymmetricKeyType !== 'rsa') {
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyError */ .eN(`${name}: key type ${publicKey.asymmetricKeyType ?? 'unknown'} is not supported; module signing keys are RSA (PKCS#1 v1.5), at least ${MIN_RSA_BITS} bits`);
    }
    const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS) {
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyError */ .eN(`${name}: RSA key of ${bits} bits is too weak; module signing keys must be at least ${MIN_RSA_BITS} bits (livepatch keygen makes 2048)`);
    }
}
const REMOTE_DEFAULTS = {
    timeoutMs: 15_000,
    attempts: 4,
    baseDelayMs: 250
};
class RemoteTimeout extends Error {
}
/**
 * One call to a key service: each attempt has a deadline (the signal aborts the request, and a
 * timer stops waiting even if the client ignores it); throttling and 5xx are retried a bounded
 * number of times; anything else becomes a KeyError naming the key and the operation.
 */
async function remoteCall(key, operation, call, classify, options = REMOTE_DEFAULTS) {
    const judge = (error) => error instanceof RemoteTimeout
        ? { retry: true, detail: `no reply within ${options.timeoutMs / 1000} s` }
        : classify(error);
    try {
        return await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .b)(async () => {
            const controller = new AbortController();
            let timer;
            const deadline = new Promise((_, reject) => {
                timer = setTimeout(() => {
                    controller.abort();
                    reject(new RemoteTimeout());
                }, options.timeoutMs);
            });
            try {
                return await Promise.race([call(controller.signal), deadline]);
            }
            catch (error) {
                // An abort by our deadline surfaces from the client as its own error: report the timeout.
                throw controller.signal.aborted ? new RemoteTimeout() : error;
            }
            finally {
                clearTimeout(timer);
            }
        }, {
            attempts: options.attempts,
            baseDelayMs: options.baseDelayMs,
            retryable: error => judge(error).retry
        });
    }
    catch (error) {
        if (error instanceof _keys_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyError */ .eN)
            throw error;
        const failure = judge(error);
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyError */ .eN(`${key}: ${operation} failed: ${failure.detail}${failure.retry ? ` (tried ${options.attempts} times)` : ''}`);
    }
}
/** An HTTP status: 429 and 5xx are worth another try, other 4xx are the caller's to fix. */
function retryableStatus(status) {
    return status === undefined || status === 429 || status >= 500;
}
function detailOf(error) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).split('\n')[0].slice(0, 300);
}


/***/ })

};
