export const id = 7659;
export const ids = [7659];
export const modules = {

/***/ 7659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listVms: () => (/* binding */ listVms),
/* harmony export */   qemuProvider: () => (/* binding */ qemuProvider),
/* harmony export */   startVm: () => (/* binding */ startVm),
/* harmony export */   stopVm: () => (/* binding */ stopVm)
/* harmony export */ });
/* unused harmony exports MAX_COMMAND_OUTPUT, defaultStateDir, runOverPipes, serialShell, consoleLog */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4130);
// Provider `qemu`: a local VM booted from a kernel and initramfs under qemu, whose second serial
// port runs a root shell. It is driven exactly like a cloud run-command: a script in, its output
// and exit status out, one connection per command. VMs are found by name in a state folder.








/** Most output kept from one command: the guest's output is untrusted and must not exhaust memory. */
const MAX_COMMAND_OUTPUT = 4 * 1024 * 1024;
function defaultStateDir() {
    return process.env.LIVEPATCH_QEMU_DIR || (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_5__.homedir)(), '.cache', 'livepatch-action', 'qemu');
}
/**
 * Run one script over the VM's serial shell: a pair of FIFOs (`<base>.in`, `<base>.out`) that qemu
 * holds open (`-serial pipe:<base>`). Output the guest wrote while nobody listened waits in the
 * FIFO and is skipped: only what precedes this command's own end marker is its output. (A socket
 * chardev loses or delays output across reconnects, so FIFOs it is.)
 */
async function runOverPipes(base, script, timeoutMs) {
    const marker = `__LPDONE_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}__`;
    let reader;
    let timer;
    try {
        const readFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(`${base}.out`, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_NONBLOCK);
        reader = new node_net__WEBPACK_IMPORTED_MODULE_4__.Socket({ fd: readFd, readable: true, writable: false });
        const done = new Promise((resolve, reject) => {
            let output = '';
            timer = setTimeout(() => reject(new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s(`no answer within ${timeoutMs} ms`)), timeoutMs);
            reader?.setEncoding('latin1');
            reader?.on('data', (data) => {
                output += data;
                if (output.length > MAX_COMMAND_OUTPUT) {
                    clearTimeout(timer);
                    reader?.destroy();
                    reject(new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s(`output too large: the VM wrote more than ${MAX_COMMAND_OUTPUT / 1024 / 1024} MiB for one command; stopped reading`));
                    return;
                }
                const end = new RegExp(`${marker} (\\d+)`).exec(output);
                if (!end)
                    return;
                clearTimeout(timer);
                // Skip whatever earlier commands left behind: our output starts after our start marker.
                const start = output.lastIndexOf(`${marker}_start`, end.index);
                const from = start < 0 ? 0 : output.indexOf('\n', start) + 1;
                resolve({
                    stdout: output.slice(from, end.index).replace(/\r/g, ''),
                    exitCode: Number(end[1])
                });
            });
            reader?.on('error', error => {
                clearTimeout(timer);
                reject(new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s(`cannot read the VM's serial shell: ${error.message}`));
            });
        });
        done.catch(() => undefined); // observed below; never an unhandled rejection
        const writeFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(`${base}.in`, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_NONBLOCK);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeSync)(writeFd, `echo ${marker}_start\n${script}\necho "${marker} $?"\n`);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(writeFd);
        }
        return await done;
    }
    catch (error) {
        if (error instanceof _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s)
            throw error;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s(`cannot reach the VM's serial shell at ${base}: ${error.message}`);
    }
    finally {
        clearTimeout(timer);
        reader?.destroy();
    }
}
const serialShell = {
    kind: 'command',
    async run(vm, script, timeoutMs) {
        if (!vm.address)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s(`${vm.name}: no serial socket known`, vm.name);
        return runOverPipes(vm.address, script, timeoutMs);
    }
};
async function readState(stateDir, name) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(stateDir, name, 'state.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Is this VM's qemu still running? (A bare pid check is fooled by thread ids and reuse.) */
function alive(state) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${state.pid}/cmdline`, 'latin1').includes(`pipe:${state.socket}`);
    }
    catch {
        return false;
    }
}
/** Boot a VM in the background and wait (bounded) until its shell answers. A boot that fails
 * (qemu exits, or the shell never answers: a race on a busy host) is retried once; a final
 * failure carries the whole console log. */
async function startVm(spec) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(spec.name))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s(`invalid VM name '${spec.name}': letters, digits, . _ -`);
    for (const [what, path] of [
        ['kernel', spec.kernel],
        ['initrd', spec.initrd]
    ]) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(path))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s(`${what} image ${path} does not exist`);
    }
    const stateDir = spec.stateDir ?? defaultStateDir();
    const existing = await readState(stateDir, spec.name);
    if (existing && alive(existing))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s(`VM ${spec.name} is already running (pid ${existing.pid}); stop it first`);
    let first;
    for (const attempt of [1, 2]) {
        const booted = await bootOnce(spec, stateDir);
        if (!(booted instanceof BootFailure))
            return booted;
        if (attempt === 1) {
            first = booted;
            continue;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(stateDir, spec.name), { recursive: true, force: true });
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s(`VM ${spec.name} did not boot, twice (first: ${first?.reason}; then: ${booted.reason}). ` +
            `Whole console log of the second boot:\n${booted.console.trimEnd() || '(empty)'}`);
    }
    throw new Error('unreachable');
}
class BootFailure {
    reason;
    console;
    constructor(reason, console) {
        this.reason = reason;
        this.console = console;
    }
}
async function bootOnce(spec, stateDir) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(stateDir, spec.name);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(dir, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)(dir, { recursive: true });
    const socket = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(dir, 'shell');
    for (const end of ['in', 'out'])
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('mkfifo', ['-m', '600', `${socket}.${end}`]);
    const consoleLog = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(dir, 'console.log');
    const args = [
        // TCG by default: KVM on these hosts boots the test kernel to silence (nested virtualisation).
        '-machine',
        `pc,accel=${process.env.LIVEPATCH_QEMU_ACCEL || 'tcg'}`,
        '-m',
        String(spec.memoryMb ?? 256),
        '-smp',
        '1',
        '-nodefaults',
        '-display',
        'none',
        '-no-reboot',
        '-kernel',
        spec.kernel,
        '-initrd',
        spec.initrd,
        '-append',
        `console=ttyS0 panic=-1 ${spec.append ?? ''}`.trim(),
        '-serial',
        `file:${consoleLog}`,
        '-serial',
        `pipe:${socket}`
    ];
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('qemu-system-x86_64', args, { detached: true, stdio: 'ignore' });
    const spawned = await new Promise((resolve, reject) => {
        child.once('error', error => reject(new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s(`cannot start qemu-system-x86_64: ${error.message} (install Debian's qemu-system-x86)`)));
        child.once('spawn', () => resolve(child.pid));
    });
    child.unref();
    const state = { name: spec.name, pid: spawned, socket, console: consoleLog };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(dir, 'state.json'), JSON.stringify(state) + '\n');
    const deadline = Date.now() + (spec.bootTimeoutMs ?? 180_000);
    const consoleText = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(consoleLog, 'utf8').catch(() => '');
    let lastError = 'not started';
    while (Date.now() < deadline) {
        if (!alive(state))
            return new BootFailure('qemu exited during boot', await consoleText());
        try {
            const probe = await runOverPipes(socket, 'echo __ALIVE__', 3000);
            if (probe.stdout.includes('__ALIVE__'))
                return { name: spec.name, provider: 'qemu', address: socket, id: String(spawned) };
        }
        catch (error) {
            lastError = error.message;
            await new Promise(resolve => setTimeout(resolve, 500));
        }
    }
    if (alive(state))
        process.kill(spawned, 'SIGKILL');
    return new BootFailure(`no answer on its serial shell in time (${lastError})`, await consoleText());
}
async function stopVm(name, stateDir = defaultStateDir()) {
    const state = await readState(stateDir, name);
    if (!state)
        return false;
    if (alive(state))
        process.kill(state.pid, 'SIGKILL');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(stateDir, name), { recursive: true, force: true });
    return true;
}
async function listVms(stateDir = defaultStateDir()) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(stateDir).catch(() => []);
    const vms = [];
    for (const name of names) {
        const state = await readState(stateDir, name);
        if (state && alive(state))
            vms.push({ name, provider: 'qemu', address: state.socket, id: String(state.pid) });
    }
    return vms;
}
/** The console log of a VM (kernel messages). */
async function consoleLog(name, stateDir = defaultStateDir()) {
    const state = await readState(stateDir, name);
    return state ? readFile(state.console, 'utf8').catch(() => '') : '';
}
function qemuProvider(stateDir = defaultStateDir()) {
    return {
        name: 'qemu',
        channel: serialShell,
        async find(names) {
            const running = await listVms(stateDir);
            return names.map(name => {
                const vm = running.find(v => v.name === name);
                if (!vm)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .DeployError */ .s(`qemu VM '${name}' is not running (start it with: livepatch vm start ${name} --kernel BZIMAGE --initrd INITRAMFS)`, name);
                return vm;
            });
        },
        async close() { }
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
