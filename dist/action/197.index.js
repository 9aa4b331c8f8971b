export const id = 197;
export const ids = [197];
export const modules = {

/***/ 94197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ isHeaderToken),
/* harmony export */   firstToken: () => (/* binding */ firstToken),
/* harmony export */   tokensFromDir: () => (/* binding */ tokensFromDir),
/* harmony export */   tokensFromEnv: () => (/* binding */ tokensFromEnv),
/* harmony export */   u: () => (/* binding */ addressFromDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _remote_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23041);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44130);
// Agent bearer tokens, per VM: from CVM_AGENT_TOKENS (a JSON object {"vm": "token"} or one bare
// token for every VM), from the vendor tools' files (<csp>_<vm>_token, <csp>_<vm>_ip), or, on
// AWS, from SSM Parameter Store SecureStrings. Every token goes through `mask` first, and no
// message ever quotes one: errors name the VM and where the token came from.





/**
 * What a bearer token may hold: RFC 7235's token68 (letters, digits, `-._~+/`, trailing `=`),
 * widened to the other RFC 7230 `tchar`s; never blanks, quotes, commas, control characters.
 */
const HEADER_TOKEN = /^[A-Za-z0-9\-._~+/!#$%&'*^`|]+=*$/;
function isHeaderToken(token) {
    return HEADER_TOKEN.test(token);
}
const SHAPE = 'expected a JSON object {"<vm>": "<token>", ...} or one token of letters, digits and -._~+/= (no blanks, commas or newlines)';
/**
 * CVM_AGENT_TOKENS: exactly a JSON object of VM name → token, or one bare token for all VMs.
 * Anything else (a JSON array, `vm1=a,vm2=b`, a token with a blank or newline) is refused, so a
 * malformed secret is never sent to any VM. `source` names the variable or input in messages.
 */
function tokensFromEnv(value, mask, source = 'CVM_AGENT_TOKENS') {
    if (value === undefined || value.trim() === '')
        return async () => undefined;
    const text = value.trim();
    if (/^[[{"]/.test(text)) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${source} is not valid JSON: ${SHAPE}`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${source} is JSON but not an object (${Array.isArray(parsed) ? 'an array' : typeof parsed}): ${SHAPE}`);
        const map = new Map();
        for (const [vm, token] of Object.entries(parsed)) {
            if (typeof token === 'string' && token !== '')
                mask(token);
            if (typeof token !== 'string' || token === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${source}: the token for VM '${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_4__.remoteText)(vm, 120)}' must be a non-empty string`);
            if (!isHeaderToken(token))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${source}: the token for VM '${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_4__.remoteText)(vm, 120)}' has characters an HTTP header cannot carry (blanks, newlines, quotes or commas); expected letters, digits and -._~+/=`);
            map.set(vm, token);
        }
        return async (vm) => map.get(vm);
    }
    mask(text);
    if (!isHeaderToken(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${source} is neither a JSON object nor one token (it has blanks, commas, newlines or other characters an HTTP header cannot carry): ${SHAPE}`);
    return async () => text;
}
/** A VM name that is safe as part of a file name: no path separators, NUL or dot names. */
function fileSafe(vm) {
    return vm !== '' && vm !== '.' && vm !== '..' && !/[/\\\0]/.test(vm);
}
/** The vendor tools' files in `dir`: `<csp>_<vm>_token` (and `<csp>_<vm>_ip` for the address). */
function tokensFromDir(dir, csp, mask) {
    return async (vm) => {
        if (!fileSafe(vm))
            return undefined;
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${csp}_${vm}_token`);
        let token;
        try {
            token = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8')).trim();
        }
        catch {
            return undefined;
        }
        if (token)
            mask(token);
        if (token && !isHeaderToken(token))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .DeployError */ .s(`${file}: the token for VM '${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_4__.remoteText)(vm, 120)}' has characters an HTTP header cannot carry (blanks, newlines, quotes or commas); nothing was sent`, vm, 'refused');
        return token || undefined;
    };
}
async function addressFromDir(dir, csp, vm) {
    if (!fileSafe(vm))
        return undefined;
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
