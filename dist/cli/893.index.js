export const id = 893;
export const ids = [893];
export const modules = {

/***/ 893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCheckText: () => (/* binding */ renderCheckText)
/* harmony export */ });
/* unused harmony exports BASE_UNAVAILABLE, describeMissing */
/* harmony import */ var _patches_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(243);

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
    return out.map(_patches_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .displayLine */ .pr).join('\n') + '\n';
}


/***/ })

};
