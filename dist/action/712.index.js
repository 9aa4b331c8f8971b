export const id = 712;
export const ids = [712];
export const modules = {

/***/ 9712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkBeforeUpload: () => (/* binding */ checkBeforeUpload),
  checkResultPath: () => (/* binding */ checkResultPath),
  deployFleet: () => (/* binding */ deployFleet),
  deploySucceeded: () => (/* binding */ deploySucceeded),
  measurementsOf: () => (/* binding */ measurementsOf),
  readModuleArtifact: () => (/* binding */ readModuleArtifact),
  statusOf: () => (/* binding */ statusOf)
});

// UNUSED EXPORTS: applyToVm, checkDeployNumbers, errorBudget, preflightFleet

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sign/elf.ts
var elf = __webpack_require__(90116);
// EXTERNAL MODULE: ./src/sign/pkcs7.ts
var pkcs7 = __webpack_require__(64345);
// EXTERNAL MODULE: ./src/sign/sign.ts + 1 modules
var sign = __webpack_require__(48838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/deploy/remote-text.ts
var remote_text = __webpack_require__(23041);
;// CONCATENATED MODULE: ./src/deploy/module-name.ts
// A module's `.modinfo` name is read from a file and ends up in file names, shell commands (run
// as root on the VM) and an HTTP header. kpatch-build only makes names of letters, digits, `_`
// and `-`, at most 55 characters (MODULE_NAME_LEN is 64 - sizeof(unsigned long) = 56 with the
// NUL, include/linux/module.h); anything else did not come from it and is refused before use.


const MODULE_NAME_MAX = 55;
const MODULE_NAME = /^[A-Za-z0-9_-]+$/;
function checkModuleName(name, path) {
    if (MODULE_NAME.test(name) && name.length <= MODULE_NAME_MAX)
        return;
    throw new errors/* LivepatchError */.bi(`${path}: .modinfo name '${(0,remote_text.remoteText)(name, 80)}' is not a kpatch module name (letters, digits, _ and -, at most ${MODULE_NAME_MAX} characters); refusing to send it to any VM`);
}

// EXTERNAL MODULE: ./src/deploy/record.ts
var record = __webpack_require__(61654);
;// CONCATENATED MODULE: ./src/deploy/shell.ts
// The one way a value enters a shell command sent to a VM: POSIX single quotes, inside which sh
// gives no character a special meaning; a `'` itself is closed, escaped and reopened.
function shellQuote(value) {
    if (value.includes('\0'))
        throw new Error('a NUL byte cannot be passed to a shell command'); // sh would truncate it
    return `'${value.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: ./src/deploy/types.ts
var types = __webpack_require__(44130);
;// CONCATENATED MODULE: ./src/deploy/channel.ts
// The command-channel protocol: deliver the guest script and the module in checksummed chunks,
// reassemble and verify on the VM, run `livepatch-apply.sh`, read its one JSON line.
// Every value that enters a command goes through `shellQuote` (the commands run as root), and
// the module's name is checked against kpatch's charset before any command is built.









/** Base64 characters per chunk: small enough for any run-command payload and a serial line. */
const CHUNK_SIZE = 3072;
/** Where chunks and the guest script live on the VM (tmpfs: gone at reboot). */
const WORK_DIR = '/run/livepatch-upload';
/** What the guest script may report: a deploy's statuses, and status's `ok`. */
const REPORT_STATUSES = [...record/* STATUSES */.f, 'ok'];
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
        const file = shellQuote(`${dir}/${name}.b64.${String(k).padStart(4, '0')}`);
        commands.push(`printf '%s' ${shellQuote(chunk)} > ${file} && [ "$(sha256sum ${file} | cut -d ' ' -f 1)" = ${shellQuote(sha256(chunk))} ] && echo __CHUNK_OK__`);
    }
    return commands;
}
/**
 * The last line of output that is the guest script's JSON report. The VM wrote it, so every field
 * is checked and neutralised: an unknown status is a failure, text is one bounded safe line.
 */
function parseGuestReport(stdout, vm) {
    const lines = stdout.replace(/\r/g, '').split('\n').reverse();
    for (const line of lines) {
        if (!line.startsWith('{'))
            continue;
        try {
            const raw = JSON.parse(line);
            if (typeof raw.status !== 'string')
                continue;
            const known = REPORT_STATUSES.includes(raw.status);
            const message = (0,remote_text.remoteText)(raw.message ?? '');
            return {
                status: known ? raw.status : 'failed',
                module: (0,remote_text.remoteText)(raw.module ?? '', 100),
                sha256: (0,remote_text.remoteText)(raw.sha256 ?? '', 100),
                kernel: (0,remote_text.remoteText)(raw.kernel ?? '', 200),
                active: Array.isArray(raw.active)
                    ? raw.active.slice(0, 20).map(name => (0,remote_text.remoteText)(name, 100))
                    : [],
                transitionSeconds: typeof raw.transition_seconds === 'number' ? raw.transition_seconds : null,
                message: known
                    ? message
                    : `the guest script reported an unknown status '${(0,remote_text.remoteText)(raw.status, 40)}': ${message}`
            };
        }
        catch {
            // not the report line
        }
    }
    throw new types/* DeployError */.s(`${(0,remote_text.remoteText)(vm)}: the guest script printed no JSON report; output was: ${(0,remote_text.remoteText)(stdout.trim().slice(-500)) || '(nothing)'}`, vm);
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
/**
 * Ensure the guest script is on the VM; returns its path there. A copy left by an earlier deploy
 * is used only if its sha256 is this script's (anything else there is replaced).
 */
async function installGuestScript(channel, vm, timeoutMs, workDir) {
    const script = Buffer.from(guestScript());
    const hash = sha256(script);
    const dir = `${workDir}/guest-${hash.slice(0, 16)}`;
    const path = `${dir}/livepatch-apply.sh`;
    const present = await channel.run(vm, `[ -f ${shellQuote(path)} ] && [ "$(sha256sum ${shellQuote(path)} | cut -d ' ' -f 1)" = ${shellQuote(hash)} ] && echo __PRESENT__ || true`, timeoutMs);
    if (present.stdout.includes('__PRESENT__'))
        return path;
    await channel.run(vm, `rm -rf ${shellQuote(dir)} && mkdir -p ${shellQuote(dir)}`, timeoutMs);
    await deliver(channel, vm, dir, 'script', script, timeoutMs);
    const assembled = await channel.run(vm, `cat ${shellQuote(dir)}/script.b64.* | base64 -d > ${shellQuote(path)} && rm -f ${shellQuote(dir)}/script.b64.* && chmod 700 ${shellQuote(path)} && [ "$(sha256sum ${shellQuote(path)} | cut -d ' ' -f 1)" = ${shellQuote(hash)} ] && echo __ASSEMBLED__`, timeoutMs);
    if (!assembled.stdout.includes('__ASSEMBLED__'))
        throw new types/* DeployError */.s(`${(0,remote_text.remoteText)(vm.name)}: could not install the guest script (its sha256 on the VM is not ${hash}): ${(0,remote_text.remoteText)(assembled.stdout.trim())}`, vm.name);
    return path;
}
/** Run the guest script with arguments (each quoted) on the VM. */
async function runGuest(channel, vm, args, timeoutMs, workDir = WORK_DIR) {
    const script = await installGuestScript(channel, vm, timeoutMs, workDir);
    const output = await channel.run(vm, ['sh', script, ...args].map(shellQuote).join(' '), timeoutMs);
    return parseGuestReport(output.stdout, vm.name);
}
/** Deliver a module in chunks and apply it with replace semantics. */
async function applyOverCommands(channel, vm, module, options) {
    // Checked where the artifact is read too; checked again here because this builds commands.
    checkModuleName(module.name, module.path);
    if (!/^[0-9a-f]{64}$/.test(module.sha256))
        throw new types/* DeployError */.s(`${module.path}: sha256 '${module.sha256}' is not 64 hex digits`);
    if (!Number.isInteger(options.timeoutSeconds) || options.timeoutSeconds < 1)
        throw new types/* DeployError */.s(`transition timeout ${options.timeoutSeconds}: expected whole seconds ≥ 1`);
    const workDir = options.workDir ?? WORK_DIR;
    const script = await installGuestScript(channel, vm, options.commandTimeoutMs, workDir);
    const dir = `${workDir}/${module.sha256.slice(0, 16)}`;
    await channel.run(vm, `rm -rf ${shellQuote(dir)} && mkdir -p ${shellQuote(dir)}`, options.commandTimeoutMs);
    await deliver(channel, vm, dir, 'module', module.bytes, options.commandTimeoutMs);
    const file = `${dir}/${module.name}.ko`;
    const args = ['apply', '--module', file, '--sha256', module.sha256];
    args.push('--timeout', String(options.timeoutSeconds));
    if (options.persist)
        args.push('--persist');
    const apply = [
        `cat ${shellQuote(dir)}/module.b64.* | base64 -d > ${shellQuote(file)} && rm -f ${shellQuote(dir)}/module.b64.*`,
        ['sh', script, ...args].map(shellQuote).join(' ')
    ].join('; ');
    const output = await channel.run(vm, apply, options.commandTimeoutMs + options.timeoutSeconds * 3000);
    return parseGuestReport(output.stdout, vm.name);
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts
// The deploy stage: check everything that can be checked before any VM is touched, then apply
// the module to each VM (canary first, then waves under a concurrency bound and an error
// budget), re-deploy the previous module where the new one failed, and end every targeted VM
// in exactly one result row. Text in a row that a VM, agent or cloud wrote is neutralised there
// (remote-text.ts), so no door prints it raw.











const SUCCESS = ['applied', 'already-active'];
/** Token look-ups at once before a deploy (the token store may be SSM). */
const PREFLIGHT_CONCURRENCY = 16;
async function readModuleArtifact(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors/* LivepatchError */.bi(`cannot read module '${path}': ${error.message}`);
    }
    const info = (0,elf/* readModinfo */.TK)(bytes, path);
    const name = info.get('name')?.[0];
    const vermagic = info.get('vermagic')?.[0];
    if (!name || !vermagic)
        throw new errors/* LivepatchError */.bi(`${path}: .modinfo lacks name or vermagic; is this a module kpatch-build wrote?`);
    checkModuleName(name, path);
    if (info.get('livepatch')?.[0] !== 'Y') {
        throw new errors/* LivepatchError */.bi(`${path}: not a livepatch module (.modinfo has no livepatch=Y); refusing to upload`);
    }
    return {
        path,
        bytes,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        name,
        kernelRelease: vermagic.split(' ')[0]
    };
}
/** The numbers of a deploy, checked before anything else (the doors name their own options first). */
function checkDeployNumbers(options) {
    const check = (value, what, min, max) => {
        if (value !== undefined && (!Number.isInteger(value) || value < min || value > max))
            throw new errors/* LivepatchError */.bi(`invalid ${what} ${value}: expected a whole number ${min}-${max}`);
    };
    check(options.canary, 'canary count', 0, 1_000_000);
    check(options.maxConcurrency, 'max concurrency', 1, 10_000);
    check(options.timeoutSeconds, 'transition timeout (seconds)', 1, 86_400);
    check(options.commandTimeoutMs, 'command timeout (ms)', 1, 86_400_000);
    errorBudget(options.maxErrors, 0);
}
/**
 * A result file (`--state`, `--measurements`) must be writable where it is named: its folder
 * exists and it is not itself a folder. Checked before any VM is touched.
 */
async function checkResultPath(path, what) {
    const folder = (0,external_node_path_.dirname)(path);
    const info = await (0,promises_.stat)(folder).catch(() => undefined);
    if (!info?.isDirectory())
        throw new errors/* LivepatchError */.bi(`${what} ${path}: the folder ${folder} does not exist; create it or name another file (nothing was deployed)`);
    const existing = await (0,promises_.stat)(path).catch(() => undefined);
    if (existing && !existing.isFile())
        throw new errors/* LivepatchError */.bi(`${what} ${path}: is a folder (or not a regular file); name a file (nothing was deployed)`);
}
/** Everything that can be known before upload. Throws (exit 2, no VM touched). */
async function checkBeforeUpload(module, options) {
    checkDeployNumbers(options);
    checkModuleName(module.name, module.path);
    if (!(0,pkcs7/* isSigned */.JI)(module.bytes))
        throw new errors/* LivepatchError */.bi(`${module.path}: not signed; the VMs' kernels refuse unsigned modules (run livepatch sign)`);
    if (options.kernelRelease !== undefined && module.kernelRelease !== options.kernelRelease) {
        throw new errors/* LivepatchError */.bi(`${module.path}: built for kernel ${module.kernelRelease}, the VMs run ${options.kernelRelease}; refusing to upload`);
    }
    if (options.cert) {
        const verdict = await (0,sign/* verifyModule */.Sm)(module.path, options.cert.bytes, options.cert.source);
        if (!verdict.valid)
            throw new errors/* LivepatchError */.bi(`${module.path}: ${verdict.reason}; the VMs would refuse it, so nothing was uploaded`);
    }
}
/** The error budget as a count of VMs. */
function errorBudget(maxErrors, vmCount) {
    if (maxErrors === undefined || maxErrors === '')
        return 0;
    const match = /^(\d+)(%?)$/.exec(maxErrors.trim());
    if (!match)
        throw new errors/* LivepatchError */.bi(`invalid --max-errors '${maxErrors}': expected N or N%`);
    return match[2] ? Math.floor((Number(match[1]) * vmCount) / 100) : Number(match[1]);
}
function row(vm, module, status, message, report) {
    return {
        vm: (0,remote_text.remoteText)(vm.name, 200),
        id: (0,remote_text.remoteText)(vm.id ?? vm.name),
        status,
        module: (0,remote_text.remoteText)(report?.module || module.name, 100),
        sha256: (0,remote_text.remoteText)(report?.sha256 || module.sha256, 100),
        kernel: (0,remote_text.remoteText)(report?.kernel ?? '', 200),
        active: (report?.active ?? []).map(name => (0,remote_text.remoteText)(name, 100)),
        transitionSeconds: report?.transitionSeconds ?? null,
        message: (0,remote_text.remoteText)(message)
    };
}
/** A report's status as a row's: `ok` is applied; a report that could not look is a failure. */
function rowStatus(status) {
    if (status === 'ok')
        return 'applied';
    if (status === 'unknown')
        return 'failed';
    return status;
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
/** A deploy record's entry, by own key only (a VM id or name may be `constructor` or `__proto__`). */
function recorded(record, key) {
    if (record === undefined)
        return undefined;
    if (record instanceof Map)
        return record.get(key);
    const plain = record;
    return Object.hasOwn(plain, key) ? plain[key] : undefined;
}
/** Apply to one VM; never throws: every outcome is a row. */
async function applyToVm(provider, vm, module, options) {
    if (vm.error)
        return row(vm, module, 'unreachable', vm.error);
    if (recorded(options.deployed, vm.id ?? vm.name) === module.sha256) {
        const skipped = row(vm, module, 'already-active', 'skipped: this VM already runs this exact module (deploy record)');
        return { ...skipped, active: [module.name] };
    }
    let result;
    try {
        const report = await applyOnce(provider, vm, module, options);
        result = row(vm, module, rowStatus(report.status), report.message, report);
    }
    catch (error) {
        return row(vm, module, error instanceof types/* DeployError */.s ? error.outcome : 'unreachable', (0,errors/* errorMessage */.gJ)(error));
    }
    if (SUCCESS.includes(result.status) || !options.previous)
        return result;
    // The new module did not take. If the previous one is no longer active there, put it back.
    if (result.active.includes(options.previous.name))
        return result;
    try {
        const back = await applyOnce(provider, vm, options.previous, options);
        result.rollback = {
            status: rowStatus(back.status),
            message: (0,remote_text.remoteText)(`re-deployed ${options.previous.name}: ${back.message}`)
        };
        result.active = back.active.map(name => (0,remote_text.remoteText)(name, 100));
    }
    catch (error) {
        result.rollback = {
            status: 'unreachable',
            message: (0,remote_text.remoteText)(`re-deploying ${options.previous.name} failed: ${(0,errors/* errorMessage */.gJ)(error)}`)
        };
    }
    return result;
}
/**
 * Before any VM is touched, every found VM must have what a request needs (an agent token and a
 * certificate pin): if one lacks it, nothing is sent to any VM and the deploy is refused (exit 2).
 * Other failures (a token store that cannot be read) are left to the VM's own attempt and row.
 */
async function preflightFleet(provider, vms) {
    const channel = provider.channel;
    if (channel.kind !== 'agent')
        return;
    const refusals = new Map();
    const reachable = vms.filter(vm => !vm.error);
    let next = 0;
    // A token store may be remote (SSM): a few lookups at once, bounded.
    const worker = async () => {
        while (next < reachable.length) {
            const vm = reachable[next++];
            try {
                await channel.preflight(vm);
            }
            catch (error) {
                if (error instanceof types/* DeployError */.s && error.outcome === 'refused')
                    refusals.set(vm, (0,remote_text.remoteText)(error.message));
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(PREFLIGHT_CONCURRENCY, reachable.length) }, worker));
    if (refusals.size > 0) {
        const reasons = vms.flatMap(vm => refusals.get(vm) ?? []);
        throw new types/* DeployRefusedError */.Q(`refused before any upload, nothing was sent to any VM: ${reasons.length} of ${vms.length} VM(s) cannot be deployed to safely:\n  ${reasons.join('\n  ')}`);
    }
}
/** Canary first, then waves of at most maxConcurrency, stopping when the error budget is spent. */
async function deployFleet(provider, vms, module, options) {
    checkDeployNumbers(options);
    checkModuleName(module.name, module.path);
    await preflightFleet(provider, vms);
    // Keyed by the target itself: names repeat in a fleet selected by tag, and come from users and clouds.
    const results = new Map();
    const budget = errorBudget(options.maxErrors, vms.length);
    const concurrency = options.maxConcurrency ?? 4;
    let errors = 0;
    let stopped;
    const record = (vm, result) => {
        results.set(vm, result);
        if (!SUCCESS.includes(result.status))
            errors++;
        options.onResult?.(result);
    };
    const canaries = vms.slice(0, options.canary ?? 0);
    for (const vm of canaries) {
        record(vm, await applyToVm(provider, vm, module, options));
        if (errors > 0) {
            stopped = `rollout stopped: canary ${(0,remote_text.remoteText)(vm.name, 200)} did not take the module`;
            break;
        }
    }
    const rest = vms.slice(canaries.length);
    let next = 0;
    const worker = async () => {
        while (!stopped && next < rest.length) {
            const vm = rest[next++];
            record(vm, await applyToVm(provider, vm, module, options));
            if (errors > budget)
                stopped = `rollout stopped: ${errors} VM(s) failed, error budget ${budget}`;
        }
    };
    if (!stopped)
        await Promise.all(Array.from({ length: Math.min(concurrency, rest.length) }, worker));
    return vms.map(vm => {
        const done = results.get(vm);
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
        message: (0,remote_text.remoteText)(message)
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
                : await runGuest(channel, vm, ['status'], options.commandTimeoutMs ?? 60_000);
        }
        catch (error) {
            return unreachableReport((0,errors/* errorMessage */.gJ)(error));
        }
    }));
}
/** Measurements recorded in a deploy, keyed by VM id in the order of the result rows. */
function measurementsOf(results) {
    return Object.fromEntries(results.filter(r => r.measurement !== undefined).map(r => [r.id, r.measurement]));
}
function deploySucceeded(results) {
    return results.every(r => SUCCESS.includes(r.status));
}


/***/ }),

/***/ 61654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FJ: () => (/* binding */ deployRecord),
/* harmony export */   Qt: () => (/* binding */ boundedJson),
/* harmony export */   af: () => (/* binding */ deployCounts),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   qj: () => (/* binding */ NEEDS_A_PERSON)
/* harmony export */ });
/* unused harmony export OUTPUT_SAFE_CHARS */
const STATUSES = [
    'applied',
    'already-active',
    'refused',
    'failed',
    'stuck',
    'unreachable',
    'skipped'
];
/** Statuses that leave a VM without the new module: a person should look. */
const NEEDS_A_PERSON = [
    'failed',
    'refused',
    'stuck',
    'skipped',
    'unreachable'
];
/**
 * Characters one JSON output may take: two such outputs (results, measurements) plus the small
 * ones stay far under the job's 1 MB (100,000 characters ≈ 200 KB as UTF-16).
 */
const OUTPUT_SAFE_CHARS = 100_000;
function deployCounts(results) {
    const counts = { total: results.length };
    for (const status of STATUSES)
        counts[status] = 0;
    for (const result of results)
        counts[result.status]++;
    return counts;
}
function deployRecord(provider, module, results) {
    return {
        version: 1,
        provider,
        module: { name: module.name, sha256: module.sha256 },
        counts: deployCounts(results),
        results
    };
}
/** The value as JSON when it fits one output's budget; otherwise undefined (it is in the file). */
function boundedJson(value, limit = OUTPUT_SAFE_CHARS) {
    const text = JSON.stringify(value);
    return text.length <= limit ? text : undefined;
}


/***/ }),

/***/ 23041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   remoteText: () => (/* binding */ remoteText)
/* harmony export */ });
/* unused harmony export REMOTE_TEXT_MAX */
// Text a VM, an agent or a cloud API wrote is neutralised before it reaches a log, a summary, a
// table or an error: it may be hostile. The runner reads any stdout line that starts with `::`
// (after blanks) as a workflow command (`::error`, `::add-mask::`, `::stop-commands::`), so
// remote text is made one line, `::` is broken up, control and bidi characters are shown as
// escapes (no terminal sequences, no hidden reordering), and the length is bounded.
/** Longest remote text kept in one message, in characters. */
const REMOTE_TEXT_MAX = 1000;
// C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and isolates,
// zero-width characters and the BOM.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
function escapeChar(char) {
    if (char === '\n')
        return '\\n';
    if (char === '\r')
        return '\\r';
    if (char === '\t')
        return ' ';
    const code = char.codePointAt(0) ?? 0;
    return code < 0x100
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** One safe line of at most `max` characters (and a note when more was cut). */
function remoteText(text, max = REMOTE_TEXT_MAX) {
    const raw = typeof text === 'string' ? text : String(text ?? '');
    const chars = Array.from(raw.slice(0, max * 2 + 2)); // a code point is at most 2 UTF-16 units
    const line = chars
        .slice(0, max)
        .join('')
        .replace(UNSAFE, escapeChar)
        .replace(/:(?=:)/g, ': ');
    return chars.length > max ? `${line}… (cut at ${max} characters)` : line;
}


/***/ }),

/***/ 44130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ DeployRefusedError),
/* harmony export */   s: () => (/* binding */ DeployError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

class DeployError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
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
/** A deploy stopped before any upload because some VM lacks a token or pin: exit 2, nothing sent. */
class DeployRefusedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
}


/***/ })

};
