export const id = 8323;
export const ids = [8323];
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


/***/ })

};
