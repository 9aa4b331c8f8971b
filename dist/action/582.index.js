export const id = 582;
export const ids = [582,197];
export const modules = {

/***/ 54582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ro: () => (/* binding */ AgentClient),
/* harmony export */   Vo: () => (/* binding */ agentChannel),
/* harmony export */   _8: () => (/* binding */ AGENT_PORT),
/* harmony export */   parsePins: () => (/* binding */ parsePins)
/* harmony export */ });
/* unused harmony exports AGENT_SUCCESS, MAX_REPLY_BYTES, normalisePin */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _remote_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23041);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49809);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94197);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44130);
// The image's agent: HTTPS on port 8000, `POST /livepatch` with `Authorization: Bearer <token>`
// and the module as multipart field `file`; 200 "Livepatch successfully applied and measured into
// PCR 16." on success. It unloads every livepatch, then loads the new one. Its certificate is
// self-signed, so it is pinned by SHA-256 fingerprint: the TLS connection is made and checked
// first, and only then is the request (with the token) written to it. Skipping the check needs
// `insecure`, which the caller must flag. The agent's replies are untrusted: at most
// MAX_REPLY_BYTES are read (a longer reply closes the connection), and their text is neutralised
// (remote-text.ts) before it goes into any row or message.







const AGENT_PORT = 8000;
const AGENT_SUCCESS = 'Livepatch successfully applied and measured into PCR 16.';
/** The longest reply read from an agent: its replies are one sentence or a small JSON object. */
const MAX_REPLY_BYTES = 64 * 1024;
/** A transport failure before any reply: worth retrying. */
class AgentConnectionError extends _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s {
}
/** `openssl x509 -fingerprint -sha256` prints `sha256 Fingerprint=AA:BB:…` (older: `SHA256 Fingerprint=`). */
const OPENSSL_FINGERPRINT = /^\s*sha-?256\s+fingerprint\s*=\s*/i;
function normalisePin(pin) {
    const hex = pin.replace(OPENSSL_FINGERPRINT, '').replace(/[:\s]/g, '').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hex))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`invalid certificate pin '${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__.remoteText)(pin, 120)}': expected a SHA-256 fingerprint (64 hex digits, colons allowed, or openssl's 'sha256 Fingerprint=…' line)`);
    return hex;
}
/**
 * The keys a VM's token and pin are looked up by, in order: its instance id (unique; two EC2
 * instances of one auto-scaling group share their Name tag), then the name people know it by.
 */
function vmKeys(vm) {
    return vm.id !== undefined && vm.id !== vm.name ? [vm.id, vm.name] : [vm.name];
}
function pinFrom(pins, name) {
    if (pins instanceof Map)
        return pins.get(name);
    const record = pins;
    return Object.hasOwn(record, name) ? record[name] : undefined;
}
function hostPort(vm) {
    if (!vm.address)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__.remoteText)(vm.name)}: no address found`, vm.name);
    const match = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(vm.address);
    const port = match?.[2] ? Number(match[2]) : AGENT_PORT;
    if (!match || port < 1 || port > 65535)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__.remoteText)(vm.name)}: invalid address '${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__.remoteText)(vm.address, 200)}': expected HOST[:PORT] with a port 1-65535`, vm.name);
    return { host: match[1], port };
}
/** Open TLS to the agent and check the pin before anything is sent. */
function pinnedSocket(vm, pin, insecure, timeoutMs) {
    const { host, port } = hostPort(vm);
    return new Promise((resolve, reject) => {
        const socket = (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.connect)({
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
                reject(new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${vm.name}: the agent's TLS certificate (sha256 ${fingerprint}) does not match the pin ${pin}; nothing was sent`, vm.name, 'refused'));
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
    const boundary = `----livepatch${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${module.name}.ko"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    return {
        body: Buffer.concat([head, module.bytes, tail]),
        contentType: `multipart/form-data; boundary=${boundary}`
    };
}
/**
 * Pins as given on the command line or in the action input: `HEX` for every VM, `VM=HEX` for one;
 * openssl's own line (`sha256 Fingerprint=HEX`) pasted as is is a fleet-wide pin. Each is checked
 * here, so a malformed pin stops the deploy before any VM is contacted.
 */
function parsePins(entries) {
    const map = new Map();
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const [vm, pin] = eq > 0 && !OPENSSL_FINGERPRINT.test(entry)
            ? [entry.slice(0, eq).trim(), entry.slice(eq + 1)]
            : ['*', entry];
        try {
            map.set(vm, normalisePin(pin));
        }
        catch (error) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(vm === '*'
                ? error.message
                : `pin for VM '${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__.remoteText)(vm, 120)}': ${error.message}`);
        }
    }
    return map;
}
class AgentClient {
    options;
    constructor(options) {
        this.options = options;
    }
    /** Is the TLS pin skipped (the caller flags it)? */
    get insecure() {
        return this.options.insecure ?? false;
    }
    pinFor(vm) {
        let pin;
        for (const key of [...vmKeys(vm), '*'])
            pin ??= pinFrom(this.options.pins, key);
        return pin === undefined ? undefined : normalisePin(pin);
    }
    /** The VM's token: by its instance id first (VMs may share a name), then by its name. */
    async tokenFor(vm) {
        for (const key of vmKeys(vm)) {
            const token = await this.options.tokens(key);
            if (token)
                return token;
        }
        return undefined;
    }
    /** Preflights that passed, by VM: a token store (SSM) is asked once per VM and deploy. */
    ready = new Map();
    /** Everything that must hold before a request: a token and a pin (unless insecure). */
    async preflight(vm) {
        const key = vm.id ?? vm.name;
        const known = this.ready.get(key);
        if (known)
            return known;
        const checked = await this.check(vm);
        this.ready.set(key, checked);
        return checked;
    }
    async check(vm) {
        const name = (0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__.remoteText)(vm.name);
        const token = await this.tokenFor(vm);
        if (!token)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${name}: no agent token (none for its instance id or its name in CVM_AGENT_TOKENS or the other token sources); nothing was sent`, vm.name, 'refused');
        if (typeof token !== 'string' || !(0,_tokens_js__WEBPACK_IMPORTED_MODULE_3__/* .isHeaderToken */ .L)(token))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${name}: the agent token for this VM has characters an HTTP header cannot carry (blanks, newlines, quotes or commas); nothing was sent`, vm.name, 'refused');
        const pin = this.pinFor(vm);
        if (!pin && !this.options.insecure) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${name}: no certificate pin for the agent (--agent-cert-sha256); refusing to send the token to an unverified server`, vm.name, 'refused');
        }
        return { token, pin };
    }
    async send(vm, method, path, token, pin, body) {
        const timeoutMs = this.options.timeoutMs ?? 120_000;
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .withRetry */ .b)(async () => {
            const socket = await pinnedSocket(vm, pin, this.options.insecure ?? false, timeoutMs);
            return new Promise((resolve, reject) => {
                const req = (0,node_https__WEBPACK_IMPORTED_MODULE_1__.request)({
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
                req.on('error', error => reject(error instanceof _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s
                    ? error
                    : new AgentConnectionError(`${vm.name}: connection to the agent failed before a reply: ${error.message}`, vm.name)));
                req.on('response', (res) => {
                    const chunks = [];
                    let bytes = 0;
                    const tooLarge = () => {
                        req.destroy(new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__.remoteText)(vm.name)}: reply too large: the agent sent more than ${MAX_REPLY_BYTES / 1024} KiB, so the connection was closed unread${body ? '; whether it loaded the module is unknown' : ''}`, vm.name, 'failed'));
                    };
                    if (Number(res.headers['content-length'] ?? 0) > MAX_REPLY_BYTES)
                        return tooLarge();
                    res.on('data', (chunk) => {
                        bytes += chunk.length;
                        if (bytes > MAX_REPLY_BYTES)
                            return tooLarge();
                        chunks.push(chunk);
                    });
                    res.on('end', () => {
                        const text = Buffer.concat(chunks).toString('utf8');
                        if (res.statusCode === 503)
                            reject(new AgentConnectionError(`${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__.remoteText)(vm.name)}: agent busy (503): ${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__.remoteText)(text.trim())}`, vm.name));
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
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${vm.name}: golden measurement: HTTP ${reply.status} ${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__.remoteText)(reply.body.trim())}`, vm.name);
        try {
            return JSON.parse(reply.body);
        }
        catch {
            return reply.body;
        }
    }
}
/** The agent as a deploy channel. Measurements go to `onMeasurement`, keyed by VM id (else name). */
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
        async preflight(vm) {
            await client.preflight(vm);
        },
        async apply(vm, module) {
            const reply = await client.upload(vm, module);
            const said = (0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__.remoteText)(reply.body.trim());
            if (reply.status === 200 && reply.body.includes(AGENT_SUCCESS)) {
                try {
                    onMeasurement?.(vm.id ?? vm.name, await client.goldenMeasurement(vm));
                }
                catch (error) {
                    return report(module, 'applied', `${said} (golden measurement not recorded: ${error.message})`, [module.name]);
                }
                return report(module, 'applied', said, [module.name]);
            }
            if (reply.status === 401 || reply.status === 403) {
                return report(module, 'refused', `agent rejected the token (HTTP ${reply.status}): ${said}`, []);
            }
            // The agent unloads every livepatch before loading: after a failed load nothing is active.
            return report(module, 'refused', `agent did not apply the module (HTTP ${reply.status}): ${said}`, []);
        },
        async status(vm) {
            // The agent has no endpoint that says which livepatch is loaded. What can be checked is
            // checked (token and pin present, TLS pin matches, token accepted); the rest is unknown.
            await client.preflight(vm);
            await client.goldenMeasurement(vm);
            return {
                status: 'unknown',
                module: '',
                sha256: '',
                kernel: '',
                active: [],
                transitionSeconds: null,
                message: `not known which livepatch is loaded: the agent has no status endpoint. Checked: the agent answered over ${client.insecure ? 'UNVERIFIED (insecure)' : 'pinned'} TLS and accepted the token (golden measurement read). See the deploy record (--state) for what was last applied`
            };
        }
    };
}


/***/ }),

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
