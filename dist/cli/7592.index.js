export const id = 7592;
export const ids = [7592];
export const modules = {

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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(243);
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
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(`cannot read patches folder '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(dir)}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(error.message)}. Pass --dir (input patches-dir) pointing at the folder of NNNN-name.patch files`);
    }
    const problems = [];
    const patches = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const name = entry.name;
        const match = PATCH_NAME.exec(name);
        if (!match && !LOOKS_LIKE_PATCH.test(name))
            continue;
        // A link could point anywhere (outside the folder, at a file the review never saw), and git
        // stores the link, not what it points at: the history holds regular files only.
        if (entry.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name)).catch(() => '?');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name))} is a symbolic link (to '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(target)}'): patches must be regular files inside the folder; replace the link with the patch itself`);
        }
        if (!entry.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name))} is not a regular file: patches must be regular files inside the folder`);
        }
        if (!match) {
            problems.push({
                file: name,
                rule: 'name',
                message: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(name)}: expected NNNN-short-name.patch (four digits, a dash, letters/digits/._+-)`
            });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(`git ${args.join(' ')} failed in ${cwd}: ${stderr || error.message}`));
    }
}
/** What the change since `baseRef` did to the folder: only appending new patches at the end is allowed. */
async function compareWithBase(history, baseRef) {
    const cwd = history.dir;
    const ref = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(baseRef);
    if (baseRef === '' || baseRef.startsWith('-')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(`base ref '${ref}' is not a ref name (it must not be empty or start with '-'); pass a branch, tag or commit`);
    }
    // Outside a repository every ref is "unknown": say what is really wrong.
    await run('git', ['rev-parse', '--git-dir'], { cwd }).catch((error) => {
        const said = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(error.stderr?.trim().split('\n')[0] ?? error.message);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(error.code === 'ENOENT'
            ? `--base-ref (input base-ref) '${ref}' needs git, which is not installed (or not on PATH)`
            : `the patches folder '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(cwd)}' is not inside a git repository (git: ${said}), so --base-ref (input base-ref) '${ref}' cannot be compared with: check out the repository with git (actions/checkout), or leave --base-ref out`);
    });
    const commit = await git(cwd, ['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]).catch(() => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LivepatchError */ .bi(`base ref '${ref}' is not a commit in this repository; fetch it first (actions/checkout with fetch-depth: 0) or pass an existing ref`);
    });
    // `ls-tree` with a path is relative to the working directory, so this lists the folder at base.
    const listing = await git(cwd, ['ls-tree', '-z', commit.trim(), '--', '.']);
    const baseBlobs = new Map();
    for (const record of listing.split('\0')) {
        // `s`: a name may hold a newline (it is then reported, escaped, like any other).
        const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(record);
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
                message: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(name)} was edited since ${ref}: released patches are immutable; put the change into a new patch at the end`
            });
            continue;
        }
        const movedTo = currentByBlob.get(blob);
        problems.push(movedTo && !baseBlobs.has(movedTo)
            ? {
                file: name,
                rule: 'renamed',
                renamedTo: movedTo,
                message: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(name)} was renamed to ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(movedTo)} since ${ref}: released patches keep their names`
            }
            : {
                file: name,
                rule: 'deleted',
                message: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayName */ .QC)(name)} was deleted since ${ref}: released patches stay in the history`
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
                message: `${entry.name} is not after the last patch at ${ref} (${pad(baseMax)}): new patches go at the end`
            });
            continue;
        }
        appended.push(entry);
    }
    return { appended, problems };
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
