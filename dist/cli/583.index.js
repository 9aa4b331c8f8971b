export const id = 583;
export const ids = [583,982,148];
export const modules = {

/***/ 4583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkBeforeUpload: () => (/* binding */ checkBeforeUpload),
  deployFleet: () => (/* binding */ deployFleet),
  deploySucceeded: () => (/* binding */ deploySucceeded),
  measurementsOf: () => (/* binding */ measurementsOf),
  readModuleArtifact: () => (/* binding */ readModuleArtifact),
  statusOf: () => (/* binding */ statusOf)
});

// UNUSED EXPORTS: applyToVm, errorBudget

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/sign/elf.ts
var elf = __webpack_require__(116);
// EXTERNAL MODULE: ./src/sign/pkcs7.ts
var pkcs7 = __webpack_require__(4345);
// EXTERNAL MODULE: ./src/sign/sign.ts + 1 modules
var sign = __webpack_require__(982);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/deploy/types.ts
var types = __webpack_require__(4130);
;// CONCATENATED MODULE: ./src/deploy/channel.ts
// The command-channel protocol: deliver the guest script and the module in checksummed chunks,
// reassemble and verify on the VM, run `livepatch-apply.sh`, read its one JSON line.





/** Base64 characters per chunk: small enough for any run-command payload and a serial line. */
const CHUNK_SIZE = 3072;
const WORK_DIR = '/run/livepatch-upload';
let cachedScript;
/** The guest script's text: next to the bundle in dist/, or in guest/ of the source tree. */
function guestScript() {
    if (cachedScript !== undefined)
        return cachedScript;
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const candidate of [
        (0,external_node_path_.join)(here, 'livepatch-apply.sh'),
        (0,external_node_path_.join)(here, '..', 'livepatch-apply.sh'),
        (0,external_node_path_.join)(here, '..', '..', 'guest', 'livepatch-apply.sh')
    ]) {
        try {
            cachedScript = (0,external_node_fs_.readFileSync)(candidate, 'utf8');
            return cachedScript;
        }
        catch {
            // try the next place
        }
    }
    throw new Error('guest/livepatch-apply.sh not found beside the program');
}
const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/** Shell commands that write `data` as checksummed base64 chunks to `dir/<name>.b64.NNNN`. */
function chunkCommands(dir, name, data, size = CHUNK_SIZE) {
    const text = data.toString('base64');
    const commands = [];
    for (let at = 0, k = 0; at < text.length || k === 0; at += size, k++) {
        const chunk = text.slice(at, at + size);
        const file = `${dir}/${name}.b64.${String(k).padStart(4, '0')}`;
        commands.push(`printf '%s' '${chunk}' > ${file} && [ "$(sha256sum ${file} | cut -d ' ' -f 1)" = ${sha256(chunk)} ] && echo __CHUNK_OK__`);
    }
    return commands;
}
/** The last line of output that is the guest script's JSON report. */
function parseGuestReport(stdout, vm) {
    const lines = stdout.replace(/\r/g, '').split('\n').reverse();
    for (const line of lines) {
        if (!line.startsWith('{'))
            continue;
        try {
            const raw = JSON.parse(line);
            if (typeof raw.status !== 'string')
                continue;
            return {
                status: raw.status,
                module: String(raw.module ?? ''),
                sha256: String(raw.sha256 ?? ''),
                kernel: String(raw.kernel ?? ''),
                active: Array.isArray(raw.active) ? raw.active.map(String) : [],
                transitionSeconds: typeof raw.transition_seconds === 'number' ? raw.transition_seconds : null,
                message: String(raw.message ?? '')
            };
        }
        catch {
            // not the report line
        }
    }
    throw new types/* DeployError */.s(`${vm}: the guest script printed no JSON report; output was: ${stdout.trim().slice(-500) || '(nothing)'}`, vm);
}
async function deliver(channel, vm, dir, name, data, timeoutMs) {
    for (const command of chunkCommands(dir, name, data)) {
        let ok = false;
        for (let attempt = 0; attempt < 2 && !ok; attempt++) {
            const output = await channel.run(vm, command, timeoutMs);
            ok = output.stdout.includes('__CHUNK_OK__');
        }
        if (!ok)
            throw new types/* DeployError */.s(`${vm.name}: a chunk of ${name} arrived corrupted twice`, vm.name);
    }
}
/** Ensure the guest script is on the VM; returns its path there. */
async function installGuestScript(channel, vm, timeoutMs) {
    const script = Buffer.from(guestScript());
    const dir = `${WORK_DIR}/guest-${sha256(script).slice(0, 16)}`;
    const path = `${dir}/livepatch-apply.sh`;
    const present = await channel.run(vm, `[ -f ${path} ] && echo __PRESENT__ || true`, timeoutMs);
    if (present.stdout.includes('__PRESENT__'))
        return path;
    await channel.run(vm, `rm -rf ${dir} && mkdir -p ${dir}`, timeoutMs);
    await deliver(channel, vm, dir, 'script', script, timeoutMs);
    const assembled = await channel.run(vm, `cat ${dir}/script.b64.* | base64 -d > ${path} && rm -f ${dir}/script.b64.* && chmod 700 ${path} && echo __ASSEMBLED__`, timeoutMs);
    if (!assembled.stdout.includes('__ASSEMBLED__'))
        throw new types/* DeployError */.s(`${vm.name}: could not install the guest script: ${assembled.stdout.trim()}`, vm.name);
    return path;
}
/** Run the guest script with arguments on the VM. */
async function runGuest(channel, vm, args, timeoutMs) {
    const script = await installGuestScript(channel, vm, timeoutMs);
    const output = await channel.run(vm, `sh ${script} ${args}`, timeoutMs);
    return parseGuestReport(output.stdout, vm.name);
}
/** Deliver a module in chunks and apply it with replace semantics. */
async function applyOverCommands(channel, vm, module, options) {
    const script = await installGuestScript(channel, vm, options.commandTimeoutMs);
    const dir = `${WORK_DIR}/${module.sha256.slice(0, 16)}`;
    await channel.run(vm, `rm -rf ${dir} && mkdir -p ${dir}`, options.commandTimeoutMs);
    await deliver(channel, vm, dir, 'module', module.bytes, options.commandTimeoutMs);
    const file = `${dir}/${module.name}.ko`;
    const apply = [
        `cat ${dir}/module.b64.* | base64 -d > ${file} && rm -f ${dir}/module.b64.*`,
        `sh ${script} apply --module ${file} --sha256 ${module.sha256} --timeout ${options.timeoutSeconds}${options.persist ? ' --persist' : ''}`
    ].join('; ');
    const output = await channel.run(vm, apply, options.commandTimeoutMs + options.timeoutSeconds * 3000);
    return parseGuestReport(output.stdout, vm.name);
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts
// The deploy stage: check everything that can be checked before any VM is touched, then apply
// the module to each VM (canary first, then waves under a concurrency bound and an error
// budget), re-deploy the previous module where the new one failed, and end every targeted VM
// in exactly one result row.








const SUCCESS = ['applied', 'already-active'];
async function readModuleArtifact(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors/* LivepatchError */.b(`cannot read module '${path}': ${error.message}`);
    }
    const info = (0,elf/* readModinfo */.TK)(bytes, path);
    const name = info.get('name')?.[0];
    const vermagic = info.get('vermagic')?.[0];
    if (!name || !vermagic)
        throw new errors/* LivepatchError */.b(`${path}: .modinfo lacks name or vermagic; is this a module kpatch-build wrote?`);
    if (info.get('livepatch')?.[0] !== 'Y') {
        throw new errors/* LivepatchError */.b(`${path}: not a livepatch module (.modinfo has no livepatch=Y); refusing to upload`);
    }
    return {
        path,
        bytes,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        name,
        kernelRelease: vermagic.split(' ')[0]
    };
}
/** Everything that can be known before upload. Throws (exit 2, no VM touched). */
async function checkBeforeUpload(module, options) {
    if (!(0,pkcs7/* isSigned */.JI)(module.bytes))
        throw new errors/* LivepatchError */.b(`${module.path}: not signed; the VMs' kernels refuse unsigned modules (run livepatch sign)`);
    if (options.kernelRelease !== undefined && module.kernelRelease !== options.kernelRelease) {
        throw new errors/* LivepatchError */.b(`${module.path}: built for kernel ${module.kernelRelease}, the VMs run ${options.kernelRelease}; refusing to upload`);
    }
    if (options.cert) {
        const verdict = await (0,sign.verifyModule)(module.path, options.cert.bytes, options.cert.source);
        if (!verdict.valid)
            throw new errors/* LivepatchError */.b(`${module.path}: ${verdict.reason}; the VMs would refuse it, so nothing was uploaded`);
    }
}
/** The error budget as a count of VMs. */
function errorBudget(maxErrors, vmCount) {
    if (maxErrors === undefined || maxErrors === '')
        return 0;
    const match = /^(\d+)(%?)$/.exec(maxErrors.trim());
    if (!match)
        throw new errors/* LivepatchError */.b(`invalid --max-errors '${maxErrors}': expected N or N%`);
    return match[2] ? Math.floor((Number(match[1]) * vmCount) / 100) : Number(match[1]);
}
function row(vm, module, status, message, report) {
    return {
        vm: vm.name,
        status,
        module: report?.module || module.name,
        sha256: report?.sha256 || module.sha256,
        kernel: report?.kernel ?? '',
        active: report?.active ?? [],
        transitionSeconds: report?.transitionSeconds ?? null,
        message
    };
}
async function applyOnce(provider, vm, module, options) {
    const channel = provider.channel;
    if (channel.kind === 'agent')
        return channel.apply(vm, module);
    return applyOverCommands(channel, vm, module, {
        timeoutSeconds: options.timeoutSeconds ?? 60,
        persist: options.persist ?? false,
        commandTimeoutMs: options.commandTimeoutMs ?? 60_000
    });
}
/** Apply to one VM; never throws: every outcome is a row. */
async function applyToVm(provider, vm, module, options) {
    if (vm.error)
        return row(vm, module, 'unreachable', vm.error);
    if (options.deployed?.[vm.name] === module.sha256) {
        const skipped = row(vm, module, 'already-active', 'skipped: this VM already runs this exact module (deploy record)');
        return { ...skipped, active: [module.name] };
    }
    let result;
    try {
        const report = await applyOnce(provider, vm, module, options);
        const status = report.status === 'ok' ? 'applied' : report.status;
        result = row(vm, module, status, report.message, report);
    }
    catch (error) {
        return row(vm, module, error instanceof types/* DeployError */.s ? error.outcome : 'unreachable', (0,errors/* errorMessage */.g)(error));
    }
    if (SUCCESS.includes(result.status) || !options.previous)
        return result;
    // The new module did not take. If the previous one is no longer active there, put it back.
    if (result.active.includes(options.previous.name))
        return result;
    try {
        const back = await applyOnce(provider, vm, options.previous, options);
        result.rollback = {
            status: back.status === 'ok' ? 'applied' : back.status,
            message: `re-deployed ${options.previous.name}: ${back.message}`
        };
        result.active = back.active;
    }
    catch (error) {
        result.rollback = {
            status: 'unreachable',
            message: `re-deploying ${options.previous.name} failed: ${(0,errors/* errorMessage */.g)(error)}`
        };
    }
    return result;
}
/** Canary first, then waves of at most maxConcurrency, stopping when the error budget is spent. */
async function deployFleet(provider, vms, module, options) {
    const results = new Map();
    const budget = errorBudget(options.maxErrors, vms.length);
    const concurrency = Math.max(1, options.maxConcurrency ?? 4);
    let errors = 0;
    let stopped;
    const record = (result) => {
        results.set(result.vm, result);
        if (!SUCCESS.includes(result.status))
            errors++;
        options.onResult?.(result);
    };
    const canaries = vms.slice(0, Math.max(0, options.canary ?? 0));
    for (const vm of canaries) {
        record(await applyToVm(provider, vm, module, options));
        if (errors > 0) {
            stopped = `rollout stopped: canary ${vm.name} did not take the module`;
            break;
        }
    }
    const rest = vms.slice(canaries.length);
    let next = 0;
    const worker = async () => {
        while (!stopped && next < rest.length) {
            const vm = rest[next++];
            record(await applyToVm(provider, vm, module, options));
            if (errors > budget)
                stopped = `rollout stopped: ${errors} VM(s) failed, error budget ${budget}`;
        }
    };
    if (!stopped)
        await Promise.all(Array.from({ length: Math.min(concurrency, rest.length) }, worker));
    return vms.map(vm => {
        const done = results.get(vm.name);
        if (done)
            return done;
        const skipped = row(vm, module, 'skipped', stopped ?? 'not attempted');
        options.onResult?.(skipped);
        return skipped;
    });
}
function unreachableReport(message) {
    return {
        status: 'unreachable',
        module: '',
        sha256: '',
        kernel: '',
        active: [],
        transitionSeconds: null,
        message
    };
}
/** Status of each VM, through the guest script (command channels) or the agent. */
async function statusOf(provider, vms, options) {
    const channel = provider.channel;
    return Promise.all(vms.map(async (vm) => {
        if (vm.error)
            return unreachableReport(vm.error);
        try {
            return channel.kind === 'agent'
                ? await channel.status(vm)
                : await runGuest(channel, vm, 'status', options.commandTimeoutMs ?? 60_000);
        }
        catch (error) {
            return unreachableReport((0,errors/* errorMessage */.g)(error));
        }
    }));
}
/** Measurements recorded in a deploy, keyed by VM in the order of the result rows. */
function measurementsOf(results) {
    return Object.fromEntries(results.filter(r => r.measurement !== undefined).map(r => [r.vm, r.measurement]));
}
function deploySucceeded(results) {
    return results.every(r => SUCCESS.includes(r.status));
}


/***/ }),

/***/ 4130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ DeployError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

class DeployError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b {
    vm;
    outcome;
    constructor(message, vm, 
    /** The row this failure puts the VM in: refused when it was known before any upload. */
    outcome = 'unreachable') {
        super(message);
        this.vm = vm;
        this.outcome = outcome;
    }
}


/***/ }),

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

/***/ 116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
class ModuleFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b {
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
/** Section contents by name, or undefined. */
function elfSection(bytes, name, file) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { is64, littleEndian } = readElfHeader(b, file);
    const u16 = (o) => (littleEndian ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (o) => (littleEndian ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (o) => is64 ? Number(littleEndian ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(o);
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
class SignatureFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LivepatchError */ .b {
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

/***/ 982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signModule: () => (/* binding */ signModule),
  verifyModule: () => (/* binding */ verifyModule)
});

// UNUSED EXPORTS: parseHash, signatureFor

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/sign/elf.ts
var elf = __webpack_require__(116);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/asn1.js
var asn1 = __webpack_require__(7357);
var asn1_default = /*#__PURE__*/__webpack_require__.n(asn1);
;// CONCATENATED MODULE: ./src/sign/keys.ts
// Reading the signing key and the certificate the VMs trust. Node's crypto holds the key (it is
// never turned into a JS string beyond the PEM we were given); node-forge's ASN.1 reads the
// certificate's raw parts that a signature must copy byte for byte.



class KeyError extends errors/* LivepatchError */.b {
}
const OID_SUBJECT_KEY_ID = '2.5.29.14';
function loadPrivateKey(pem, source, passphrase) {
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
        throw new KeyError(`${source}: no PEM private key found (expected -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)`);
    }
    const encrypted = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem);
    if (encrypted && passphrase === undefined) {
        throw new KeyError(`${source}: the private key is encrypted; pass its passphrase in an environment variable named by --key-passphrase-env`);
    }
    try {
        const key = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', passphrase });
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
    return node.type === (asn1_default()).Type.UTCTIME
        ? asn1_default().utcTimeToDate(text)
        : asn1_default().generalizedTimeToDate(text);
}
/** The common name of a Name, else all its values joined. */
function commonName(name) {
    const values = [];
    for (const rdn of name.value) {
        for (const attribute of rdn.value) {
            const [type, value] = attribute.value;
            const text = Buffer.from(value.value, 'binary').toString('utf8');
            if (asn1_default().derToOid(type.value) === OID_COMMON_NAME)
                return text;
            values.push(text);
        }
    }
    return values.join(', ');
}
function loadCertificate(bytes, source) {
    const der = certificateDer(bytes, source);
    try {
        const tbs = asn1_default().fromDer(der.toString('binary')).value[0];
        const fields = tbs.value;
        // TBSCertificate (RFC 5280 4.1): [0] version (optional), serialNumber, signature, issuer,
        // validity, subject, subjectPublicKeyInfo, [1] [2] unique ids, [3] extensions.
        const k = fields[0].tagClass === (asn1_default()).Class.CONTEXT_SPECIFIC && fields[0].type === 0 ? 1 : 0;
        const serial = fields[k];
        const issuer = fields[k + 2];
        const validity = fields[k + 3].value;
        const subject = fields[k + 4];
        const spki = Buffer.from(asn1_default().toDer(fields[k + 5]).getBytes(), 'binary');
        let subjectKeyId;
        for (const field of fields.slice(k + 6)) {
            if (field.tagClass !== (asn1_default()).Class.CONTEXT_SPECIFIC || field.type !== 3)
                continue;
            for (const extension of field.value[0].value) {
                const parts = extension.value;
                if (asn1_default().derToOid(parts[0].value) !== OID_SUBJECT_KEY_ID)
                    continue;
                const inner = asn1_default().fromDer(parts[parts.length - 1].value);
                subjectKeyId = Buffer.from(inner.value, 'binary');
            }
        }
        return {
            der,
            publicKey: (0,external_node_crypto_.createPublicKey)({ key: spki, format: 'der', type: 'spki' }),
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
    const fromKey = (0,external_node_crypto_.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    return fromKey.equals(cert.publicKey.export({ type: 'spki', format: 'der' }));
}
/** Colon-separated upper-case hex, as modinfo prints key ids. */
function hexId(bytes) {
    return [...bytes].map(b => b.toString(16).toUpperCase().padStart(2, '0')).join(':');
}

// EXTERNAL MODULE: ./src/sign/pkcs7.ts
var pkcs7 = __webpack_require__(4345);
;// CONCATENATED MODULE: ./src/sign/sign.ts
// `sign` and `verify`: append a signature exactly as the kernel's scripts/sign-file does, and
// check one against the certificate the VMs trust.







function parseHash(hash) {
    const value = (hash ?? 'sha256').toLowerCase();
    if (!pkcs7/* HASHES */.T$.includes(value)) {
        throw new errors/* LivepatchError */.b(`unknown hash '${hash}': expected one of ${pkcs7/* HASHES */.T$.join(', ')} (the image's kernel uses sha256)`);
    }
    return value;
}
async function readModule(path) {
    try {
        return await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors/* LivepatchError */.b(`cannot read module '${path}': ${error.message}`);
    }
}
function checkKernelRelease(module, path, kernelRelease) {
    if (kernelRelease === undefined)
        return;
    const built = (0,elf/* moduleKernelRelease */.bb)(module, path);
    if (built !== kernelRelease) {
        throw new elf/* ModuleFormatError */.Eb(`${path}: vermagic is for kernel ${built}, not ${kernelRelease}; the VM would refuse it. Build against the VM's kernel release (uname -r)`);
    }
}
function keyIdOf(cert, useKeyId) {
    return useKeyId
        ? hexId(cert.subjectKeyId ?? Buffer.alloc(0))
        : hexId(Buffer.from(cert.serial.value, 'binary'));
}
/** Sign module bytes: the pure core of `sign`. */
function signatureFor(module, options) {
    const signature = (0,external_node_crypto_.sign)(options.hash, module, options.key); // RSA PKCS#1 v1.5
    const signer = options.useKeyId
        ? { subjectKeyId: options.cert.subjectKeyId }
        : { issuer: options.cert.issuer, serial: options.cert.serial };
    const blob = (0,pkcs7/* buildSignedData */.x1)(options.hash, signer, signature);
    return Buffer.concat([blob, (0,pkcs7/* moduleSignatureTrailer */.M3)(blob.length)]);
}
async function signModule(options) {
    const hash = parseHash(options.hash);
    const module = await readModule(options.module);
    (0,elf/* readElfHeader */.x9)(module, options.module);
    if ((0,pkcs7/* isSigned */.JI)(module)) {
        throw new elf/* ModuleFormatError */.Eb(`${options.module}: already signed; sign the unsigned module that kpatch-build wrote`);
    }
    checkKernelRelease(module, options.module, options.kernelRelease);
    const key = loadPrivateKey(options.keyPem, options.keySource, options.keyPassphrase);
    const cert = loadCertificate(options.cert, options.certSource);
    if (!keyMatchesCertificate(key, cert)) {
        throw new KeyError(`${options.keySource} does not match the certificate ${options.certSource} (different public key)`);
    }
    const now = options.now ?? new Date();
    if (cert.notAfter.getTime() < now.getTime()) {
        throw new KeyError(`${options.certSource}: certificate expired on ${cert.notAfter.toISOString()}; make a new key pair (livepatch keygen)`);
    }
    const useKeyId = options.useKeyId ?? false;
    if (useKeyId && !cert.subjectKeyId) {
        throw new KeyError(`${options.certSource}: --keyid needs a certificate with a subjectKeyIdentifier extension`);
    }
    const signed = Buffer.concat([module, signatureFor(module, { key, cert, hash, useKeyId })]);
    const output = options.output ?? options.module;
    await (0,files.writeFileAtomic)(output, signed);
    return {
        module: output,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(signed).digest('hex'),
        signer: cert.subjectName,
        keyId: keyIdOf(cert, useKeyId),
        hash,
        size: signed.length
    };
}
/** Check a signed module against a certificate. Malformed input throws (exit 2); a wrong signature is `valid: false`. */
async function verifyModule(modulePath, certBytes, certSource) {
    const module = await readModule(modulePath);
    (0,elf/* readElfHeader */.x9)(module, modulePath);
    const cert = loadCertificate(certBytes, certSource);
    const signature = (0,pkcs7/* readModuleSignature */.zj)(module, modulePath);
    const byKeyId = 'subjectKeyId' in signature.signer;
    const keyId = byKeyId
        ? hexId(signature.signer.subjectKeyId)
        : hexId(Buffer.from(signature.signer.serial.value, 'binary'));
    const result = { signer: '(not this certificate)', keyId, hash: signature.hash };
    const matchesCert = 'subjectKeyId' in signature.signer
        ? cert.subjectKeyId !== undefined && signature.signer.subjectKeyId.equals(cert.subjectKeyId)
        : (0,pkcs7/* derOf */.Tz)(signature.signer.issuer).equals((0,pkcs7/* derOf */.Tz)(cert.issuer)) &&
            Buffer.from(signature.signer.serial.value, 'binary').equals(Buffer.from(cert.serial.value, 'binary'));
    if (!matchesCert) {
        return {
            ...result,
            valid: false,
            reason: `signed by another key (key id ${keyId}), not by ${certSource}`
        };
    }
    const ok = (0,external_node_crypto_.verify)(signature.hash, signature.content, cert.publicKey, signature.signature);
    return ok
        ? { ...result, signer: cert.subjectName, valid: true, reason: 'signature valid' }
        : {
            ...result,
            signer: cert.subjectName,
            valid: false,
            reason: 'signature does not match the module contents (tampered, or signed with another key)'
        };
}


/***/ })

};
