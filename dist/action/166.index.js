export const id = 166;
export const ids = [166];
export const modules = {

/***/ 57166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckCommand: () => (/* binding */ runCheckCommand)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/app/check.ts
// check, for both doors: the history rules, the superset verdict, the kernel config preflight
// (the repository's kernel/config when none is named) and the author-guide warnings.

/** The config preflighted with every check when none is named and the repository has one. */
const REPOSITORY_KERNEL_CONFIG = 'kernel/config';
function checkSettings(r) {
    return {
        dir: r.text('patchesDir'),
        previous: r.text('previousPatch') || undefined,
        latest: r.text('latestPatch') || undefined,
        baseRef: r.text('baseRef') || undefined,
        kernelSource: r.text('kernelSource') || undefined,
        kernelConfig: r.text('kernelConfig') ||
            ((0,external_node_fs_.existsSync)(REPOSITORY_KERNEL_CONFIG) ? REPOSITORY_KERNEL_CONFIG : undefined)
    };
}
async function runCheck(settings) {
    const { checkPatches } = await Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(638)]).then(__webpack_require__.bind(__webpack_require__, 79638));
    return checkPatches(settings);
}

// EXTERNAL MODULE: ./src/patches/errors.ts
var errors = __webpack_require__(70243);
;// CONCATENATED MODULE: ./src/render/text.ts

const SHOWN = 50;
const BASE_UNAVAILABLE = 'the pristine base was not available (no kernel-source): only the lines the patches show were compared; a verdict that depends on other base lines is reported as undecidable';
function describeMissing(change) {
    const where = change.oldLine > 0 ? `${change.file}:${change.oldLine}` : change.file;
    const text = JSON.stringify(change.text);
    switch (change.kind) {
        case 'file':
            return `${where}: the previous patch ${change.text}; the latest ${change.found ?? 'does not'}`;
        case 'undecidable':
            return `${where}: undecidable without the base file: regenerate with context (-U3) or give --kernel-source (${change.found}; they decide whether the latest patch keeps the previous patch's change ${text})`;
        case 'base':
            if (change.how === 'tree')
                return `${where}: the patch shows base line ${text} but the kernel tree has ${JSON.stringify(change.found)}: it was not made against this tree`;
            return `${where}: the patches disagree about the base tree: previous has ${text}, latest has ${JSON.stringify(change.found)} (was the latest patch made on top of the previous one instead of the pristine tree?)`;
        case 'removal':
            return `${where}: removal of ${text} was dropped`;
        case 'addition':
            if (change.how === 'altered')
                return `${where}: added line ${text} was altered to ${JSON.stringify(change.found)}`;
            if (change.how === 'moved')
                return `${where}: added line ${text} was moved (${change.found})`;
            return `${where}: added line ${text} (inserted after base line ${change.oldLine}) was dropped`;
    }
}
function renderCheckText(report) {
    const out = [];
    for (const problem of report.history)
        out.push(`history: ${problem.message}`);
    for (const pair of report.pairs) {
        const head = `${pair.latest} ${pair.verdict === 'pass' ? 'contains' : 'does NOT contain'} every change of ${pair.previous}`;
        out.push(head);
        for (const file of pair.files) {
            out.push(`  ${file.status.padEnd(10)} ${file.file} (previous ${file.previousChanges} changes, latest ${file.latestChanges}${file.missing ? `, ${file.missing} missing` : ''})`);
        }
        for (const change of pair.missing.slice(0, SHOWN))
            out.push(`  - ${describeMissing(change)}`);
        if (pair.missing.length > SHOWN)
            out.push(`  … and ${pair.missing.length - SHOWN} more`);
    }
    for (const proof of report.applies) {
        out.push(`${proof.patch} ${proof.ok ? 'applies to the kernel source exactly' : 'does NOT apply to the kernel source exactly (patch -p1, no fuzz, no offset)'}`);
        for (const problem of proof.problems)
            out.push(`  - ${problem}`);
    }
    for (const warning of report.warnings)
        out.push(`warning: ${warning.file}:${warning.line}: ${warning.message}`);
    for (const note of report.notes)
        out.push(`note: ${note}`);
    if (report.kernelSource === null && report.pairs.length > 0)
        out.push(`note: ${BASE_UNAVAILABLE}`);
    out.push(`verdict: ${report.verdict}${report.moduleName ? ` (module ${report.moduleName})` : ''}`);
    // Names in the report come from outside (file names, refs): no control character in them may
    // reach the terminal or a CI log raw, where a line starting `::error::` is a workflow command.
    return out.map(displayLine).join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/render/summary.ts

const summary_SHOWN = 100;
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function renderCheckSummary(report) {
    const out = [];
    const icon = report.verdict === 'pass' ? '✅' : '❌';
    out.push(`## ${icon} livepatch check: ${report.verdict}`, '');
    if (report.latest)
        out.push(`Latest patch: \`${report.latest}\` → module \`${report.moduleName}\``);
    if (report.previous)
        out.push(`Previous patch: \`${report.previous}\``);
    out.push('');
    if (report.history.length > 0) {
        out.push('### History rules broken', '');
        for (const problem of report.history)
            out.push(`- ${cell(problem.message)}`);
        out.push('');
    }
    for (const pair of report.pairs) {
        out.push(`### \`${pair.latest}\` ⊇ \`${pair.previous}\`: ${pair.verdict}`, '');
        out.push('| file | status | previous changes | latest changes | missing |', '| --- | --- | ---: | ---: | ---: |');
        for (const file of pair.files) {
            out.push(`| \`${cell(file.file)}\` | ${file.status} | ${file.previousChanges} | ${file.latestChanges} | ${file.missing} |`);
        }
        out.push('');
        if (pair.missing.length > 0) {
            out.push('Missing from the latest patch:', '');
            for (const change of pair.missing.slice(0, summary_SHOWN))
                out.push(`- ${cell(describeMissing(change))}`);
            if (pair.missing.length > summary_SHOWN)
                out.push(`- … and ${pair.missing.length - summary_SHOWN} more`);
            out.push('');
        }
    }
    if (report.applies.length > 0) {
        out.push('### Applies to the kernel source (patch -p1, no fuzz, no offset)', '');
        for (const proof of report.applies) {
            out.push(`- ${proof.ok ? '✅' : '❌'} \`${cell(proof.patch)}\``);
            for (const problem of proof.problems)
                out.push(`  - ${cell(problem)}`);
        }
        out.push('');
    }
    if (report.warnings.length > 0) {
        out.push('### Patch-author guide warnings', '');
        for (const warning of report.warnings)
            out.push(`- \`${warning.file}:${warning.line}\` ${cell(warning.message)}`);
        out.push('');
    }
    if (report.preflight) {
        out.push(`### Kernel config preflight (\`${report.preflight.source}\`): ${report.preflight.ok ? 'pass' : 'fail'}`, '');
        for (const p of report.preflight.fatal)
            out.push(`- ❌ \`${p.option}\`: ${cell(p.message)}`);
        for (const p of report.preflight.warnings)
            out.push(`- ⚠️ \`${p.option}\`: ${cell(p.message)}`);
        out.push('');
    }
    for (const note of report.notes)
        out.push(`> ${note}`);
    if (report.kernelSource === null && report.pairs.length > 0)
        out.push(`> ${BASE_UNAVAILABLE}`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var inputs = __webpack_require__(35859);
;// CONCATENATED MODULE: ./src/action/check.ts
// `command: check` — verdict, outputs, annotations on the newest patch file, job summary.







function annotateCheck(report, patchesDir) {
    for (const problem of report.history) {
        core/* error */.z3(problem.message, {
            title: 'livepatch history',
            file: (0,external_node_path_.join)(patchesDir, problem.file)
        });
    }
    for (const pair of report.pairs) {
        for (const change of pair.missing) {
            core/* error */.z3(describeMissing(change), {
                title: 'change of the previous patch missing',
                file: pair.latest,
                startLine: change.latestPatchLine
            });
        }
    }
    for (const proof of report.applies) {
        if (proof.ok)
            continue;
        core/* error */.z3(`does not apply to the kernel source exactly (patch -p1, no fuzz, no offset): ${proof.problems.join('; ')}`, { title: 'patch does not apply', file: proof.patch });
    }
    for (const problem of report.preflight?.fatal ?? []) {
        core/* error */.z3(`${problem.option}: ${problem.message}`, {
            title: 'kernel config preflight',
            file: report.preflight?.source
        });
    }
    for (const warning of report.warnings) {
        core/* warning */.$e(warning.message, {
            title: 'kpatch patch-author guide',
            file: warning.file,
            startLine: warning.line
        });
    }
}
/**
 * The report as a file the job can upload: GitHub gives every step its own summary file, so a
 * later step cannot copy this one's. Written whole (temp file + rename) under RUNNER_TEMP.
 */
async function writeReportFile(markdown) {
    const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || '/tmp', 'livepatch-check');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, 'superset-report.md');
    await (0,promises_.writeFile)(`${path}.tmp`, markdown);
    await (0,promises_.rename)(`${path}.tmp`, path);
    return path;
}
async function runCheckCommand() {
    const settings = checkSettings((0,inputs/* actionReader */.CE)());
    const patchesDir = settings.dir ?? 'patches';
    const report = await runCheck(settings);
    core/* setOutput */.uH(inputs/* Outputs */.tY.Verdict, report.verdict);
    core/* setOutput */.uH(inputs/* Outputs */.tY.LatestPatch, report.latest ?? '');
    core/* setOutput */.uH(inputs/* Outputs */.tY.PreviousPatch, report.previous ?? '');
    core/* setOutput */.uH(inputs/* Outputs */.tY.ModuleName, report.moduleName ?? '');
    annotateCheck(report, patchesDir);
    const markdown = renderCheckSummary(report);
    core/* setOutput */.uH(inputs/* Outputs */.tY.ReportFile, await writeReportFile(markdown));
    await core/* summary */.z.addRaw(markdown).write();
    if (report.verdict !== 'pass') {
        core/* setFailed */.C1(`livepatch check: ${report.latest ?? patchesDir} failed the check (see the job summary)`);
        return 1;
    }
    core/* info */.pq(`livepatch check: pass (${report.latest ?? 'no patches'})`);
    return 0;
}


/***/ })

};
