import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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
    check: lazy(async () => (await __nccwpck_require__.e(/* import() */ 418).then(__nccwpck_require__.bind(__nccwpck_require__, 6418))).check),
    keygen: lazy(async () => (await __nccwpck_require__.e(/* import() */ 521).then(__nccwpck_require__.bind(__nccwpck_require__, 6521))).keygen),
    'generate-livepatch-keys': lazy(async () => (await __nccwpck_require__.e(/* import() */ 521).then(__nccwpck_require__.bind(__nccwpck_require__, 6521))).keygen),
    sign: lazy(async () => (await __nccwpck_require__.e(/* import() */ 521).then(__nccwpck_require__.bind(__nccwpck_require__, 6521))).sign),
    'sign-livepatch': lazy(async () => (await __nccwpck_require__.e(/* import() */ 521).then(__nccwpck_require__.bind(__nccwpck_require__, 6521))).sign),
    verify: lazy(async () => (await __nccwpck_require__.e(/* import() */ 521).then(__nccwpck_require__.bind(__nccwpck_require__, 6521))).verify),
    preflight: lazy(async () => (await __nccwpck_require__.e(/* import() */ 46).then(__nccwpck_require__.bind(__nccwpck_require__, 4046))).preflight),
    build: lazy(async () => (await __nccwpck_require__.e(/* import() */ 46).then(__nccwpck_require__.bind(__nccwpck_require__, 4046))).build),
    deploy: lazy(async () => (await __nccwpck_require__.e(/* import() */ 331).then(__nccwpck_require__.bind(__nccwpck_require__, 2331))).deploy),
    status: lazy(async () => (await __nccwpck_require__.e(/* import() */ 331).then(__nccwpck_require__.bind(__nccwpck_require__, 2331))).status),
    rollback: lazy(async () => (await __nccwpck_require__.e(/* import() */ 331).then(__nccwpck_require__.bind(__nccwpck_require__, 2331))).rollback),
    vm: lazy(async () => (await __nccwpck_require__.e(/* import() */ 331).then(__nccwpck_require__.bind(__nccwpck_require__, 2331))).vm)
};
for (const provider of _cli_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .PROVIDER_ALIASES */ .Pm) {
    COMMANDS[provider] = lazy(async () => (await __nccwpck_require__.e(/* import() */ 331).then(__nccwpck_require__.bind(__nccwpck_require__, 2331))).guideDeploy(provider));
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
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   WQ: () => (/* binding */ whole),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   jm: () => (/* binding */ oneModule),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _verbs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5292);
// Shared pieces of the CLI commands: the I/O they write to, exit codes, argument parsing.




const EXIT = { pass: 0, fail: 1, error: 2 };
/** The usage line of a verb in the table (src/cli/verbs.ts). */
function usageOf(verb) {
    const spec = (0,_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .verbNamed */ .x0)(verb);
    if (!spec)
        throw new Error(`no verb ${verb} in the CLI table`);
    return (0,_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .usageLine */ .U0)(spec);
}
/** Parse a verb's arguments with exactly the options the table gives it (and their defaults). */
function parse(args, verb) {
    const spec = (0,_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .verbNamed */ .x0)(verb);
    if (!spec)
        throw new Error(`no verb ${verb} in the CLI table`);
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            options: (0,_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgsOptions */ .dm)(spec),
            allowPositionals: true,
            strict: true
        });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}\nusage: ${(0,_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .usageLine */ .U0)(spec)}`);
    }
}
const json = (value) => JSON.stringify(value, null, 2) + '\n';
async function readInput(path, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
    }
    catch (error) {
        // A key pasted where a path belongs must not be echoed (nor inside Node's message).
        const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quotable */ .E7)(path) === undefined
            ? error.code
            : error.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`cannot read ${what} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(path)}: ${reason}`);
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
    const n = Number(value);
    if (!Number.isInteger(n))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`invalid ${option} '${value}': expected a whole number`);
    return n;
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
/* unused harmony exports VERBS, cliReference */
const JSON_OPTION = { type: 'boolean', help: 'print the result as JSON on stdout' };
/** For a key that lives in a KMS or HSM: shared by keygen --key and sign --key. */
const KEY_URI_OPTIONS = {
    'pkcs11-module': {
        type: 'string',
        value: 'PATH',
        help: "pkcs11: the token's PKCS#11 library (default: PKCS11_MODULE_PATH); the PIN comes from KBUILD_SIGN_PIN"
    },
    'key-endpoint': {
        type: 'string',
        value: 'URL',
        help: 'awskms:/gcpkms: a private or test endpoint of the key service'
    }
};
const KERNEL_RELEASE = {
    type: 'string',
    value: 'R',
    help: "the VMs' kernel release (uname -r); the module's vermagic must match it"
};
/** Where and how to reach VMs: shared by deploy, status and rollback. */
const VM_OPTIONS = {
    selector: {
        type: 'string',
        value: 'KEY=VALUE',
        help: 'a fleet by tag (aws, azure) or label (gcp), instead of VM names'
    },
    address: {
        type: 'string',
        value: 'HOST[:PORT]',
        help: "the agent's address: skip the cloud lookup (one VM)"
    },
    'address-kind': {
        type: 'string',
        value: 'public|private',
        default: 'public',
        help: "which of each VM's IPs the agent is reached at: private for a runner inside the VMs' network"
    },
    'agent-cert-sha256': {
        type: 'string',
        value: '[VM=]HEX',
        multiple: true,
        help: "the agent's TLS certificate SHA-256 pin, for every VM or one (repeatable)"
    },
    'agent-port': { type: 'string', value: 'N', default: '8000', help: "the agents' HTTPS port" },
    insecure: {
        type: 'boolean',
        help: "skip the agents' certificate check (NOT recommended)"
    },
    'token-dir': {
        type: 'string',
        value: 'DIR',
        help: "the vendor tools' <csp>_<vm>_token / _ip files (tokens also from CVM_AGENT_TOKENS)"
    },
    'ssm-token-path': {
        type: 'string',
        value: 'PATH',
        help: 'aws: SSM Parameter Store path with one SecureString token per VM (PATH/VM)'
    },
    region: { type: 'string', value: 'R', help: 'aws: region (default: the SDK chain)' },
    project: { type: 'string', value: 'P', help: 'gcp: project (default: GOOGLE_CLOUD_PROJECT)' },
    zone: { type: 'string', value: 'Z', help: 'gcp: zone of the named VMs (default: all zones)' },
    subscription: {
        type: 'string',
        value: 'S',
        help: 'azure: subscription (default: AZURE_SUBSCRIPTION_ID)'
    },
    'resource-group': { type: 'string', value: 'G', help: "azure: the VMs' resource group" },
    endpoint: { type: 'string', value: 'URL', help: "the cloud API's endpoint (private endpoints)" },
    'state-dir': {
        type: 'string',
        value: 'DIR',
        help: 'qemu: where the local VMs keep their state (default: $LIVEPATCH_QEMU_DIR or ~/.cache/livepatch-action/qemu)'
    },
    json: JSON_OPTION
};
/** What deploy and rollback add: checks before upload, the rollout and its records. */
const ROLLOUT_OPTIONS = {
    cert: {
        type: 'string',
        value: 'FILE',
        help: 'verify the signature against this certificate before upload (else only the VM judges it)'
    },
    'kernel-release': KERNEL_RELEASE,
    previous: {
        type: 'string',
        value: 'FILE',
        help: "the previous release's signed module, put back on a VM where the new one fails"
    },
    timeout: { type: 'string', value: 'S', default: '60', help: 'seconds one VM may take' },
    persist: { type: 'boolean', help: 'qemu: also install the module to load at boot' },
    canary: { type: 'string', value: 'N', default: '1', help: 'VMs that go first, alone' },
    'max-concurrency': {
        type: 'string',
        value: 'N',
        default: '4',
        help: 'VMs patched at once after the canary'
    },
    'max-errors': {
        type: 'string',
        value: 'N|N%',
        default: '0',
        help: 'failures tolerated before the rollout stops'
    },
    state: {
        type: 'string',
        value: 'FILE',
        help: 'deploy record: VMs already on this module are skipped; updated after'
    },
    measurements: {
        type: 'string',
        value: 'FILE',
        help: "write each VM's new golden measurement (JSON)"
    }
};
const VERBS = [
    {
        name: 'check',
        group: 'patches',
        synopsis: '',
        summary: 'history rules, superset verdict of the newest patch, author-guide warnings',
        options: {
            dir: { type: 'string', value: 'DIR', default: 'patches', help: 'the patches folder' },
            previous: { type: 'string', value: 'A', help: 'compare two files instead of the folder' },
            latest: { type: 'string', value: 'B', help: 'the newer of the two files' },
            'base-ref': {
                type: 'string',
                value: 'REF',
                help: 'git ref to compare with: refuses edits of released patches, checks each appended one'
            },
            'kernel-config': {
                type: 'string',
                value: 'FILE',
                help: 'preflight this kernel config too (default: kernel/config when it exists)'
            },
            'kernel-source': {
                type: 'string',
                value: 'DIR',
                help: 'pristine kernel tree (or sparse checkout of the touched files): base lines no patch shows are read from it, and each patch must apply exactly (no fuzz, no offset)'
            },
            json: JSON_OPTION
        }
    },
    {
        name: 'preflight',
        group: 'build',
        synopsis: '--config FILE',
        summary: 'what kpatch-build would refuse (options, compiler revision, kernel release), in seconds',
        options: {
            config: { type: 'string', value: 'FILE', help: "the image's kernel .config" },
            'kernel-release': KERNEL_RELEASE,
            'gcc-version-text': {
                type: 'string',
                value: 'TEXT',
                help: "the compiler to compare with CONFIG_CC_VERSION_TEXT (default: the local gcc's)"
            },
            'no-local-gcc': { type: 'boolean', help: 'do not compare with the local gcc' },
            json: JSON_OPTION
        }
    },
    {
        name: 'build',
        group: 'build',
        synopsis: '--source DIR --config FILE --vmlinux FILE --output DIR --kernel-release R PATCH',
        summary: 'kpatch-build -s -c -v -j -n -o PATCH; functions.json; the previous release kept',
        options: {
            source: { type: 'string', value: 'DIR', help: 'the built pristine kernel tree' },
            config: { type: 'string', value: 'FILE', help: "the image's kernel .config" },
            vmlinux: { type: 'string', value: 'FILE', help: 'the pristine vmlinux, outside the tree' },
            output: { type: 'string', value: 'DIR', help: 'where the module and functions.json go' },
            'kernel-release': KERNEL_RELEASE,
            jobs: { type: 'string', value: 'N', help: 'parallel make jobs (default: the CPU count)' },
            name: {
                type: 'string',
                value: 'NAME',
                help: 'module name (default: livepatch- + the patch file name)'
            },
            'previous-functions': {
                type: 'string',
                value: 'FILE',
                help: "the previous release's functions.json: each of its functions must be patched again"
            },
            'skip-compiler-check': {
                type: 'boolean',
                help: 'pass --skip-compiler-check to kpatch-build (not recommended)'
            },
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
            key: {
                type: 'string',
                value: 'FILE|URI',
                help: 'the PEM private key, or a key in a KMS or HSM: pkcs11:token=..;object=.., awskms:ARN|alias/NAME, gcpkms:projects/../cryptoKeyVersions/N, azurekv:https://VAULT.vault.azure.net/keys/NAME/VERSION'
            },
            cert: { type: 'string', value: 'FILE', help: 'its certificate (PEM or DER)' },
            hash: {
                type: 'string',
                value: 'sha256|sha384|sha512',
                default: 'sha256',
                help: 'digest (the image kernel uses sha256)'
            },
            keyid: { type: 'boolean', help: "identify the key by subject key id (sign-file's -k)" },
            output: { type: 'string', value: 'FILE', help: 'write the signed module here' },
            'kernel-release': KERNEL_RELEASE,
            'key-passphrase-env': {
                type: 'string',
                value: 'NAME',
                help: "environment variable holding the key's passphrase"
            },
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
            cert: { type: 'string', value: 'FILE', help: 'the certificate the VMs trust' },
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
                    ...(spec.default !== undefined && !spec.multiple ? { default: spec.default } : {})
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
/******/ 		792: 0
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
