export const id = 678;
export const ids = [678,197,36];
export const modules = {

/***/ 6036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _8: () => (/* binding */ AGENT_PORT),
  Ro: () => (/* binding */ AgentClient),
  Vo: () => (/* binding */ agentChannel),
  parsePins: () => (/* binding */ parsePins)
});

// UNUSED EXPORTS: AGENT_SUCCESS, normalisePin

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/deploy/retry.ts
async function withRetry(operation, options) {
    let lastError;
    for (let attempt = 1; attempt <= options.attempts; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            lastError = error;
            if (attempt === options.attempts || !options.retryable(error))
                throw error;
            options.onRetry?.(error, attempt);
            await new Promise(resolve => setTimeout(resolve, options.baseDelayMs * 2 ** (attempt - 1)));
        }
    }
    throw lastError;
}

// EXTERNAL MODULE: ./src/deploy/types.ts
var types = __webpack_require__(4130);
;// CONCATENATED MODULE: ./src/deploy/agent.ts
// The image's agent: HTTPS on port 8000, `POST /livepatch` with `Authorization: Bearer <token>`
// and the module as multipart field `file`; 200 "Livepatch successfully applied and measured into
// PCR 16." on success. It unloads every livepatch, then loads the new one. Its certificate is
// self-signed, so it is pinned by SHA-256 fingerprint: the TLS connection is made and checked
// first, and only then is the request (with the token) written to it. Skipping the check needs
// `insecure`, which the caller must flag.





const AGENT_PORT = 8000;
const AGENT_SUCCESS = 'Livepatch successfully applied and measured into PCR 16.';
/** A transport failure before any reply: worth retrying. */
class AgentConnectionError extends types/* DeployError */.s {
}
function normalisePin(pin) {
    const hex = pin.replace(/[:\s]/g, '').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hex))
        throw new types/* DeployError */.s(`invalid certificate pin '${pin}': expected a SHA-256 fingerprint (64 hex digits, colons allowed)`);
    return hex;
}
function hostPort(vm) {
    if (!vm.address)
        throw new types/* DeployError */.s(`${vm.name}: no address found`, vm.name);
    const match = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(vm.address);
    if (!match)
        throw new types/* DeployError */.s(`${vm.name}: invalid address '${vm.address}'`, vm.name);
    return { host: match[1], port: match[2] ? Number(match[2]) : AGENT_PORT };
}
/** Open TLS to the agent and check the pin before anything is sent. */
function pinnedSocket(vm, pin, insecure, timeoutMs) {
    const { host, port } = hostPort(vm);
    return new Promise((resolve, reject) => {
        const socket = (0,external_node_tls_.connect)({
            host,
            port,
            servername: /^[\d.]+$|:/.test(host) ? undefined : host,
            rejectUnauthorized: false
        });
        const timer = setTimeout(() => {
            socket.destroy();
            reject(new AgentConnectionError(`${vm.name}: TLS connection to ${host}:${port} timed out after ${timeoutMs} ms`, vm.name));
        }, timeoutMs);
        socket.once('secureConnect', () => {
            clearTimeout(timer);
            const fingerprint = socket
                .getPeerCertificate()
                .fingerprint256?.replace(/:/g, '')
                .toLowerCase();
            if (!insecure && fingerprint !== pin) {
                socket.destroy();
                reject(new types/* DeployError */.s(`${vm.name}: the agent's TLS certificate (sha256 ${fingerprint}) does not match the pin ${pin}; nothing was sent`, vm.name, 'refused'));
                return;
            }
            resolve(socket);
        });
        socket.once('error', error => {
            clearTimeout(timer);
            reject(new AgentConnectionError(`${vm.name}: cannot connect to the agent at ${host}:${port}: ${error.message}`, vm.name));
        });
    });
}
function multipart(module) {
    const boundary = `----livepatch${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${module.name}.ko"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    return {
        body: Buffer.concat([head, module.bytes, tail]),
        contentType: `multipart/form-data; boundary=${boundary}`
    };
}
/**
 * Pins as given on the command line or in the action input: `HEX` for every VM, `VM=HEX` for one.
 * Each is checked here, so a malformed pin stops the deploy before any VM is contacted.
 */
function parsePins(entries) {
    const map = {};
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const [vm, pin] = eq > 0 ? [entry.slice(0, eq), entry.slice(eq + 1)] : ['*', entry];
        try {
            map[vm] = normalisePin(pin);
        }
        catch (error) {
            throw new types/* DeployError */.s(vm === '*' ? error.message : `pin for VM '${vm}': ${error.message}`);
        }
    }
    return map;
}
class AgentClient {
    options;
    constructor(options) {
        this.options = options;
    }
    pinFor(vm) {
        const pin = this.options.pins[vm.name] ?? this.options.pins['*'];
        return pin === undefined ? undefined : normalisePin(pin);
    }
    /** Everything that must hold before a request: a token and a pin (unless insecure). */
    async preflight(vm) {
        const token = await this.options.tokens(vm.name);
        if (!token)
            throw new types/* DeployError */.s(`${vm.name}: no agent token (CVM_AGENT_TOKENS has none for this VM); nothing was sent`, vm.name, 'refused');
        const pin = this.pinFor(vm);
        if (!pin && !this.options.insecure) {
            throw new types/* DeployError */.s(`${vm.name}: no certificate pin for the agent (--agent-cert-sha256); refusing to send the token to an unverified server`, vm.name, 'refused');
        }
        return { token, pin };
    }
    async send(vm, method, path, token, pin, body) {
        const timeoutMs = this.options.timeoutMs ?? 120_000;
        return withRetry(async () => {
            const socket = await pinnedSocket(vm, pin, this.options.insecure ?? false, timeoutMs);
            return new Promise((resolve, reject) => {
                const req = (0,external_node_https_.request)({
                    method,
                    path,
                    host: hostPort(vm).host,
                    createConnection: () => socket,
                    headers: {
                        Authorization: `Bearer ${token}`,
                        ...(body
                            ? { 'Content-Type': body.contentType, 'Content-Length': String(body.body.length) }
                            : {})
                    }
                });
                // A wall-clock bound on the whole exchange (a socket idle timeout would not fire on a
                // server that trickles, and does not apply to a socket we hand in).
                const timer = setTimeout(() => req.destroy(new AgentConnectionError(`${vm.name}: no reply from the agent within ${timeoutMs} ms`, vm.name)), timeoutMs);
                req.on('close', () => clearTimeout(timer));
                req.on('error', error => reject(error instanceof types/* DeployError */.s
                    ? error
                    : new AgentConnectionError(`${vm.name}: connection to the agent failed before a reply: ${error.message}`, vm.name)));
                req.on('response', (res) => {
                    let text = '';
                    res.setEncoding('utf8');
                    res.on('data', (chunk) => (text += chunk));
                    res.on('end', () => {
                        if (res.statusCode === 503)
                            reject(new AgentConnectionError(`${vm.name}: agent busy (503): ${text.trim()}`, vm.name));
                        else
                            resolve({ status: res.statusCode ?? 0, body: text });
                    });
                    res.on('error', (error) => reject(new AgentConnectionError(`${vm.name}: reply cut off: ${error.message}`, vm.name)));
                });
                req.end(body?.body);
            });
        }, {
            attempts: this.options.attempts ?? 3,
            baseDelayMs: this.options.retryDelayMs ?? 1000,
            retryable: error => error instanceof AgentConnectionError
        });
    }
    async upload(vm, module) {
        const { token, pin } = await this.preflight(vm);
        return this.send(vm, 'POST', '/livepatch', token, pin, multipart(module));
    }
    async goldenMeasurement(vm) {
        const { token, pin } = await this.preflight(vm);
        const reply = await this.send(vm, 'GET', '/offchain/golden-measurement', token, pin);
        if (reply.status !== 200)
            throw new types/* DeployError */.s(`${vm.name}: golden measurement: HTTP ${reply.status} ${reply.body.trim()}`, vm.name);
        try {
            return JSON.parse(reply.body);
        }
        catch {
            return reply.body;
        }
    }
}
/** The agent as a deploy channel. Measurements go to `onMeasurement`. */
function agentChannel(client, onMeasurement) {
    const report = (module, status, message, active) => ({
        status,
        module: module.name,
        sha256: module.sha256,
        kernel: module.kernelRelease,
        active,
        transitionSeconds: null,
        message
    });
    return {
        kind: 'agent',
        async apply(vm, module) {
            const reply = await client.upload(vm, module);
            if (reply.status === 200 && reply.body.includes(AGENT_SUCCESS)) {
                try {
                    onMeasurement?.(vm.name, await client.goldenMeasurement(vm));
                }
                catch (error) {
                    return report(module, 'applied', `${reply.body.trim()} (golden measurement not recorded: ${error.message})`, [module.name]);
                }
                return report(module, 'applied', reply.body.trim(), [module.name]);
            }
            if (reply.status === 401 || reply.status === 403) {
                return report(module, 'refused', `agent rejected the token (HTTP ${reply.status}): ${reply.body.trim()}`, []);
            }
            // The agent unloads every livepatch before loading: after a failed load nothing is active.
            return report(module, 'refused', `agent did not apply the module (HTTP ${reply.status}): ${reply.body.trim()}`, []);
        },
        async status(vm) {
            await client.preflight(vm);
            return {
                status: 'ok',
                module: '',
                sha256: '',
                kernel: '',
                active: [],
                transitionSeconds: null,
                message: 'the agent has no status endpoint; see the last deploy record'
            };
        }
    };
}


/***/ }),

/***/ 4678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   agentAddress: () => (/* binding */ agentAddress),
/* harmony export */   cloudProvider: () => (/* binding */ cloudProvider),
/* harmony export */   parseSelector: () => (/* binding */ parseSelector)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _agent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6036);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4197);
// What every cloud provider shares: options, selectors, and building a Provider around a lookup
// of VM addresses plus the agent channel.



function parseSelector(text) {
    const eq = text.indexOf('=');
    if (eq <= 0 || eq === text.length - 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`invalid --selector '${text}': expected KEY=VALUE (a tag or label)`);
    return { key: text.slice(0, eq), value: text.slice(eq + 1) };
}
/** The agent's address for a public IP: the agent port unless the address has one. */
function agentAddress(ip, port = _agent_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_PORT */ ._8) {
    if (/^[^:]+:\d+$/.test(ip) || /^\[.*\]:\d+$/.test(ip))
        return ip;
    return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}
/** A Provider around a cloud lookup: `--address` and the vendor folder skip the lookup. */
function cloudProvider(name, options, lookup) {
    const client = new _agent_js__WEBPACK_IMPORTED_MODULE_1__/* .AgentClient */ .Ro(options.agent);
    const vm = (vmName, address, error) => address
        ? { name: vmName, provider: name, address: agentAddress(address, options.agentPort) }
        : { name: vmName, provider: name, error: error ?? `${name} VM '${vmName}' not found` };
    return {
        name,
        channel: (0,_agent_js__WEBPACK_IMPORTED_MODULE_1__/* .agentChannel */ .Vo)(client, options.onMeasurement),
        async find(names) {
            if (options.address)
                return names.map(n => vm(n, options.address));
            const fromDir = new Map();
            if (options.vendorDir) {
                for (const n of names) {
                    const ip = await (0,_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .addressFromDir */ .u)(options.vendorDir, name, n);
                    if (ip)
                        fromDir.set(n, ip);
                }
            }
            const rest = names.filter(n => !fromDir.has(n));
            let found = new Map();
            if (rest.length > 0) {
                try {
                    found = await (await lookup()).byName(rest);
                }
                catch (error) {
                    return names.map(n => vm(n, fromDir.get(n), `${name} lookup of '${n}' failed: ${error.message}`));
                }
            }
            return names.map(n => vm(n, fromDir.get(n) ?? found.get(n), `${name} VM '${n}' not found (no running instance with that name, or it has no public IP)`));
        },
        async select(selector) {
            const found = await (await lookup()).bySelector(selector);
            if (found.size === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`no ${name} VMs match ${selector.key}=${selector.value}`);
            return [...found].sort(([a], [b]) => a.localeCompare(b)).map(([n, ip]) => vm(n, ip));
        },
        async close() { }
    };
}


/***/ }),

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


/***/ }),

/***/ 4130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ DeployError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

class DeployError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b {
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


/***/ })

};
