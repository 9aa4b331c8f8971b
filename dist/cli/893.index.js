export const id = 893;
export const ids = [893];
export const modules = {

/***/ 893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCheckText: () => (/* binding */ renderCheckText)
/* harmony export */ });
/* unused harmony export describeMissing */
const SHOWN = 50;
function describeMissing(change) {
    const where = change.oldLine > 0 ? `${change.file}:${change.oldLine}` : change.file;
    const text = JSON.stringify(change.text);
    switch (change.kind) {
        case 'file':
            return `${where}: the previous patch ${change.text}; the latest ${change.found ?? 'does not'}`;
        case 'base':
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
    for (const warning of report.warnings)
        out.push(`warning: ${warning.file}:${warning.line}: ${warning.message}`);
    for (const note of report.notes)
        out.push(`note: ${note}`);
    out.push(`verdict: ${report.verdict}${report.moduleName ? ` (module ${report.moduleName})` : ''}`);
    return out.join('\n') + '\n';
}


/***/ })

};
