export const id = 5373;
export const ids = [5373];
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

/***/ 5373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureKvSigner: () => (/* binding */ azureKvSigner),
/* harmony export */   parseAzureKey: () => (/* binding */ parseAzureKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2821);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2227);
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
            Promise.all(/* import() */[__webpack_require__.e(3669), __webpack_require__.e(5932), __webpack_require__.e(4182), __webpack_require__.e(7352), __webpack_require__.e(1929)]).then(__webpack_require__.bind(__webpack_require__, 1929)),
            Promise.all(/* import() */[__webpack_require__.e(3669), __webpack_require__.e(5932), __webpack_require__.e(5738), __webpack_require__.e(3324), __webpack_require__.e(3952)]).then(__webpack_require__.bind(__webpack_require__, 3952))
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
