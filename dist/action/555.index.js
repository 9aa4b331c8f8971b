export const id = 555;
export const ids = [555,957];
export const modules = {

/***/ 83555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/deploy/cloud.ts
var deploy_cloud = __webpack_require__(64678);
// EXTERNAL MODULE: ./src/deploy/deploy.ts + 1 modules
var deploy = __webpack_require__(94583);
// EXTERNAL MODULE: ./src/deploy/agent.ts + 1 modules
var agent = __webpack_require__(6036);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/deploy/providers.ts
// Providers by name, each loaded only when used (dynamic import), so a deploy to one cloud never
// pays for another cloud's SDK.

const PROVIDERS = ['qemu', 'aws', 'gcp', 'azure'];
function isProviderName(name) {
    return PROVIDERS.includes(name);
}
async function loadProvider(name, options = {}) {
    if (name === 'qemu') {
        const { qemuProvider } = await __webpack_require__.e(/* import() */ 659).then(__webpack_require__.bind(__webpack_require__, 7659));
        return qemuProvider(options.qemuStateDir);
    }
    if (!isProviderName(name))
        throw new errors/* LivepatchError */.b(`unknown provider '${name}': expected one of ${PROVIDERS.join(', ')}`);
    const cloud = options.cloud;
    if (!cloud)
        throw new errors/* LivepatchError */.b(`provider ${name} needs agent options (tokens, certificate pins)`);
    const { cloudProvider } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 64678));
    switch (name) {
        case 'aws':
            return cloudProvider('aws', cloud, async () => (await Promise.all(/* import() */[__webpack_require__.e(96), __webpack_require__.e(498)]).then(__webpack_require__.bind(__webpack_require__, 11498))).awsLookup(cloud));
        case 'gcp':
            return cloudProvider('gcp', cloud, async () => (await __webpack_require__.e(/* import() */ 797).then(__webpack_require__.bind(__webpack_require__, 15797))).gcpLookup(cloud));
        default:
            return cloudProvider('azure', cloud, async () => (await __webpack_require__.e(/* import() */ 60).then(__webpack_require__.bind(__webpack_require__, 37060))).azureLookup(cloud));
    }
}

// EXTERNAL MODULE: ./src/deploy/tokens.ts
var tokens = __webpack_require__(94197);
;// CONCATENATED MODULE: ./src/render/deploy.ts
function cells(result) {
    const rollback = result.rollback
        ? ` | rollback: ${result.rollback.status} (${result.rollback.message})`
        : '';
    return [
        result.vm,
        result.status,
        result.module,
        result.active.join(' ') || '-',
        result.transitionSeconds === null ? '-' : `${result.transitionSeconds}s`,
        `${result.message}${rollback}`
    ];
}
const HEAD = ['vm', 'status', 'module', 'active', 'transition', 'message'];
function renderDeployTable(results) {
    const rows = [HEAD, ...results.map(cells)];
    const widths = HEAD.map((_, k) => Math.max(...rows.map(r => (k === HEAD.length - 1 ? 0 : r[k].length))));
    return (rows
        .map(r => r.map((cell, k) => (k === HEAD.length - 1 ? cell : cell.padEnd(widths[k]))).join('  '))
        .join('\n') + '\n');
}
function renderDeploySummary(results, title) {
    const escape = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = [
        `## ${title}`,
        '',
        `| ${HEAD.join(' | ')} |`,
        `| ${HEAD.map(() => '---').join(' | ')} |`
    ];
    for (const result of results)
        lines.push(`| ${cells(result).map(escape).join(' | ')} |`);
    return lines.join('\n') + '\n';
}
function renderStatusTable(vms, reports) {
    const rows = [
        ['vm', 'status', 'kernel', 'active', 'message'],
        ...reports.map((r, k) => [
            vms[k],
            r.status,
            r.kernel || '-',
            r.active.join(' ') || '-',
            r.message
        ])
    ];
    const widths = [0, 1, 2, 3].map(k => Math.max(...rows.map(r => r[k].length)));
    return (rows
        .map(r => r.map((cell, k) => (k < 4 ? cell.padEnd(widths[k]) : cell)).join('  '))
        .join('\n') + '\n');
}

// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/sign.ts
var sign = __webpack_require__(64957);
;// CONCATENATED MODULE: ./src/action/deploy.ts
// `command: deploy` — runs in the protected environment (required reviewers are the approval
// gate). Tokens come from the `agent-tokens` input (the CVM_AGENT_TOKENS secret) or SSM, and are
// masked first; cloud credentials only from the SDKs' default chains, which the ecosystem's
// OIDC login actions fill.










function list(name) {
    return core/* getInput */.V4(name)
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(Boolean);
}
const whole = (name) => {
    const text = core/* getInput */.V4(name);
    if (text === '')
        return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0)
        throw new errors/* LivepatchError */.b(`Invalid input '${name}': '${text}'. Expected a whole number.`);
    return n;
};
async function runDeploy(inputs) {
    const provider = core/* getInput */.V4(action_inputs/* Inputs */.G0.Provider);
    if (!isProviderName(provider) || provider === 'qemu') {
        throw new errors/* LivepatchError */.b(`Invalid input '${action_inputs/* Inputs */.G0.Provider}': '${provider}'. Expected aws, gcp or azure.`);
    }
    const modulePath = inputs.module;
    if (!modulePath)
        throw new errors/* LivepatchError */.b(`Input required and not supplied: ${action_inputs/* Inputs */.G0.Module} (the signed .ko)`);
    const targets = list(action_inputs/* Inputs */.G0.Targets);
    const selector = core/* getInput */.V4(action_inputs/* Inputs */.G0.Selector);
    if (targets.length === 0 && !selector)
        throw new errors/* LivepatchError */.b(`Name the VMs: input '${action_inputs/* Inputs */.G0.Targets}' (names) or '${action_inputs/* Inputs */.G0.Selector}' (KEY=VALUE)`);
    const insecure = core/* getInput */.V4(action_inputs/* Inputs */.G0.Insecure) === 'true';
    const tokenSources = [
        (0,tokens/* tokensFromEnv */.qr)(core/* getInput */.V4(action_inputs/* Inputs */.G0.AgentTokens) || process.env.CVM_AGENT_TOKENS, action_inputs/* maskSecret */.$l)
    ];
    const ssmPath = core/* getInput */.V4(action_inputs/* Inputs */.G0.SsmTokenPath);
    const endpoint = core/* getInput */.V4(action_inputs/* Inputs */.G0.Endpoint) || undefined;
    const region = core/* getInput */.V4(action_inputs/* Inputs */.G0.Region) || undefined;
    if (ssmPath)
        tokenSources.push((await Promise.all(/* import() */[__webpack_require__.e(96), __webpack_require__.e(498)]).then(__webpack_require__.bind(__webpack_require__, 11498))).ssmTokens(ssmPath, { endpoint, region }, action_inputs/* maskSecret */.$l));
    const measurements = {};
    const cloud = {
        endpoint,
        region,
        project: core/* getInput */.V4(action_inputs/* Inputs */.G0.Project) || undefined,
        zone: core/* getInput */.V4(action_inputs/* Inputs */.G0.Zone) || undefined,
        subscription: core/* getInput */.V4(action_inputs/* Inputs */.G0.Subscription) || undefined,
        resourceGroup: core/* getInput */.V4(action_inputs/* Inputs */.G0.ResourceGroup) || undefined,
        agentPort: whole(action_inputs/* Inputs */.G0.AgentPort),
        agent: {
            tokens: (0,tokens/* firstToken */.wk)(...tokenSources),
            pins: (0,agent/* parsePins */.MZ)(list(action_inputs/* Inputs */.G0.AgentCertSha256)),
            insecure
        },
        onMeasurement: (vm, measurement) => (measurements[vm] = measurement)
    };
    const module = await (0,deploy/* readModuleArtifact */.p7)(modulePath);
    const certificate = await (0,sign.signingCert)(inputs.signingCert);
    const cert = { bytes: certificate.bytes, source: certificate.source };
    const previousPath = core/* getInput */.V4(action_inputs/* Inputs */.G0.PreviousModule);
    const options = {
        cert,
        kernelRelease: inputs.kernelRelease,
        previous: previousPath ? await (0,deploy/* readModuleArtifact */.p7)(previousPath) : undefined,
        canary: whole(action_inputs/* Inputs */.G0.Canary),
        maxConcurrency: whole(action_inputs/* Inputs */.G0.MaxConcurrency),
        maxErrors: core/* getInput */.V4(action_inputs/* Inputs */.G0.MaxErrors) || undefined,
        onResult: (result) => core/* info */.pq(`${result.vm}: ${result.status} — ${result.message}`)
    };
    await (0,deploy/* checkBeforeUpload */.FE)(module, options);
    const loaded = await loadProvider(provider, { cloud });
    const vms = selector && loaded.select
        ? await loaded.select((0,deploy_cloud/* parseSelector */.P)(selector))
        : await loaded.find(targets);
    const results = await (0,deploy/* deployFleet */.Cd)(loaded, vms, module, options);
    for (const result of results)
        if (measurements[result.vm] !== undefined)
            result.measurement = measurements[result.vm];
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.Results, JSON.stringify(results));
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.Measurements, JSON.stringify((0,deploy/* measurementsOf */.ZG)(results)));
    let summary = renderDeploySummary(results, `livepatch deploy: ${module.name} to ${provider}`);
    if (insecure)
        summary +=
            "\n> ⚠️ **insecure**: the agents' TLS certificates were NOT verified for this deploy.\n";
    await core/* summary */.z.addRaw(summary).write();
    for (const result of results) {
        if (result.status !== 'applied' && result.status !== 'already-active')
            core/* error */.z3(`${result.vm}: ${result.status}: ${result.message}`, { title: 'livepatch deploy' });
    }
    if (!(0,deploy/* deploySucceeded */.tj)(results)) {
        core/* setFailed */.C1(`livepatch deploy: ${results.filter(r => r.status !== 'applied' && r.status !== 'already-active').length} of ${results.length} VMs did not take the module`);
        return 1;
    }
    return 0;
}


/***/ }),

/***/ 64957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSign: () => (/* binding */ runSign),
/* harmony export */   signingCert: () => (/* binding */ signingCert)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _build_kconfig_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58323);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _sign_sign_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80982);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81729);
// `command: sign` — the key comes from a secret input, is masked first, and is held only in
// memory: Node's crypto signs in-process, so the key is never written to disk at all.






/** The hash: the input, else the kernel config's CONFIG_MODULE_SIG_HASH, else sha256. */
async function signingHash(inputs) {
    if (inputs.hash)
        return inputs.hash;
    if (!inputs.kernelConfig)
        return 'sha256';
    const path = inputs.kernelConfig;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8').catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .b(`Invalid input '${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.KernelConfig}': cannot read '${path}': ${error.message}`);
    });
    return (0,_build_kconfig_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKernelConfig */ .J)(text, path).get('CONFIG_MODULE_SIG_HASH') ?? 'sha256';
}
/** `signing-cert` is PEM text, or the path of a PEM or DER file. */
async function signingCert(value) {
    if (value.includes('-----BEGIN CERTIFICATE-----')) {
        return { bytes: Buffer.from(value), source: `input '${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.SigningCert}'` };
    }
    try {
        return { bytes: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(value), source: value };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .b(`Invalid input '${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.SigningCert}': cannot read '${value}' (${error.message}). Expected PEM text or the path of the certificate (default keys/livepatch.crt).`);
    }
}
async function runSign(inputs) {
    if (!inputs.signingKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .b(`Input required and not supplied: ${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.SigningKey} (the PEM private key, from the signing environment's secret)`);
    }
    if (!inputs.module)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LivepatchError */ .b(`Input required and not supplied: ${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Module} (the .ko to sign)`);
    const cert = await signingCert(inputs.signingCert);
    const result = await (0,_sign_sign_js__WEBPACK_IMPORTED_MODULE_4__/* .signModule */ .Yt)({
        module: inputs.module,
        output: inputs.output,
        keyPem: inputs.signingKey,
        keySource: `input '${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.SigningKey}'`,
        keyPassphrase: inputs.signingKeyPassphrase,
        cert: cert.bytes,
        certSource: cert.source,
        hash: await signingHash(inputs),
        kernelRelease: inputs.kernelRelease
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.SignedModule, result.module);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.Sha256, result.sha256);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.Signer, result.signer);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.KeyId, result.keyId);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addHeading('livepatch sign', 2)
        .addTable([
        [
            { data: 'module', header: true },
            { data: 'sha256', header: true },
            { data: 'hash', header: true },
            { data: 'signer', header: true },
            { data: 'key id', header: true }
        ],
        [result.module, result.sha256, result.hash, result.signer, result.keyId]
    ])
        .write();
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`signed ${result.module} (${result.hash}, signer ${result.signer}, key id ${result.keyId}, sha256 ${result.sha256})`);
    return 0;
}


/***/ }),

/***/ 58323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseKernelConfig),
/* harmony export */   O: () => (/* binding */ isEnabled)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`${source}:${lineNo}: not a kernel config line (expected CONFIG_NAME=value or '# CONFIG_NAME is not set')`);
        }
        config.set(set[1], set[2].startsWith('"') && set[2].endsWith('"')
            ? set[2].slice(1, -1).replace(/\\"/g, '"')
            : set[2]);
    }
    if (config.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`${source}: no CONFIG_ options found; is this a kernel .config?`);
    return config;
}
function isEnabled(config, name) {
    const value = config.get(name);
    return value === 'y' || value === 'm';
}


/***/ }),

/***/ 6036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _8: () => (/* binding */ AGENT_PORT),
  Ro: () => (/* binding */ AgentClient),
  Vo: () => (/* binding */ agentChannel),
  MZ: () => (/* binding */ parsePins)
});

// UNUSED EXPORTS: AGENT_SUCCESS, normalisePin

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
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
var types = __webpack_require__(44130);
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

/***/ 64678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseSelector),
/* harmony export */   cloudProvider: () => (/* binding */ cloudProvider)
/* harmony export */ });
/* unused harmony export agentAddress */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _agent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6036);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94197);
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
                    const ip = await (0,_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .addressFromDir */ .uj)(options.vendorDir, name, n);
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

/***/ 94583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FE: () => (/* binding */ checkBeforeUpload),
  Cd: () => (/* binding */ deployFleet),
  tj: () => (/* binding */ deploySucceeded),
  ZG: () => (/* binding */ measurementsOf),
  p7: () => (/* binding */ readModuleArtifact)
});

// UNUSED EXPORTS: applyToVm, errorBudget, statusOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sign/elf.ts
var elf = __webpack_require__(90116);
// EXTERNAL MODULE: ./src/sign/pkcs7.ts
var pkcs7 = __webpack_require__(64345);
// EXTERNAL MODULE: ./src/sign/sign.ts + 1 modules
var sign = __webpack_require__(80982);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/deploy/types.ts
var types = __webpack_require__(44130);
;// CONCATENATED MODULE: ./src/deploy/channel.ts
// The command-channel protocol: deliver the guest script and the module in checksummed chunks,
// reassemble and verify on the VM, run `livepatch-apply.sh`, read its one JSON line.





/** Base64 characters per chunk: small enough for any run-command payload and a serial line. */
const CHUNK_SIZE = 3072;
const WORK_DIR = '/run/livepatch-upload';
let cachedScript;
/** The guest script's text: next to the bundle in dist/, or in guest/ of the source tree. */
function guestScript() {
    if (cachedScript !== undefined)
        return cachedScript;
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const candidate of [
        (0,external_node_path_.join)(here, 'livepatch-apply.sh'),
        (0,external_node_path_.join)(here, '..', 'livepatch-apply.sh'),
        (0,external_node_path_.join)(here, '..', '..', 'guest', 'livepatch-apply.sh')
    ]) {
        try {
            cachedScript = (0,external_node_fs_.readFileSync)(candidate, 'utf8');
            return cachedScript;
        }
        catch {
            // try the next place
        }
    }
    throw new Error('guest/livepatch-apply.sh not found beside the program');
}
const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/** Shell commands that write `data` as checksummed base64 chunks to `dir/<name>.b64.NNNN`. */
function chunkCommands(dir, name, data, size = CHUNK_SIZE) {
    const text = data.toString('base64');
    const commands = [];
    for (let at = 0, k = 0; at < text.length || k === 0; at += size, k++) {
        const chunk = text.slice(at, at + size);
        const file = `${dir}/${name}.b64.${String(k).padStart(4, '0')}`;
        commands.push(`printf '%s' '${chunk}' > ${file} && [ "$(sha256sum ${file} | cut -d ' ' -f 1)" = ${sha256(chunk)} ] && echo __CHUNK_OK__`);
    }
    return commands;
}
/** The last line of output that is the guest script's JSON report. */
function parseGuestReport(stdout, vm) {
    const lines = stdout.replace(/\r/g, '').split('\n').reverse();
    for (const line of lines) {
        if (!line.startsWith('{'))
            continue;
        try {
            const raw = JSON.parse(line);
            if (typeof raw.status !== 'string')
                continue;
            return {
                status: raw.status,
                module: String(raw.module ?? ''),
                sha256: String(raw.sha256 ?? ''),
                kernel: String(raw.kernel ?? ''),
                active: Array.isArray(raw.active) ? raw.active.map(String) : [],
                transitionSeconds: typeof raw.transition_seconds === 'number' ? raw.transition_seconds : null,
                message: String(raw.message ?? '')
            };
        }
        catch {
            // not the report line
        }
    }
    throw new types/* DeployError */.s(`${vm}: the guest script printed no JSON report; output was: ${stdout.trim().slice(-500) || '(nothing)'}`, vm);
}
async function deliver(channel, vm, dir, name, data, timeoutMs) {
    for (const command of chunkCommands(dir, name, data)) {
        let ok = false;
        for (let attempt = 0; attempt < 2 && !ok; attempt++) {
            const output = await channel.run(vm, command, timeoutMs);
            ok = output.stdout.includes('__CHUNK_OK__');
        }
        if (!ok)
            throw new types/* DeployError */.s(`${vm.name}: a chunk of ${name} arrived corrupted twice`, vm.name);
    }
}
/** Ensure the guest script is on the VM; returns its path there. */
async function installGuestScript(channel, vm, timeoutMs) {
    const script = Buffer.from(guestScript());
    const dir = `${WORK_DIR}/guest-${sha256(script).slice(0, 16)}`;
    const path = `${dir}/livepatch-apply.sh`;
    const present = await channel.run(vm, `[ -f ${path} ] && echo __PRESENT__ || true`, timeoutMs);
    if (present.stdout.includes('__PRESENT__'))
        return path;
    await channel.run(vm, `rm -rf ${dir} && mkdir -p ${dir}`, timeoutMs);
    await deliver(channel, vm, dir, 'script', script, timeoutMs);
    const assembled = await channel.run(vm, `cat ${dir}/script.b64.* | base64 -d > ${path} && rm -f ${dir}/script.b64.* && chmod 700 ${path} && echo __ASSEMBLED__`, timeoutMs);
    if (!assembled.stdout.includes('__ASSEMBLED__'))
        throw new types/* DeployError */.s(`${vm.name}: could not install the guest script: ${assembled.stdout.trim()}`, vm.name);
    return path;
}
/** Run the guest script with arguments on the VM. */
async function channel_runGuest(channel, vm, args, timeoutMs) {
    const script = await installGuestScript(channel, vm, timeoutMs);
    const output = await channel.run(vm, `sh ${script} ${args}`, timeoutMs);
    return parseGuestReport(output.stdout, vm.name);
}
/** Deliver a module in chunks and apply it with replace semantics. */
async function applyOverCommands(channel, vm, module, options) {
    const script = await installGuestScript(channel, vm, options.commandTimeoutMs);
    const dir = `${WORK_DIR}/${module.sha256.slice(0, 16)}`;
    await channel.run(vm, `rm -rf ${dir} && mkdir -p ${dir}`, options.commandTimeoutMs);
    await deliver(channel, vm, dir, 'module', module.bytes, options.commandTimeoutMs);
    const file = `${dir}/${module.name}.ko`;
    const apply = [
        `cat ${dir}/module.b64.* | base64 -d > ${file} && rm -f ${dir}/module.b64.*`,
        `sh ${script} apply --module ${file} --sha256 ${module.sha256} --timeout ${options.timeoutSeconds}${options.persist ? ' --persist' : ''}`
    ].join('; ');
    const output = await channel.run(vm, apply, options.commandTimeoutMs + options.timeoutSeconds * 3000);
    return parseGuestReport(output.stdout, vm.name);
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts
// The deploy stage: check everything that can be checked before any VM is touched, then apply
// the module to each VM (canary first, then waves under a concurrency bound and an error
// budget), re-deploy the previous module where the new one failed, and end every targeted VM
// in exactly one result row.








const SUCCESS = ['applied', 'already-active'];
async function readModuleArtifact(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors/* LivepatchError */.b(`cannot read module '${path}': ${error.message}`);
    }
    const info = (0,elf/* readModinfo */.TK)(bytes, path);
    const name = info.get('name')?.[0];
    const vermagic = info.get('vermagic')?.[0];
    if (!name || !vermagic)
        throw new errors/* LivepatchError */.b(`${path}: .modinfo lacks name or vermagic; is this a module kpatch-build wrote?`);
    if (info.get('livepatch')?.[0] !== 'Y') {
        throw new errors/* LivepatchError */.b(`${path}: not a livepatch module (.modinfo has no livepatch=Y); refusing to upload`);
    }
    return {
        path,
        bytes,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        name,
        kernelRelease: vermagic.split(' ')[0]
    };
}
/** Everything that can be known before upload. Throws (exit 2, no VM touched). */
async function checkBeforeUpload(module, options) {
    if (!(0,pkcs7/* isSigned */.JI)(module.bytes))
        throw new errors/* LivepatchError */.b(`${module.path}: not signed; the VMs' kernels refuse unsigned modules (run livepatch sign)`);
    if (options.kernelRelease !== undefined && module.kernelRelease !== options.kernelRelease) {
        throw new errors/* LivepatchError */.b(`${module.path}: built for kernel ${module.kernelRelease}, the VMs run ${options.kernelRelease}; refusing to upload`);
    }
    if (options.cert) {
        const verdict = await (0,sign/* verifyModule */.Sm)(module.path, options.cert.bytes, options.cert.source);
        if (!verdict.valid)
            throw new errors/* LivepatchError */.b(`${module.path}: ${verdict.reason}; the VMs would refuse it, so nothing was uploaded`);
    }
}
/** The error budget as a count of VMs. */
function errorBudget(maxErrors, vmCount) {
    if (maxErrors === undefined || maxErrors === '')
        return 0;
    const match = /^(\d+)(%?)$/.exec(maxErrors.trim());
    if (!match)
        throw new errors/* LivepatchError */.b(`invalid --max-errors '${maxErrors}': expected N or N%`);
    return match[2] ? Math.floor((Number(match[1]) * vmCount) / 100) : Number(match[1]);
}
function row(vm, module, status, message, report) {
    return {
        vm: vm.name,
        status,
        module: report?.module || module.name,
        sha256: report?.sha256 || module.sha256,
        kernel: report?.kernel ?? '',
        active: report?.active ?? [],
        transitionSeconds: report?.transitionSeconds ?? null,
        message
    };
}
async function applyOnce(provider, vm, module, options) {
    const channel = provider.channel;
    if (channel.kind === 'agent')
        return channel.apply(vm, module);
    return applyOverCommands(channel, vm, module, {
        timeoutSeconds: options.timeoutSeconds ?? 60,
        persist: options.persist ?? false,
        commandTimeoutMs: options.commandTimeoutMs ?? 60_000
    });
}
/** Apply to one VM; never throws: every outcome is a row. */
async function applyToVm(provider, vm, module, options) {
    if (vm.error)
        return row(vm, module, 'unreachable', vm.error);
    if (options.deployed?.[vm.name] === module.sha256) {
        const skipped = row(vm, module, 'already-active', 'skipped: this VM already runs this exact module (deploy record)');
        return { ...skipped, active: [module.name] };
    }
    let result;
    try {
        const report = await applyOnce(provider, vm, module, options);
        const status = report.status === 'ok' ? 'applied' : report.status;
        result = row(vm, module, status, report.message, report);
    }
    catch (error) {
        return row(vm, module, error instanceof types/* DeployError */.s ? error.outcome : 'unreachable', (0,errors/* errorMessage */.g)(error));
    }
    if (SUCCESS.includes(result.status) || !options.previous)
        return result;
    // The new module did not take. If the previous one is no longer active there, put it back.
    if (result.active.includes(options.previous.name))
        return result;
    try {
        const back = await applyOnce(provider, vm, options.previous, options);
        result.rollback = {
            status: back.status === 'ok' ? 'applied' : back.status,
            message: `re-deployed ${options.previous.name}: ${back.message}`
        };
        result.active = back.active;
    }
    catch (error) {
        result.rollback = {
            status: 'unreachable',
            message: `re-deploying ${options.previous.name} failed: ${(0,errors/* errorMessage */.g)(error)}`
        };
    }
    return result;
}
/** Canary first, then waves of at most maxConcurrency, stopping when the error budget is spent. */
async function deployFleet(provider, vms, module, options) {
    const results = new Map();
    const budget = errorBudget(options.maxErrors, vms.length);
    const concurrency = Math.max(1, options.maxConcurrency ?? 4);
    let errors = 0;
    let stopped;
    const record = (result) => {
        results.set(result.vm, result);
        if (!SUCCESS.includes(result.status))
            errors++;
        options.onResult?.(result);
    };
    const canaries = vms.slice(0, Math.max(0, options.canary ?? 0));
    for (const vm of canaries) {
        record(await applyToVm(provider, vm, module, options));
        if (errors > 0) {
            stopped = `rollout stopped: canary ${vm.name} did not take the module`;
            break;
        }
    }
    const rest = vms.slice(canaries.length);
    let next = 0;
    const worker = async () => {
        while (!stopped && next < rest.length) {
            const vm = rest[next++];
            record(await applyToVm(provider, vm, module, options));
            if (errors > budget)
                stopped = `rollout stopped: ${errors} VM(s) failed, error budget ${budget}`;
        }
    };
    if (!stopped)
        await Promise.all(Array.from({ length: Math.min(concurrency, rest.length) }, worker));
    return vms.map(vm => {
        const done = results.get(vm.name);
        if (done)
            return done;
        const skipped = row(vm, module, 'skipped', stopped ?? 'not attempted');
        options.onResult?.(skipped);
        return skipped;
    });
}
function unreachableReport(message) {
    return {
        status: 'unreachable',
        module: '',
        sha256: '',
        kernel: '',
        active: [],
        transitionSeconds: null,
        message
    };
}
/** Status of each VM, through the guest script (command channels) or the agent. */
async function statusOf(provider, vms, options) {
    const channel = provider.channel;
    return Promise.all(vms.map(async (vm) => {
        if (vm.error)
            return unreachableReport(vm.error);
        try {
            return channel.kind === 'agent'
                ? await channel.status(vm)
                : await runGuest(channel, vm, 'status', options.commandTimeoutMs ?? 60_000);
        }
        catch (error) {
            return unreachableReport(errorMessage(error));
        }
    }));
}
/** Measurements recorded in a deploy, keyed by VM in the order of the result rows. */
function measurementsOf(results) {
    return Object.fromEntries(results.filter(r => r.measurement !== undefined).map(r => [r.vm, r.measurement]));
}
function deploySucceeded(results) {
    return results.every(r => SUCCESS.includes(r.status));
}


/***/ }),

/***/ 94197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qr: () => (/* binding */ tokensFromEnv),
/* harmony export */   uj: () => (/* binding */ addressFromDir),
/* harmony export */   wk: () => (/* binding */ firstToken)
/* harmony export */ });
/* unused harmony export tokensFromDir */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
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
            const token = (await readFile(join(dir, `${csp}_${vm}_token`), 'utf8')).trim();
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

/***/ 44130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ DeployError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

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
