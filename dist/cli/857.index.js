export const id = 857;
export const ids = [857];
export const modules = {

/***/ 3857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDeployTable: () => (/* binding */ renderDeployTable),
/* harmony export */   renderStatusTable: () => (/* binding */ renderStatusTable)
/* harmony export */ });
/* unused harmony export renderDeploySummary */
function cells(result) {
    const rollback = result.rollback
        ? ` | rollback: ${result.rollback.status} (${result.rollback.message})`
        : '';
    return [
        result.vm,
        result.status,
        result.module,
        result.active.join(' ') || '-',
        result.transitionSeconds === null ? '-' : `${result.transitionSeconds}s`,
        `${result.message}${rollback}`
    ];
}
const HEAD = ['vm', 'status', 'module', 'active', 'transition', 'message'];
function renderDeployTable(results) {
    const rows = [HEAD, ...results.map(cells)];
    const widths = HEAD.map((_, k) => Math.max(...rows.map(r => (k === HEAD.length - 1 ? 0 : r[k].length))));
    return (rows
        .map(r => r.map((cell, k) => (k === HEAD.length - 1 ? cell : cell.padEnd(widths[k]))).join('  '))
        .join('\n') + '\n');
}
function renderDeploySummary(results, title) {
    const escape = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = [
        `## ${title}`,
        '',
        `| ${HEAD.join(' | ')} |`,
        `| ${HEAD.map(() => '---').join(' | ')} |`
    ];
    for (const result of results)
        lines.push(`| ${cells(result).map(escape).join(' | ')} |`);
    return lines.join('\n') + '\n';
}
function renderStatusTable(vms, reports) {
    const rows = [
        ['vm', 'status', 'kernel', 'active', 'message'],
        ...reports.map((r, k) => [
            vms[k],
            r.status,
            r.kernel || '-',
            r.active.join(' ') || '-',
            r.message
        ])
    ];
    const widths = [0, 1, 2, 3].map(k => Math.max(...rows.map(r => r[k].length)));
    return (rows
        .map(r => r.map((cell, k) => (k < 4 ? cell.padEnd(widths[k]) : cell)).join('  '))
        .join('\n') + '\n');
}


/***/ })

};
