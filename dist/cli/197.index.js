export const id = 197;
export const ids = [197];
export const modules = {

/***/ 4197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   firstToken: () => (/* binding */ firstToken),
/* harmony export */   tokensFromDir: () => (/* binding */ tokensFromDir),
/* harmony export */   tokensFromEnv: () => (/* binding */ tokensFromEnv),
/* harmony export */   u: () => (/* binding */ addressFromDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// Agent bearer tokens, per VM: from CVM_AGENT_TOKENS (a JSON map {"vm": "token"} or one bare
// token for every VM), from the vendor tools' files (<csp>_<vm>_token, <csp>_<vm>_ip), or, on
// AWS, from SSM Parameter Store SecureStrings. Every token goes through `mask` first.



/** CVM_AGENT_TOKENS: `{"vm-a": "t1", "vm-b": "t2"}` or a bare token for all VMs. */
function tokensFromEnv(value, mask) {
    if (value === undefined || value.trim() === '')
        return async () => undefined;
    const text = value.trim();
    if (text.startsWith('{')) {
        let map;
        try {
            map = JSON.parse(text);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .b('CVM_AGENT_TOKENS is not valid JSON: expected {"<vm>": "<token>", ...} or one bare token');
        }
        for (const [vm, token] of Object.entries(map)) {
            if (typeof token !== 'string' || token === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .b(`CVM_AGENT_TOKENS: the token for VM '${vm}' must be a non-empty string`);
            mask(token);
        }
        return async (vm) => map[vm];
    }
    mask(text);
    return async () => text;
}
/** The vendor tools' files in `dir`: `<csp>_<vm>_token` (and `<csp>_<vm>_ip` for the address). */
function tokensFromDir(dir, csp, mask) {
    return async (vm) => {
        try {
            const token = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${csp}_${vm}_token`), 'utf8')).trim();
            if (token)
                mask(token);
            return token || undefined;
        }
        catch {
            return undefined;
        }
    };
}
async function addressFromDir(dir, csp, vm) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${csp}_${vm}_ip`), 'utf8')).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** The first source that knows a token for the VM. */
function firstToken(...sources) {
    return async (vm) => {
        for (const source of sources) {
            const token = await source(vm);
            if (token)
                return token;
        }
        return undefined;
    };
}


/***/ })

};
