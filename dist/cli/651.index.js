export const id = 651;
export const ids = [651,458];
export const modules = {

/***/ 7458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preflightConfig: () => (/* binding */ preflightConfig),
  renderPreflight: () => (/* binding */ renderPreflight)
});

// UNUSED EXPORTS: PreflightError, compilerIdentity, kernelReleaseOf, packageRevision

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/build/kconfig.ts
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
            throw new errors/* LivepatchError */.b(`${source}:${lineNo}: not a kernel config line (expected CONFIG_NAME=value or '# CONFIG_NAME is not set')`);
        }
        config.set(set[1], set[2].startsWith('"') && set[2].endsWith('"')
            ? set[2].slice(1, -1).replace(/\\"/g, '"')
            : set[2]);
    }
    if (config.size === 0)
        throw new errors/* LivepatchError */.b(`${source}: no CONFIG_ options found; is this a kernel .config?`);
    return config;
}
function isEnabled(config, name) {
    const value = config.get(name);
    return value === 'y' || value === 'm';
}

;// CONCATENATED MODULE: ./src/build/preflight.ts
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
    if (!isEnabled(config, 'CONFIG_DEBUG_INFO')) {
        fatal.push({
            option: 'CONFIG_DEBUG_INFO',
            message: "kernel doesn't have 'CONFIG_DEBUG_INFO' enabled: kpatch-build compares debug info of the original and patched objects"
        });
    }
    for (const option of UNSUPPORTED) {
        if (isEnabled(config, option))
            fatal.push({ option, message: `kernel option '${option}' not supported by kpatch-build` });
    }
    if (!isEnabled(config, 'CONFIG_LIVEPATCH')) {
        fatal.push({
            option: 'CONFIG_LIVEPATCH',
            message: 'CONFIG_LIVEPATCH is not enabled: kpatch-build would fall back to the deprecated kpatch core module (kpatch.ko), which the image does not load'
        });
    }
    if (!isEnabled(config, 'CONFIG_MODULES'))
        fatal.push({
            option: 'CONFIG_MODULES',
            message: 'CONFIG_MODULES is not enabled: a livepatch is a kernel module'
        });
    if (isEnabled(config, 'CONFIG_CC_IS_CLANG'))
        fatal.push({
            option: 'CONFIG_CC_IS_CLANG',
            message: 'the kernel was built with clang; this pipeline builds with gcc-12 as the image vendor does'
        });
    if (isEnabled(config, 'CONFIG_DEBUG_INFO_BTF')) {
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
    if (isEnabled(config, 'CONFIG_MODULE_SIG_FORCE')) {
        warnings.push({
            option: 'CONFIG_MODULE_SIG_FORCE',
            message: 'the kernel loads only signed modules: the module must be signed with a key it trusts (livepatch sign)'
        });
    }
    return { fatal, warnings };
}
function preflightConfig(configText, source, options = {}) {
    const config = parseKernelConfig(configText, source);
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
class PreflightError extends errors/* LivepatchError */.b {
    report;
    constructor(report) {
        super(`kernel config preflight failed: ${report.fatal.map(p => p.option).join(', ')}`, 'fail');
        this.report = report;
    }
}


/***/ }),

/***/ 2651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkPatches: () => (/* binding */ checkPatches)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/patches/history.ts
var patches_history = __webpack_require__(2530);
;// CONCATENATED MODULE: ./src/patches/lint.ts
const GUIDE = 'kpatch patch-author guide';
const MESSAGES = {
    'data-structure': `change inside a struct/union/enum definition: kpatch cannot change the layout of data the running kernel already uses (${GUIDE}: "Data structure changes"; consider shadow variables)`,
    'init-code': `change to __init/__exit code: init code has already run and been freed, so the patch has no effect (${GUIDE}: "Init code changes")`,
    'static-local': `new or changed static local variable: kpatch correlates static locals by name and the value does not carry over (${GUIDE}: "Data semantic changes")`,
    'global-data': `new or changed global data or initializer: existing data is not re-initialised when the patch loads (${GUIDE}: "Data semantic changes")`,
    'header-inline': `change to an inline function in a header: it is inlined into every caller, so many functions change (${GUIDE}: "Header file changes")`,
    header: `header change: every object that includes it is rebuilt and compared; expect many changed functions (${GUIDE}: "Header file changes")`,
    assembly: `assembly (.S) change: kpatch-build cannot patch assembly code (${GUIDE}: "Unsupported")`,
    'not-source': `not a .c or .h file: kpatch-build only turns C source changes into a livepatch`,
    'line-endings': 'CRLF line endings were normalised to LF; save the patch with LF endings'
};
const STRUCTISH = /^\s*(typedef\s+)?(struct|union|enum)\b[^()]*$/;
const INITIALIZER = /=\s*\{?\s*$/;
const STATIC_LOCAL = /^\s+static\s+[^()]*(=|;)/;
const GLOBAL_DATA = /^(static\s+)?((const|volatile|unsigned|signed|struct|union|enum)\s+)*[A-Za-z_]\w*[\s*]+[A-Za-z_]\w*(\s*\[[^\]]*\])*\s*(=.*|;)\s*$/;
/** The outermost enclosing construct of a changed line within its hunk, else git's section text. */
function enclosing(hunk, index) {
    const side = hunk.lines[index].kind === 'removed' ? 'added' : 'removed';
    let depth = 0;
    let outermost = null;
    for (let k = index - 1; k >= 0; k--) {
        const line = hunk.lines[k];
        if (line.kind === side)
            continue;
        const text = line.text;
        for (let c = text.length - 1; c >= 0; c--) {
            if (text[c] === '}')
                depth++;
            else if (text[c] === '{') {
                depth--;
                if (depth < 0) {
                    // The opener is this line, or the line before when the brace stands alone.
                    const own = text.slice(0, c).trim();
                    outermost = own !== '' ? text : (previousText(hunk, k, side) ?? hunk.section);
                    depth = 0;
                }
            }
        }
    }
    if (outermost !== null && !/^\s/.test(outermost))
        return outermost;
    return hunk.section || outermost || '';
}
function previousText(hunk, index, skip) {
    for (let k = index - 1; k >= 0; k--)
        if (hunk.lines[k].kind !== skip)
            return hunk.lines[k].text;
    return undefined;
}
function rulesFor(file, hunk, index) {
    const line = hunk.lines[index];
    const text = line.text;
    const opener = enclosing(hunk, index);
    const rules = [];
    const insideFunction = opener.includes('(') && !INITIALIZER.test(opener);
    if ((!insideFunction && STRUCTISH.test(opener)) || /^(typedef\s+)?(struct|union|enum)\b[^()=;]*\{/.test(text)) {
        rules.push('data-structure');
    }
    if (/\b__(init|exit)(data|const)?\b/.test(opener) || /\b__(init|exit)(data|const)?\b/.test(text)) {
        rules.push('init-code');
    }
    if (STATIC_LOCAL.test(text) && insideFunction)
        rules.push('static-local');
    const topLevel = !/^\s/.test(text) && !text.startsWith('#');
    if ((topLevel && !text.startsWith('extern') && GLOBAL_DATA.test(text) && !/\breturn\b/.test(text)) ||
        (!insideFunction && INITIALIZER.test(opener) && opener !== '')) {
        rules.push('global-data');
    }
    if (file.path.endsWith('.h')) {
        rules.push(/\binline\b/.test(opener) || /\binline\b/.test(text) ? 'header-inline' : 'header');
    }
    return rules;
}
/** Author-guide warnings for every change of a patch, at most one per rule and hunk. */
function lintPatch(patch) {
    const warnings = [];
    const push = (rule, line, path) => {
        warnings.push({ file: patch.file, line, path, rule, message: `${path}: ${MESSAGES[rule]}` });
    };
    for (const file of patch.files) {
        if (file.path.endsWith('.S')) {
            push('assembly', file.patchLine, file.path);
            continue;
        }
        if (!/\.[ch]$/.test(file.path)) {
            push('not-source', file.patchLine, file.path);
            continue;
        }
        let headerWarned = false;
        for (const hunk of file.hunks) {
            const seen = new Set();
            hunk.lines.forEach((line, index) => {
                if (line.kind === 'context')
                    return;
                for (const rule of rulesFor(file, hunk, index)) {
                    if (seen.has(rule) || (rule === 'header' && headerWarned))
                        continue;
                    seen.add(rule);
                    if (rule === 'header')
                        headerWarned = true;
                    push(rule, line.patchLine, file.path);
                }
            });
        }
    }
    return warnings;
}

// EXTERNAL MODULE: ./src/patches/errors.ts
var patches_errors = __webpack_require__(243);
;// CONCATENATED MODULE: ./src/patches/unified-diff.ts
// A strict unified-diff reader for kernel livepatches. Hand-written on purpose: the `diff`
// package's parsePatch is lenient (it accepts miscounted hunks and reports no line numbers),
// while a livepatch must be refused with `file:line: what is wrong` before an hour's build.

/** Marker appended to a line's text when the diff says it has no newline at end of file. */
const NO_NEWLINE = ' \\ (no newline at end of file)';
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(.*)$/;
/** Strip a header's timestamp (`diff -u` puts one after a tab) and the first path component. */
function headerPath(raw, file, line) {
    let path = raw.split('\t')[0];
    if (path.startsWith('"')) {
        throw new patches_errors/* PatchParseError */.k(file, line, `quoted path ${path} is not supported; rename the file`);
    }
    path = path.trimEnd();
    if (path === '/dev/null')
        return null;
    if (path.startsWith('/')) {
        throw new patches_errors/* PatchParseError */.k(file, line, `absolute path '${path}': paths must be relative to the kernel tree (a/... and b/...)`);
    }
    const slash = path.indexOf('/');
    if (slash < 0) {
        throw new patches_errors/* PatchParseError */.k(file, line, `path '${path}' has no leading directory to strip; expected a/<path> as 'git diff' writes (patch -p1)`);
    }
    const stripped = path.slice(slash + 1);
    if (stripped === '' || stripped.split('/').some(part => part === '..' || part === '')) {
        throw new patches_errors/* PatchParseError */.k(file, line, `path '${path}' leaves the kernel tree or is malformed`);
    }
    return stripped;
}
function decodeText(file, bytes) {
    if (bytes.length === 0)
        throw new patches_errors/* PatchParseError */.k(file, 1, 'empty file: expected a unified diff');
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        const line = bytes.subarray(0, nul).toString('latin1').split('\n').length;
        throw new patches_errors/* PatchParseError */.k(file, line, 'not a text file (NUL byte): expected a unified diff');
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new patches_errors/* PatchParseError */.k(file, 1, 'not valid UTF-8 text: expected a unified diff');
    }
}
/** Parse a unified diff (git or GNU `diff -u`) into per-file hunks, refusing anything a livepatch cannot be. */
function parsePatch(file, input) {
    const text = typeof input === 'string' ? input : decodeText(file, input);
    if (text.trim() === '')
        throw new patches_errors/* PatchParseError */.k(file, 1, 'empty file: expected a unified diff');
    const notes = [];
    let lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    const crlf = lines.findIndex(l => l.endsWith('\r'));
    if (crlf >= 0) {
        notes.push({ line: crlf + 1, message: 'CRLF line endings normalised to LF' });
        lines = lines.map(l => (l.endsWith('\r') ? l.slice(0, -1) : l));
    }
    const files = [];
    const seen = new Map();
    let i = 0;
    // State of the current `diff --git` block, to refuse renames, copies, mode and binary changes.
    let gitHeader = null;
    const closeGitHeader = () => {
        if (gitHeader && !gitHeader.hasContent) {
            throw new patches_errors/* PatchParseError */.k(file, gitHeader.line, 'file entry without content changes (mode-only change or empty file?): a livepatch can only change source lines');
        }
        gitHeader = null;
    };
    while (i < lines.length) {
        const line = lines[i];
        const lineNo = i + 1;
        if (line.startsWith('diff --git ')) {
            closeGitHeader();
            gitHeader = { line: lineNo, hasContent: false };
            i++;
            continue;
        }
        if (gitHeader) {
            const refused = [
                [/^(rename|copy) (from|to) /, 'rename/copy headers are not supported: a livepatch changes files in place'],
                [/^similarity index /, 'rename/copy headers are not supported: a livepatch changes files in place'],
                [/^(old|new) mode /, 'file mode changes cannot be livepatched; drop the mode change'],
                [/^GIT binary patch/, 'binary patch: a livepatch can only change source text'],
                [/^Binary files /, 'binary patch: a livepatch can only change source text']
            ];
            for (const [pattern, message] of refused) {
                if (pattern.test(line))
                    throw new patches_errors/* PatchParseError */.k(file, lineNo, message);
            }
        }
        else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
            throw new patches_errors/* PatchParseError */.k(file, lineNo, 'binary patch: a livepatch can only change source text');
        }
        if (line.startsWith('--- ') && i + 1 < lines.length && lines[i + 1].startsWith('+++ ')) {
            const headerLine = gitHeader ? gitHeader.line : lineNo;
            if (gitHeader)
                gitHeader.hasContent = true;
            const oldPath = headerPath(line.slice(4), file, lineNo);
            const newPath = headerPath(lines[i + 1].slice(4), file, lineNo + 1);
            if (oldPath === null && newPath === null) {
                throw new patches_errors/* PatchParseError */.k(file, lineNo, 'both sides are /dev/null');
            }
            if (oldPath !== null && newPath !== null && oldPath !== newPath) {
                throw new patches_errors/* PatchParseError */.k(file, lineNo, `old path '${oldPath}' and new path '${newPath}' differ: renames are not supported`);
            }
            const path = (newPath ?? oldPath);
            if (seen.has(path)) {
                throw new patches_errors/* PatchParseError */.k(file, lineNo, `'${path}' appears twice (first at line ${seen.get(path)}); merge its hunks into one entry`);
            }
            seen.set(path, lineNo);
            i += 2;
            const filePatch = {
                path,
                created: oldPath === null,
                deleted: newPath === null,
                patchLine: headerLine,
                hunks: []
            };
            i = readHunks(file, lines, i, filePatch);
            if (filePatch.hunks.length === 0) {
                throw new patches_errors/* PatchParseError */.k(file, lineNo, `no hunks for '${path}': expected a line starting with @@`);
            }
            files.push(filePatch);
            gitHeader = null;
            continue;
        }
        if (HUNK_HEADER.test(line)) {
            throw new patches_errors/* PatchParseError */.k(file, lineNo, 'hunk header without a preceding ---/+++ file header');
        }
        i++;
    }
    closeGitHeader();
    if (files.length === 0) {
        throw new patches_errors/* PatchParseError */.k(file, 1, 'no file changes found: expected ---/+++ headers and @@ hunks');
    }
    return { file, files, notes };
}
/** Read the hunks of one file entry starting at index `start`; returns the index after them. */
function readHunks(file, lines, start, target) {
    let i = start;
    let lastOldEnd = 0;
    while (i < lines.length) {
        const match = HUNK_HEADER.exec(lines[i]);
        if (!match)
            break;
        const headerNo = i + 1;
        const hunk = {
            oldStart: Number(match[1]),
            oldCount: match[2] === undefined ? 1 : Number(match[2]),
            newStart: Number(match[3]),
            newCount: match[4] === undefined ? 1 : Number(match[4]),
            section: match[5].trim(),
            patchLine: headerNo,
            lines: []
        };
        if (target.created && (hunk.oldStart !== 0 || hunk.oldCount !== 0)) {
            throw new patches_errors/* PatchParseError */.k(file, headerNo, `new file '${target.path}' must have hunk -0,0`);
        }
        // An empty old range names the line after which lines are inserted; otherwise its first line.
        const firstOld = hunk.oldCount === 0 ? hunk.oldStart + 1 : hunk.oldStart;
        if (firstOld <= lastOldEnd) {
            throw new patches_errors/* PatchParseError */.k(file, headerNo, `hunk starts at old line ${hunk.oldStart}, overlapping or before the previous hunk (ending at ${lastOldEnd})`);
        }
        i++;
        let oldSeen = 0;
        let newSeen = 0;
        while (oldSeen < hunk.oldCount || newSeen < hunk.newCount) {
            if (i >= lines.length) {
                throw new patches_errors/* PatchParseError */.k(file, headerNo, `truncated hunk: header says -${hunk.oldStart},${hunk.oldCount} +${hunk.newStart},${hunk.newCount} but the file ends after ${oldSeen} old and ${newSeen} new lines`);
            }
            const raw = lines[i];
            const marker = raw === '' ? ' ' : raw[0];
            const body = raw.slice(1);
            if (marker === '\\') {
                markNoNewline(file, hunk, i + 1);
                i++;
                continue;
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
                throw new patches_errors/* PatchParseError */.k(file, i + 1, `hunk at line ${headerNo} has fewer lines than its header says (-${hunk.oldStart},${hunk.oldCount} +${hunk.newStart},${hunk.newCount}: found ${oldSeen} old, ${newSeen} new)`);
            }
            if (oldSeen > hunk.oldCount || newSeen > hunk.newCount) {
                throw new patches_errors/* PatchParseError */.k(file, i + 1, `hunk at line ${headerNo} has more lines than its header says (-${hunk.oldStart},${hunk.oldCount} +${hunk.newStart},${hunk.newCount})`);
            }
            hunk.lines.push({ kind, text: body, patchLine: i + 1 });
            i++;
        }
        if (i < lines.length && lines[i].startsWith('\\')) {
            markNoNewline(file, hunk, i + 1);
            i++;
        }
        // A body line right after a complete hunk means the header undercounts it.
        const next = lines[i];
        if (next !== undefined &&
            /^[-+ ]/.test(next) &&
            next !== '-- ' &&
            !(next.startsWith('--- ') && (lines[i + 1] ?? '').startsWith('+++ '))) {
            throw new patches_errors/* PatchParseError */.k(file, i + 1, `hunk at line ${headerNo} has more lines than its header says (-${hunk.oldStart},${hunk.oldCount} +${hunk.newStart},${hunk.newCount})`);
        }
        lastOldEnd = firstOld + hunk.oldCount - 1;
        target.hunks.push(hunk);
    }
    return i;
}
function markNoNewline(file, hunk, patchLine) {
    const previous = hunk.lines[hunk.lines.length - 1];
    if (!previous) {
        throw new patches_errors/* PatchParseError */.k(file, patchLine, "'\\ No newline at end of file' must follow a line");
    }
    previous.text += NO_NEWLINE;
}

;// CONCATENATED MODULE: ./src/patches/superset.ts
// The superset verdict: does the newest cumulative patch still make every change of the one
// before it? Both patches are read in base-tree coordinates (line numbers of the pristine tree),
// so hunk offsets, context width, hunk splits and file order do not matter.
//
// Definition: with R(P) the result of applying P to the base, the latest patch N contains P when
// every base line P removes is removed by N, and R(P) minus the base lines N removes in addition
// is a subsequence of R(N) — i.e. N is P plus more removals and more insertions, nothing else.
// Between two base lines that N keeps, P's inserted lines must appear in N's, in the same order.

function fileEdits(patch) {
    const removed = new Map();
    const added = [];
    const base = new Map();
    for (const hunk of patch.hunks) {
        let oldLine = hunk.oldCount === 0 ? hunk.oldStart + 1 : hunk.oldStart;
        let k = 0;
        while (k < hunk.lines.length) {
            const line = hunk.lines[k];
            if (line.kind === 'context') {
                const marked = line.text.endsWith(NO_NEWLINE);
                base.set(oldLine++, marked ? { text: stripMarker(line.text), patchLine: line.patchLine } : line);
                k++;
                continue;
            }
            // A block of removed/added lines between context lines.
            const olds = [];
            const news = [];
            let marker = false;
            while (k < hunk.lines.length && hunk.lines[k].kind !== 'context') {
                const { kind, text, patchLine } = hunk.lines[k++];
                marker ||= text.endsWith(NO_NEWLINE);
                if (kind === 'removed')
                    olds.push({ text: stripMarker(text), patchLine, oldLine: oldLine++ });
                else
                    news.push({ text: stripMarker(text), patchLine });
            }
            // Only the newline at end of file changed for a line that appears on both sides (diff
            // shows it as removed and re-added): that is no change to compiled code, so realign the
            // block and keep such lines as unchanged base lines.
            const kept = marker ? alignByText(olds, news).pairs : [];
            let o = 0;
            let n = 0;
            for (const [ko, kn] of [...kept, [olds.length, news.length]]) {
                const gap = ko < olds.length ? olds[ko].oldLine - 1 : oldLine - 1;
                for (; o < ko; o++) {
                    removed.set(olds[o].oldLine, olds[o]);
                    base.set(olds[o].oldLine, olds[o]);
                }
                for (; n < kn; n++)
                    added.push({ gap, text: news[n].text, patchLine: news[n].patchLine });
                if (ko < olds.length)
                    base.set(olds[ko].oldLine, olds[ko]);
                o = ko + 1;
                n = kn + 1;
            }
        }
    }
    return { patch, removed, added, base };
}
function stripMarker(text) {
    return text.endsWith(NO_NEWLINE) ? text.slice(0, -NO_NEWLINE.length) : text;
}
/** Compare the latest patch with the previous one. Pure: no file system, no kernel tree. */
function compareSuperset(previous, latest) {
    const latestByPath = new Map(latest.files.map(f => [f.path, f]));
    const previousPaths = new Set(previous.files.map(f => f.path));
    const files = [];
    const missing = [];
    for (const prevFile of previous.files) {
        const prev = fileEdits(prevFile);
        const changeCount = prev.removed.size + prev.added.length;
        const latestFile = latestByPath.get(prevFile.path);
        if (!latestFile) {
            const dropped = everyChange(prev, 'dropped', latest.files[0]?.patchLine ?? 1);
            missing.push(...dropped);
            files.push({
                file: prevFile.path,
                status: 'dropped',
                previousChanges: changeCount,
                latestChanges: 0,
                missing: dropped.length
            });
            continue;
        }
        const next = fileEdits(latestFile);
        const found = compareFile(prev, next);
        missing.push(...found);
        files.push({
            file: prevFile.path,
            status: found.length === 0 ? 'kept' : 'incomplete',
            previousChanges: changeCount,
            latestChanges: next.removed.size + next.added.length,
            missing: found.length
        });
    }
    for (const latestFile of latest.files) {
        if (previousPaths.has(latestFile.path))
            continue;
        const next = fileEdits(latestFile);
        files.push({
            file: latestFile.path,
            status: 'new',
            previousChanges: 0,
            latestChanges: next.removed.size + next.added.length,
            missing: 0
        });
    }
    return {
        previous: previous.file,
        latest: latest.file,
        verdict: missing.length === 0 ? 'pass' : 'fail',
        files,
        missing
    };
}
function everyChange(prev, how, latestPatchLine) {
    const out = [];
    for (const [oldLine, line] of prev.removed) {
        out.push({
            file: prev.patch.path,
            kind: 'removal',
            how,
            oldLine,
            text: line.text,
            previousPatchLine: line.patchLine,
            latestPatchLine
        });
    }
    for (const add of prev.added) {
        out.push({
            file: prev.patch.path,
            kind: 'addition',
            how,
            oldLine: add.gap,
            text: add.text,
            previousPatchLine: add.patchLine,
            latestPatchLine
        });
    }
    return out.sort((a, b) => a.previousPatchLine - b.previousPatchLine);
}
/** The latest patch's line to annotate for a base line: the hunk that covers it, else the nearest before. */
function annotationLine(next, oldLine) {
    let best = next.patch.patchLine;
    for (const hunk of next.patch.hunks) {
        if (hunk.oldStart > oldLine + 1)
            break;
        best = hunk.patchLine;
    }
    return best;
}
function compareFile(prev, next) {
    const path = prev.patch.path;
    const out = [];
    const at = (oldLine) => annotationLine(next, oldLine);
    if (prev.patch.created && !next.patch.created) {
        out.push({
            file: path,
            kind: 'file',
            how: 'dropped',
            oldLine: 0,
            text: `creates ${path}`,
            found: 'modifies it as an existing file',
            previousPatchLine: prev.patch.patchLine,
            latestPatchLine: next.patch.patchLine
        });
        return out;
    }
    if (prev.patch.deleted && !next.patch.deleted) {
        out.push({
            file: path,
            kind: 'file',
            how: 'dropped',
            oldLine: 0,
            text: `deletes ${path}`,
            found: 'keeps the file',
            previousPatchLine: prev.patch.patchLine,
            latestPatchLine: next.patch.patchLine
        });
    }
    // Both patches describe one base: what either shows of it lets both move their edits to one
    // canonical place (diff tools put a line that equals its neighbour on either side of it).
    const baseText = (line) => prev.base.get(line)?.text ?? next.base.get(line)?.text;
    const prevCanon = slideDeletions(prev, baseText);
    const nextCanon = slideDeletions(next, baseText);
    // Both patches must describe the same base tree; a mismatch usually means the latest patch was
    // made on top of the previous one (incremental) instead of against the pristine tree.
    for (const [oldLine, line] of prev.base) {
        const other = next.base.get(oldLine);
        if (other && other.text !== line.text) {
            out.push({
                file: path,
                kind: 'base',
                how: 'disagrees',
                oldLine,
                text: line.text,
                found: other.text,
                previousPatchLine: line.patchLine,
                latestPatchLine: other.patchLine
            });
        }
    }
    for (const [oldLine, line] of prevCanon.removed) {
        if (nextCanon.removed.has(oldLine))
            continue;
        out.push({
            file: path,
            kind: 'removal',
            how: 'dropped',
            oldLine,
            text: line.text,
            previousPatchLine: line.patchLine,
            latestPatchLine: next.base.get(oldLine)?.patchLine ?? at(oldLine)
        });
    }
    // Segment of a gap: the nearest base line at or above it that the latest patch keeps.
    const segmentCache = new Map();
    const segment = (gap) => {
        const cached = segmentCache.get(gap);
        if (cached !== undefined)
            return cached;
        let s = gap;
        while (s > 0 && nextCanon.removed.has(s))
            s--;
        segmentCache.set(gap, s);
        return s;
    };
    const group = (adds) => {
        const groups = new Map();
        for (const add of adds) {
            const key = segment(add.gap);
            const list = groups.get(key);
            if (list)
                list.push(add);
            else
                groups.set(key, [add]);
        }
        return groups;
    };
    const prevGroups = group(slideDown(prevCanon, baseText));
    const nextGroups = group(slideDown(nextCanon, baseText));
    // The common case: every segment's previous additions are a subsequence of the latest's.
    const allKept = [...prevGroups].every(([key, adds]) => isSubsequence(adds, nextGroups.get(key) ?? []));
    if (allKept)
        return out.sort((a, b) => a.previousPatchLine - b.previousPatchLine);
    const unmatchedNext = [];
    const pending = [];
    for (const [key, prevAdds] of prevGroups) {
        const nextAdds = nextGroups.get(key) ?? [];
        const { unmatchedA, unmatchedB, pairs } = alignByText(prevAdds, nextAdds);
        // An unmatched previous line with an unmatched latest line between the same matched
        // neighbours was altered; the rest were dropped (or moved, decided below).
        const alteredWith = pairUnmatched(unmatchedA, unmatchedB, pairs);
        for (const index of unmatchedA) {
            const add = prevAdds[index];
            const other = alteredWith.get(index);
            if (other !== undefined) {
                out.push({
                    file: path,
                    kind: 'addition',
                    how: 'altered',
                    oldLine: add.gap,
                    text: add.text,
                    found: nextAdds[other].text,
                    previousPatchLine: add.patchLine,
                    latestPatchLine: nextAdds[other].patchLine
                });
            }
            else {
                pending.push({ add, segment: key });
            }
        }
        const used = new Set(alteredWith.values());
        for (const index of unmatchedB)
            if (!used.has(index))
                unmatchedNext.push(nextAdds[index]);
    }
    for (const [key, nextAdds] of nextGroups)
        if (!prevGroups.has(key))
            unmatchedNext.push(...nextAdds);
    const movedTo = new Map();
    for (const add of unmatchedNext) {
        const list = movedTo.get(add.text);
        if (list)
            list.push(add);
        else
            movedTo.set(add.text, [add]);
    }
    for (const { add } of pending) {
        const elsewhere = movedTo.get(add.text)?.shift();
        out.push({
            file: path,
            kind: 'addition',
            how: elsewhere ? 'moved' : 'dropped',
            oldLine: add.gap,
            text: add.text,
            found: elsewhere ? `added after old line ${elsewhere.gap} instead` : undefined,
            previousPatchLine: add.patchLine,
            latestPatchLine: elsewhere ? elsewhere.patchLine : at(add.gap)
        });
    }
    return out.sort((a, b) => a.previousPatchLine - b.previousPatchLine);
}
function isSubsequence(a, b) {
    let k = 0;
    for (let y = 0; y < b.length && k < a.length; y++)
        if (a[k].text === b[y].text)
            k++;
    return k === a.length;
}
/**
 * Deletions moved down as far as the result allows: deleting lines s..e, when line e+1 is kept,
 * reads as line s does and nothing is inserted within s..e, gives the same file as deleting
 * s+1..e+1. (Insertions are slid afterwards, by slideDown.)
 */
function slideDeletions(edits, baseText) {
    const removed = new Map(edits.removed);
    const insertedAt = new Set(edits.added.map(a => a.gap));
    const starts = [...removed.keys()].filter(line => !removed.has(line - 1)).sort((a, b) => a - b);
    for (let start of starts) {
        if (!removed.has(start))
            continue; // merged into a block above
        let end = start;
        while (removed.has(end + 1))
            end++;
        for (;;) {
            const below = end + 1;
            const text = baseText(below);
            if (text === undefined || removed.has(below) || text !== baseText(start))
                break;
            let blocked = false;
            for (let gap = start; gap <= end && !blocked; gap++)
                blocked = insertedAt.has(gap);
            if (blocked)
                break;
            const first = removed.get(start);
            removed.delete(start);
            removed.set(below, { text, patchLine: first.patchLine });
            start++;
            end = below;
            while (removed.has(end + 1))
                end++;
        }
    }
    return { ...edits, removed };
}
/**
 * Insertions moved down as far as the result allows: inserting [a1..ak] after base line g, when
 * line g+1 is kept and reads a1, gives the same file as inserting [a2..ak, a1] after g+1. Two
 * patches that make the same change then agree on where, whichever way their diffs aligned it.
 */
function slideDown(edits, baseText) {
    const byGap = new Map();
    for (const add of edits.added) {
        const list = byGap.get(add.gap);
        if (list)
            list.push(add);
        else
            byGap.set(add.gap, [add]);
    }
    const gaps = [...byGap.keys()].sort((a, b) => a - b);
    const out = [];
    for (let k = 0; k < gaps.length; k++) {
        let gap = gaps[k];
        let list = byGap.get(gap);
        byGap.delete(gap);
        for (;;) {
            const below = gap + 1;
            if (edits.removed.has(below) || baseText(below) === undefined || baseText(below) !== list[0].text)
                break;
            list = [...list.slice(1), list[0]];
            gap = below;
            const waiting = byGap.get(gap);
            if (waiting) {
                list = [...list, ...waiting];
                byGap.delete(gap);
                gaps.splice(gaps.indexOf(gap), 1);
            }
        }
        for (const add of list)
            out.push({ ...add, gap });
    }
    return out.sort((a, b) => a.gap - b.gap);
}
/** Longest common subsequence of two line lists by text (common prefix and suffix first). */
function alignByText(a, b) {
    let head = 0;
    while (head < a.length && head < b.length && a[head].text === b[head].text)
        head++;
    let tail = 0;
    while (tail < a.length - head &&
        tail < b.length - head &&
        a[a.length - 1 - tail].text === b[b.length - 1 - tail].text) {
        tail++;
    }
    const pairs = [];
    for (let k = 0; k < head; k++)
        pairs.push([k, k]);
    const midA = a.length - head - tail;
    const midB = b.length - head - tail;
    const middle = [];
    if (midA > 0 && midB > 0) {
        if (midA * midB <= 4_000_000) {
            // Classic dynamic programme over the differing middle.
            const width = midB + 1;
            const table = new Uint32Array((midA + 1) * width);
            for (let x = midA - 1; x >= 0; x--) {
                for (let y = midB - 1; y >= 0; y--) {
                    table[x * width + y] =
                        a[head + x].text === b[head + y].text
                            ? table[(x + 1) * width + y + 1] + 1
                            : Math.max(table[(x + 1) * width + y], table[x * width + y + 1]);
                }
            }
            let x = 0;
            let y = 0;
            while (x < midA && y < midB) {
                if (a[head + x].text === b[head + y].text) {
                    middle.push([head + x, head + y]);
                    x++;
                    y++;
                }
                else if (table[(x + 1) * width + y] >= table[x * width + y + 1])
                    x++;
                else
                    y++;
            }
        }
        else {
            // Too large for a table: a greedy subsequence still gives the right verdict.
            let y = 0;
            for (let x = 0; x < midA; x++) {
                while (y < midB && a[head + x].text !== b[head + y].text)
                    y++;
                if (y >= midB)
                    break;
                middle.push([head + x, head + y]);
                y++;
            }
        }
    }
    pairs.push(...middle);
    for (let k = tail; k > 0; k--)
        pairs.push([a.length - k, b.length - k]);
    const matchedA = new Set(pairs.map(p => p[0]));
    const matchedB = new Set(pairs.map(p => p[1]));
    return {
        pairs,
        unmatchedA: [...a.keys()].filter(k => !matchedA.has(k)),
        unmatchedB: [...b.keys()].filter(k => !matchedB.has(k))
    };
}
/** Pair unmatched items of A and B that sit between the same matched neighbours, in order. */
function pairUnmatched(unmatchedA, unmatchedB, pairs) {
    const slotOf = (index, side) => {
        let slot = 0;
        while (slot < pairs.length && pairs[slot][side] < index)
            slot++;
        return slot;
    };
    const bySlot = new Map();
    for (const b of unmatchedB) {
        const slot = slotOf(b, 1);
        const list = bySlot.get(slot);
        if (list)
            list.push(b);
        else
            bySlot.set(slot, [b]);
    }
    const result = new Map();
    for (const a of unmatchedA) {
        const candidate = bySlot.get(slotOf(a, 0))?.shift();
        if (candidate !== undefined)
            result.set(a, candidate);
    }
    return result;
}

// EXTERNAL MODULE: ./src/build/preflight.ts + 1 modules
var preflight = __webpack_require__(7458);
;// CONCATENATED MODULE: ./src/patches/check.ts
// The `check` stage: history rules, the superset verdict of each new patch against the one
// before it, and author-guide warnings. Plain inputs in, a plain report out.







async function preflightOf(path) {
    if (path === undefined)
        return undefined;
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* LivepatchError */.b(`cannot read kernel config '${path}': ${error.message}`);
    }
    return (0,preflight.preflightConfig)(text, path);
}
async function loadPatch(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors/* LivepatchError */.b(`cannot read patch '${path}': ${error.message}`);
    }
    return parsePatch(path, bytes);
}
function noteWarnings(patch) {
    return patch.notes.map(note => ({
        file: patch.file,
        line: note.line,
        path: '',
        rule: 'line-endings',
        message: note.message
    }));
}
async function checkPatches(options) {
    if ((options.previous === undefined) !== (options.latest === undefined)) {
        throw new errors/* LivepatchError */.b('--previous and --latest go together: name both patch files, or neither');
    }
    if (options.previous !== undefined && options.latest !== undefined) {
        const [previous, latest] = await Promise.all([loadPatch(options.previous), loadPatch(options.latest)]);
        const pair = compareSuperset(previous, latest);
        return {
            verdict: pair.verdict,
            latest: options.latest,
            previous: options.previous,
            moduleName: (0,patches_history/* moduleNameFor */.lo)(options.latest),
            pairs: [pair],
            history: [],
            warnings: [...noteWarnings(previous), ...noteWarnings(latest), ...lintPatch(latest)],
            notes: []
        };
    }
    const history = await (0,patches_history/* readHistory */.Lu)(options.dir ?? 'patches');
    const problems = [...history.problems];
    const notes = [];
    const patches = history.patches;
    let toCheck = patches.slice(-1);
    if (options.baseRef !== undefined) {
        const base = await (0,patches_history/* compareWithBase */.te)(history, options.baseRef);
        problems.push(...base.problems);
        toCheck = base.appended;
        if (toCheck.length === 0)
            notes.push(`no new patch since ${options.baseRef}`);
    }
    if (patches.length === 0)
        notes.push(`no patches in ${history.dir}`);
    const cache = new Map();
    const parsed = (path) => {
        let entry = cache.get(path);
        if (!entry) {
            entry = loadPatch(path);
            cache.set(path, entry);
        }
        return entry;
    };
    const pairs = [];
    const warnings = [];
    for (const entry of toCheck) {
        const index = patches.indexOf(entry);
        const latest = await parsed(entry.path);
        warnings.push(...noteWarnings(latest), ...lintPatch(latest));
        if (index === 0) {
            notes.push(`${entry.name} is the first patch: nothing to compare it with`);
            continue;
        }
        const previous = await parsed(patches[index - 1].path);
        pairs.push(compareSuperset(previous, latest));
    }
    const newest = patches[patches.length - 1];
    const beforeNewest = patches[patches.length - 2];
    const preflight = await preflightOf(options.kernelConfig);
    const failed = problems.length > 0 || pairs.some(p => p.verdict === 'fail') || preflight?.ok === false;
    return {
        verdict: failed ? 'fail' : 'pass',
        latest: newest?.path ?? null,
        previous: beforeNewest?.path ?? null,
        moduleName: newest?.moduleName ?? null,
        pairs,
        history: problems,
        warnings,
        notes,
        preflight
    };
}


/***/ }),

/***/ 2530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   lo: () => (/* binding */ moduleNameFor),
/* harmony export */   te: () => (/* binding */ compareWithBase)
/* harmony export */ });
/* unused harmony export sysfsName */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
// The patches/ folder as an append-only history: names, numbering, module names, and (with a
// base ref) what a change did to it, read with real git.





const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const PATCH_NAME = /^(\d{4})-([A-Za-z0-9][A-Za-z0-9._+-]*)\.patch$/;
const LOOKS_LIKE_PATCH = /\.(patch|diff)$/;
/** kpatch-build's module name: `livepatch-` + name, `[^A-Za-z0-9_-]` → `-`, cut to 55 characters. */
function moduleNameFor(patchFile) {
    const stem = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(patchFile).replace(/\.(patch|diff)$/, '');
    return `livepatch-${stem}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 55);
}
/** How the kernel shows a module name in sysfs (`/sys/kernel/livepatch/<name>`): `-` becomes `_`. */
function sysfsName(moduleName) {
    return moduleName.replace(/-/g, '_');
}
/** Read the folder: valid names in number order, and every naming/numbering problem found. */
async function readHistory(dir) {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`cannot read patches folder '${dir}': ${error.message}. Pass --dir (input patches-dir) pointing at the folder of NNNN-name.patch files`);
    }
    const problems = [];
    const patches = [];
    for (const name of names.sort()) {
        const match = PATCH_NAME.exec(name);
        if (!match) {
            if (LOOKS_LIKE_PATCH.test(name)) {
                problems.push({
                    file: name,
                    rule: 'name',
                    message: `${name}: expected NNNN-short-name.patch (four digits, a dash, letters/digits/._+-)`
                });
            }
            continue;
        }
        patches.push({
            name,
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name),
            number: Number(match[1]),
            moduleName: moduleNameFor(name)
        });
    }
    patches.sort((a, b) => a.number - b.number || a.name.localeCompare(b.name));
    for (let k = 1; k < patches.length; k++) {
        const before = patches[k - 1];
        const entry = patches[k];
        if (entry.number !== before.number + 1) {
            problems.push({
                file: entry.name,
                rule: 'numbering',
                message: entry.number === before.number
                    ? `${entry.name}: number ${pad(entry.number)} is already used by ${before.name}`
                    : `${entry.name}: expected number ${pad(before.number + 1)} after ${before.name}`
            });
        }
    }
    const byModule = new Map();
    for (const entry of patches) {
        const owner = byModule.get(entry.moduleName);
        if (owner) {
            problems.push({
                file: entry.name,
                rule: 'module-name',
                message: `${entry.name}: module name ${entry.moduleName} is already used by ${owner}; choose a different short name`
            });
        }
        else
            byModule.set(entry.moduleName, entry.name);
    }
    return { dir, patches, problems };
}
function pad(n) {
    return String(n).padStart(4, '0');
}
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
        return stdout;
    }
    catch (error) {
        const stderr = error.stderr?.trim();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`git ${args.join(' ')} failed in ${cwd}: ${stderr || error.message}`);
    }
}
/** What the change since `baseRef` did to the folder: only appending new patches at the end is allowed. */
async function compareWithBase(history, baseRef) {
    const cwd = history.dir;
    const commit = await git(cwd, ['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]).catch(() => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .b(`base ref '${baseRef}' is not a commit in this repository; fetch it first (actions/checkout with fetch-depth: 0) or pass an existing ref`);
    });
    // `ls-tree` with a path is relative to the working directory, so this lists the folder at base.
    const listing = await git(cwd, ['ls-tree', '-z', commit.trim(), '--', '.']);
    const baseBlobs = new Map();
    for (const record of listing.split('\0')) {
        const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(record);
        if (match && !match[2].includes('/'))
            baseBlobs.set(match[2], match[1]);
    }
    const current = history.patches;
    const currentBlobs = new Map();
    if (current.length > 0) {
        const hashes = (await git(cwd, ['hash-object', '--', ...current.map(p => p.name)]))
            .trim()
            .split('\n');
        current.forEach((p, k) => currentBlobs.set(p.name, hashes[k]));
    }
    const problems = [];
    const baseNames = [...baseBlobs.keys()].filter(n => PATCH_NAME.test(n) || LOOKS_LIKE_PATCH.test(n));
    const currentByBlob = new Map([...currentBlobs].map(([name, blob]) => [blob, name]));
    let baseMax = 0;
    for (const name of baseNames) {
        const number = PATCH_NAME.exec(name)?.[1];
        if (number)
            baseMax = Math.max(baseMax, Number(number));
        const blob = baseBlobs.get(name);
        const now = currentBlobs.get(name);
        if (now === blob)
            continue;
        if (now !== undefined) {
            problems.push({
                file: name,
                rule: 'edited',
                message: `${name} was edited since ${baseRef}: released patches are immutable; put the change into a new patch at the end`
            });
            continue;
        }
        const movedTo = currentByBlob.get(blob);
        problems.push(movedTo && !baseBlobs.has(movedTo)
            ? {
                file: name,
                rule: 'renamed',
                renamedTo: movedTo,
                message: `${name} was renamed to ${movedTo} since ${baseRef}: released patches keep their names`
            }
            : {
                file: name,
                rule: 'deleted',
                message: `${name} was deleted since ${baseRef}: released patches stay in the history`
            });
    }
    const renamedTargets = new Set(problems.map(p => p.renamedTo).filter(Boolean));
    const appended = [];
    for (const entry of current) {
        if (baseBlobs.has(entry.name) || renamedTargets.has(entry.name))
            continue;
        if (entry.number <= baseMax) {
            problems.push({
                file: entry.name,
                rule: 'inserted',
                message: `${entry.name} is not after the last patch at ${baseRef} (${pad(baseMax)}): new patches go at the end`
            });
            continue;
        }
        appended.push(entry);
    }
    return { appended, problems };
}


/***/ })

};
