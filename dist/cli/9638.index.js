export const id = 9638;
export const ids = [9638,4215,8323];
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

/***/ 9638:
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
    if ((!insideFunction && STRUCTISH.test(opener)) ||
        /^(typedef\s+)?(struct|union|enum)\b[^()=;]*\{/.test(text)) {
        rules.push('data-structure');
    }
    if (/\b__(init|exit)(data|const)?\b/.test(opener) ||
        /\b__(init|exit)(data|const)?\b/.test(text)) {
        rules.push('init-code');
    }
    if (STATIC_LOCAL.test(text) && insideFunction)
        rules.push('static-local');
    const topLevel = !/^\s/.test(text) && !text.startsWith('#');
    if ((topLevel &&
        !text.startsWith('extern') &&
        GLOBAL_DATA.test(text) &&
        !/\breturn\b/.test(text)) ||
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/patches/apply.ts
// The pristine base at check time: read the files the patches touch from a kernel tree, and
// prove that each patch applies to it exactly as kpatch-build will apply it — GNU patch, -p1,
// no fuzz, no offset — in a temp copy of only those files (the tree itself is never written).





const isMissing = (error) => error.code === 'ENOENT' ||
    error.code === 'ENOTDIR';
/** The pristine lines of each path (null: not in the tree). Paths come from the parser (no `..`). */
async function readBaseFiles(treeDir, paths) {
    const out = new Map();
    await Promise.all([...new Set(paths)].map(async (path) => {
        try {
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(treeDir, path), 'utf8');
            const lines = text.split('\n');
            if (lines[lines.length - 1] === '')
                lines.pop();
            out.set(path, lines);
        }
        catch (error) {
            if (!isMissing(error))
                throw new errors/* LivepatchError */.bi(`cannot read '${path}' from the kernel source '${treeDir}': ${error.message}`);
            out.set(path, null);
        }
    }));
    return out;
}
async function assertKernelTree(treeDir) {
    const info = await (0,promises_.stat)(treeDir).catch(() => null);
    if (!info?.isDirectory())
        throw new errors/* LivepatchError */.bi(`kernel source '${treeDir}' is not a directory: give the pristine tree (or a sparse checkout of the files the patches touch)`);
}
function runPatch(cwd, patchFile) {
    return new Promise(done => {
        (0,external_node_child_process_.execFile)('patch', ['-p1', '--dry-run', '--force', '--fuzz=0', '--no-backup-if-mismatch', '-i', patchFile], { cwd, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, LC_ALL: 'C' } }, (error, stdout, stderr) => {
            const status = error === null ? 0 : typeof error.code === 'number' ? error.code : Number.NaN;
            done({ status, output: `${stdout}${stderr}` });
        });
    });
}
/**
 * `patch -p1 --dry-run --fuzz=0` of each patch on one copy of the files they touch (a dry run
 * writes nothing, so the patches share it); an offset is refused too.
 */
async function proveApplies(patches, treeDir, base) {
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'livepatch-apply-'));
    try {
        const paths = new Set(patches.flatMap(p => p.files.map(f => f.path)));
        await Promise.all([...paths].map(async (path) => {
            if (base.get(path) === null)
                return; // created by the patch, or GNU patch says it is missing
            const target = (0,external_node_path_.join)(work, path);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,promises_.copyFile)((0,external_node_path_.join)(treeDir, path), target);
        }));
        return await Promise.all(patches.map(async (patch) => {
            const { status, output } = await runPatch(work, (0,external_node_path_.resolve)(patch.file));
            const problems = output
                .split('\n')
                .map(line => line.trim())
                .filter(line => line !== '' && !/^checking file /.test(line));
            if (status !== 0 && problems.length === 0)
                problems.push(`GNU patch exited with ${status}`);
            const ok = status === 0 && !problems.some(line => /offset|fuzz/i.test(line));
            return { patch: patch.file, ok, problems: ok ? [] : problems };
        }));
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/patches/unified-diff.ts + 1 modules
var unified_diff = __webpack_require__(5435);
;// CONCATENATED MODULE: ./src/patches/edits.ts
// A file patch read as edits in base-tree coordinates: which base lines it removes, what it
// inserts after which base line, and which base lines it shows (context and removed lines).

function fileEdits(patch) {
    const removed = new Map();
    const added = [];
    const base = new Map();
    let baseEnd;
    for (const hunk of patch.hunks) {
        let oldLine = hunk.oldCount === 0 ? hunk.oldStart + 1 : hunk.oldStart;
        let k = 0;
        while (k < hunk.lines.length) {
            const line = hunk.lines[k];
            if (line.kind === 'context') {
                const marked = line.text.endsWith(unified_diff/* NO_NEWLINE */.f);
                if (marked)
                    baseEnd = oldLine;
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
                marker ||= text.endsWith(unified_diff/* NO_NEWLINE */.f);
                if (kind === 'removed' && text.endsWith(unified_diff/* NO_NEWLINE */.f))
                    baseEnd = oldLine;
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
    return { patch, removed, added, base, baseEnd };
}
function stripMarker(text) {
    return text.endsWith(unified_diff/* NO_NEWLINE */.f) ? text.slice(0, -unified_diff/* NO_NEWLINE */.f.length) : text;
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

;// CONCATENATED MODULE: ./src/patches/explain.ts
// Naming what is missing, once the verdict has found a region of the file where the previous
// patch's changes cannot be placed: read both patches' own alignments (slid to one canonical
// place across equal neighbours) and say which change was dropped, altered or moved.

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
/**
 * What the latest patch misses of the previous one, read from the two diffs' own alignments.
 * Only for naming: the verdict itself is decided over all alignments (regions.ts).
 */
function explainMissing(prev, next, baseText) {
    const path = prev.patch.path;
    const out = [];
    const at = (oldLine) => annotationLine(next, oldLine);
    const prevCanon = slideDeletions(prev, baseText);
    const nextCanon = slideDeletions(next, baseText);
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
            if (edits.removed.has(below) ||
                baseText(below) === undefined ||
                baseText(below) !== list[0].text)
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

;// CONCATENATED MODULE: ./src/patches/regions.ts
// The exact containment test, region by region.
//
// Definition (over all alignments, so it cannot depend on which diff a tool wrote): with B the
// base, RP and RN the two results, N contains P when there is a three-way alignment of B, RP and
// RN into columns of five kinds —
//   K (b,p,n) a base line both keep        D (b,p,-) P keeps it, N removes it
//   R (b,-,-) both remove it               I (-,p,n) both insert this line
//   J (-,-,n) only N inserts it
// — whose N part (K kept, D/R removed, I/J inserted) is a minimal diff of B and RN (a longest
// common subsequence: every one of them, whichever a tool printed). Minimal, because any
// non-minimal reading lets a kept line pass as "removed and re-added" (or slid past an equal
// neighbour), which would make every removal look contained. P's part may be any alignment: a
// "- x / + x" in P would need the same in N, which no minimal diff has. There is no column where
// P removes a line N keeps, or inserts a line N lacks.
//
// A region runs between two anchor lines that both patches keep and whose text occurs once in
// the base and in no added line; the search over a region is a depth-first walk over (i, j, k)
// that only takes steps on some minimal path of B and RN.

/**
 * A base line neither patch shows, when no tree was read, is the id `-line`: it may equal any
 * text (matches anything) but is certainly equal to itself (removing and re-inserting it is
 * still no change).
 */
const unseen = (id) => id < 0;
class AmbiguousRegionError extends errors/* LivepatchError */.bi {
    file;
    region;
    states;
    constructor(file, region, states) {
        const lines = region.to - region.from - 1;
        super(`${file}: too ambiguous to decide, ${lines} lines (base lines ${region.from + 1}-${region.to - 1} allow more than ${states.toLocaleString('en')} alignments); split the change into smaller hunks or give --kernel-source`);
        this.file = file;
        this.region = region;
        this.states = states;
    }
}
/** Lines either patch removes, and the gaps (after base line g) where either inserts. */
function sitesOf(prev, next) {
    const lines = new Set([...prev.removed.keys(), ...next.removed.keys()]);
    const gaps = new Set([...prev.added.map(a => a.gap), ...next.added.map(a => a.gap)]);
    return { lines, gaps: [...gaps] };
}
function classifier(view, touched, relaxed) {
    return line => {
        if (line <= 0)
            return 'anchor';
        if (view.length !== undefined && line > view.length)
            return 'anchor';
        if (touched.has(line))
            return 'pass';
        const text = view.text(line);
        if (text === undefined)
            return relaxed ? 'pass' : 'barrier';
        return view.count(text) === 1 ? 'anchor' : 'pass';
    };
}
/** How far an unseen stretch is searched when asking whether a refusal hinges on it. */
const RELAXED_UNSEEN = 64;
function scan(start, step, classify, view, relaxed) {
    let unseen = 0;
    for (let line = start;; line += step) {
        const kind = classify(line);
        if (kind !== 'pass')
            return { line, open: kind === 'barrier' };
        if (!relaxed)
            continue;
        if (view.text(line) !== undefined)
            unseen = 0;
        else if (++unseen > RELAXED_UNSEEN)
            return { line, open: true };
    }
}
/** Cut the file into regions around every change of either patch (strict: unseen lines are walls). */
function regionsOf(view, prev, next, refused = () => false) {
    const { lines, gaps } = sitesOf(prev, next);
    const base = classifier(view, lines, false);
    // A refused anchor is passed over, unless it is an end of the file.
    const classify = (line) => {
        const kind = base(line);
        const end = line <= 0 || (view.length !== undefined && line > view.length);
        return kind === 'anchor' && !end && refused(line) ? 'pass' : kind;
    };
    // Slots: base line l is 2l, the gap after line g is 2g + 1.
    const slots = [...[...lines].map(l => 2 * l), ...gaps.map(g => 2 * g + 1)].sort((a, b) => a - b);
    const regions = [];
    for (const slot of slots) {
        const last = regions[regions.length - 1];
        if (last && slot < 2 * last.to)
            continue;
        const isLine = slot % 2 === 0;
        const line = isLine ? slot / 2 : (slot - 1) / 2;
        const left = scan(isLine ? line - 1 : line, -1, classify, view, false);
        const right = scan(line + 1, 1, classify, view, false);
        regions.push({ from: left.line, to: right.line, openBefore: left.open, openAfter: right.open });
    }
    return regions;
}
/** The region grown through the unseen lines on its open sides, those lines matching anything. */
function relaxedRegion(view, prev, next, region) {
    const { lines } = sitesOf(prev, next);
    const classify = classifier(view, lines, true);
    const from = region.openBefore ? scan(region.from, -1, classify, view, true) : null;
    const to = region.openAfter ? scan(region.to, 1, classify, view, true) : null;
    return {
        from: from?.line ?? region.from,
        to: to?.line ?? region.to,
        openBefore: from?.open ?? false,
        openAfter: to?.open ?? false
    };
}
/** Each patch's inserted texts by gap, interned once per file. */
function insertionsByGap(edits, intern) {
    const byGap = new Map();
    for (const add of edits.added) {
        const list = byGap.get(add.gap);
        if (list)
            list.push(intern(add.text));
        else
            byGap.set(add.gap, [intern(add.text)]);
    }
    return byGap;
}
/** The base, P's result and N's result inside a region, as interned text ids. */
function regionTexts(view, sides, region, intern) {
    const ids = [];
    for (let line = region.from + 1; line < region.to; line++) {
        const text = view.text(line);
        ids.push(text === undefined ? -line : intern(text));
    }
    const result = ({ edits, adds }) => {
        const out = [];
        const at = (gap) => {
            const list = adds.get(gap);
            if (list)
                for (const id of list)
                    out.push(id);
        };
        at(region.from);
        for (let line = region.from + 1; line < region.to; line++) {
            if (!edits.removed.has(line))
                out.push(ids[line - region.from - 1]);
            at(line);
        }
        return Int32Array.from(out);
    };
    return [Int32Array.from(ids), ...sides.map(result)];
}
function positions(seq) {
    const map = new Map();
    seq.forEach((value, index) => {
        const list = map.get(value);
        if (list)
            list.push(index);
        else
            map.set(value, [index]);
    });
    return map;
}
/** Does the sorted list hold a value in [lo, hi)? */
function holds(list, lo, hi) {
    if (list === undefined || lo >= hi)
        return false;
    let a = 0;
    let b = list.length;
    while (a < b) {
        const mid = (a + b) >> 1;
        if (list[mid] < lo)
            a = mid + 1;
        else
            b = mid;
    }
    return a < list.length && list[a] < hi;
}
/** Default bound on the states one region may visit (memory stays in the tens of MB). */
const STATE_BUDGET = 2_000_000;
/** G[i][k] = length of a longest common subsequence of base[i..] and latest[k..]. */
function suffixLcs(base, latest) {
    const m = base.length;
    const n = latest.length;
    const width = n + 1;
    const table = new Int32Array((m + 1) * width);
    for (let i = m - 1; i >= 0; i--) {
        for (let k = n - 1; k >= 0; k--) {
            table[i * width + k] =
                base[i] === latest[k]
                    ? table[(i + 1) * width + k + 1] + 1
                    : Math.max(table[(i + 1) * width + k], table[i * width + k + 1]);
        }
    }
    return table;
}
/**
 * Is there a three-way alignment as defined above? Exact; `null` when the region needs more than
 * `budget` states (the caller says so instead of guessing). No unseen lines here.
 */
function containsExactly(base, previous, latest, budget = STATE_BUDGET) {
    const m = base.length;
    const p = previous.length;
    const n = latest.length;
    if ((m + 1) * (n + 1) > budget)
        return null;
    const g = suffixLcs(base, latest);
    const W = n + 1;
    const M = m + 1;
    const P = p + 1;
    const visited = new Set();
    const stack = [];
    const push = (i, j, k) => {
        const key = (k * P + j) * M + i;
        if (visited.has(key))
            return;
        visited.add(key);
        stack.push(i, j, k);
    };
    push(0, 0, 0);
    while (stack.length > 0) {
        if (visited.size > budget)
            return null;
        const k = stack.pop();
        const j = stack.pop();
        const i = stack.pop();
        if (i === m && j === p && k === n)
            return true;
        const here = g[i * W + k];
        // Steps that stay on a minimal path of base and latest.
        const removes = i < m && g[(i + 1) * W + k] === here;
        const inserts = k < n && g[i * W + k + 1] === here;
        const keeps = i < m && k < n && base[i] === latest[k] && g[(i + 1) * W + k + 1] === here - 1;
        // Pushed in reverse order of preference: K (keep) is tried first.
        if (inserts)
            push(i, j, k + 1); // J
        if (removes)
            push(i + 1, j, k); // R
        if (inserts && j < p && previous[j] === latest[k])
            push(i, j + 1, k + 1); // I
        if (removes && j < p && base[i] === previous[j])
            push(i + 1, j + 1, k); // D
        if (keeps && j < p && previous[j] === base[i])
            push(i + 1, j + 1, k + 1); // K
    }
    return false;
}
/**
 * The same question where some base lines are unseen, answered generously: any maximal
 * N alignment (no block that removes and inserts one text), an unseen line matching any text. Every
 * minimal alignment under any text of the unseen lines is one of these, so `false` here means
 * no text of those lines could make the latest patch contain the previous one.
 */
function containsMaximal(base, previous, latest, budget = STATE_BUDGET) {
    const m = base.length;
    const p = previous.length;
    const n = latest.length;
    const M = m + 1;
    const P = p + 1;
    const N = n + 1;
    if (M * M * P * N * N > Number.MAX_SAFE_INTEGER)
        return null;
    const inBase = positions(base);
    const inLatest = positions(latest);
    const same = (x, y) => x === y || unseen(x) || unseen(y);
    const visited = new Set();
    const stack = [];
    const push = (i, j, k, i0, k0) => {
        const key = (((k0 * M + i0) * N + k) * P + j) * M + i;
        if (visited.has(key))
            return;
        visited.add(key);
        stack.push(i, j, k, i0, k0);
    };
    push(0, 0, 0, 0, 0);
    while (stack.length > 0) {
        if (visited.size > budget)
            return null;
        const k0 = stack.pop();
        const i0 = stack.pop();
        const k = stack.pop();
        const j = stack.pop();
        const i = stack.pop();
        if (i === m && j === p && k === n)
            return true;
        // Pushed in reverse order of preference: K (keep) is tried first.
        const b = i < m ? base[i] : 0;
        const r = j < p ? previous[j] : 0;
        const l = k < n ? latest[k] : 0;
        // A line N removes must not occur among N's insertions in the same block, and vice versa.
        const removable = i < m && !holds(inLatest.get(b), k0, k);
        const insertable = k < n && !holds(inBase.get(l), i0, i);
        if (insertable)
            push(i, j, k + 1, i0, k0); // J
        if (removable)
            push(i + 1, j, k, i0, k0); // R
        if (insertable && j < p && same(r, l))
            push(i, j + 1, k + 1, i0, k0); // I
        if (removable && j < p && same(b, r))
            push(i + 1, j + 1, k, i0, k0); // D
        if (i < m && j < p && k < n && same(b, r) && same(b, l) && same(r, l))
            push(i + 1, j + 1, k + 1, i + 1, k + 1); // K
    }
    return false;
}
/** Length of the shortest insert/delete script between a and b (Myers, O((|a|+|b|)·D)). */
function editDistance(a, b) {
    const n = a.length;
    const m = b.length;
    const offset = n + m + 1;
    const v = new Int32Array(2 * offset + 1);
    for (let d = 0; d <= n + m; d++) {
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                return d;
        }
    }
    return n + m;
}
const lcsLength = (a, b) => (a.length + b.length - editDistance(a, b)) / 2;
/**
 * Anchors no minimal diff of the base and N's result passes through (a tool's non-minimal diff
 * kept a line that every minimal one moves): the regions on both sides must be decided as one.
 * `whole` is the file as far as it is known (unseen lines are their own ids: a line is equal
 * to itself), the base and N's result over the same lines.
 */
function offMinimalAnchors(regions, base, latest, latestIndexOf) {
    const bad = new Set();
    const total = lcsLength(base, latest);
    const anchors = new Set();
    for (const r of regions) {
        if (r.from >= 1 && r.from <= base.length)
            anchors.add(r.from);
        if (r.to >= 1 && r.to <= base.length)
            anchors.add(r.to);
    }
    for (const line of anchors) {
        const k = latestIndexOf(line);
        const before = lcsLength(base.subarray(0, line - 1), latest.subarray(0, k));
        const after = lcsLength(base.subarray(line), latest.subarray(k + 1));
        if (before + 1 + after !== total)
            bad.add(line);
    }
    return bad;
}

;// CONCATENATED MODULE: ./src/patches/superset.ts
// The superset verdict: does the newest cumulative patch still make every change of the one
// before it? Both patches are read in base-tree coordinates (line numbers of the pristine tree),
// so hunk offsets, context width, hunk splits and file order do not matter — and the verdict is
// decided over every alignment of the two results to the base (regions.ts), so it does not
// depend on which of several equally true diffs a tool wrote when lines repeat.
//
// What the patches do not show of the base is not guessed: given the pristine files (a kernel
// tree) every line is known; without them a verdict that could turn on a line neither patch
// shows is reported as undecidable, never as a pass.




/** Compare the latest patch with the previous one. Pure: the base files, if any, are passed in. */
function compareSuperset(previous, latest, baseFiles = new Map()) {
    const latestByPath = new Map(latest.files.map(f => [f.path, f]));
    const previousPaths = new Set(previous.files.map(f => f.path));
    const files = [];
    const missing = [];
    const changes = (edits) => edits.removed.size + edits.added.length;
    for (const prevFile of previous.files) {
        const prev = fileEdits(prevFile);
        const latestFile = latestByPath.get(prevFile.path);
        if (!latestFile) {
            const dropped = everyChange(prev, 'dropped', latest.files[0]?.patchLine ?? 1);
            missing.push(...dropped);
            files.push({
                file: prevFile.path,
                status: 'dropped',
                previousChanges: changes(prev),
                latestChanges: 0,
                missing: dropped.length
            });
            continue;
        }
        const next = fileEdits(latestFile);
        const found = compareFile(prev, next, baseFiles.get(prevFile.path) ?? undefined);
        missing.push(...found);
        files.push({
            file: prevFile.path,
            status: found.length === 0 ? 'kept' : 'incomplete',
            previousChanges: changes(prev),
            latestChanges: changes(next),
            missing: found.length
        });
    }
    for (const latestFile of latest.files) {
        if (previousPaths.has(latestFile.path))
            continue;
        files.push({
            file: latestFile.path,
            status: 'new',
            previousChanges: 0,
            latestChanges: changes(fileEdits(latestFile)),
            missing: 0
        });
    }
    return {
        previous: previous.file,
        latest: latest.file,
        verdict: missing.length === 0 ? 'pass' : 'fail',
        files,
        missing,
        baseRead: [...baseFiles].filter(([, lines]) => lines).map(([path]) => path)
    };
}
function fileChange(prev, next) {
    const path = prev.patch.path;
    const change = (text, found) => ({
        file: path,
        kind: 'file',
        how: 'dropped',
        oldLine: 0,
        text,
        found,
        previousPatchLine: prev.patch.patchLine,
        latestPatchLine: next.patch.patchLine
    });
    if (prev.patch.created && !next.patch.created)
        return change(`creates ${path}`, 'modifies it as an existing file');
    if (prev.patch.deleted && !next.patch.deleted)
        return change(`deletes ${path}`, 'keeps the file');
    return null;
}
/** Base lines the patches show that disagree with each other or with the pristine file. */
function baseDisagreements(prev, next, tree) {
    const path = prev.patch.path;
    const out = [];
    // A mismatch between the patches usually means the latest was made on top of the previous
    // one (incremental) instead of against the pristine tree.
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
    if (!tree)
        return out;
    for (const [edits, which] of [
        [prev, 'previous'],
        [next, 'latest']
    ]) {
        for (const [oldLine, line] of edits.base) {
            const pristine = tree[oldLine - 1];
            if (pristine === line.text)
                continue;
            out.push({
                file: path,
                kind: 'base',
                how: 'tree',
                oldLine,
                text: line.text,
                found: pristine === undefined ? `(the file has ${tree.length} lines)` : pristine,
                previousPatchLine: which === 'previous' ? line.patchLine : 0,
                latestPatchLine: which === 'latest' ? line.patchLine : annotationLine(next, oldLine)
            });
        }
    }
    return out;
}
function baseView(prev, next, tree) {
    const text = tree
        ? (line) => tree[line - 1]
        : (line) => prev.base.get(line)?.text ?? next.base.get(line)?.text;
    let length = tree?.length ?? prev.baseEnd ?? next.baseEnd;
    if (prev.patch.created && next.patch.created)
        length = 0;
    const counts = new Map();
    const bump = (t) => {
        counts.set(t, (counts.get(t) ?? 0) + 1);
    };
    if (tree)
        tree.forEach(bump);
    else {
        const shown = new Set([...prev.base.keys(), ...next.base.keys()]);
        for (const line of shown)
            bump(text(line));
    }
    for (const add of prev.added)
        bump(add.text);
    for (const add of next.added)
        bump(add.text);
    return { text, length, count: t => counts.get(t) ?? 0 };
}
function compareFile(prev, next, tree) {
    const dropped = fileChange(prev, next);
    if (dropped?.text.startsWith('creates'))
        return [dropped];
    const out = dropped ? [dropped] : [];
    const disagreements = baseDisagreements(prev, next, tree);
    if (disagreements.length > 0)
        return sortByPatchLine([...out, ...disagreements]);
    const view = baseView(prev, next, tree);
    const ids = new Map();
    const intern = (text) => {
        let id = ids.get(text);
        if (id === undefined)
            ids.set(text, (id = ids.size));
        return id;
    };
    const sides = [prev, next].map(edits => ({ edits, adds: insertionsByGap(edits, intern) }));
    const texts = textsOf(view, sides, intern);
    const decide = (region, relaxed = false) => {
        const [base, previous, latest] = texts(region);
        // Both results read the same here: N makes exactly P's change (any minimal diff shows it).
        if (previous.length === latest.length && previous.every((id, k) => id === latest[k]))
            return true;
        return (relaxed ? containsMaximal : containsExactly)(base, previous, latest);
    };
    const cuts = cutter(view, sides, prev, next, texts);
    const refused = new Set();
    const failing = [];
    // A refused region whose anchor some minimal diff avoids is decided again merged with its
    // neighbour: a refusal is final only between anchors every minimal diff keeps.
    for (let round = 0;; round++) {
        failing.length = 0;
        let merged = false;
        for (const region of cuts.cut(refused)) {
            const verdict = decide(region);
            if (verdict === null)
                throw new AmbiguousRegionError(prev.patch.path, region, STATE_BUDGET);
            if (verdict)
                continue;
            for (const anchor of [region.from, region.to]) {
                if (!cuts.isAnchor(anchor) || refused.has(anchor) || cuts.essential(anchor))
                    continue;
                refused.add(anchor);
                merged = true;
            }
            failing.push(region);
        }
        if (!merged || round > 1000)
            break;
    }
    let explained;
    for (const region of failing) {
        const open = region.openBefore || region.openAfter;
        // A refusal that a line neither patch shows could turn: grow the region through those lines
        // as if they matched anything. If even that finds no alignment, the refusal is definite.
        if (open && decide(relaxedRegion(view, prev, next, region), true) !== false) {
            out.push(undecidable(prev, next, region, view));
            continue;
        }
        explained ??= explainMissing(prev, next, view.text);
        const inside = explained.filter(m => within(m, region));
        out.push(...(inside.length > 0 ? inside : [firstChange(prev, next, region)]));
    }
    return sortByPatchLine(out);
}
function within(change, region) {
    if (change.kind === 'removal')
        return change.oldLine > region.from && change.oldLine < region.to;
    return change.oldLine >= region.from && change.oldLine < region.to;
}
/** The previous patch's first change inside a region, for a refusal the diffs cannot name. */
function firstChange(prev, next, region) {
    const removals = [...prev.removed].filter(([line]) => line > region.from && line < region.to);
    const additions = prev.added.filter(a => a.gap >= region.from && a.gap < region.to);
    const removal = removals.sort((a, b) => a[0] - b[0])[0];
    const addition = additions[0];
    const base = {
        file: prev.patch.path,
        how: 'dropped',
        found: 'no alignment of the latest patch places it'
    };
    if (removal && (!addition || removal[0] <= addition.gap)) {
        return {
            ...base,
            kind: 'removal',
            oldLine: removal[0],
            text: removal[1].text,
            previousPatchLine: removal[1].patchLine,
            latestPatchLine: next.base.get(removal[0])?.patchLine ?? annotationLine(next, removal[0])
        };
    }
    const add = addition ?? { gap: region.from, text: '', patchLine: prev.patch.patchLine };
    return {
        ...base,
        kind: 'addition',
        oldLine: add.gap,
        text: add.text,
        previousPatchLine: add.patchLine,
        latestPatchLine: annotationLine(next, add.gap)
    };
}
/** Base lines next to a region that neither patch shows, as "40-41" or "from 346 on". */
function unseenNear(view, region) {
    const out = [];
    const run = (start, step) => {
        let end = start;
        for (let k = 0; k < 10_000 && view.text(end + step) === undefined; k++) {
            if (end + step <= 0)
                break;
            end += step;
        }
        if (step === 1 && end - start >= 9_999)
            return `from ${start} on`;
        const [lo, hi] = step === 1 ? [start, end] : [end, start];
        return lo === hi ? `${lo}` : `${lo}-${hi}`;
    };
    if (region.openBefore)
        out.push(run(region.from, -1));
    if (region.openAfter)
        out.push(run(region.to, 1));
    return out;
}
function undecidable(prev, next, region, view) {
    const first = firstChange(prev, next, region);
    return {
        ...first,
        kind: 'undecidable',
        how: 'undecidable',
        found: `base lines ${unseenNear(view, region).join(' and ')} are in neither patch`
    };
}
function sortByPatchLine(changes) {
    return changes.sort((a, b) => a.previousPatchLine - b.previousPatchLine || a.oldLine - b.oldLine);
}
/**
 * Cuts of the file into regions such that minimal inside every region is minimal for the file
 * (checked against the whole file's LCS length; anchors off every minimal path are dropped, and
 * if that is not enough, every anchor but the unseen lines and the ends of the file), and the
 * test whether every minimal diff keeps an anchor line.
 */
function cutter(view, sides, prev, next, regionTexts) {
    const lastKnown = Math.max(0, ...prev.base.keys(), ...next.base.keys());
    const length = view.length ?? lastKnown;
    const whole = { from: 0, to: length + 1, openBefore: false, openAfter: false };
    let texts;
    const wholeTexts = () => (texts ??= regionTexts(whole));
    let total;
    const totalLcs = () => (total ??= lcsLength(wholeTexts()[0], wholeTexts()[2]));
    // An upper bound on the LCS from N's edits alone: a text can be kept at most as often as it
    // occurs on the rarer side, i.e. the base minus what N removes beyond what it adds back.
    // When the cut reaches it, no minimal diff can do better.
    const bound = (() => {
        const net = new Map();
        for (const line of next.removed.values())
            net.set(line.text, (net.get(line.text) ?? 0) + 1);
        for (const add of next.added)
            net.set(add.text, (net.get(add.text) ?? 0) - 1);
        let lost = 0;
        for (const count of net.values())
            if (count > 0)
                lost += count;
        return length - lost;
    })();
    const minimal = (regions) => {
        let sum = length;
        for (const r of regions) {
            const [b, , l] = regionTexts(r);
            sum += lcsLength(b, l) - b.length;
        }
        return sum === bound || sum === totalLcs();
    };
    let indexInLatest;
    const latestIndex = (line) => {
        if (!indexInLatest) {
            indexInLatest = new Map();
            let k = sides[1].adds.get(0)?.length ?? 0;
            for (let l = 1; l <= length; l++) {
                if (!next.removed.has(l))
                    indexInLatest.set(l, k++);
                k += sides[1].adds.get(l)?.length ?? 0;
            }
        }
        return indexInLatest.get(line) ?? -1;
    };
    const isAnchor = (line) => line >= 1 && line <= length && view.text(line) !== undefined;
    let baseline;
    const cut = (refused) => {
        if (!baseline) {
            baseline = new Set();
            const first = regionsOf(view, prev, next);
            if (minimal(first) && refused.size === 0)
                return first;
            if (!minimal(first)) {
                const [base, , latest] = wholeTexts();
                const bad = offMinimalAnchors(first, base, latest, latestIndex);
                const second = regionsOf(view, prev, next, line => bad.has(line));
                if (minimal(second))
                    bad.forEach(line => baseline?.add(line));
                else
                    for (let l = 1; l <= length; l++)
                        baseline.add(l);
            }
        }
        const all = baseline;
        return regionsOf(view, prev, next, line => all.has(line) || refused.has(line));
    };
    const essential = (line) => {
        const k = latestIndex(line);
        if (k < 0)
            return false;
        const without = (seq, at) => {
            const out = new Int32Array(seq.length - 1);
            out.set(seq.subarray(0, at));
            out.set(seq.subarray(at + 1), at);
            return out;
        };
        const [base, , latest] = wholeTexts();
        return lcsLength(without(base, line - 1), without(latest, k)) < totalLcs();
    };
    return { cut, isAnchor, essential };
}
/** Region texts, built once per region. */
function textsOf(view, sides, intern) {
    const cache = new Map();
    return region => {
        const key = `${region.from}:${region.to}`;
        let texts = cache.get(key);
        if (!texts)
            cache.set(key, (texts = regionTexts(view, sides, region, intern)));
        return texts;
    };
}

// EXTERNAL MODULE: ./src/build/preflight.ts
var preflight = __webpack_require__(4215);
;// CONCATENATED MODULE: ./src/patches/check.ts
// The `check` stage: history rules, the superset verdict of each new patch against the one
// before it, and author-guide warnings. Plain inputs in, a plain report out.








/** Compares pairs against the kernel tree when one is given, proving each patch applies once. */
function pairChecker(kernelSource) {
    const proofs = new Map();
    const applies = [];
    const prove = async (patches, tree) => {
        const base = await readBaseFiles(tree, patches.flatMap(p => p.files.map(f => f.path)));
        const fresh = patches.filter((p, k) => !proofs.has(p.file) && patches.findIndex(q => q.file === p.file) === k);
        const proven = fresh.length > 0 ? proveApplies(fresh, tree, base) : Promise.resolve([]);
        fresh.forEach((patch, k) => proofs.set(patch.file, proven.then(all => all[k])));
        for (const proof of await proven)
            applies.push(proof);
        return base;
    };
    const compare = async (previous, latest) => {
        if (kernelSource === undefined)
            return compareSuperset(previous, latest);
        return compareSuperset(previous, latest, await prove([previous, latest], kernelSource));
    };
    /** A patch with nothing before it still has to apply. */
    const alone = async (patch) => {
        if (kernelSource !== undefined)
            await prove([patch], kernelSource);
    };
    return { compare, alone, applies };
}
async function preflightOf(path) {
    if (path === undefined)
        return undefined;
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* LivepatchError */.bi(`cannot read kernel config '${path}': ${error.message}`);
    }
    return (0,preflight/* preflightConfig */.Q6)(text, path);
}
async function loadPatch(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors/* LivepatchError */.bi(`cannot read patch '${path}': ${error.message}`);
    }
    return (0,unified_diff/* parsePatch */.i)(path, bytes);
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
        throw new errors/* LivepatchError */.bi('--previous and --latest go together: name both patch files, or neither');
    }
    if (options.kernelSource !== undefined)
        await assertKernelTree(options.kernelSource);
    const checker = pairChecker(options.kernelSource);
    if (options.previous !== undefined && options.latest !== undefined) {
        const [previous, latest] = await Promise.all([
            loadPatch(options.previous),
            loadPatch(options.latest)
        ]);
        const pair = await checker.compare(previous, latest);
        return {
            verdict: pair.verdict === 'pass' && checker.applies.every(a => a.ok) ? 'pass' : 'fail',
            latest: options.latest,
            previous: options.previous,
            moduleName: (0,patches_history/* moduleNameFor */.lo)(options.latest),
            pairs: [pair],
            history: [],
            warnings: [...noteWarnings(previous), ...noteWarnings(latest), ...lintPatch(latest)],
            notes: [],
            kernelSource: options.kernelSource ?? null,
            applies: checker.applies
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
            await checker.alone(latest);
            continue;
        }
        const previous = await parsed(patches[index - 1].path);
        pairs.push(await checker.compare(previous, latest));
    }
    const newest = patches[patches.length - 1];
    const beforeNewest = patches[patches.length - 2];
    const preflight = await preflightOf(options.kernelConfig);
    const failed = problems.length > 0 ||
        pairs.some(p => p.verdict === 'fail') ||
        checker.applies.some(a => !a.ok) ||
        preflight?.ok === false;
    return {
        verdict: failed ? 'fail' : 'pass',
        latest: newest?.path ?? null,
        previous: beforeNewest?.path ?? null,
        moduleName: newest?.moduleName ?? null,
        pairs,
        history: problems,
        warnings,
        notes,
        kernelSource: options.kernelSource ?? null,
        preflight,
        applies: checker.applies
    };
}


/***/ })

};
