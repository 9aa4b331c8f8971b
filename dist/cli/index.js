import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   wA: () => (/* binding */ reader),
/* harmony export */   yy: () => (/* binding */ SETTINGS)
/* harmony export */ });
/* unused harmony export SECRET_SETTINGS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// The one table of settings both doors read: each setting's action input name, its CLI option
// name, its type, bounds and default. A door only turns its raw values (argv, or the action's
// inputs) into a `Reader` over this table; the commands in src/app/ read typed values from it, so
// a default, a bound or an error message exists once. Help text stays with each door (the CLI's
// verbs.ts, action.yml): it is presentation; a test holds both doors' defaults to this table.

const SETTINGS = {
    command: {
        input: 'command',
        kind: 'choice',
        default: 'check',
        choices: ['check', 'build', 'sign', 'deploy', 'release']
    },
    patchesDir: { input: 'patches-dir', cli: 'dir', kind: 'text', default: 'patches' },
    baseRef: { input: 'base-ref', cli: 'base-ref', kind: 'text' },
    previousPatch: { cli: 'previous', kind: 'text' },
    latestPatch: { cli: 'latest', kind: 'text' },
    kernelConfig: { input: 'kernel-config', cli: 'kernel-config', kind: 'text' },
    kernelSource: { input: 'kernel-source', cli: 'kernel-source', kind: 'text' },
    kernelRelease: { input: 'kernel-release', cli: 'kernel-release', kind: 'text' },
    // sign
    signingKey: { input: 'signing-key', cli: 'key', kind: 'text', secret: true },
    signingKeyPassphrase: { input: 'signing-key-passphrase', kind: 'text', secret: true },
    keyPassphraseEnv: { cli: 'key-passphrase-env', kind: 'text' },
    pkcs11Module: { input: 'pkcs11-module', cli: 'pkcs11-module', kind: 'text' },
    keyEndpoint: { cli: 'key-endpoint', kind: 'text' },
    signingCert: { input: 'signing-cert', cli: 'cert', kind: 'text', default: 'keys/livepatch.crt' },
    hash: {
        input: 'hash',
        cli: 'hash',
        kind: 'choice',
        choices: ['sha256', 'sha384', 'sha512'],
        anyCase: true
    },
    keyId: { cli: 'keyid', kind: 'flag' },
    module: { input: 'module', kind: 'text' },
    output: { input: 'output', cli: 'output', kind: 'text' },
    // build
    jobs: { input: 'jobs', cli: 'jobs', kind: 'whole', min: 1, max: 4096 },
    kernelVersion: {
        input: 'kernel-version',
        cli: 'kernel-version',
        kind: 'text',
        default: '6.15.2'
    },
    kernelSourceUrl: {
        input: 'kernel-source-url',
        cli: 'kernel-source-url',
        kind: 'text',
        default: 'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git'
    },
    kernelSourceDir: { input: 'kernel-source-dir', cli: 'source', kind: 'text' },
    vmlinux: { input: 'vmlinux', cli: 'vmlinux', kind: 'text' },
    kpatchRepository: {
        input: 'kpatch-repository',
        cli: 'kpatch-repository',
        kind: 'text',
        default: 'https://github.com/dynup/kpatch'
    },
    kpatchRef: {
        input: 'kpatch-ref',
        cli: 'kpatch-ref',
        kind: 'text',
        default: 'e0eb6d5886fbe413ff21f975ce9376c055e647e3'
    },
    kpatchTargets: {
        input: 'kpatch-targets',
        cli: 'kpatch-targets',
        kind: 'choice',
        choices: ['auto', 'default'],
        default: 'auto'
    },
    cacheKernelTree: { input: 'cache-kernel-tree', kind: 'flag', default: 'true' },
    workDir: { input: 'work-dir', cli: 'work-dir', kind: 'text' },
    skipCompilerCheck: {
        input: 'skip-compiler-check',
        cli: 'skip-compiler-check',
        kind: 'flag',
        default: 'false'
    },
    buildOutput: { cli: 'output', kind: 'text' },
    previousFunctions: { input: 'previous-functions', cli: 'previous-functions', kind: 'text' },
    kernelSourceTarball: {
        input: 'kernel-source-tarball',
        cli: 'kernel-source-tarball',
        kind: 'text'
    },
    moduleName: { cli: 'name', kind: 'text' },
    /** The CLI's PATCH positional; the action builds the newest patch of patches-dir. */
    patch: { kind: 'text' },
    gccVersionText: { cli: 'gcc-version-text', kind: 'text' },
    noLocalGcc: { cli: 'no-local-gcc', kind: 'flag', default: 'false' },
    // deploy, status, rollback
    provider: { input: 'provider', kind: 'choice', choices: ['qemu', 'aws', 'gcp', 'azure'] },
    targets: { input: 'targets', kind: 'list' },
    selector: { input: 'selector', cli: 'selector', kind: 'text' },
    address: { cli: 'address', kind: 'text' },
    addressKind: {
        input: 'address-kind',
        cli: 'address-kind',
        kind: 'choice',
        choices: ['public', 'private'],
        default: 'public'
    },
    agentTokens: { input: 'agent-tokens', kind: 'text', secret: true },
    tokenDir: { cli: 'token-dir', kind: 'text' },
    ssmTokenPath: { input: 'ssm-token-path', cli: 'ssm-token-path', kind: 'text' },
    agentCertSha256: { input: 'agent-cert-sha256', cli: 'agent-cert-sha256', kind: 'list' },
    agentPort: {
        input: 'agent-port',
        cli: 'agent-port',
        kind: 'whole',
        min: 1,
        max: 65535,
        default: '8000'
    },
    insecure: { input: 'insecure', cli: 'insecure', kind: 'flag', default: 'false' },
    uploadRecord: { input: 'upload-record', kind: 'flag', default: 'true' },
    endpoint: {
        input: 'endpoint',
        cli: 'endpoint',
        kind: 'text',
        pattern: /^https?:\/\/\S+$/,
        expected: 'an http(s):// URL'
    },
    region: { input: 'region', cli: 'region', kind: 'text' },
    project: { input: 'project', cli: 'project', kind: 'text' },
    zone: { input: 'zone', cli: 'zone', kind: 'text' },
    subscription: { input: 'subscription', cli: 'subscription', kind: 'text' },
    resourceGroup: { input: 'resource-group', cli: 'resource-group', kind: 'text' },
    stateDir: { cli: 'state-dir', kind: 'text' },
    canary: { input: 'canary', cli: 'canary', kind: 'whole', min: 0, max: 1_000_000, default: '1' },
    maxConcurrency: {
        input: 'max-concurrency',
        cli: 'max-concurrency',
        kind: 'whole',
        min: 1,
        max: 10_000,
        default: '4'
    },
    maxErrors: {
        input: 'max-errors',
        cli: 'max-errors',
        kind: 'text',
        default: '0',
        pattern: /^\d+%?$/,
        expected: 'N or N% (e.g. 2 or 10%)'
    },
    timeout: { input: 'timeout', cli: 'timeout', kind: 'whole', min: 1, max: 86_400, default: '60' },
    persist: { cli: 'persist', kind: 'flag', default: 'false' },
    previousModule: { input: 'previous-module', cli: 'previous', kind: 'text' },
    state: { cli: 'state', kind: 'text' },
    measurementsFile: { cli: 'measurements', kind: 'text' },
    // release
    githubToken: { input: 'github-token', kind: 'text', secret: true },
    functionsFile: { input: 'functions-file', kind: 'text' },
    supersetReport: { input: 'superset-report', kind: 'text' },
    buildSummary: { input: 'build-summary', kind: 'text' },
    measurements: { input: 'measurements', kind: 'text' },
    deployRecord: { input: 'deploy-record', kind: 'text' },
    moduleSha256: {
        input: 'module-sha256',
        kind: 'text',
        pattern: /^[0-9a-fA-F]{64}$/,
        expected: "64 hex digits (the sign job's sha256 output)"
    }
};
const setting = (id) => SETTINGS[id];
/** YAML 1.2 core booleans, as the runner's getBooleanInput takes them. */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function reader(source) {
    const given = (id) => {
        const value = source.raw(id);
        return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
    };
    const shown = (id, value) => setting(id).secret ? '(value not shown: it is secret)' : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value);
    const invalid = (id, value, expected) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(source.invalid(id, shown(id, value), expected));
    const stringOf = (id) => {
        const value = given(id) ? source.raw(id) : setting(id).default;
        if (value === undefined)
            return undefined;
        if (Array.isArray(value))
            return String(value[value.length - 1]);
        return String(value);
    };
    const r = {
        label: id => source.label(id),
        has: id => source.has(id),
        given,
        text(id) {
            const value = stringOf(id);
            const spec = setting(id);
            if (value !== undefined && spec.pattern && !spec.pattern.test(value.trim()))
                throw invalid(id, value, spec.expected ?? String(spec.pattern));
            return value === undefined || spec.pattern === undefined ? value : value.trim();
        },
        required(id, what) {
            const value = r.text(id);
            if (value === undefined || value === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(source.missing(id, what));
            return value;
        },
        flag(id) {
            const value = given(id) ? source.raw(id) : setting(id).default;
            if (value === undefined || typeof value === 'boolean')
                return value === true;
            const text = String(value).trim();
            if (TRUE.includes(text))
                return true;
            if (FALSE.includes(text))
                return false;
            throw invalid(id, text, 'true or false');
        },
        whole(id) {
            const value = stringOf(id);
            if (value === undefined)
                return undefined;
            const spec = setting(id);
            const text = value.trim();
            const n = /^\d+$/.test(text) ? Number(text) : NaN;
            const min = spec.min ?? 0;
            const max = spec.max ?? Number.MAX_SAFE_INTEGER;
            if (!Number.isSafeInteger(n) || n < min || n > max)
                throw invalid(id, value, `a whole number ${min}-${max}`);
            return n;
        },
        list(id) {
            const value = given(id) ? source.raw(id) : setting(id).default;
            if (value === undefined || typeof value === 'boolean')
                return [];
            // A repeated option (argv) holds one item per value, as given (a VM name may hold a
            // comma); one text (an action input, a positional) is split on newlines and commas.
            const items = Array.isArray(value) ? value.map(String) : String(value).split(/[\n,]/);
            return items.map(item => item.trim()).filter(Boolean);
        },
        choice(id) {
            const value = stringOf(id);
            if (value === undefined)
                return undefined;
            const spec = setting(id);
            const choices = spec.choices ?? [];
            const chosen = spec.anyCase ? value.trim().toLowerCase() : value.trim();
            if (!choices.includes(chosen))
                throw invalid(id, value, `one of ${choices.join(', ')}`);
            return chosen;
        }
    };
    return r;
}
/** The settings that are secret: the action masks each before reading any other input. */
const SECRET_SETTINGS = Object.keys(SETTINGS).filter(id => SETTINGS[id].secret);


/***/ }),

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7593);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _patches_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(243);
/* harmony import */ var _cli_verbs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5292);
// The CLI door: argv → a stage → text or JSON, and an exit code (0 pass, 1 fail, 2 error).
// Each command's module, and the stage behind it, is loaded only when that command runs, so
// start-up stays close to bare node.





const lazy = (load) => async (args, io) => (await load())(args, io);
const COMMANDS = {
    check: lazy(async () => (await __nccwpck_require__.e(/* import() */ 6418).then(__nccwpck_require__.bind(__nccwpck_require__, 6418))).check),
    keygen: lazy(async () => (await __nccwpck_require__.e(/* import() */ 6521).then(__nccwpck_require__.bind(__nccwpck_require__, 6521))).keygen),
    'generate-livepatch-keys': lazy(async () => (await __nccwpck_require__.e(/* import() */ 6521).then(__nccwpck_require__.bind(__nccwpck_require__, 6521))).keygen),
    sign: lazy(async () => (await __nccwpck_require__.e(/* import() */ 6521).then(__nccwpck_require__.bind(__nccwpck_require__, 6521))).sign),
    'sign-livepatch': lazy(async () => (await __nccwpck_require__.e(/* import() */ 6521).then(__nccwpck_require__.bind(__nccwpck_require__, 6521))).sign),
    verify: lazy(async () => (await __nccwpck_require__.e(/* import() */ 6521).then(__nccwpck_require__.bind(__nccwpck_require__, 6521))).verify),
    preflight: lazy(async () => (await __nccwpck_require__.e(/* import() */ 4046).then(__nccwpck_require__.bind(__nccwpck_require__, 4046))).preflight),
    build: lazy(async () => (await __nccwpck_require__.e(/* import() */ 4046).then(__nccwpck_require__.bind(__nccwpck_require__, 4046))).build),
    deploy: lazy(async () => (await __nccwpck_require__.e(/* import() */ 2331).then(__nccwpck_require__.bind(__nccwpck_require__, 2331))).deploy),
    status: lazy(async () => (await __nccwpck_require__.e(/* import() */ 2331).then(__nccwpck_require__.bind(__nccwpck_require__, 2331))).status),
    rollback: lazy(async () => (await __nccwpck_require__.e(/* import() */ 2331).then(__nccwpck_require__.bind(__nccwpck_require__, 2331))).rollback),
    vm: lazy(async () => (await __nccwpck_require__.e(/* import() */ 2331).then(__nccwpck_require__.bind(__nccwpck_require__, 2331))).vm)
};
for (const provider of _cli_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .PROVIDER_ALIASES */ .Pm) {
    COMMANDS[provider] = lazy(async () => (await __nccwpck_require__.e(/* import() */ 2331).then(__nccwpck_require__.bind(__nccwpck_require__, 2331))).guideDeploy(provider));
}
/** A command name as typed, safe to print (no control characters, bounded). */
const safeName = (name) => JSON.stringify(name.slice(0, 64)).slice(1, -1);
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout((0,_cli_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .topUsage */ .lf)());
        return name === undefined ? _cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.error : _cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.pass;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    const json = rest.includes('--json');
    if (!command) {
        io.stderr(`livepatch: unknown command '${safeName(name)}'\n${(0,_cli_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .topUsage */ .lf)()}`);
        return _cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.error;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        const verb = (0,_cli_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .verbNamed */ .x0)(_cli_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .PROVIDER_ALIASES */ .Pm.includes(name) ? 'deploy' : name);
        if (verb) {
            io.stdout((0,_cli_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .verbHelp */ .Fx)(verb));
            return _cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.pass;
        }
    }
    try {
        return await command(rest, io);
    }
    catch (error) {
        const kind = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LivepatchError */ .bi ? error.kind : 'error';
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
        if (json) {
            const where = error instanceof _patches_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PatchParseError */ .ku ? { file: error.file, line: error.line } : {};
            io.stdout(JSON.stringify({ verdict: kind, error: { ...where, message } }, null, 2) + '\n');
        }
        io.stderr(`livepatch ${name}: ${message}\n`);
        return kind === 'fail' ? _cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.fail : _cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.error;
    }
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ usageOf),
/* harmony export */   Pq: () => (/* binding */ json),
/* harmony export */   WQ: () => (/* binding */ whole),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   jm: () => (/* binding */ oneModule),
/* harmony export */   kY: () => (/* binding */ cliReader),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* unused harmony export readInput */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _app_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2326);
/* harmony import */ var _verbs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5292);
// Shared pieces of the CLI commands: the I/O they write to, exit codes, argument parsing.





const EXIT = { pass: 0, fail: 1, error: 2 };
/** The usage line of a verb in the table (src/cli/verbs.ts). */
function usageOf(verb) {
    const spec = (0,_verbs_js__WEBPACK_IMPORTED_MODULE_4__/* .verbNamed */ .x0)(verb);
    if (!spec)
        throw new Error(`no verb ${verb} in the CLI table`);
    return (0,_verbs_js__WEBPACK_IMPORTED_MODULE_4__/* .usageLine */ .U0)(spec);
}
/** Parse a verb's arguments with exactly the options the table gives it (and their defaults). */
function parse(args, verb) {
    const spec = (0,_verbs_js__WEBPACK_IMPORTED_MODULE_4__/* .verbNamed */ .x0)(verb);
    if (!spec)
        throw new Error(`no verb ${verb} in the CLI table`);
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            options: (0,_verbs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseArgsOptions */ .dm)(spec),
            allowPositionals: true,
            strict: true
        });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}\nusage: ${(0,_verbs_js__WEBPACK_IMPORTED_MODULE_4__/* .usageLine */ .U0)(spec)}`);
    }
}
const json = (value) => JSON.stringify(value, null, 2) + '\n';
async function readInput(path, what) {
    try {
        return await readFile(path);
    }
    catch (error) {
        // A key pasted where a path belongs must not be echoed (nor inside Node's message).
        const reason = quotable(path) === undefined
            ? error.code
            : error.message;
        throw new LivepatchError(`cannot read ${what} ${quoted(path)}: ${reason}`);
    }
}
function oneModule(positionals, command) {
    if (positionals.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${command} takes exactly one MODULE (got ${positionals.length})`);
    return positionals[0];
}
function whole(value, option) {
    if (value === undefined)
        return undefined;
    const text = String(value).trim();
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`invalid ${option} '${value}': expected a whole number`);
    return n;
}
/**
 * The CLI's reader over the one settings table: a verb's parsed options (and positionals that
 * stand for settings), each named in messages as the user typed it.
 */
function cliReader(verb, values, positionals = {}) {
    const spec = (0,_verbs_js__WEBPACK_IMPORTED_MODULE_4__/* .verbNamed */ .x0)(verb);
    if (!spec)
        throw new Error(`no verb ${verb} in the CLI table`);
    const optionOf = (id) => Object.entries(spec.options).find(([, o]) => o.setting === id)?.[0];
    const label = (id) => {
        const positional = positionals[id];
        if (positional)
            return positional.label;
        const name = optionOf(id) ?? _app_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .SETTINGS */ .yy[id].cli ?? id;
        return `--${name}`;
    };
    return (0,_app_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .reader */ .wA)({
        has: id => positionals[id] !== undefined || optionOf(id) !== undefined,
        raw: id => {
            if (positionals[id])
                return positionals[id].value;
            const name = optionOf(id);
            return name === undefined ? undefined : values[name];
        },
        label,
        invalid: (id, shown, expected) => `invalid ${label(id)} ${shown}: expected ${expected}`,
        missing: (id, what) => `${verb} needs ${label(id)}${what ? ` (${what})` : ''}\nusage: ${(0,_verbs_js__WEBPACK_IMPORTED_MODULE_4__/* .usageLine */ .U0)(spec)}`
    });
}


/***/ }),

/***/ 5292:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ verbHelp),
/* harmony export */   Pm: () => (/* binding */ PROVIDER_ALIASES),
/* harmony export */   U0: () => (/* binding */ usageLine),
/* harmony export */   dm: () => (/* binding */ parseArgsOptions),
/* harmony export */   lf: () => (/* binding */ topUsage),
/* harmony export */   x0: () => (/* binding */ verbNamed)
/* harmony export */ });
/* unused harmony exports option, VERBS, cliReference */
/* harmony import */ var _app_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2326);

/** A CLI option for a setting of the table: type, repetition and default from src/app/settings.ts. */
function option(id, help, value) {
    const spec = _app_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .SETTINGS */ .yy[id];
    return {
        type: spec.kind === 'flag' ? 'boolean' : 'string',
        ...(value !== undefined ? { value } : {}),
        ...(spec.kind === 'list' ? { multiple: true } : {}),
        ...(spec.default !== undefined && spec.kind !== 'flag' ? { default: spec.default } : {}),
        help,
        setting: id
    };
}
const JSON_OPTION = { type: 'boolean', help: 'print the result as JSON on stdout' };
/** For a key that lives in a KMS or HSM: shared by keygen --key and sign --key. */
const KEY_URI_OPTIONS = {
    'pkcs11-module': option('pkcs11Module', "pkcs11: the token's PKCS#11 library (default: PKCS11_MODULE_PATH); the PIN comes from KBUILD_SIGN_PIN", 'PATH'),
    'key-endpoint': option('keyEndpoint', 'awskms:/gcpkms: a private or test endpoint of the key service', 'URL')
};
const KERNEL_RELEASE = option('kernelRelease', "the VMs' kernel release (uname -r); the module's vermagic must match it", 'R');
/** Where and how to reach VMs: shared by deploy, status and rollback. */
const VM_OPTIONS = {
    selector: option('selector', 'a fleet by tag (aws, azure) or label (gcp), instead of VM names', 'KEY=VALUE'),
    address: option('address', "the agent's address: skip the cloud lookup (one VM)", 'HOST[:PORT]'),
    'address-kind': option('addressKind', "which of each VM's IPs the agent is reached at: private for a runner inside the VMs' network", 'public|private'),
    'agent-cert-sha256': option('agentCertSha256', "the agent's TLS certificate SHA-256 pin, for every VM or one (repeatable)", '[VM=]HEX'),
    'agent-port': option('agentPort', "the agents' HTTPS port", 'N'),
    insecure: option('insecure', "skip the agents' certificate check (NOT recommended)"),
    'token-dir': option('tokenDir', "the vendor tools' <csp>_<vm>_token / _ip files (tokens also from CVM_AGENT_TOKENS)", 'DIR'),
    'ssm-token-path': option('ssmTokenPath', 'aws: SSM Parameter Store path with one SecureString token per VM (PATH/VM)', 'PATH'),
    region: option('region', 'aws: region (default: the SDK chain)', 'R'),
    project: option('project', 'gcp: project (default: GOOGLE_CLOUD_PROJECT)', 'P'),
    zone: option('zone', 'gcp: zone of the named VMs (default: all zones)', 'Z'),
    subscription: option('subscription', 'azure: subscription (default: AZURE_SUBSCRIPTION_ID)', 'S'),
    'resource-group': option('resourceGroup', "azure: the VMs' resource group", 'G'),
    endpoint: option('endpoint', "the cloud API's endpoint (private endpoints)", 'URL'),
    'state-dir': option('stateDir', 'qemu: where the local VMs keep their state (default: $LIVEPATCH_QEMU_DIR or ~/.cache/livepatch-action/qemu)', 'DIR'),
    json: JSON_OPTION
};
/** What deploy and rollback add: checks before upload, the rollout and its records. */
const ROLLOUT_OPTIONS = {
    cert: option('signingCert', 'verify the signature against this certificate before upload (else only the VM judges it)', 'FILE'),
    'kernel-release': KERNEL_RELEASE,
    previous: option('previousModule', "the previous release's signed module, put back on a VM where the new one fails", 'FILE'),
    timeout: option('timeout', 'seconds one VM may take', 'S'),
    persist: option('persist', 'qemu: also install the module to load at boot'),
    canary: option('canary', 'VMs that go first, alone', 'N'),
    'max-concurrency': option('maxConcurrency', 'VMs patched at once after the canary', 'N'),
    'max-errors': option('maxErrors', 'failures tolerated before the rollout stops', 'N|N%'),
    state: option('state', 'deploy record: VMs already on this module are skipped; updated after', 'FILE'),
    measurements: option('measurementsFile', "write each VM's new golden measurement (JSON)", 'FILE')
};
const VERBS = [
    {
        name: 'check',
        group: 'patches',
        synopsis: '',
        summary: 'history rules, superset verdict of the newest patch, author-guide warnings',
        options: {
            dir: option('patchesDir', 'the patches folder', 'DIR'),
            previous: option('previousPatch', 'compare two files instead of the folder', 'A'),
            latest: option('latestPatch', 'the newer of the two files', 'B'),
            'base-ref': option('baseRef', 'git ref to compare with: refuses edits of released patches, checks each appended one', 'REF'),
            'kernel-config': option('kernelConfig', 'preflight this kernel config too (default: kernel/config when it exists)', 'FILE'),
            'kernel-source': option('kernelSource', 'pristine kernel tree (or sparse checkout of the touched files): base lines no patch shows are read from it, and each patch must apply exactly (no fuzz, no offset)', 'DIR'),
            json: JSON_OPTION
        }
    },
    {
        name: 'preflight',
        group: 'build',
        synopsis: '--config FILE',
        summary: 'what kpatch-build would refuse (options, compiler revision, kernel release), in seconds',
        options: {
            config: option('kernelConfig', "the image's kernel .config", 'FILE'),
            'kernel-release': KERNEL_RELEASE,
            'gcc-version-text': option('gccVersionText', "the compiler to compare with CONFIG_CC_VERSION_TEXT (default: the local gcc's)", 'TEXT'),
            'no-local-gcc': option('noLocalGcc', 'do not compare with the local gcc'),
            json: JSON_OPTION
        }
    },
    {
        name: 'build',
        group: 'build',
        synopsis: '--config FILE --kernel-release R PATCH',
        summary: 'as the build job does: preflight; the kernel source fetched (or given), kpatch and the pristine kernel built once in --work-dir; kpatch-build -s -c -v -j -n -o PATCH; functions.json; the previous release kept',
        options: {
            config: option('kernelConfig', "the image's kernel .config", 'FILE'),
            'kernel-release': KERNEL_RELEASE,
            source: option('kernelSourceDir', 'a kernel tree instead of fetching one: with --vmlinux, a built pristine tree used as it is (and the kpatch-build on PATH); alone, an unbuilt tree, built here in place', 'DIR'),
            vmlinux: option('vmlinux', "the pristine vmlinux (outside the tree): with --source, that tree's; alone, the image's own, used for -v instead of the pristine build's", 'FILE'),
            'kernel-version': option('kernelVersion', 'the kernel version to fetch (the git tag v<version>)', 'V'),
            'kernel-source-url': option('kernelSourceUrl', 'git URL of the kernel source (a mirror works); cloned shallow at v<version>', 'URL'),
            'kernel-source-tarball': option('kernelSourceTarball', 'a local tarball of the kernel source (e.g. linux-6.15.2.tar.xz from kernel.org) instead of the git URL', 'FILE'),
            'kpatch-repository': option('kpatchRepository', 'git URL of kpatch (a mirror works); built at --kpatch-ref', 'URL'),
            'kpatch-ref': option('kpatchRef', 'the kpatch commit (verified) or tag to build kpatch-build from', 'REF'),
            'kpatch-targets': option('kpatchTargets', "auto (default): kpatch-build -t the objects the patch reaches when kbuild's records show vmlinux links all of them (no vmlinux relink); default: kpatch-build's own vmlinux modules", 'auto|default'),
            'work-dir': option('workDir', 'where the source, kpatch and the pristine build are kept between builds (about 15 GB; default: $XDG_CACHE_HOME or ~/.cache, then livepatch-action/build)', 'DIR'),
            output: option('buildOutput', 'where the module and functions.json go (default: WORK-DIR/output)', 'DIR'),
            jobs: option('jobs', 'parallel make jobs (default: the CPU count)', 'N'),
            name: option('moduleName', 'module name (default: livepatch- + the patch file name)', 'NAME'),
            'previous-functions': option('previousFunctions', "the previous release's functions.json: each of its functions must be patched again", 'FILE'),
            'skip-compiler-check': option('skipCompilerCheck', 'pass --skip-compiler-check to kpatch-build (not recommended)'),
            json: JSON_OPTION
        }
    },
    {
        name: 'keygen',
        aliases: ['generate-livepatch-keys'],
        group: 'keys and signatures',
        synopsis: '--out DIR',
        summary: 'livepatch.key (PEM, 0600), livepatch.pem (PEM cert), livepatch.crt (DER cert for the Secure Boot db)',
        options: {
            out: {
                type: 'string',
                value: 'DIR',
                help: 'folder for the three files (made 0700 if missing; existing key files are never overwritten)'
            },
            subject: {
                type: 'string',
                value: '"/CN=..."',
                default: '/CN=livepatch signing key',
                help: "the certificate's subject"
            },
            bits: { type: 'string', value: '2048|3072|4096', default: '2048', help: 'RSA key size' },
            days: { type: 'string', value: 'N', default: '3650', help: 'validity of the certificate' },
            key: {
                type: 'string',
                value: 'URI',
                help: 'a key already in a KMS or HSM (URI forms as for sign): only the certificate is made, signed by it; --bits does not apply'
            },
            ...KEY_URI_OPTIONS,
            json: JSON_OPTION
        }
    },
    {
        name: 'sign',
        aliases: ['sign-livepatch'],
        group: 'keys and signatures',
        synopsis: '--key FILE|URI --cert FILE MODULE',
        summary: "append a signature exactly as the kernel's scripts/sign-file does (in place without --output)",
        options: {
            key: option('signingKey', 'the PEM private key, or a key in a KMS or HSM: pkcs11:token=..;object=.., awskms:ARN|alias/NAME, gcpkms:projects/../cryptoKeyVersions/N, azurekv:https://VAULT.vault.azure.net/keys/NAME/VERSION', 'FILE|URI'),
            cert: option('signingCert', 'its certificate (PEM or DER)', 'FILE'),
            hash: option('hash', "digest (default: the kernel config's CONFIG_MODULE_SIG_HASH with --kernel-config, else sha256; the image kernel uses sha256)", 'sha256|sha384|sha512'),
            'kernel-config': option('kernelConfig', "the image's kernel .config: its CONFIG_MODULE_SIG_HASH is the default --hash", 'FILE'),
            keyid: option('keyId', "identify the key by subject key id (sign-file's -k)"),
            output: option('output', 'write the signed module here', 'FILE'),
            'kernel-release': KERNEL_RELEASE,
            'key-passphrase-env': option('keyPassphraseEnv', "environment variable holding the key's passphrase", 'NAME'),
            ...KEY_URI_OPTIONS,
            json: JSON_OPTION
        }
    },
    {
        name: 'verify',
        group: 'keys and signatures',
        synopsis: '--cert FILE MODULE',
        summary: 'check a signed module against a certificate (PEM or DER)',
        options: {
            cert: option('signingCert', 'the certificate the VMs trust', 'FILE'),
            json: JSON_OPTION
        }
    },
    {
        name: 'deploy',
        group: 'VMs',
        synopsis: '<qemu|aws|gcp|azure> (<vm[,vm...]> | --selector KEY=VALUE) <module.ko>',
        summary: "upload to the image's agent on each VM, canary first (guide form: livepatch <provider> <vm> <module.ko>)",
        options: { ...ROLLOUT_OPTIONS, ...VM_OPTIONS }
    },
    {
        name: 'status',
        group: 'VMs',
        synopsis: '<provider> <vm[,vm...]>',
        summary: 'what can be known of each VM without changing it (see the status column)',
        options: VM_OPTIONS
    },
    {
        name: 'rollback',
        group: 'VMs',
        synopsis: '<provider> <vm[,vm...]> --to <module.ko>',
        summary: 'deploy an older release (replace mode: it replaces the newer one)',
        options: {
            to: { type: 'string', value: 'FILE', help: "the older release's signed module" },
            ...ROLLOUT_OPTIONS,
            ...VM_OPTIONS
        }
    },
    {
        name: 'vm',
        group: 'VMs',
        synopsis: 'start NAME --kernel BZIMAGE --initrd INITRAMFS | stop NAME | list',
        summary: 'local qemu VMs for the qemu provider',
        options: {
            kernel: { type: 'string', value: 'BZIMAGE', help: 'the kernel to boot' },
            initrd: { type: 'string', value: 'INITRAMFS', help: 'its initramfs' },
            memory: { type: 'string', value: 'MB', default: '256', help: 'guest memory' },
            'state-dir': VM_OPTIONS['state-dir'],
            json: JSON_OPTION
        }
    }
];
/** The guide's form `livepatch <provider> <vm> <module.ko>` is deploy's alias per provider. */
const PROVIDER_ALIASES = ['qemu', 'aws', 'gcp', 'azure'];
function verbNamed(name) {
    return VERBS.find(v => v.name === name || v.aliases?.includes(name));
}
function parseArgsOptions(verb) {
    const options = {
        help: { type: 'boolean', short: 'h' }
    };
    for (const [name, spec] of Object.entries(verb.options)) {
        options[name] =
            spec.type === 'boolean'
                ? { type: 'boolean' }
                : {
                    type: 'string',
                    ...(spec.multiple ? { multiple: true } : {}),
                    // A table setting's default is applied by its reader (src/app/settings.ts).
                    ...(spec.default !== undefined && !spec.multiple && !spec.setting
                        ? { default: spec.default }
                        : {})
                };
    }
    return options;
}
const optionSyntax = (name, spec) => `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
/** One line: `livepatch NAME SYNOPSIS [--opt VALUE]...` (options in the synopsis left out). */
function usageLine(verb) {
    const optional = Object.entries(verb.options)
        .filter(([name]) => !verb.synopsis.includes(`--${name} `) && !verb.synopsis.endsWith(`--${name}`))
        .map(([name, spec]) => `[${optionSyntax(name, spec)}]${spec.multiple ? '...' : ''}`);
    return ['livepatch', verb.name, verb.synopsis, ...optional].filter(Boolean).join(' ');
}
/** A verb's `--help`: usage, what it does, each option with its default. */
function verbHelp(verb) {
    const rows = Object.entries(verb.options).map(([name, spec]) => {
        const left = optionSyntax(name, spec);
        const def = spec.default !== undefined ? ` (default: ${spec.default})` : '';
        return `  ${left.padEnd(32)} ${spec.help}${def}`;
    });
    const aliases = verb.aliases?.length ? `\nalias: ${verb.aliases.join(', ')}\n` : '';
    return `usage: ${usageLine(verb)}\n\n${verb.summary}\n${aliases}\noptions:\n${rows.join('\n')}\n  ${'--help, -h'.padEnd(32)} this help\n`;
}
/** The top-level usage: each verb's line, by group, and the exit codes. */
function topUsage() {
    const groups = ['patches', 'build', 'keys and signatures', 'VMs'];
    const sections = groups.map(group => {
        const verbs = VERBS.filter(v => v.group === group).map(v => {
            const aliases = v.aliases?.length ? ` (alias ${v.aliases.join(', ')})` : '';
            return `  livepatch ${v.name} ${v.synopsis}`.trimEnd() + `${aliases}\n      ${v.summary}`;
        });
        return `${group}:\n${verbs.join('\n')}`;
    });
    return `usage: livepatch <command> [options]    (livepatch <command> --help for its options)\n\n${sections.join('\n\n')}\n\nexit codes: 0 pass, 1 fail (verdict against the change, invalid signature, a VM not patched),\n            2 error (bad input or usage; nothing was changed)\n`;
}
/** README's CLI section (Markdown), checked in CI like the action tables. */
function cliReference() {
    const blocks = VERBS.map(verb => {
        const rows = Object.entries(verb.options).map(([name, spec]) => {
            const def = spec.default !== undefined ? `\`${spec.default}\`` : '';
            const cell = (text) => text.replace(/\|/g, '\\|');
            return `| \`${cell(optionSyntax(name, spec))}\`${spec.multiple ? ' (repeatable)' : ''} | ${cell(def)} | ${cell(spec.help)} |`;
        });
        const aliases = verb.aliases?.length
            ? ` Alias: ${verb.aliases.map(a => `\`${a}\``).join(', ')}.`
            : '';
        return `### \`livepatch ${verb.name}\`\n\n\`${`livepatch ${verb.name} ${verb.synopsis}`.trimEnd()}\` — ${verb.summary}.${aliases}\n\n| option | default | what it does |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
    });
    return blocks.join('\n');
}


/***/ }),

/***/ 3546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5581);
// Bundle entry of the CLI (dist/cli.js). Exits explicitly once output is flushed, so an open
// handle (a retried HTTP request, a timer) can never keep Node alive after the work is done.

const code = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    env: process.env
});
process.stdout.write('', () => process.exit(code));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ quotable),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   bi: () => (/* binding */ LivepatchError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
class LivepatchError extends Error {
    kind;
    constructor(message, kind = 'error') {
        super(message);
        this.name = new.target.name;
        this.kind = kind;
    }
}
/** Message of anything thrown, including non-Error values. */
function errorMessage(thrown) {
    if (thrown instanceof Error)
        return thrown.message;
    if (typeof thrown === 'string')
        return thrown;
    // An Error from another realm (a vm context, a worker) fails instanceof but has its message.
    const message = thrown?.message;
    if (typeof message === 'string')
        return message;
    try {
        return JSON.stringify(thrown);
    }
    catch {
        return String(thrown);
    }
}
/**
 * An input's value as a message may quote it: only something shaped like a path or a short
 * identifier. Anything else — PEM blocks, base64 runs, multi-line text — may be key material
 * pasted into the wrong input, and is never echoed.
 */
function quotable(value) {
    // eslint-disable-next-line no-control-regex
    if (value.length > 256 || /[\u0000-\u001f\u007f]/.test(value))
        return undefined;
    if (/-----BEGIN|PRIVATE KEY/.test(value))
        return undefined;
    // A long base64-like run may be key material; a long path is not (judged segment by segment:
    // /home/runner/work/my-livepatches/my-livepatches/keys/livepatch.crt is a path).
    const base64Run = /[A-Za-z0-9+=_-]{48,}/;
    if (value.split('/').some(segment => base64Run.test(segment)))
        return undefined;
    if (/[A-Za-z0-9+/=]{48,}/.test(value) && /[+=]/.test(value))
        return undefined;
    return value;
}
/** `'value'` when quotable, else a note that it is withheld. */
function quoted(value) {
    const shown = quotable(value);
    return shown === undefined
        ? '(value not shown: it is not a path and may be secret)'
        : `'${shown}'`;
}


/***/ }),

/***/ 243:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   ku: () => (/* binding */ PatchParseError),
/* harmony export */   pr: () => (/* binding */ displayLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

// C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidi overrides and
// isolates: none may reach a terminal or a CI log raw from a file name (a newline there would
// start a line with `::error::`, which the runner takes for a workflow command).
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNPRINTABLE_OR_BACKSLASH = new RegExp(`${UNPRINTABLE.source}|\\\\`, 'g');
function escape(c) {
    if (c === '\\')
        return '\\\\';
    if (c === '\n')
        return '\\n';
    if (c === '\r')
        return '\\r';
    if (c === '\t')
        return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * A file name or path as it may be shown: control and bidi characters (and the backslash, so
 * the escape is unambiguous) written as `\n`, `\xNN` or `\uNNNN`. Names without them are unchanged.
 */
function displayName(name) {
    return name.replace(UNPRINTABLE_OR_BACKSLASH, escape);
}
/** A line of text for a terminal or log: its control and bidi characters escaped (tabs kept). */
function displayLine(line) {
    return line.replace(UNPRINTABLE, c => (c === '\t' ? c : escape(c)));
}
/** Malformed patch input, located at a line of the patch file. */
class PatchParseError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
    file;
    line;
    detail;
    constructor(file, line, detail) {
        super(`${displayName(file)}:${line}: ${detail}`);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
