export const id = 7256;
export const ids = [7256,9148];
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

/***/ 116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ validateModuleElf),
/* harmony export */   Eb: () => (/* binding */ ModuleFormatError),
/* harmony export */   TK: () => (/* binding */ readModinfo),
/* harmony export */   bb: () => (/* binding */ moduleKernelRelease),
/* harmony export */   x9: () => (/* binding */ readElfHeader)
/* harmony export */ });
/* unused harmony export elfSection */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Just enough ELF to check a kernel module: the header (include/uapi/linux/elf.h) and the
// `.modinfo` section, a run of NUL-terminated `key=value` strings (include/linux/moduleparam.h).

const ET_REL = 1;
class ModuleFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
}
function readElfHeader(bytes, name) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (b.length < 64 || b.readUInt32BE(0) !== 0x7f454c46) {
        throw new ModuleFormatError(`${name}: not an ELF file (no \\x7fELF magic); expected a kernel module (.ko)`);
    }
    const is64 = b[4] === 2;
    const littleEndian = b[5] === 1;
    if (b[4] !== 1 && b[4] !== 2)
        throw new ModuleFormatError(`${name}: unknown ELF class ${b[4]}`);
    const type = littleEndian ? b.readUInt16LE(16) : b.readUInt16BE(16);
    if (type !== ET_REL) {
        throw new ModuleFormatError(`${name}: ELF type ${type} is not a relocatable object (ET_REL); a kernel module (.ko) is one`);
    }
    return { is64, littleEndian, type };
}
const SHT_NOBITS = 8;
/**
 * Check the whole section table before a module is signed or sent: the table lies inside the
 * file, entries have the size of this ELF class, every section's name and (unless NOBITS) its
 * contents lie inside the file, and `.modinfo` is present. A truncated or corrupt module would
 * be refused by the kernel only after it was signed, shipped and the old patch unloaded.
 */
/** The file's bytes and readers of its fields in the file's class and byte order. */
function elfFields(bytes, file) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { is64, littleEndian } = readElfHeader(b, file);
    const u16 = (o) => (littleEndian ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (o) => (littleEndian ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (o) => is64 ? Number(littleEndian ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(o);
    return { b, is64, littleEndian, u16, u32, word };
}
function validateModuleElf(bytes, file) {
    const { b, is64, u16, u32, word } = elfFields(bytes, file);
    const corrupt = (what) => new ModuleFormatError(`${file}: truncated or corrupt ELF: ${what}; rebuild the module (kpatch-build's output is complete)`);
    const shoff = word(is64 ? 0x28 : 0x20);
    const shentsize = u16(is64 ? 0x3a : 0x2e);
    const shnum = u16(is64 ? 0x3c : 0x30);
    const shstrndx = u16(is64 ? 0x3e : 0x32);
    if (shentsize !== (is64 ? 64 : 40))
        throw corrupt(`section header size ${shentsize}`);
    if (shnum === 0)
        throw corrupt('no section headers');
    if (shoff === 0 || shoff + shnum * shentsize > b.length)
        throw corrupt(`section table (${shnum} entries at offset ${shoff}) ends past the file's ${b.length} bytes`);
    if (shstrndx >= shnum)
        throw corrupt(`section name table index ${shstrndx} ≥ ${shnum}`);
    const header = (k) => {
        const at = shoff + k * shentsize;
        return {
            name: u32(at),
            type: u32(at + 4),
            offset: word(at + (is64 ? 0x18 : 0x10)),
            size: word(at + (is64 ? 0x20 : 0x14))
        };
    };
    const strings = header(shstrndx);
    if (strings.offset + strings.size > b.length)
        throw corrupt('section name table past the end');
    let modinfo = false;
    for (let k = 1; k < shnum; k++) {
        const section = header(k);
        if (section.name >= strings.size)
            throw corrupt(`section ${k}'s name is outside the name table`);
        if (section.type !== SHT_NOBITS && section.offset + section.size > b.length)
            throw corrupt(`section ${k} ends past the end of the file`);
        const start = strings.offset + section.name;
        const end = b.indexOf(0, start);
        if (end < 0 || end > strings.offset + strings.size)
            throw corrupt(`section ${k}'s name`);
        if (b.toString('latin1', start, end) === '.modinfo')
            modinfo = true;
    }
    if (!modinfo)
        throw new ModuleFormatError(`${file}: no .modinfo section; is this a kernel module?`);
}
/** Section contents by name, or undefined. */
function elfSection(bytes, name, file) {
    const { b, is64, u16, u32, word } = elfFields(bytes, file);
    try {
        const shoff = word(is64 ? 0x28 : 0x20);
        const shentsize = u16(is64 ? 0x3a : 0x2e);
        const shnum = u16(is64 ? 0x3c : 0x30);
        const shstrndx = u16(is64 ? 0x3e : 0x32);
        const header = (k) => {
            const at = shoff + k * shentsize;
            return {
                name: u32(at),
                offset: word(at + (is64 ? 0x18 : 0x10)),
                size: word(at + (is64 ? 0x20 : 0x14))
            };
        };
        const strings = header(shstrndx);
        for (let k = 0; k < shnum; k++) {
            const section = header(k);
            const start = strings.offset + section.name;
            const end = b.indexOf(0, start);
            if (b.toString('latin1', start, end) === name) {
                if (section.offset + section.size > b.length)
                    throw new RangeError('section past end of file');
                return b.subarray(section.offset, section.offset + section.size);
            }
        }
        return undefined;
    }
    catch (error) {
        if (error instanceof RangeError)
            throw new ModuleFormatError(`${file}: truncated or corrupt ELF section table`);
        throw error;
    }
}
/** `.modinfo` as key → values (a key like `alias` may repeat). */
function readModinfo(bytes, file) {
    const section = elfSection(bytes, '.modinfo', file);
    if (!section)
        throw new ModuleFormatError(`${file}: no .modinfo section; is this a kernel module?`);
    const info = new Map();
    for (const entry of section.toString('utf8').split('\0')) {
        const eq = entry.indexOf('=');
        if (eq <= 0)
            continue;
        const key = entry.slice(0, eq);
        info.set(key, [...(info.get(key) ?? []), entry.slice(eq + 1)]);
    }
    return info;
}
/** The kernel release a module was built for: the first word of its vermagic. */
function moduleKernelRelease(bytes, file) {
    const vermagic = readModinfo(bytes, file).get('vermagic')?.[0];
    if (!vermagic)
        throw new ModuleFormatError(`${file}: .modinfo has no vermagic`);
    return vermagic.split(' ')[0];
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

/***/ 4345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JI: () => (/* binding */ isSigned),
/* harmony export */   M3: () => (/* binding */ moduleSignatureTrailer),
/* harmony export */   T$: () => (/* binding */ HASHES),
/* harmony export */   Tz: () => (/* binding */ derOf),
/* harmony export */   x1: () => (/* binding */ buildSignedData),
/* harmony export */   zj: () => (/* binding */ readModuleSignature)
/* harmony export */ });
/* unused harmony exports MODULE_SIG_MAGIC, SignatureFormatError */
/* harmony import */ var node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7357);
/* harmony import */ var node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The PKCS#7/CMS blob and trailer the kernel's scripts/sign-file appends to a module, and their
// reader. Facts from scripts/sign-file.c (CMS_NOCERTS | CMS_DETACHED | CMS_BINARY | CMS_NOATTR,
// optionally CMS_USE_KEYID) and include/linux/module_signature.h.


const HASHES = ['sha256', 'sha384', 'sha512'];
// NIST hash OIDs (RFC 5754); rsaEncryption (RFC 8017); id-data and id-signedData (RFC 5652).
const HASH_OIDS = {
    sha256: '2.16.840.1.101.3.4.2.1',
    sha384: '2.16.840.1.101.3.4.2.2',
    sha512: '2.16.840.1.101.3.4.2.3'
};
const OID_RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const OID_DATA = '1.2.840.113549.1.7.1';
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
/** `~Module signature appended~\n` (include/linux/module_signature.h: MODULE_SIG_STRING). */
const MODULE_SIG_MAGIC = Buffer.from('~Module signature appended~\n', 'latin1');
/** sizeof(struct module_signature): algo, hash, id_type, signer_len, key_id_len, pad[3], be32 sig_len. */
const TRAILER_SIZE = 12;
/** id_type PKEY_ID_PKCS7 (include/linux/module_signature.h). */
const PKEY_ID_PKCS7 = 2;
class SignatureFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LivepatchError */ .bi {
}
const U = (node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().Class).UNIVERSAL;
const T = (node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().Type);
const seq = (items) => node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().create(U, T.SEQUENCE, true, items);
const set = (items) => node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().create(U, T.SET, true, items);
const oid = (value) => node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().create(U, T.OID, false, node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().oidToDer(value).getBytes());
const int = (value) => node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().create(U, T.INTEGER, false, node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().integerToDer(value).getBytes());
/** DER ContentInfo(signedData) for a detached signature with no certificates and no attributes. */
function buildSignedData(hash, signer, signature) {
    const useKeyId = 'subjectKeyId' in signer;
    const version = useKeyId ? 3 : 1;
    const digestAlgorithm = () => seq([oid(HASH_OIDS[hash])]); // no NULL parameters, as sign-file
    const sid = useKeyId
        ? node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().create((node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().Class).CONTEXT_SPECIFIC, 0, false, signer.subjectKeyId.toString('binary'))
        : seq([signer.issuer, node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().create(U, T.INTEGER, false, signer.serial.value)]);
    const signerInfo = seq([
        int(version),
        sid,
        digestAlgorithm(),
        seq([oid(OID_RSA_ENCRYPTION), node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().create(U, T.NULL, false, '')]),
        node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().create(U, T.OCTETSTRING, false, signature.toString('binary'))
    ]);
    const signedData = seq([
        int(version),
        set([digestAlgorithm()]),
        seq([oid(OID_DATA)]),
        set([signerInfo])
    ]);
    const contentInfo = seq([
        oid(OID_SIGNED_DATA),
        node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().create((node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().Class).CONTEXT_SPECIFIC, 0, true, [signedData])
    ]);
    return Buffer.from(node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().toDer(contentInfo).getBytes(), 'binary');
}
/** struct module_signature for a PKCS#7 blob of `length` bytes, then the magic string. */
function moduleSignatureTrailer(length) {
    const trailer = Buffer.alloc(TRAILER_SIZE);
    trailer[2] = PKEY_ID_PKCS7;
    trailer.writeUInt32BE(length, 8);
    return Buffer.concat([trailer, MODULE_SIG_MAGIC]);
}
function isSigned(module) {
    const b = Buffer.from(module.buffer, module.byteOffset, module.byteLength);
    return (b.length >= MODULE_SIG_MAGIC.length &&
        b.subarray(b.length - MODULE_SIG_MAGIC.length).equals(MODULE_SIG_MAGIC));
}
/** Split a signed module into content and signature, and read the PKCS#7 signer info. */
function readModuleSignature(module, file) {
    if (!isSigned(module))
        throw new SignatureFormatError(`${file}: not signed (no "~Module signature appended~" at the end)`);
    const trailerAt = module.length - MODULE_SIG_MAGIC.length - TRAILER_SIZE;
    if (trailerAt < 0)
        throw new SignatureFormatError(`${file}: signature trailer is truncated`);
    const trailer = module.subarray(trailerAt, trailerAt + TRAILER_SIZE);
    if (trailer[2] !== PKEY_ID_PKCS7)
        throw new SignatureFormatError(`${file}: signature id_type ${trailer[2]} is not PKCS#7 (2)`);
    const length = trailer.readUInt32BE(8);
    const start = trailerAt - length;
    if (start < 0)
        throw new SignatureFormatError(`${file}: signature length ${length} is larger than the file`);
    const blob = module.subarray(start, trailerAt);
    try {
        const contentInfo = node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().fromDer(blob.toString('binary'));
        const outer = contentInfo.value;
        if (node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().derToOid(outer[0].value) !== OID_SIGNED_DATA)
            throw new Error('not signedData');
        const signedData = outer[1].value[0].value;
        const signerInfos = signedData[signedData.length - 1].value;
        if (signerInfos.length !== 1)
            throw new Error(`${signerInfos.length} signer infos, expected 1`);
        const info = signerInfos[0].value;
        const sid = info[1];
        const signer = sid.tagClass === (node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().Class).CONTEXT_SPECIFIC
            ? { subjectKeyId: Buffer.from(sid.value, 'binary') }
            : { issuer: sid.value[0], serial: sid.value[1] };
        const hashOid = node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().derToOid(info[2].value[0].value);
        const hash = Object.keys(HASH_OIDS).find(h => HASH_OIDS[h] === hashOid);
        if (!hash)
            throw new Error(`unsupported digest algorithm ${hashOid}`);
        const signature = Buffer.from(info[info.length - 1].value, 'binary');
        return { content: module.subarray(0, start), hash, signer, signature };
    }
    catch (error) {
        throw new SignatureFormatError(`${file}: malformed PKCS#7 signature: ${error.message}`);
    }
}
function derOf(node) {
    return Buffer.from(node_forge_lib_asn1_js__WEBPACK_IMPORTED_MODULE_0___default().toDer(node).getBytes(), 'binary');
}


/***/ }),

/***/ 7256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signModule: () => (/* binding */ signModule),
/* harmony export */   verifyModule: () => (/* binding */ verifyModule)
/* harmony export */ });
/* unused harmony exports parseHash, signatureFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9148);
/* harmony import */ var _backends_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3629);
/* harmony import */ var _elf_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(116);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2821);
/* harmony import */ var _pkcs7_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4345);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2227);
// `sign` and `verify`: append a signature exactly as the kernel's scripts/sign-file does, and
// check one against the certificate the VMs trust.










function parseHash(hash) {
    const value = (hash ?? 'sha256').toLowerCase();
    if (!_pkcs7_js__WEBPACK_IMPORTED_MODULE_8__/* .HASHES */ .T$.includes(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .bi(`unknown hash ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(hash ?? '')}: expected one of ${_pkcs7_js__WEBPACK_IMPORTED_MODULE_8__/* .HASHES */ .T$.join(', ')} (the image's kernel uses sha256)`);
    }
    return value;
}
async function readModule(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .bi(`cannot read module '${path}': ${error.message}`);
    }
}
function checkKernelRelease(module, path, kernelRelease) {
    if (kernelRelease === undefined)
        return;
    const built = (0,_elf_js__WEBPACK_IMPORTED_MODULE_6__/* .moduleKernelRelease */ .bb)(module, path);
    if (built !== kernelRelease) {
        throw new _elf_js__WEBPACK_IMPORTED_MODULE_6__/* .ModuleFormatError */ .Eb(`${path}: vermagic is for kernel ${built}, not ${kernelRelease}; the VM would refuse it. Build against the VM's kernel release (uname -r)`);
    }
}
function keyIdOf(cert, useKeyId) {
    return useKeyId
        ? (0,_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .hexId */ .FX)(cert.subjectKeyId ?? Buffer.alloc(0))
        : (0,_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .hexId */ .FX)(Buffer.from(cert.serial.value, 'binary'));
}
/** The PKCS#7 blob and trailer sign-file appends, around a signature of the module's digest. */
async function signatureFor(module, options) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(options.hash).update(module).digest();
    const signature = await options.signer.signDigest(options.hash, digest); // RSA PKCS#1 v1.5
    // A remote key that answered with anything but a valid signature by the certificate's key
    // must not produce a module the VMs would refuse only after the old patch is unloaded.
    // PKCS#1 v1.5 is deterministic: the public-key operation must give back DigestInfo || digest.
    if (!signatureCarries(signature, options.cert.publicKey, options.hash, digest)) {
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_7__/* .KeyError */ .eN(`${options.signer.name}: the signature it returned does not verify against the certificate`);
    }
    const signer = options.useKeyId
        ? { subjectKeyId: options.cert.subjectKeyId }
        : { issuer: options.cert.issuer, serial: options.cert.serial };
    const blob = (0,_pkcs7_js__WEBPACK_IMPORTED_MODULE_8__/* .buildSignedData */ .x1)(options.hash, signer, signature);
    return Buffer.concat([blob, (0,_pkcs7_js__WEBPACK_IMPORTED_MODULE_8__/* .moduleSignatureTrailer */ .M3)(blob.length)]);
}
function signatureCarries(signature, publicKey, hash, digest) {
    const bytes = (publicKey.asymmetricKeyDetails?.modulusLength ?? 0) / 8;
    if (signature.length !== bytes)
        return false;
    try {
        const recovered = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.publicDecrypt)({ key: publicKey, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, signature);
        return recovered.equals(Buffer.concat([_signer_js__WEBPACK_IMPORTED_MODULE_9__/* .DIGEST_INFO */ .QC[hash], digest]));
    }
    catch {
        return false;
    }
}
const spki = (key) => key.export({ type: 'spki', format: 'der' });
/** The output path must name a file in an existing folder: say so with the path the user gave. */
async function checkOutputPath(output) {
    const folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(output)).catch(() => undefined);
    if (!folder?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .bi(`cannot write the signed module to '${output}': folder '${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(output)}' does not exist`);
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(output).catch(() => undefined);
    if (existing?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .bi(`cannot write the signed module to '${output}': it is a folder; give a file name (e.g. ${output.replace(/\/+$/, '')}/module.ko)`);
}
function signerOf(options) {
    if (options.signer)
        return options.signer;
    if (options.keyPem === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .bi('no signing key given');
    return (0,_backends_file_js__WEBPACK_IMPORTED_MODULE_5__/* .pemSigner */ .$)(options.keyPem, options.keySource ?? 'the signing key', options.keyPassphrase, options.passphraseAdvice);
}
async function signModule(options) {
    const hash = parseHash(options.hash);
    const module = await readModule(options.module);
    (0,_elf_js__WEBPACK_IMPORTED_MODULE_6__/* .validateModuleElf */ .AL)(module, options.module);
    if ((0,_pkcs7_js__WEBPACK_IMPORTED_MODULE_8__/* .isSigned */ .JI)(module)) {
        throw new _elf_js__WEBPACK_IMPORTED_MODULE_6__/* .ModuleFormatError */ .Eb(`${options.module}: already signed; sign the unsigned module that kpatch-build wrote`);
    }
    checkKernelRelease(module, options.module, options.kernelRelease);
    const output = options.output ?? options.module;
    await checkOutputPath(output);
    const cert = (0,_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .loadCertificate */ .Ih)(options.cert, options.certSource);
    const now = options.now ?? new Date();
    if (cert.notAfter.getTime() < now.getTime()) {
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_7__/* .KeyError */ .eN(`${options.certSource}: certificate expired on ${cert.notAfter.toISOString()}; make a new key pair (livepatch keygen)`);
    }
    const useKeyId = options.useKeyId ?? false;
    if (useKeyId && !cert.subjectKeyId) {
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_7__/* .KeyError */ .eN(`${options.certSource}: --keyid needs a certificate with a subjectKeyIdentifier extension`);
    }
    const signer = signerOf(options);
    const publicKey = await signer.publicKey();
    (0,_signer_js__WEBPACK_IMPORTED_MODULE_9__/* .checkSigningKey */ .JY)(publicKey, signer.name);
    if (!spki(publicKey).equals(spki(cert.publicKey))) {
        throw new _keys_js__WEBPACK_IMPORTED_MODULE_7__/* .KeyError */ .eN(`${signer.name} does not match the certificate ${options.certSource} (different public key)`);
    }
    const signed = Buffer.concat([
        module,
        await signatureFor(module, { signer, cert, hash, useKeyId })
    ]);
    try {
        await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(output, signed);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .bi(`cannot write the signed module to '${output}': ${error.code ?? error.message}`);
    }
    return {
        module: output,
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(signed).digest('hex'),
        signer: cert.subjectName,
        keyId: keyIdOf(cert, useKeyId),
        hash,
        size: signed.length
    };
}
/** Check a signed module against a certificate. Malformed input throws (exit 2); a wrong signature is `valid: false`. */
async function verifyModule(modulePath, certBytes, certSource) {
    const module = await readModule(modulePath);
    (0,_elf_js__WEBPACK_IMPORTED_MODULE_6__/* .readElfHeader */ .x9)(module, modulePath);
    const cert = (0,_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .loadCertificate */ .Ih)(certBytes, certSource);
    const signature = (0,_pkcs7_js__WEBPACK_IMPORTED_MODULE_8__/* .readModuleSignature */ .zj)(module, modulePath);
    const byKeyId = 'subjectKeyId' in signature.signer;
    const keyId = byKeyId
        ? (0,_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .hexId */ .FX)(signature.signer.subjectKeyId)
        : (0,_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .hexId */ .FX)(Buffer.from(signature.signer.serial.value, 'binary'));
    const result = { signer: '(not this certificate)', keyId, hash: signature.hash };
    const matchesCert = 'subjectKeyId' in signature.signer
        ? cert.subjectKeyId !== undefined && signature.signer.subjectKeyId.equals(cert.subjectKeyId)
        : (0,_pkcs7_js__WEBPACK_IMPORTED_MODULE_8__/* .derOf */ .Tz)(signature.signer.issuer).equals((0,_pkcs7_js__WEBPACK_IMPORTED_MODULE_8__/* .derOf */ .Tz)(cert.issuer)) &&
            Buffer.from(signature.signer.serial.value, 'binary').equals(Buffer.from(cert.serial.value, 'binary'));
    if (!matchesCert) {
        return {
            ...result,
            valid: false,
            reason: `signed by another key (key id ${keyId}), not by ${certSource}`
        };
    }
    const ok = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(signature.hash, signature.content, cert.publicKey, signature.signature);
    return ok
        ? { ...result, signer: cert.subjectName, valid: true, reason: 'signature valid' }
        : {
            ...result,
            signer: cert.subjectName,
            valid: false,
            reason: 'signature does not match the module contents (tampered, or signed with another key)'
        };
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
