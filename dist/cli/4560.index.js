export const id = 4560;
export const ids = [4560];
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

/***/ 4560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gcpKmsSigner: () => (/* binding */ gcpKmsSigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2821);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2227);
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
        const { GoogleAuth } = await Promise.all(/* import() */[__webpack_require__.e(3324), __webpack_require__.e(492)]).then(__webpack_require__.t.bind(__webpack_require__, 8111, 23));
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
