export const id = 672;
export const ids = [672];
export const modules = {

/***/ 46672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishRelease: () => (/* binding */ publishRelease),
/* harmony export */   releaseTag: () => (/* binding */ releaseTag),
/* harmony export */   renderNotes: () => (/* binding */ renderNotes)
/* harmony export */ });
/* unused harmony exports NOTES_REPORT_CHARS, NOTES_MEASUREMENTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// The release stage: after a successful deploy, an annotated tag `livepatch-NNNN` on the deployed
// commit and a GitHub release with the signed module, its sha256, functions.json, the superset
// report, the build summary and each VM's new golden measurement. Idempotent: re-running for an
// existing tag with the same module is a no-op; a different module under that tag is an error.

const MARKER = /<!-- livepatch-sha256: ([0-9a-f]{64}) -->/;
/** What of the report and the measurements the notes show (the assets hold all of it). */
const NOTES_REPORT_CHARS = 60_000;
const NOTES_MEASUREMENTS = 50;
function releaseTag(patchNumber) {
    return `livepatch-${String(patchNumber).padStart(4, '0')}`;
}
function renderNotes(input) {
    const report = input.supersetReport.trim();
    const lines = [
        `Livepatch module \`${input.moduleName}\``,
        '',
        `- sha256: \`${input.moduleSha256}\``,
        `- changed functions: ${input.changedFunctions.length ? input.changedFunctions.map(f => `\`${f}\``).join(', ') : '(none recorded)'}`,
        '',
        '### Superset check',
        '',
        // GitHub refuses a release body over 125,000 characters: the notes stay well inside it, and
        // the whole report and every measurement are assets.
        report.length > NOTES_REPORT_CHARS
            ? `${report.slice(0, NOTES_REPORT_CHARS)}\n\n… (cut: the whole report is the asset superset-report.md)`
            : report || '(no report)',
        '',
        '### Golden measurements after the deploy',
        ''
    ];
    const entries = Object.entries(input.measurements);
    if (entries.length === 0)
        lines.push('(none recorded)');
    for (const [vm, measurement] of entries.slice(0, NOTES_MEASUREMENTS))
        lines.push(`- \`${vm}\`: \`${JSON.stringify(measurement).slice(0, 500)}\``);
    if (entries.length > NOTES_MEASUREMENTS)
        lines.push(`- … and ${entries.length - NOTES_MEASUREMENTS} more VMs: every measurement is in the asset golden-measurements.json`);
    lines.push('', `<!-- livepatch-sha256: ${input.moduleSha256} -->`);
    return lines.join('\n') + '\n';
}
async function publishRelease(api, request) {
    const existing = await api.getReleaseByTag(request.tag);
    if (existing) {
        const recorded = MARKER.exec(existing.body)?.[1];
        if (recorded !== request.moduleSha256) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`release ${request.tag} already exists with module sha256 ${recorded ?? '(unknown)'}, not ${request.moduleSha256}: a different module under an existing tag is refused; release it under the next patch number`, 'fail');
        }
        const missing = request.assets.filter(a => !existing.assets.includes(a.name));
        for (const asset of missing)
            await api.uploadAsset(existing, asset);
        return {
            tag: request.tag,
            created: false,
            releaseId: existing.id,
            uploaded: missing.map(a => a.name)
        };
    }
    const ref = await api.getTagRef(request.tag);
    if (!ref) {
        await api.createAnnotatedTag(request.tag, `${request.moduleName}\n\nsha256 ${request.moduleSha256}\n`, request.commitSha);
    }
    const release = await api.createRelease(request.tag, `${request.tag}: ${request.moduleName}`, request.notes);
    for (const asset of request.assets)
        await api.uploadAsset(release, asset);
    return {
        tag: request.tag,
        created: true,
        releaseId: release.id,
        uploaded: request.assets.map(a => a.name)
    };
}


/***/ })

};
