export const id = 6546;
export const ids = [6546,9148];
export const modules = {

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ createFilesExclusive),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// File writing that never leaves half a file behind.



function tempNameFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
async function writeTemp(path, data, mode) {
    const temp = tempNameFor(path);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', mode);
    try {
        // No fsync: the rename makes the file appear whole or not at all to every reader, which is
        // what CI steps need; durability across a power cut is not worth its cost here.
        await handle.writeFile(data);
    }
    catch (error) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
        throw error;
    }
    await handle.close();
    return temp;
}
/** Write through a temp file in the same folder, then rename over `path`. */
async function writeFileAtomic(path, data, mode = 0o644) {
    const temp = await writeTemp(path, data, mode);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
        throw error;
    }
}
/**
 * Write several new files all-or-nothing: each goes to a temp file first, then is linked into
 * place, which fails if the file exists. On any failure every file made here is removed.
 */
async function createFilesExclusive(files) {
    const temps = [];
    const placed = [];
    try {
        for (const file of files)
            temps.push(await writeTemp(file.path, file.data, file.mode));
        for (const [k, file] of files.entries()) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temps[k], file.path);
            placed.push(file.path);
        }
    }
    catch (error) {
        await Promise.all(placed.map(p => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(p).catch(() => undefined)));
        throw error;
    }
    finally {
        await Promise.all(temps.map(t => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(t).catch(() => undefined)));
    }
}


/***/ }),

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

/***/ 3629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ pemSigner),
/* harmony export */   X: () => (/* binding */ keyObjectSigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2821);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2227);
// A PEM private key held in memory (a file or the action's secret input): Node's crypto does the
// RSA operation in-process, so the key is never written anywhere.



function keyObjectSigner(key, name) {
    return {
        name,
        publicKey: async () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key),
        // EMSA-PKCS1-v1_5: private-key operation over DigestInfo || digest with block type 1 padding,
        // which is what RSA_PKCS1_PADDING does for a private-key "encrypt".
        signDigest: async (hash, digest) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.privateEncrypt)({ key, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, Buffer.concat([_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST_INFO */ .QC[hash], digest]))
    };
}
function pemSigner(pem, name, passphrase, passphraseAdvice) {
    return keyObjectSigner((0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPrivateKey */ .PM)(pem, name, passphrase, passphraseAdvice), name);
}


/***/ }),

/***/ 6546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateKeys: () => (/* binding */ generateKeys)
/* harmony export */ });
/* unused harmony exports KEY_FILES, parseSubject, makeCertificate */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7357);
/* harmony import */ var node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5184);
/* harmony import */ var node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9148);
/* harmony import */ var _backends_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3629);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2227);
// `keygen`: the key pair the image's tooling uses (its secure_boot/ folder): livepatch.key (PEM
// private key, 0600), livepatch.pem (PEM certificate), livepatch.crt (the same certificate, DER,
// for the VM's Secure Boot signature database). Extensions as the kernel's certs/default_x509.genkey,
// plus extendedKeyUsage codeSigning. With a key in a KMS or HSM, only the certificate is made.









const KEY_FILES = {
    key: 'livepatch.key',
    pem: 'livepatch.pem',
    crt: 'livepatch.crt'
};
const SHORT_NAMES = {
    CN: 'commonName',
    O: 'organizationName',
    OU: 'organizationalUnitName',
    C: 'countryName',
    ST: 'stateOrProvinceName',
    L: 'localityName',
    emailAddress: 'emailAddress'
};
const OID_SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
/** `/CN=name/O=org` (openssl -subj form) → forge attributes. */
function parseSubject(subject) {
    if (!subject.startsWith('/'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LivepatchError */ .bi(`invalid --subject '${subject}': expected the form /CN=name[/O=org...]`);
    return subject
        .slice(1)
        .split('/')
        .map(part => {
        const eq = part.indexOf('=');
        const short = part.slice(0, eq);
        const name = SHORT_NAMES[short];
        if (eq <= 0 || !name || part.slice(eq + 1) === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LivepatchError */ .bi(`invalid --subject part '${part}': expected KEY=value with KEY one of ${Object.keys(SHORT_NAMES).join(', ')}`);
        }
        return { name, value: part.slice(eq + 1) };
    });
}
/**
 * A self-signed certificate for `publicKey`, its TBSCertificate built here and signed
 * (sha256WithRSAEncryption) by `signer` — a key in memory, a token or a KMS alike.
 */
async function makeCertificate(publicKey, signer, attributes, notBefore, notAfter) {
    const cert = node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_4___default().createCertificate();
    cert.publicKey = node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_4___default().publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }));
    const serial = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
    serial[0] &= 0x7f; // positive INTEGER
    serial[0] |= 0x01; // no leading zero byte to strip
    cert.serialNumber = serial.toString('hex');
    cert.validity.notBefore = notBefore;
    cert.validity.notAfter = notAfter;
    cert.setSubject(attributes);
    cert.setIssuer(attributes);
    cert.setExtensions([
        { name: 'basicConstraints', cA: false, critical: true },
        { name: 'keyUsage', digitalSignature: true, critical: false },
        { name: 'extKeyUsage', codeSigning: true },
        { name: 'subjectKeyIdentifier' },
        { name: 'authorityKeyIdentifier', keyIdentifier: true }
    ]);
    // Sign the TBSCertificate outside forge (forge's pure-JS RSA is slow, and cannot reach a KMS).
    cert.signatureOid = cert.siginfo.algorithmOid = OID_SHA256_WITH_RSA;
    const tbs = node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_4___default().getTBSCertificate(cert);
    const tbsDer = Buffer.from(node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_3___default().toDer(tbs).getBytes(), 'binary');
    const signature = await signer.signDigest('sha256', (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(tbsDer).digest());
    if (!(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', tbsDer, publicKey, signature))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LivepatchError */ .bi(`${signer.name}: the certificate signature it returned does not verify`);
    cert.tbsCertificate = tbs;
    cert.signature = signature.toString('binary');
    const der = Buffer.from(node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_3___default().toDer(node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_4___default().certificateToAsn1(cert)).getBytes(), 'binary');
    return { der, pem: node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_4___default().certificateToPem(cert) };
}
async function generateKeys(options) {
    const bits = options.bits ?? 2048;
    if (![2048, 3072, 4096].includes(bits))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LivepatchError */ .bi(`invalid --bits ${bits}: expected 2048, 3072 or 4096`);
    const days = options.days ?? 3650;
    if (!Number.isInteger(days) || days < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LivepatchError */ .bi(`invalid --days ${options.days}: expected a whole number of days ≥ 1`);
    const subject = options.subject ?? '/CN=livepatch signing key';
    const attributes = parseSubject(subject);
    let keyPem;
    let signer = options.signer;
    if (!signer) {
        const { privateKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('rsa', {
            modulusLength: bits,
            publicExponent: 0x10001
        });
        keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' });
        signer = (0,_backends_file_js__WEBPACK_IMPORTED_MODULE_7__/* .keyObjectSigner */ .X)(privateKey, 'the new key');
    }
    const publicKey = await signer.publicKey();
    (0,_signer_js__WEBPACK_IMPORTED_MODULE_8__/* .checkSigningKey */ .JY)(publicKey, signer.name);
    const now = options.now ?? new Date();
    const notAfter = new Date(now.getTime() + days * 86_400_000);
    const { der, pem } = await makeCertificate(publicKey, signer, attributes, new Date(now.getTime() - 60_000), notAfter);
    const paths = {
        key: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.outDir, KEY_FILES.key),
        pem: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.outDir, KEY_FILES.pem),
        crt: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.outDir, KEY_FILES.crt)
    };
    // As ssh-keygen does: a missing output folder is made, private to its owner.
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(options.outDir, { recursive: true, mode: 0o700 });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LivepatchError */ .bi(`cannot make output folder ${options.outDir}: ${error.message}`);
    }
    try {
        await (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .createFilesExclusive */ .i)([
            ...(keyPem === undefined ? [] : [{ path: paths.key, data: keyPem, mode: 0o600 }]),
            { path: paths.pem, data: pem, mode: 0o644 },
            { path: paths.crt, data: der, mode: 0o644 }
        ]);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LivepatchError */ .bi(`refusing to overwrite existing keys in ${options.outDir}: move livepatch.key/.pem/.crt away first`);
        throw error;
    }
    return {
        ...(keyPem === undefined ? { pem: paths.pem, crt: paths.crt } : paths),
        subject,
        notAfter
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
