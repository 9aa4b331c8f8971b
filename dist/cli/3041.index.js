export const id = 3041;
export const ids = [3041];
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


/***/ })

};
