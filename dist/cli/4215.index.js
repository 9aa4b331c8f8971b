export const id = 4215;
export const ids = [4215,8323];
export const modules = {

/***/ 8323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isEnabled),
/* harmony export */   parseKernelConfig: () => (/* binding */ parseKernelConfig)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Reading a kernel .config: `CONFIG_X=value` lines and `# CONFIG_X is not set`.

/** Parse a .config; values keep their quotes stripped. Throws on a file that is not one. */
function parseKernelConfig(text, source) {
    const config = new Map();
    let lineNo = 0;
    for (const raw of text.split('\n')) {
        lineNo++;
        const line = raw.trim();
        if (line === '')
            continue;
        const unset = /^# (CONFIG_\w+) is not set$/.exec(line);
        if (unset) {
            config.set(unset[1], 'n');
            continue;
        }
        if (line.startsWith('#'))
            continue;
        const set = /^(CONFIG_\w+)=(.*)$/.exec(line);
        if (!set) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`${source}:${lineNo}: not a kernel config line (expected CONFIG_NAME=value or '# CONFIG_NAME is not set')`);
        }
        config.set(set[1], set[2].startsWith('"') && set[2].endsWith('"')
            ? set[2].slice(1, -1).replace(/\\"/g, '"')
            : set[2]);
    }
    if (config.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`${source}: no CONFIG_ options found; is this a kernel .config?`);
    return config;
}
function isEnabled(config, name) {
    const value = config.get(name);
    return value === 'y' || value === 'm';
}


/***/ }),

/***/ 4215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q6: () => (/* binding */ preflightConfig),
/* harmony export */   renderPreflight: () => (/* binding */ renderPreflight)
/* harmony export */ });
/* unused harmony exports compilerIdentity, packageRevision, kernelReleaseOf, PreflightError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _kconfig_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8323);
// Config preflight: what kpatch-build would refuse after an hour's build, known in seconds.
// The refusals and their words are kpatch-build's own (kpatch-build/kpatch-build, "unsupported
// kernel option checking" and the compiler check).


const UNSUPPORTED = [
    'CONFIG_DEBUG_INFO_SPLIT',
    'CONFIG_GCC_PLUGIN_LATENT_ENTROPY',
    'CONFIG_GCC_PLUGIN_RANDSTRUCT',
    'CONFIG_X86_KERNEL_IBT'
];
/** From the first parenthesis on: `gcc-12 (Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0` → `(Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0`. */
function compilerIdentity(text) {
    const trimmed = text.trim().replace(/^GCC:\s*/, '');
    const paren = trimmed.indexOf('(');
    return paren < 0 ? trimmed : trimmed.slice(paren);
}
/** The Ubuntu/Debian package revision inside the parenthesis, e.g. 12.3.0-1ubuntu1~22.04. */
function packageRevision(text) {
    return /\((?:Ubuntu|Debian)\s+([^)\s]+)\)/.exec(text)?.[1] ?? null;
}
function kernelReleaseOf(configText) {
    return /^# Linux\/\S+ (\S+) Kernel Configuration$/m.exec(configText)?.[1] ?? null;
}
function checkConfig(config) {
    const fatal = [];
    const warnings = [];
    if (!(0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_DEBUG_INFO')) {
        fatal.push({
            option: 'CONFIG_DEBUG_INFO',
            message: "kernel doesn't have 'CONFIG_DEBUG_INFO' enabled: kpatch-build compares debug info of the original and patched objects"
        });
    }
    for (const option of UNSUPPORTED) {
        if ((0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, option))
            fatal.push({ option, message: `kernel option '${option}' not supported by kpatch-build` });
    }
    if (!(0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_LIVEPATCH')) {
        fatal.push({
            option: 'CONFIG_LIVEPATCH',
            message: 'CONFIG_LIVEPATCH is not enabled: kpatch-build would fall back to the deprecated kpatch core module (kpatch.ko), which the image does not load'
        });
    }
    if (!(0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_MODULES'))
        fatal.push({
            option: 'CONFIG_MODULES',
            message: 'CONFIG_MODULES is not enabled: a livepatch is a kernel module'
        });
    if ((0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_CC_IS_CLANG'))
        fatal.push({
            option: 'CONFIG_CC_IS_CLANG',
            message: 'the kernel was built with clang; this pipeline builds with gcc-12 as the image vendor does'
        });
    if ((0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_DEBUG_INFO_BTF')) {
        warnings.push({
            option: 'CONFIG_DEBUG_INFO_BTF',
            message: 'kpatch-build disables BTF generation while building (it edits scripts/link-vmlinux.sh): the livepatch module carries no BTF'
        });
    }
    if (config.get('CONFIG_LD_ORPHAN_WARN_LEVEL') === 'error') {
        warnings.push({
            option: 'CONFIG_LD_ORPHAN_WARN_LEVEL',
            message: 'kpatch-build lowers CONFIG_LD_ORPHAN_WARN_LEVEL from "error" to "warn" for its build'
        });
    }
    if ((0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnabled */ .O)(config, 'CONFIG_MODULE_SIG_FORCE')) {
        warnings.push({
            option: 'CONFIG_MODULE_SIG_FORCE',
            message: 'the kernel loads only signed modules: the module must be signed with a key it trusts (livepatch sign)'
        });
    }
    return { fatal, warnings };
}
function preflightConfig(configText, source, options = {}) {
    const config = (0,_kconfig_js__WEBPACK_IMPORTED_MODULE_1__.parseKernelConfig)(configText, source);
    const { fatal, warnings } = checkConfig(config);
    const compiler = config.get('CONFIG_CC_VERSION_TEXT') ?? null;
    if (compiler === null) {
        fatal.push({
            option: 'CONFIG_CC_VERSION_TEXT',
            message: 'the config does not say which compiler built the kernel (no CONFIG_CC_VERSION_TEXT)'
        });
    }
    else if (!/^gcc(-12)? .*\) 12\.\d+\.\d+/.test(compiler) && !/\b12\.\d+\.\d+$/.test(compiler)) {
        fatal.push({
            option: 'CONFIG_CC_VERSION_TEXT',
            message: `the kernel was built with "${compiler}", not gcc 12 as the guide requires`
        });
    }
    const localCompiler = options.gccVersionText?.trim() || null;
    if (compiler !== null &&
        localCompiler !== null &&
        compilerIdentity(compiler) !== compilerIdentity(localCompiler)) {
        const revision = packageRevision(compiler);
        const install = revision
            ? ` Install gcc-12 at the kernel's exact revision: apt-get install gcc-12=${revision} cpp-12=${revision} gcc-12-base=${revision} libgcc-12-dev=${revision}`
            : '';
        fatal.push({
            option: 'CONFIG_CC_VERSION_TEXT',
            message: `compiler mismatch: the kernel was built with "${compilerIdentity(compiler)}" but the compiler here is "${compilerIdentity(localCompiler)}"; kpatch-build refuses this (gcc/kernel version mismatch).${install}`
        });
    }
    const kernelRelease = kernelReleaseOf(configText);
    if (options.kernelRelease !== undefined &&
        kernelRelease !== null &&
        options.kernelRelease !== kernelRelease) {
        fatal.push({
            option: 'kernel release',
            message: `the config describes kernel ${kernelRelease} but the VMs run ${options.kernelRelease}: a module built from it would have vermagic ${kernelRelease} and be refused`
        });
    }
    return {
        source,
        ok: fatal.length === 0,
        kernelRelease,
        compiler,
        localCompiler,
        fatal,
        warnings,
        moduleSigHash: config.get('CONFIG_MODULE_SIG_HASH') ?? null
    };
}
function renderPreflight(report) {
    const lines = [
        `${report.source}: kernel ${report.kernelRelease ?? '(unknown release)'}, built with ${report.compiler ?? '(unknown compiler)'}`
    ];
    for (const problem of report.fatal)
        lines.push(`  error: ${problem.option}: ${problem.message}`);
    for (const problem of report.warnings)
        lines.push(`  warning: ${problem.option}: ${problem.message}`);
    lines.push(report.ok
        ? 'preflight: pass'
        : `preflight: fail (${report.fatal.length} problem${report.fatal.length === 1 ? '' : 's'})`);
    return lines.join('\n') + '\n';
}
class PreflightError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
    report;
    constructor(report) {
        super(`kernel config preflight failed: ${report.fatal.map(p => p.option).join(', ')}`, 'fail');
        this.report = report;
    }
}


/***/ })

};
