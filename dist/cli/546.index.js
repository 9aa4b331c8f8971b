export const id = 546;
export const ids = [546,148];
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

/***/ 6546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateKeys: () => (/* binding */ generateKeys)
/* harmony export */ });
/* unused harmony exports KEY_FILES, parseSubject */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7357);
/* harmony import */ var node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5184);
/* harmony import */ var node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9148);
// `keygen`: the key pair the image's tooling uses (its secure_boot/ folder): livepatch.key (PEM
// private key, 0600), livepatch.pem (PEM certificate), livepatch.crt (the same certificate, DER,
// for the VM's Secure Boot signature database). Extensions as the kernel's certs/default_x509.genkey,
// plus extendedKeyUsage codeSigning.






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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`invalid --subject '${subject}': expected the form /CN=name[/O=org...]`);
    return subject
        .slice(1)
        .split('/')
        .map(part => {
        const eq = part.indexOf('=');
        const short = part.slice(0, eq);
        const name = SHORT_NAMES[short];
        if (eq <= 0 || !name || part.slice(eq + 1) === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`invalid --subject part '${part}': expected KEY=value with KEY one of ${Object.keys(SHORT_NAMES).join(', ')}`);
        }
        return { name, value: part.slice(eq + 1) };
    });
}
async function generateKeys(options) {
    const bits = options.bits ?? 2048;
    if (![2048, 3072, 4096].includes(bits))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`invalid --bits ${bits}: expected 2048, 3072 or 4096`);
    const days = options.days ?? 3650;
    if (!Number.isInteger(days) || days < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`invalid --days ${options.days}: expected a whole number of days ≥ 1`);
    const subject = options.subject ?? '/CN=livepatch signing key';
    const attributes = parseSubject(subject);
    const { privateKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('rsa', {
        modulusLength: bits,
        publicExponent: 0x10001
    });
    const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' });
    const cert = node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_3___default().createCertificate();
    cert.publicKey = node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_3___default().publicKeyFromPem((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey).export({ type: 'spki', format: 'pem' }));
    const serial = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
    serial[0] &= 0x7f; // positive INTEGER
    serial[0] |= 0x01; // no leading zero byte to strip
    cert.serialNumber = serial.toString('hex');
    const now = options.now ?? new Date();
    cert.validity.notBefore = new Date(now.getTime() - 60_000);
    cert.validity.notAfter = new Date(now.getTime() + days * 86_400_000);
    cert.setSubject(attributes);
    cert.setIssuer(attributes);
    cert.setExtensions([
        { name: 'basicConstraints', cA: false, critical: true },
        { name: 'keyUsage', digitalSignature: true, critical: false },
        { name: 'extKeyUsage', codeSigning: true },
        { name: 'subjectKeyIdentifier' },
        { name: 'authorityKeyIdentifier', keyIdentifier: true }
    ]);
    // Sign the TBSCertificate with Node's crypto (forge's pure-JS RSA is much slower).
    cert.signatureOid = cert.siginfo.algorithmOid = OID_SHA256_WITH_RSA;
    const tbs = node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_3___default().getTBSCertificate(cert);
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', Buffer.from(node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_2___default().toDer(tbs).getBytes(), 'binary'), privateKey);
    cert.tbsCertificate = tbs;
    cert.signature = signature.toString('binary');
    const der = Buffer.from(node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_2___default().toDer(node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_3___default().certificateToAsn1(cert)).getBytes(), 'binary');
    const pem = node_forge_lib_x509_js__WEBPACK_IMPORTED_MODULE_3___default().certificateToPem(cert);
    const paths = {
        key: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.outDir, KEY_FILES.key),
        pem: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.outDir, KEY_FILES.pem),
        crt: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.outDir, KEY_FILES.crt)
    };
    try {
        await (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .createFilesExclusive */ .i)([
            { path: paths.key, data: keyPem, mode: 0o600 },
            { path: paths.pem, data: pem, mode: 0o644 },
            { path: paths.crt, data: der, mode: 0o644 }
        ]);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`refusing to overwrite existing keys in ${options.outDir}: move livepatch.key/.pem/.crt away first`);
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`output folder ${options.outDir} does not exist`);
        throw error;
    }
    return { ...paths, subject, notAfter: cert.validity.notAfter };
}


/***/ })

};
