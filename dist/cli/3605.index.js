export const id = 3605;
export const ids = [3605,4215,8323];
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


/***/ }),

/***/ 5435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ NO_NEWLINE),
  i: () => (/* binding */ parsePatch)
});

// EXTERNAL MODULE: ./src/patches/errors.ts
var errors = __webpack_require__(243);
;// CONCATENATED MODULE: ./src/patches/gnu-syntax.ts
// What GNU patch takes a line for while it looks for the next diff in a patch file. kpatch-build
// applies patches with GNU patch, so any text it reads as a diff is code that ships: the reader
// refuses such lines wherever it does not parse them itself. Written from GNU patch 2.7's rules
// (src/pch.c: intuit_diff_type, get_ed_command_letter), not copied from them.
//
// GNU patch looks for a diff everywhere outside the hunks it has read: before the first file,
// between files and after the last hunk. It first skips leading blanks, tabs and 'X's (indented
// and shar-quoted patches), so every shape below counts at any indentation.
/** The line as GNU patch looks at it: without its indentation of blanks, tabs and 'X's. */
function unindented(line) {
    let k = 0;
    while (k < line.length && (line[k] === ' ' || line[k] === '\t' || line[k] === 'X'))
        k++;
    return line.slice(k);
}
// `1,3c1,4`, `5a6`, `7d6`: a normal diff's command (digits and commas around one of a, c, d).
const NORMAL_COMMAND = /^\d[\d,]*[acd][\d,]*[ \t]*$/;
// `5d`, `3,7c`, `a`, `i`, `s/.//`: the ed commands `diff -e` writes (a line number is optional;
// a and i take no range).
const ED_COMMAND = /^(?:\d+(,\d+)?)?([acdi]|s\/\.\/\/)[ \t]*$/;
/** What GNU patch reads `line` as when it is looking for a diff, or null for text it skips. */
function gnuReading(line) {
    const s = unindented(line);
    if (s.startsWith('@@ -'))
        return { format: 'unified', what: 'a unified-diff hunk header' };
    if (s.startsWith('********')) {
        return { format: 'context', what: 'the hunk separator of a context diff' };
    }
    if (s.startsWith('*** ')) {
        return { format: 'context', what: 'a context-diff file header or hunk range' };
    }
    if (s.startsWith('+++ ') || /^(- )*--- /.test(s)) {
        return { format: 'header', what: 'a file header (GNU patch takes a file name from it)' };
    }
    if (s.startsWith('Index:')) {
        return {
            format: 'header',
            what: "an Index: line (GNU patch takes a file name from it; quilt writes them: 'quilt refresh --no-index')"
        };
    }
    if (s.startsWith('Prereq:')) {
        return {
            format: 'header',
            what: 'a Prereq: line (GNU patch skips the file unless it contains that word)'
        };
    }
    if (s.startsWith('diff --git '))
        return { format: 'header', what: 'a git diff header' };
    const normal = NORMAL_COMMAND.test(s);
    const ed = ED_COMMAND.exec(s);
    // A range (`3,7`) goes with c and d only; GNU patch does not take `3,7a` for an ed command.
    const edCommand = ed !== null && !(ed[1] && (ed[2] === 'a' || ed[2] === 'i'));
    // `3d` is both: GNU patch decides by what follows (`< `/`> ` lines, or a `.` line).
    if (normal && edCommand)
        return { format: 'normal or ed', what: 'a normal-diff or ed command' };
    if (normal)
        return { format: 'normal', what: 'a normal-diff command' };
    if (edCommand)
        return { format: 'ed', what: 'an ed-script command' };
    return null;
}

;// CONCATENATED MODULE: ./src/patches/unified-diff.ts
// A strict unified-diff reader for kernel livepatches. Hand-written on purpose: the `diff`
// package's parsePatch is lenient (it accepts miscounted hunks and reports no line numbers),
// while a livepatch must be refused with `file:line: what is wrong` before an hour's build.
//
// The reader must see exactly what GNU patch (so kpatch-build) applies, or the superset check
// can be walked around: GNU patch also applies context diffs, normal diffs and ed scripts found
// anywhere in the file. So free text is allowed only before the first file header (a
// `git format-patch` mail) and as the mail's closing `-- ` signature; after the first header
// every non-blank line is part of a hunk, a file header or a git extended header, or refused.


/** Marker appended to a line's text when the diff says it has no newline at end of file. */
const NO_NEWLINE = ' \\ (no newline at end of file)';
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(.*)$/;
const GIT_HEADER = /^diff --git (\S+) (\S+)$/;
/** The line GNU `diff -r` writes before each file (`diff -ruN a/x b/x`); GNU patch skips it. */
const DIFF_COMMAND = /^diff(?: -\S+)* \S+ \S+$/;
const INDEX_LINE = /^index [0-9a-f]{1,64}\.\.[0-9a-f]{1,64}(?: (\d+))?$/;
const FILE_MODE = /^(new|deleted) file mode (\d+)$/;
/** Regular files only: a symlink (120000) or submodule (160000) is not source to livepatch. */
const REGULAR_MODE = /^100(644|755)$/;
const SIGNATURE = '-- ';
/** The line `git format-patch` writes after its signature: git's version, e.g. `2.39.5`. */
const VERSION_LINE = /^\d+\.[!-~]*$/;
const BLANK = /^[ \t]*$/;
/** The `====` line jsdiff, svn and quilt write before a file's `---` header; GNU patch skips it. */
const SEPARATOR = /^=+$/;
const REGENERATE = "regenerate the patch with 'git diff' or 'diff -u'";
/** A line of the patch as quoted in a message: JSON-escaped, cut at 60 characters. */
function quoted(line) {
    return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}
/** Strip a header's timestamp (`diff -u` puts one after a tab) and the first path component. */
function headerPath(raw, file, line) {
    let path = raw.split('\t')[0];
    if (path.startsWith('"')) {
        throw new errors/* PatchParseError */.ku(file, line, `quoted path ${path} is not supported; rename the file`);
    }
    path = path.trimEnd();
    if (path === '/dev/null')
        return null;
    // GNU patch ends an unquoted name at the first blank unless a tab and a date follow, so a name
    // with spaces would be read differently by the two; kernel paths have none.
    if (!/^[!-~]+$/.test(path)) {
        throw new errors/* PatchParseError */.ku(file, line, `path ${quoted(path)} contains blanks, control or non-ASCII characters: GNU patch may read a different name; kernel paths have none`);
    }
    if (path.startsWith('/')) {
        throw new errors/* PatchParseError */.ku(file, line, `absolute path '${path}': paths must be relative to the kernel tree (a/... and b/...)`);
    }
    const slash = path.indexOf('/');
    if (slash < 0) {
        throw new errors/* PatchParseError */.ku(file, line, `path '${path}' has no leading directory to strip; expected a/<path> as 'git diff' writes (patch -p1)`);
    }
    const stripped = path.slice(slash + 1);
    // `.` too: `kernel/./foo.c` is the same file as `kernel/foo.c` to GNU patch, not to a Map.
    if (stripped === '' || stripped.split('/').some(part => ['', '.', '..'].includes(part))) {
        throw new errors/* PatchParseError */.ku(file, line, `path '${path}' leaves the kernel tree or is malformed`);
    }
    return stripped;
}
/**
 * A `---`/`+++` header: its path (null for /dev/null) and whether it says the file does not
 * exist on that side. GNU patch takes /dev/null, and also a date within a day of the epoch (what
 * `diff -N` writes for a missing file, in local time), for "no such file" (src/util.c, fetchname).
 */
function headerSide(raw, file, line) {
    const path = headerPath(raw, file, line);
    const date = /\t(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.\d+)? ([+-]\d\d)(\d\d)$/.exec(raw);
    const seconds = date ? Date.parse(`${date[1]}T${date[2]}${date[3]}:${date[4]}`) / 1000 : NaN;
    const hour = 3600;
    return { path, absent: path === null || (seconds > -25 * hour && seconds < 26 * hour) };
}
function decodeText(file, bytes) {
    if (bytes.length === 0)
        throw new errors/* PatchParseError */.ku(file, 1, 'empty file: expected a unified diff');
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        const line = bytes.subarray(0, nul).toString('latin1').split('\n').length;
        throw new errors/* PatchParseError */.ku(file, line, 'not a text file (NUL byte): expected a unified diff');
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* PatchParseError */.ku(file, 1, 'not valid UTF-8 text: expected a unified diff');
    }
}
/**
 * CRLF endings are dropped when every line has one (GNU patch strips them the same way); a CR
 * anywhere else is refused: GNU patch splits lines at LF only, so a CR-only or mixed file does
 * not read as its author sees it.
 */
function normaliseLineEndings(file, lines, terminated, notes) {
    const firstCr = lines.findIndex(l => l.includes('\r'));
    if (firstCr < 0)
        return lines;
    const fix = 'save the patch with LF line endings (dos2unix)';
    const crlf = (k) => k < terminated && lines[k].endsWith('\r');
    const inside = lines.findIndex((l, k) => (crlf(k) ? l.slice(0, -1) : l).includes('\r'));
    if (inside >= 0) {
        throw new errors/* PatchParseError */.ku(file, inside + 1, `carriage return inside a line (CR-only line endings?): GNU patch splits lines at LF only; ${fix}`);
    }
    const lf = lines.findIndex((_, k) => k < terminated && !crlf(k));
    if (lf >= 0) {
        throw new errors/* PatchParseError */.ku(file, lf + 1, `mixed line endings: this line ends in LF, line ${firstCr + 1} in CRLF; ${fix}`);
    }
    notes.push({ line: firstCr + 1, message: 'CRLF line endings normalised to LF' });
    return lines.map((l, k) => (k < terminated ? l.slice(0, -1) : l));
}
/** Why a line after the first file header that is neither hunk nor header is refused. */
function strayLineProblem(line, after) {
    if (line.startsWith('Binary files ')) {
        return 'binary patch: a livepatch can only change source text';
    }
    const reading = gnuReading(line);
    const where = `after the last hunk of '${after.path}'`;
    const formats = {
        context: 'context-format diffs',
        normal: 'normal-format diffs',
        ed: 'ed scripts',
        'normal or ed': 'normal-format diffs and ed scripts'
    };
    const applied = reading && formats[reading.format];
    if (applied) {
        return `${quoted(line)} ${where} is ${reading.what}: GNU patch (so kpatch-build) applies ${applied}, but this check reads only unified diffs; ${REGENERATE}`;
    }
    if (reading) {
        return `${quoted(line)} ${where} is ${reading.what}, but not part of a file header this check reads; ${REGENERATE}`;
    }
    return `unexpected text ${quoted(line)} ${where}: GNU patch looks for more diffs in any text after the first file header, so only hunks, file headers, blank lines and a mail's closing '-- ' signature may follow it; move commentary above the first 'diff' or '---' line`;
}
/** Refuse a line before the first file header that GNU patch would read as diff syntax. */
function checkPreambleLine(file, line, lineNo) {
    if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
        throw new errors/* PatchParseError */.ku(file, lineNo, 'binary patch: a livepatch can only change source text');
    }
    const reading = gnuReading(line);
    if (!reading)
        return;
    if (line.startsWith('@@ ')) {
        throw new errors/* PatchParseError */.ku(file, lineNo, 'hunk header without a preceding ---/+++ file header');
    }
    throw new errors/* PatchParseError */.ku(file, lineNo, `${quoted(line)} before the first file header is ${reading.what} to GNU patch (which kpatch-build runs): text above the first 'diff' or '---' line must not look like diff syntax; reword or remove it`);
}
class Reader {
    file;
    lines;
    terminated;
    i = 0;
    files = [];
    seen = new Map();
    /** `terminated`: how many lines end with a newline (all, or all but a partial last one). */
    constructor(file, lines, terminated) {
        this.file = file;
        this.lines = lines;
        this.terminated = terminated;
    }
    fail(line, detail) {
        throw new errors/* PatchParseError */.ku(this.file, line, detail);
    }
    /** Read a file entry if one starts at the current line; false if none does. */
    readEntry() {
        const line = this.lines[this.i];
        const next = this.lines[this.i + 1] ?? '';
        if (line.startsWith('diff --git ')) {
            const git = this.readGitHeader();
            this.readFilePatch(git.line, git);
            return true;
        }
        if (DIFF_COMMAND.test(line) && next.startsWith('--- ')) {
            this.i++;
            if (!(this.lines[this.i + 1] ?? '').startsWith('+++ ')) {
                this.fail(this.i + 1, `'---' header without a '+++' line after it`);
            }
            this.readFilePatch(this.i + 1, null);
            return true;
        }
        if (line.startsWith('--- ') && next.startsWith('+++ ')) {
            this.readFilePatch(this.i + 1, null);
            return true;
        }
        if (SEPARATOR.test(line) &&
            next.startsWith('--- ') &&
            (this.lines[this.i + 2] ?? '').startsWith('+++ ')) {
            this.i++;
            this.readFilePatch(this.i + 1, null);
            return true;
        }
        return false;
    }
    /** `diff --git a/P b/P` and its extended header lines, up to the `---` line. */
    readGitHeader() {
        const lineNo = this.i + 1;
        const names = GIT_HEADER.exec(this.lines[this.i]);
        if (!names) {
            this.fail(lineNo, `git header ${quoted(this.lines[this.i])} must name a/<path> b/<path> (no quotes or blanks)`);
        }
        const git = { line: lineNo, path: '', newFile: false, deletedFile: false };
        const refused = [
            [
                /^(rename|copy) (from|to) |^(dis)?similarity index /,
                'rename/copy headers are not supported: a livepatch changes files in place'
            ],
            [/^(old|new) mode /, 'file mode changes cannot be livepatched; drop the mode change'],
            [/^GIT binary patch|^Binary files /, 'binary patch: a livepatch can only change source text']
        ];
        const noContent = 'file entry without content changes (mode-only change or empty file?): a livepatch can only change source lines';
        for (this.i++;; this.i++) {
            const line = this.lines[this.i];
            if (line === undefined || line.startsWith('diff --git '))
                this.fail(lineNo, noContent);
            if (line.startsWith('--- '))
                break;
            for (const [pattern, message] of refused) {
                if (pattern.test(line))
                    this.fail(this.i + 1, message);
            }
            const index = INDEX_LINE.exec(line);
            const mode = index ? index[1] : FILE_MODE.exec(line)?.[2];
            if (mode !== undefined && !REGULAR_MODE.test(mode)) {
                this.fail(this.i + 1, `mode ${mode} is not a regular file (symlink or submodule?): a livepatch changes source files only`);
            }
            if (index)
                continue;
            const fileMode = FILE_MODE.exec(line);
            if (fileMode) {
                if (fileMode[1] === 'new')
                    git.newFile = true;
                else
                    git.deletedFile = true;
                continue;
            }
            this.fail(this.i + 1, `unexpected line ${quoted(line)} in the git header at line ${lineNo}: expected index, new/deleted file mode or the --- header`);
        }
        if (!(this.lines[this.i + 1] ?? '').startsWith('+++ ')) {
            this.fail(this.i + 1, `'---' header without a '+++' line after it`);
        }
        // Checked after the extended headers, so a rename is refused as a rename.
        const oldPath = headerPath(names[1], this.file, lineNo);
        const newPath = headerPath(names[2], this.file, lineNo);
        if (oldPath === null || newPath === null || oldPath !== newPath) {
            this.fail(lineNo, `git header names '${names[1]}' and '${names[2]}': a livepatch changes one file in place`);
        }
        git.path = newPath;
        return git;
    }
    /** The `---`/`+++` pair at the current line and the hunks after it. */
    readFilePatch(entryLine, git) {
        const lineNo = this.i + 1;
        const oldSide = headerSide(this.lines[this.i].slice(4), this.file, lineNo);
        const newSide = headerSide(this.lines[this.i + 1].slice(4), this.file, lineNo + 1);
        const oldPath = oldSide.path;
        const newPath = newSide.path;
        if (oldSide.absent && newSide.absent) {
            this.fail(lineNo, 'both sides are /dev/null (or dated at the epoch: no such file)');
        }
        if (oldPath !== null && newPath !== null && oldPath !== newPath) {
            this.fail(lineNo, `old path '${oldPath}' and new path '${newPath}' differ: renames are not supported`);
        }
        const path = (newPath ?? oldPath);
        if (git) {
            // GNU patch keeps the `diff --git` name when a header says /dev/null, so the two must agree.
            if (git.path !== path) {
                this.fail(lineNo, `'${path}' differs from '${git.path}' in the git header at line ${git.line}: GNU patch may patch either`);
            }
            if (git.newFile !== oldSide.absent || git.deletedFile !== newSide.absent) {
                this.fail(lineNo, `the git header at line ${git.line} and the ---/+++ lines disagree on whether '${path}' is created or deleted`);
            }
        }
        const first = this.seen.get(path);
        if (first !== undefined) {
            this.fail(lineNo, `'${path}' appears twice (first at line ${first}); merge its hunks into one entry`);
        }
        this.seen.set(path, lineNo);
        this.i += 2;
        const filePatch = {
            path,
            created: oldSide.absent,
            deleted: newSide.absent,
            patchLine: entryLine,
            hunks: []
        };
        this.readHunks(filePatch);
        if (filePatch.hunks.length === 0) {
            this.fail(lineNo, `no hunks for '${path}': expected a line starting with @@`);
        }
        this.files.push(filePatch);
    }
    /** Read the hunks of one file entry; stops at the first line that is not a hunk header. */
    readHunks(target) {
        const { lines } = this;
        let lastOldEnd = 0;
        // The hunk line, if any, that said "no newline at end of file": nothing can come after it.
        let fileEnd;
        while ((lines[this.i] ?? '').startsWith('@@')) {
            const headerNo = this.i + 1;
            if (fileEnd) {
                this.fail(headerNo, `hunk after the end of '${target.path}': line ${fileEnd.patchLine} has no newline at end of file, so it is the file's last line`);
            }
            const match = HUNK_HEADER.exec(lines[this.i]);
            if (!match) {
                this.fail(headerNo, `malformed hunk header ${quoted(lines[this.i])}: expected '@@ -OLD[,COUNT] +NEW[,COUNT] @@'`);
            }
            const hunk = {
                oldStart: Number(match[1]),
                oldCount: match[2] === undefined ? 1 : Number(match[2]),
                newStart: Number(match[3]),
                newCount: match[4] === undefined ? 1 : Number(match[4]),
                section: match[5].trim(),
                patchLine: headerNo,
                lines: []
            };
            const range = `-${hunk.oldStart},${hunk.oldCount} +${hunk.newStart},${hunk.newCount}`;
            if (target.created && (hunk.oldStart !== 0 || hunk.oldCount !== 0)) {
                this.fail(headerNo, `new file '${target.path}' must have hunk -0,0`);
            }
            // An empty old range names the line after which lines are inserted; otherwise its first line.
            const firstOld = hunk.oldCount === 0 ? hunk.oldStart + 1 : hunk.oldStart;
            if (firstOld <= lastOldEnd) {
                this.fail(headerNo, `hunk starts at old line ${hunk.oldStart}, overlapping or before the previous hunk (ending at ${lastOldEnd})`);
            }
            this.i++;
            let oldSeen = 0;
            let newSeen = 0;
            let marked = -1;
            while (oldSeen < hunk.oldCount || newSeen < hunk.newCount) {
                if (this.i >= lines.length) {
                    this.fail(headerNo, `truncated hunk: header says ${range} but the file ends after ${oldSeen} old and ${newSeen} new lines`);
                }
                const raw = lines[this.i];
                const marker = raw === '' ? ' ' : raw[0];
                if (marker === '\\') {
                    marked = this.markNoNewline(hunk, marked, oldSeen, newSeen);
                    this.i++;
                    continue;
                }
                if (this.i >= this.terminated) {
                    this.fail(this.i + 1, `the file ends inside this hunk line (no final newline): GNU patch ignores a partial last line, so it would not apply this one; end the file with a newline`);
                }
                let kind;
                if (marker === ' ') {
                    kind = 'context';
                    oldSeen++;
                    newSeen++;
                }
                else if (marker === '-') {
                    kind = 'removed';
                    oldSeen++;
                }
                else if (marker === '+') {
                    kind = 'added';
                    newSeen++;
                }
                else {
                    this.fail(this.i + 1, `hunk at line ${headerNo} has fewer lines than its header says (${range}: found ${oldSeen} old, ${newSeen} new)`);
                }
                if (oldSeen > hunk.oldCount || newSeen > hunk.newCount) {
                    this.fail(this.i + 1, `hunk at line ${headerNo} has more lines than its header says (${range})`);
                }
                hunk.lines.push({ kind, text: raw.slice(1), patchLine: this.i + 1 });
                this.i++;
            }
            while ((lines[this.i] ?? '').startsWith('\\')) {
                marked = this.markNoNewline(hunk, marked, oldSeen, newSeen);
                this.i++;
            }
            // A body line right after a complete hunk means the header undercounts it, unless GNU
            // patch reads it as something else (an indented header, say): then say that.
            const next = lines[this.i];
            if (next !== undefined &&
                /^[-+ ]/.test(next) &&
                next !== SIGNATURE &&
                !(next.startsWith('--- ') && (lines[this.i + 1] ?? '').startsWith('+++ '))) {
                const format = gnuReading(next)?.format;
                if (format === 'header' || format === 'context' || format === 'unified') {
                    this.fail(this.i + 1, strayLineProblem(next, target));
                }
                this.fail(this.i + 1, `hunk at line ${headerNo} has more lines than its header says (${range})`);
            }
            // GNU patch calls a hunk without a removed or added line malformed (src/pch.c, another_hunk).
            if (hunk.lines.every(l => l.kind === 'context')) {
                this.fail(headerNo, `hunk ${range} changes nothing (no - or + line): GNU patch refuses it as malformed`);
            }
            lastOldEnd = firstOld + hunk.oldCount - 1;
            fileEnd = hunk.lines.find(l => l.text.endsWith(NO_NEWLINE));
            target.hunks.push(hunk);
        }
    }
    /**
     * `\ No newline at end of file` is valid only after the last line of a side: GNU patch reads
     * it only there (src/pch.c, another_hunk). Returns the index of the line it marks.
     */
    markNoNewline(hunk, marked, oldSeen, newSeen) {
        const at = this.i + 1;
        const index = hunk.lines.length - 1;
        const previous = hunk.lines[index];
        if (!previous)
            this.fail(at, "'\\ No newline at end of file' must follow a line");
        if (marked === index)
            this.fail(at, "'\\ No newline at end of file' twice after one line");
        const lastOld = oldSeen === hunk.oldCount;
        const lastNew = newSeen === hunk.newCount;
        const last = previous.kind === 'removed'
            ? lastOld
            : previous.kind === 'added'
                ? lastNew
                : lastOld && lastNew;
        if (!last) {
            this.fail(at, `'\\ No newline at end of file' after a line that is not the last of its side of the hunk (line ${hunk.patchLine}): only a file's last line can lack a newline`);
        }
        if (previous.text === '') {
            this.fail(at, "'\\ No newline at end of file' after an empty line: a file cannot end in an empty line without a newline (GNU patch would read a different file end)");
        }
        previous.text += NO_NEWLINE;
        return index;
    }
}
/** Parse a unified diff (git or GNU `diff -u`) into per-file hunks, refusing anything a livepatch cannot be. */
function parsePatch(file, input) {
    const text = typeof input === 'string' ? input : decodeText(file, input);
    if (text.trim() === '')
        throw new errors/* PatchParseError */.ku(file, 1, 'empty file: expected a unified diff');
    const notes = [];
    let lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    const terminated = text.endsWith('\n') ? lines.length : lines.length - 1;
    lines = normaliseLineEndings(file, lines, terminated, notes);
    const reader = new Reader(file, lines, terminated);
    let signature = 0;
    let versionSeen = false;
    while (reader.i < lines.length) {
        const line = lines[reader.i];
        const lineNo = reader.i + 1;
        if (signature > 0) {
            // After `-- `: git's version line, then nothing but blank lines.
            if (!BLANK.test(line) && (versionSeen || !VERSION_LINE.test(line))) {
                reader.fail(lineNo, `text ${quoted(line)} after the mail signature ('-- ' at line ${signature}): a patch file holds one format-patch mail; only git's version line may follow the signature`);
            }
            versionSeen ||= !BLANK.test(line);
            reader.i++;
            continue;
        }
        if (reader.readEntry())
            continue;
        const last = reader.files[reader.files.length - 1];
        if (last === undefined)
            checkPreambleLine(file, line, lineNo);
        else if (line === SIGNATURE)
            signature = lineNo;
        else if (!BLANK.test(line))
            reader.fail(lineNo, strayLineProblem(line, last));
        reader.i++;
    }
    if (reader.files.length === 0) {
        throw new errors/* PatchParseError */.ku(file, 1, 'no file changes found: expected ---/+++ headers and @@ hunks');
    }
    return { file, files: reader.files, notes };
}


/***/ })

};
