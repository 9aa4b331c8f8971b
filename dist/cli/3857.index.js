export const id = 3857;
export const ids = [3857];
export const modules = {

/***/ 3857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDeployTable: () => (/* binding */ renderDeployTable),
/* harmony export */   renderStatusTable: () => (/* binding */ renderStatusTable)
/* harmony export */ });
/* unused harmony exports SUMMARY_ROW_CAP, SUMMARY_TABLE_CHARS, renderDeploySummary */
// Result rows of a deploy as a terminal table and as Markdown for the job summary. The summary
// stays small at any fleet size: totals, then only the rows that need a person, capped.

/** Rows the summary lists at most; the rest are in the deploy record file. */
const SUMMARY_ROW_CAP = 200;
/** Characters of one message in the summary (an agent's reply can be long). */
const SUMMARY_MESSAGE_CHARS = 400;
/** The table's share of GitHub's 1 MiB step summary, whatever the rows hold. */
const SUMMARY_TABLE_CHARS = (/* unused pure expression or super */ null && (256 * 1024));
function cells(result) {
    const rollback = result.rollback
        ? ` | rollback: ${result.rollback.status} (${result.rollback.message})`
        : '';
    return [
        result.vm,
        result.id === result.vm ? '-' : result.id,
        result.status,
        result.module,
        result.active.join(' ') || '-',
        result.transitionSeconds === null ? '-' : `${result.transitionSeconds}s`,
        `${result.message}${rollback}`
    ];
}
const HEAD = ['vm', 'id', 'status', 'module', 'active', 'transition', 'message'];
function renderDeployTable(results) {
    const rows = [HEAD, ...results.map(cells)];
    const widths = HEAD.map((_, k) => k === HEAD.length - 1 ? 0 : rows.reduce((w, r) => Math.max(w, r[k].length), 0));
    return (rows
        .map(r => r.map((cell, k) => (k === HEAD.length - 1 ? cell : cell.padEnd(widths[k]))).join('  '))
        .join('\n') + '\n');
}
const markdownCell = (text, max = Infinity) => {
    const short = text.length > max ? `${text.slice(0, max)}…` : text;
    return short
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|');
};
function renderDeploySummary(results, title, options = {}) {
    const counts = deployCounts(results);
    const cap = options.cap ?? SUMMARY_ROW_CAP;
    const lines = [`## ${markdownCell(title)}`, '', `**${counts.total} VMs**`, ''];
    lines.push('| status | VMs |', '| --- | ---: |');
    for (const status of STATUSES)
        if (counts[status] > 0)
            lines.push(`| ${status} | ${counts[status]} |`);
    lines.push('');
    const attention = results.filter(r => NEEDS_A_PERSON.includes(r.status));
    if (attention.length === 0) {
        lines.push('Every VM runs the module.');
    }
    else {
        lines.push(`### Needs a person: ${attention.length} VMs`, '');
        lines.push(`| ${HEAD.join(' | ')} |`, `| ${HEAD.map(() => '---').join(' | ')} |`);
        // At most `cap` rows, and never more than SUMMARY_TABLE_CHARS of them (names and replies may be long).
        let listed = 0;
        let size = 0;
        for (const result of attention.slice(0, cap)) {
            const row = cells(result);
            row[row.length - 1] = markdownCell(row[row.length - 1], SUMMARY_MESSAGE_CHARS);
            const line = `| ${row.map((c, k) => (k === row.length - 1 ? c : markdownCell(c, 200))).join(' | ')} |`;
            if (size + line.length > SUMMARY_TABLE_CHARS)
                break;
            lines.push(line);
            size += line.length + 1;
            listed++;
        }
        if (attention.length > listed)
            lines.push('', `… and ${attention.length - listed} more${options.record ? ` in ${markdownCell(options.record)}` : ''}.`);
    }
    if (options.record)
        lines.push('', `Every VM's row and measurement: ${markdownCell(options.record)}.`);
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
