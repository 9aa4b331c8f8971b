export const id = 229;
export const ids = [229];
export const modules = {

/***/ 98229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ missingFunctions),
/* harmony export */   PM: () => (/* binding */ parseFunctionLines),
/* harmony export */   ae: () => (/* binding */ FunctionGateError),
/* harmony export */   changedFunctions: () => (/* binding */ changedFunctions),
/* harmony export */   parseFunctionsJson: () => (/* binding */ parseFunctionsJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Changed and new functions of a livepatch (kpatch-build prints `file.o: changed function: f`
// and `file.o: new function: f`), and the function-level superset gate: in replace mode a
// function the previous release patched and this one does not silently reverts to the old code.

const LINE = /^(\S+\.o): (changed|new) function: (\S+)$/;
/** Collect function lines from kpatch-build's output. */
function parseFunctionLines(output) {
    const objects = {};
    for (const line of output.split('\n')) {
        const match = LINE.exec(line.trim());
        if (!match)
            continue;
        const entry = (objects[match[1]] ??= { changed: [], new: [] });
        const list = match[2] === 'changed' ? entry.changed : entry.new;
        if (!list.includes(match[3]))
            list.push(match[3]);
    }
    return objects;
}
/** The changed functions as people read them: `object.o: function`, in the report's order. */
function changedFunctions(report) {
    return Object.entries(report.objects).flatMap(([object, entry]) => entry.changed.map(f => `${object}: ${f}`));
}
function parseFunctionsJson(text, source) {
    try {
        const value = JSON.parse(text);
        if (typeof value !== 'object' || value === null || typeof value.objects !== 'object')
            throw new Error('no "objects" map');
        return value;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`${source}: not a functions.json written by livepatch build (${error.message})`);
    }
}
/** Functions the previous release patched that the new module does not patch. */
function missingFunctions(previous, next) {
    const patched = new Set();
    for (const [object, entry] of Object.entries(next.objects))
        for (const f of entry.changed)
            patched.add(`${object}\0${f}`);
    const missing = [];
    for (const [object, entry] of Object.entries(previous.objects)) {
        for (const f of entry.changed)
            if (!patched.has(`${object}\0${f}`))
                missing.push({ object, function: f });
    }
    return missing;
}
class FunctionGateError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
    missing;
    constructor(missing, previous) {
        super(`the new module no longer patches ${missing.map(m => `${m.function} (${m.object})`).join(', ')}, which ${previous} patched: in replace mode those functions would silently revert to the unpatched code. Keep their changes in the new patch.`, 'fail');
        this.missing = missing;
    }
}


/***/ })

};
