export const id = 4197;
export const ids = [4197,3041];
export const modules = {

/***/ 3041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   remoteText: () => (/* binding */ remoteText)
/* harmony export */ });
/* unused harmony export REMOTE_TEXT_MAX */
// Text a VM, an agent or a cloud API wrote is neutralised before it reaches a log, a summary, a
// table or an error: it may be hostile. The runner reads any stdout line that starts with `::`
// (after blanks) as a workflow command (`::error`, `::add-mask::`, `::stop-commands::`), so
// remote text is made one line, `::` is broken up, control and bidi characters are shown as
// escapes (no terminal sequences, no hidden reordering), and the length is bounded.
/** Longest remote text kept in one message, in characters. */
const REMOTE_TEXT_MAX = 1000;
// C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and isolates,
// zero-width characters and the BOM.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
function escapeChar(char) {
    if (char === '\n')
        return '\\n';
    if (char === '\r')
        return '\\r';
    if (char === '\t')
        return ' ';
    const code = char.codePointAt(0) ?? 0;
    return code < 0x100
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** One safe line of at most `max` characters (and a note when more was cut). */
function remoteText(text, max = REMOTE_TEXT_MAX) {
    const raw = typeof text === 'string' ? text : String(text ?? '');
    const chars = Array.from(raw.slice(0, max * 2 + 2)); // a code point is at most 2 UTF-16 units
    const line = chars
        .slice(0, max)
        .join('')
        .replace(UNSAFE, escapeChar)
        .replace(/:(?=:)/g, ': ');
    return chars.length > max ? `${line}… (cut at ${max} characters)` : line;
}


/***/ }),

/***/ 4197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ isHeaderToken),
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
/* harmony import */ var _remote_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3041);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4130);
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


/***/ }),

/***/ 4130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ DeployRefusedError),
/* harmony export */   s: () => (/* binding */ DeployError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

class DeployError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
    vm;
    outcome;
    constructor(message, vm, 
    /** The row this failure puts the VM in: refused when it was known before any upload. */
    outcome = 'unreachable') {
        super(message);
        this.vm = vm;
        this.outcome = outcome;
    }
}
/** A deploy stopped before any upload because some VM lacks a token or pin: exit 2, nothing sent. */
class DeployRefusedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
}


/***/ })

};
