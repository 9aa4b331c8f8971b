export const id = 9148;
export const ids = [9148];
export const modules = {

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ createFilesExclusive),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// File writing that never leaves half a file behind.



function tempNameFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
async function writeTemp(path, data, mode) {
    const temp = tempNameFor(path);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', mode);
    try {
        // No fsync: the rename makes the file appear whole or not at all to every reader, which is
        // what CI steps need; durability across a power cut is not worth its cost here.
        await handle.writeFile(data);
    }
    catch (error) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
        throw error;
    }
    await handle.close();
    return temp;
}
/** Write through a temp file in the same folder, then rename over `path`. */
async function writeFileAtomic(path, data, mode = 0o644) {
    const temp = await writeTemp(path, data, mode);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
        throw error;
    }
}
/**
 * Write several new files all-or-nothing: each goes to a temp file first, then is linked into
 * place, which fails if the file exists. On any failure every file made here is removed.
 */
async function createFilesExclusive(files) {
    const temps = [];
    const placed = [];
    try {
        for (const file of files)
            temps.push(await writeTemp(file.path, file.data, file.mode));
        for (const [k, file] of files.entries()) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temps[k], file.path);
            placed.push(file.path);
        }
    }
    catch (error) {
        await Promise.all(placed.map(p => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(p).catch(() => undefined)));
        throw error;
    }
    finally {
        await Promise.all(temps.map(t => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(t).catch(() => undefined)));
    }
}


/***/ })

};
