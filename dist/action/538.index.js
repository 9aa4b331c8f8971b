export const id = 538;
export const ids = [538,586];
export const modules = {

/***/ 16538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/deploy/cloud.ts
var deploy_cloud = __webpack_require__(64678);
// EXTERNAL MODULE: ./src/deploy/deploy.ts + 3 modules
var deploy = __webpack_require__(9712);
// EXTERNAL MODULE: ./src/deploy/agent.ts
var agent = __webpack_require__(54582);
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
        throw new errors/* LivepatchError */.bi(`unknown provider '${name}': expected one of ${PROVIDERS.join(', ')}`);
    const cloud = options.cloud;
    if (!cloud)
        throw new errors/* LivepatchError */.bi(`provider ${name} needs agent options (tokens, certificate pins)`);
    const { cloudProvider } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 64678));
    switch (name) {
        case 'aws':
            return cloudProvider('aws', cloud, async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(96), __webpack_require__.e(498)]).then(__webpack_require__.bind(__webpack_require__, 11498))).awsLookup(cloud));
        case 'gcp':
            return cloudProvider('gcp', cloud, async () => (await __webpack_require__.e(/* import() */ 797).then(__webpack_require__.bind(__webpack_require__, 15797))).gcpLookup(cloud));
        default:
            return cloudProvider('azure', cloud, async () => (await __webpack_require__.e(/* import() */ 60).then(__webpack_require__.bind(__webpack_require__, 37060))).azureLookup(cloud));
    }
}

// EXTERNAL MODULE: ./src/deploy/tokens.ts
var tokens = __webpack_require__(94197);
;// CONCATENATED MODULE: ./src/deploy/record.ts
const STATUSES = [
    'applied',
    'already-active',
    'refused',
    'failed',
    'stuck',
    'unreachable',
    'skipped'
];
/** Statuses that leave a VM without the new module: a person should look. */
const NEEDS_A_PERSON = [
    'failed',
    'refused',
    'stuck',
    'skipped',
    'unreachable'
];
/**
 * Characters one JSON output may take: two such outputs (results, measurements) plus the small
 * ones stay far under the job's 1 MB (100,000 characters ≈ 200 KB as UTF-16).
 */
const OUTPUT_SAFE_CHARS = 100_000;
function deployCounts(results) {
    const counts = { total: results.length };
    for (const status of STATUSES)
        counts[status] = 0;
    for (const result of results)
        counts[result.status]++;
    return counts;
}
function deployRecord(provider, module, results) {
    return {
        version: 1,
        provider,
        module: { name: module.name, sha256: module.sha256 },
        counts: deployCounts(results),
        results
    };
}
/** The value as JSON when it fits one output's budget; otherwise undefined (it is in the file). */
function boundedJson(value, limit = OUTPUT_SAFE_CHARS) {
    const text = JSON.stringify(value);
    return text.length <= limit ? text : undefined;
}

// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(59148);
;// CONCATENATED MODULE: ./src/render/deploy.ts
// Result rows of a deploy as a terminal table and as Markdown for the job summary. The summary
// stays small at any fleet size: totals, then only the rows that need a person, capped.

/** Rows the summary lists at most; the rest are in the deploy record file. */
const SUMMARY_ROW_CAP = 200;
/** Characters of one message in the summary (an agent's reply can be long). */
const SUMMARY_MESSAGE_CHARS = 400;
/** The table's share of GitHub's 1 MiB step summary, whatever the rows hold. */
const SUMMARY_TABLE_CHARS = 256 * 1024;
function cells(result) {
    const rollback = result.rollback
        ? ` | rollback: ${result.rollback.status} (${result.rollback.message})`
        : '';
    return [
        result.vm,
        result.id === result.vm ? '-' : result.id,
        result.status,
        result.module,
        result.active.join(' ') || '-',
        result.transitionSeconds === null ? '-' : `${result.transitionSeconds}s`,
        `${result.message}${rollback}`
    ];
}
const HEAD = ['vm', 'id', 'status', 'module', 'active', 'transition', 'message'];
function renderDeployTable(results) {
    const rows = [HEAD, ...results.map(cells)];
    const widths = HEAD.map((_, k) => k === HEAD.length - 1 ? 0 : rows.reduce((w, r) => Math.max(w, r[k].length), 0));
    return (rows
        .map(r => r.map((cell, k) => (k === HEAD.length - 1 ? cell : cell.padEnd(widths[k]))).join('  '))
        .join('\n') + '\n');
}
const markdownCell = (text, max = Infinity) => {
    const short = text.length > max ? `${text.slice(0, max)}…` : text;
    return short
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|');
};
function renderDeploySummary(results, title, options = {}) {
    const counts = deployCounts(results);
    const cap = options.cap ?? SUMMARY_ROW_CAP;
    const lines = [`## ${markdownCell(title)}`, '', `**${counts.total} VMs**`, ''];
    lines.push('| status | VMs |', '| --- | ---: |');
    for (const status of STATUSES)
        if (counts[status] > 0)
            lines.push(`| ${status} | ${counts[status]} |`);
    lines.push('');
    const attention = results.filter(r => NEEDS_A_PERSON.includes(r.status));
    if (attention.length === 0) {
        lines.push('Every VM runs the module.');
    }
    else {
        lines.push(`### Needs a person: ${attention.length} VMs`, '');
        lines.push(`| ${HEAD.join(' | ')} |`, `| ${HEAD.map(() => '---').join(' | ')} |`);
        // At most `cap` rows, and never more than SUMMARY_TABLE_CHARS of them (names and replies may be long).
        let listed = 0;
        let size = 0;
        for (const result of attention.slice(0, cap)) {
            const row = cells(result);
            row[row.length - 1] = markdownCell(row[row.length - 1], SUMMARY_MESSAGE_CHARS);
            const line = `| ${row.map((c, k) => (k === row.length - 1 ? c : markdownCell(c, 200))).join(' | ')} |`;
            if (size + line.length > SUMMARY_TABLE_CHARS)
                break;
            lines.push(line);
            size += line.length + 1;
            listed++;
        }
        if (attention.length > listed)
            lines.push('', `… and ${attention.length - listed} more${options.record ? ` in ${markdownCell(options.record)}` : ''}.`);
    }
    if (options.record)
        lines.push('', `Every VM's row and measurement: ${markdownCell(options.record)}.`);
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
// EXTERNAL MODULE: ./src/action/sign.ts + 1 modules
var sign = __webpack_require__(85586);
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
const whole = (name, min, max) => {
    const text = core/* getInput */.V4(name);
    if (text === '')
        return undefined;
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(n) || n < min || n > max)
        throw new errors/* LivepatchError */.bi(`Invalid input '${name}': '${text}'. Expected a whole number ${min}-${max}.`);
    return n;
};
async function runDeploy(inputs) {
    const provider = core/* getInput */.V4(action_inputs/* Inputs */.G0.Provider);
    if (!isProviderName(provider) || provider === 'qemu') {
        throw new errors/* LivepatchError */.bi(`Invalid input '${action_inputs/* Inputs */.G0.Provider}': '${provider}'. Expected aws, gcp or azure.`);
    }
    const modulePath = inputs.module;
    if (!modulePath)
        throw new errors/* LivepatchError */.bi(`Input required and not supplied: ${action_inputs/* Inputs */.G0.Module} (the signed .ko)`);
    const targets = list(action_inputs/* Inputs */.G0.Targets);
    const selector = core/* getInput */.V4(action_inputs/* Inputs */.G0.Selector);
    if (targets.length === 0 && !selector)
        throw new errors/* LivepatchError */.bi(`Name the VMs: input '${action_inputs/* Inputs */.G0.Targets}' (names) or '${action_inputs/* Inputs */.G0.Selector}' (KEY=VALUE)`);
    const insecure = core/* getInput */.V4(action_inputs/* Inputs */.G0.Insecure) === 'true';
    // Every number and header value is checked here, named by its input, before any VM is touched.
    const agentPort = whole(action_inputs/* Inputs */.G0.AgentPort, 1, 65535);
    const canary = whole(action_inputs/* Inputs */.G0.Canary, 0, 1_000_000);
    const maxConcurrency = whole(action_inputs/* Inputs */.G0.MaxConcurrency, 1, 10_000);
    const maxErrors = core/* getInput */.V4(action_inputs/* Inputs */.G0.MaxErrors) || undefined;
    if (maxErrors !== undefined && !/^\d+%?$/.test(maxErrors.trim()))
        throw new errors/* LivepatchError */.bi(`Invalid input '${action_inputs/* Inputs */.G0.MaxErrors}': '${maxErrors}'. Expected N or N% (e.g. 2 or 10%).`);
    const tokensInput = core/* getInput */.V4(action_inputs/* Inputs */.G0.AgentTokens);
    const tokenSources = [
        (0,tokens/* tokensFromEnv */.qr)(tokensInput || process.env.CVM_AGENT_TOKENS, action_inputs/* maskSecret */.$l, tokensInput ? `input '${action_inputs/* Inputs */.G0.AgentTokens}'` : 'CVM_AGENT_TOKENS')
    ];
    const ssmPath = core/* getInput */.V4(action_inputs/* Inputs */.G0.SsmTokenPath);
    const endpoint = core/* getInput */.V4(action_inputs/* Inputs */.G0.Endpoint) || undefined;
    if (endpoint !== undefined && !/^https?:\/\/\S+$/.test(endpoint))
        throw new errors/* LivepatchError */.bi(`Invalid input '${action_inputs/* Inputs */.G0.Endpoint}': '${endpoint}'. Expected an http(s):// URL.`);
    const region = core/* getInput */.V4(action_inputs/* Inputs */.G0.Region) || undefined;
    if (ssmPath)
        tokenSources.push((await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(96), __webpack_require__.e(498)]).then(__webpack_require__.bind(__webpack_require__, 11498))).ssmTokens(ssmPath, { endpoint, region }, action_inputs/* maskSecret */.$l));
    const measurements = new Map();
    const cloud = {
        endpoint,
        region,
        project: core/* getInput */.V4(action_inputs/* Inputs */.G0.Project) || undefined,
        zone: core/* getInput */.V4(action_inputs/* Inputs */.G0.Zone) || undefined,
        subscription: core/* getInput */.V4(action_inputs/* Inputs */.G0.Subscription) || undefined,
        resourceGroup: core/* getInput */.V4(action_inputs/* Inputs */.G0.ResourceGroup) || undefined,
        agentPort,
        addressKind: (0,deploy_cloud/* parseAddressKind */.cS)(core/* getInput */.V4(action_inputs/* Inputs */.G0.AddressKind), `input '${action_inputs/* Inputs */.G0.AddressKind}'`),
        agent: {
            tokens: (0,tokens/* firstToken */.wk)(...tokenSources),
            pins: (0,agent/* parsePins */.MZ)(list(action_inputs/* Inputs */.G0.AgentCertSha256)),
            insecure
        },
        onMeasurement: (vm, measurement) => measurements.set(vm, measurement)
    };
    const module = await (0,deploy/* readModuleArtifact */.p7)(modulePath);
    const certificate = await (0,sign.signingCert)(inputs.signingCert);
    const cert = { bytes: certificate.bytes, source: certificate.source };
    const previousPath = core/* getInput */.V4(action_inputs/* Inputs */.G0.PreviousModule);
    const options = {
        cert,
        kernelRelease: inputs.kernelRelease,
        previous: previousPath ? await (0,deploy/* readModuleArtifact */.p7)(previousPath) : undefined,
        canary,
        maxConcurrency,
        maxErrors,
        onResult: (result) => core/* info */.pq(`${result.vm}${result.id === result.vm ? '' : ` (${result.id})`}: ${result.status} — ${result.message}`)
    };
    await (0,deploy/* checkBeforeUpload */.FE)(module, options);
    const loaded = await loadProvider(provider, { cloud });
    const vms = selector && loaded.select
        ? await loaded.select((0,deploy_cloud/* parseSelector */.Pl)(selector))
        : await loaded.find(targets);
    const results = await (0,deploy/* deployFleet */.Cd)(loaded, vms, module, options);
    // Rows are in target order; a row's `vm` and `id` are made safe to print, so key by target.
    results.forEach((result, k) => {
        const measurement = measurements.get(vms[k].id ?? vms[k].name);
        if (measurement !== undefined)
            result.measurement = measurement;
    });
    await reportDeploy(provider, module, results, insecure);
    if (!(0,deploy/* deploySucceeded */.tj)(results)) {
        core/* setFailed */.C1(`livepatch deploy: ${results.filter(r => r.status !== 'applied' && r.status !== 'already-active').length} of ${results.length} VMs did not take the module`);
        return 1;
    }
    return 0;
}
/** Error annotations per step that GitHub shows; the rest are counted in one more. */
const ANNOTATIONS = 10;
/**
 * Outputs, record file, artifact and summary, each within GitHub's limits at any fleet size: the
 * full per-VM record goes to a JSON file (and an artifact when the runner has the artifact
 * service); `results` and `measurements` are set only while they fit.
 */
async function reportDeploy(provider, module, results, insecure) {
    const record = deployRecord(provider, module, results);
    const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'livepatch-deploy');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, `deploy-results-${module.name}.json`);
    await (0,files/* writeFileAtomic */.Z)(file, JSON.stringify(record, null, 1) + '\n');
    const artifactName = await uploadRecord(`livepatch-deploy-results-${module.name}`, file, dir);
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.ResultsFile, file);
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.ResultsArtifact, artifactName ?? '');
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.Counts, JSON.stringify(record.counts));
    const where = artifactName ? `artifact ${artifactName} (${file})` : file;
    const rows = boundedJson(results);
    const measured = boundedJson((0,deploy/* measurementsOf */.ZG)(results));
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.Results, rows ?? '');
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.Measurements, measured ?? '');
    if (rows === undefined || measured === undefined)
        core/* notice */.lm(`${results.length} VMs: the per-VM results${measured === undefined ? ' and measurements' : ''} are too large for a job output (GitHub allows 1 MB per job); they are in ${where}`, { title: 'livepatch deploy' });
    let summary = renderDeploySummary(results, `livepatch deploy: ${module.name} to ${provider}`, {
        record: where
    });
    if (insecure)
        summary +=
            "\n> ⚠️ **insecure**: the agents' TLS certificates were NOT verified for this deploy.\n";
    await core/* summary */.z.addRaw(summary).write();
    const failed = results.filter(r => r.status !== 'applied' && r.status !== 'already-active');
    for (const result of failed.slice(0, ANNOTATIONS))
        core/* error */.z3(`${result.vm}${result.id === result.vm ? '' : ` (${result.id})`}: ${result.status}: ${result.message}`, {
            title: 'livepatch deploy'
        });
    if (failed.length > ANNOTATIONS)
        core/* error */.z3(`… and ${failed.length - ANNOTATIONS} more VMs did not take the module; see ${where}`, {
            title: 'livepatch deploy'
        });
}
/** Upload the record as an artifact when the runner provides the artifact service; its name, or undefined. */
async function uploadRecord(name, file, dir) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN) {
        core/* info */.pq(`deploy record not uploaded as an artifact (no artifact service outside GitHub Actions): ${file}`);
        return undefined;
    }
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(932), __webpack_require__.e(738), __webpack_require__.e(352), __webpack_require__.e(351), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
        await new DefaultArtifactClient().uploadArtifact(name, [file], dir);
        return name;
    }
    catch (error) {
        // The VMs are already patched: a failed upload must not hide that; the file is still there.
        core/* warning */.$e(`deploy record not uploaded as artifact ${name}: ${(0,errors/* errorMessage */.gJ)(error)}; it is at ${file}`);
        return undefined;
    }
}


/***/ }),

/***/ 85586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSign: () => (/* binding */ runSign),
  signingCert: () => (/* binding */ signingCert)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/build/kconfig.ts
var kconfig = __webpack_require__(58323);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/sign/backends/index.ts
// Which back-end holds the key: a URI scheme picks it; anything else is a PEM key. Each back-end
// is loaded only when used (its cloud SDK with it).

const KEY_SCHEMES = ['pkcs11:', 'awskms:', 'gcpkms:', 'azurekv:'];
/** Is this value a key URI (rather than a PEM key or the path of one)? */
function isKeyUri(value) {
    return KEY_SCHEMES.some(scheme => value.startsWith(scheme));
}
async function remoteSigner(uri, options) {
    if (uri.startsWith('pkcs11:'))
        return (await __webpack_require__.e(/* import() */ 158).then(__webpack_require__.bind(__webpack_require__, 38158))).pkcs11Signer(uri, {
            modulePath: options.pkcs11Module,
            env: options.env
        });
    if (uri.startsWith('awskms:'))
        return (await __webpack_require__.e(/* import() */ 525).then(__webpack_require__.bind(__webpack_require__, 87525))).awsKmsSigner(uri, {
            endpoint: options.endpoint,
            env: options.env
        });
    if (uri.startsWith('gcpkms:'))
        return (await __webpack_require__.e(/* import() */ 560).then(__webpack_require__.bind(__webpack_require__, 24560))).gcpKmsSigner(uri, { endpoint: options.endpoint });
    if (uri.startsWith('azurekv:'))
        return (await __webpack_require__.e(/* import() */ 373).then(__webpack_require__.bind(__webpack_require__, 85373))).azureKvSigner(uri);
    throw new errors/* LivepatchError */.bi(`not a key URI: expected one of ${KEY_SCHEMES.join(', ')}`);
}

// EXTERNAL MODULE: ./src/sign/sign.ts + 1 modules
var sign = __webpack_require__(48838);
// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(81729);
;// CONCATENATED MODULE: ./src/action/sign.ts
// `command: sign` — the key comes from a secret input, is masked first, and is held only in
// memory: Node's crypto signs in-process, so the key is never written to disk at all. Or the
// input is a key URI, and the key never leaves its KMS or HSM.







/** The hash: the input, else the kernel config's CONFIG_MODULE_SIG_HASH, else sha256. */
async function signingHash(inputs) {
    if (inputs.hash)
        return inputs.hash;
    if (!inputs.kernelConfig)
        return 'sha256';
    const path = inputs.kernelConfig;
    const text = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        throw new errors/* LivepatchError */.bi(`Invalid input '${action_inputs/* Inputs */.G0.KernelConfig}': cannot read '${path}': ${error.message}`);
    });
    return (0,kconfig/* parseKernelConfig */.J)(text, path).get('CONFIG_MODULE_SIG_HASH') ?? 'sha256';
}
/** `signing-cert` is PEM text, or the path of a PEM or DER file. */
async function signingCert(value) {
    if (value.includes('-----BEGIN CERTIFICATE-----')) {
        return { bytes: Buffer.from(value), source: `input '${action_inputs/* Inputs */.G0.SigningCert}'` };
    }
    // A single line may be a path: read it (a long absolute path is a path, whatever it looks
    // like). Key material pasted into this input is never echoed: only a quotable value is.
    // eslint-disable-next-line no-control-regex
    const oneLine = value.length <= 4096 && !/[\u0000-\u001f\u007f]/.test(value);
    let code = 'not a path';
    if (oneLine) {
        try {
            return {
                bytes: await (0,promises_.readFile)(value),
                source: (0,errors/* quotable */.E7)(value) ?? `input '${action_inputs/* Inputs */.G0.SigningCert}'`
            };
        }
        catch (error) {
            code = error.code ?? 'unreadable';
        }
    }
    const path = (0,errors/* quotable */.E7)(value);
    if (path === undefined)
        throw new errors/* LivepatchError */.bi(`Invalid input '${action_inputs/* Inputs */.G0.SigningCert}': not a PEM certificate nor the path of one (the value is not shown: it may be secret). Expected PEM text with -----BEGIN CERTIFICATE----- or the path of the certificate (default keys/livepatch.crt).`);
    throw new errors/* LivepatchError */.bi(`Invalid input '${action_inputs/* Inputs */.G0.SigningCert}': cannot read '${path}' (${code}). Expected PEM text or the path of the certificate (default keys/livepatch.crt).`);
}
async function runSign(inputs) {
    if (!inputs.signingKey) {
        throw new errors/* LivepatchError */.bi(`Input required and not supplied: ${action_inputs/* Inputs */.G0.SigningKey} (the PEM private key from the signing environment's secret, or a key URI: pkcs11:, awskms:, gcpkms:, azurekv:)`);
    }
    if (!inputs.module)
        throw new errors/* LivepatchError */.bi(`Input required and not supplied: ${action_inputs/* Inputs */.G0.Module} (the .ko to sign)`);
    const cert = await signingCert(inputs.signingCert);
    const result = await (0,sign/* signModule */.Yt)({
        module: inputs.module,
        output: inputs.output,
        ...(isKeyUri(inputs.signingKey)
            ? {
                signer: await remoteSigner(inputs.signingKey, {
                    env: process.env,
                    pkcs11Module: inputs.pkcs11Module
                })
            }
            : {
                keyPem: inputs.signingKey,
                keySource: `input '${action_inputs/* Inputs */.G0.SigningKey}'`,
                keyPassphrase: inputs.signingKeyPassphrase,
                passphraseAdvice: `pass its passphrase in the input '${action_inputs/* Inputs */.G0.SigningKeyPassphrase}' (from a secret)`
            }),
        cert: cert.bytes,
        certSource: cert.source,
        hash: await signingHash(inputs),
        kernelRelease: inputs.kernelRelease
    });
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.SignedModule, result.module);
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.Sha256, result.sha256);
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.Signer, result.signer);
    core/* setOutput */.uH(action_inputs/* Outputs */.tY.KeyId, result.keyId);
    await core/* summary */.z
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
    core/* info */.pq(`signed ${result.module} (${result.hash}, signer ${result.signer}, key id ${result.keyId}, sha256 ${result.sha256})`);
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


/***/ }),

/***/ 54582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ parsePins),
/* harmony export */   Ro: () => (/* binding */ AgentClient),
/* harmony export */   Vo: () => (/* binding */ agentChannel),
/* harmony export */   _8: () => (/* binding */ AGENT_PORT)
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
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`invalid certificate pin '${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteText */ .S)(pin, 120)}': expected a SHA-256 fingerprint (64 hex digits, colons allowed, or openssl's 'sha256 Fingerprint=…' line)`);
    return hex;
}
function pinFrom(pins, name) {
    if (pins instanceof Map)
        return pins.get(name);
    const record = pins;
    return Object.hasOwn(record, name) ? record[name] : undefined;
}
function hostPort(vm) {
    if (!vm.address)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteText */ .S)(vm.name)}: no address found`, vm.name);
    const match = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(vm.address);
    const port = match?.[2] ? Number(match[2]) : AGENT_PORT;
    if (!match || port < 1 || port > 65535)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteText */ .S)(vm.name)}: invalid address '${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteText */ .S)(vm.address, 200)}': expected HOST[:PORT] with a port 1-65535`, vm.name);
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
                : `pin for VM '${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteText */ .S)(vm, 120)}': ${error.message}`);
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
        const pin = pinFrom(this.options.pins, vm.name) ?? pinFrom(this.options.pins, '*');
        return pin === undefined ? undefined : normalisePin(pin);
    }
    /** Preflights that passed, by VM: a token store (SSM) is asked once per VM and deploy. */
    ready = new Map();
    /** Everything that must hold before a request: a token and a pin (unless insecure). */
    async preflight(vm) {
        const known = this.ready.get(vm.name);
        if (known)
            return known;
        const checked = await this.check(vm);
        this.ready.set(vm.name, checked);
        return checked;
    }
    async check(vm) {
        const name = (0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteText */ .S)(vm.name);
        const token = await this.options.tokens(vm.name);
        if (!token)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${name}: no agent token (CVM_AGENT_TOKENS has none for this VM); nothing was sent`, vm.name, 'refused');
        if (typeof token !== 'string' || !(0,_tokens_js__WEBPACK_IMPORTED_MODULE_3__/* .isHeaderToken */ .Lp)(token))
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
                        req.destroy(new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteText */ .S)(vm.name)}: reply too large: the agent sent more than ${MAX_REPLY_BYTES / 1024} KiB, so the connection was closed unread${body ? '; whether it loaded the module is unknown' : ''}`, vm.name, 'failed'));
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
                            reject(new AgentConnectionError(`${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteText */ .S)(vm.name)}: agent busy (503): ${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteText */ .S)(text.trim())}`, vm.name));
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
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployError */ .s(`${vm.name}: golden measurement: HTTP ${reply.status} ${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteText */ .S)(reply.body.trim())}`, vm.name);
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
            const said = (0,_remote_text_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteText */ .S)(reply.body.trim());
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

/***/ 64678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ parseSelector),
/* harmony export */   Xy: () => (/* binding */ batches),
/* harmony export */   cS: () => (/* binding */ parseAddressKind),
/* harmony export */   cloudProvider: () => (/* binding */ cloudProvider),
/* harmony export */   wz: () => (/* binding */ CloudInputError),
/* harmony export */   yJ: () => (/* binding */ mapBounded)
/* harmony export */ });
/* unused harmony exports ADDRESS_KINDS, agentAddress */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _agent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54582);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94197);
// What every cloud provider shares: options, selectors, and building a Provider around a lookup
// of VM addresses plus the agent channel. A VM is known by its instance id (names are for people
// and are not unique: an auto-scaling group gives every instance the same Name tag).



/** Which of a VM's addresses the agent is reached at: public (a hosted runner) or private (a self-hosted runner inside the network). */
const ADDRESS_KINDS = ['public', 'private'];
/** Bad input to a lookup (a name or selector the cloud's naming rules forbid, an ambiguous name): exit 2, no VM touched. */
class CloudInputError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi {
}
function parseSelector(text) {
    const eq = text.indexOf('=');
    if (eq <= 0 || eq === text.length - 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`invalid --selector '${text}': expected KEY=VALUE (a tag or label)`);
    return { key: text.slice(0, eq), value: text.slice(eq + 1) };
}
function parseAddressKind(text, name) {
    if (text === undefined || text === '')
        return 'public';
    if (ADDRESS_KINDS.includes(text))
        return text;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`invalid ${name} '${text}': expected public (the VMs' public IPs) or private (their private IPs, for a runner inside the network)`);
}
/** The agent's address for a public IP: the agent port unless the address has one. */
function agentAddress(ip, port = _agent_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_PORT */ ._8) {
    if (/^[^:]+:\d+$/.test(ip) || /^\[.*\]:\d+$/.test(ip))
        return ip;
    return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}
/** Items in batches of at most `size`. */
function batches(items, size) {
    const out = [];
    for (let k = 0; k < items.length; k += size)
        out.push(items.slice(k, k + size));
    return out;
}
/** Run `work` on each item, at most `limit` at once, results in order. */
async function mapBounded(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const k = next++;
            results[k] = await work(items[k]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** A Provider around a cloud lookup: `--address` and the vendor folder skip the lookup. */
function cloudProvider(name, options, lookup) {
    const client = new _agent_js__WEBPACK_IMPORTED_MODULE_1__/* .AgentClient */ .Ro(options.agent);
    const kind = options.addressKind ?? 'public';
    const addressed = (vmName, address) => ({
        name: vmName,
        provider: name,
        address: agentAddress(address, options.agentPort)
    });
    const missing = (vmName, error) => ({ name: vmName, provider: name, error });
    /** The found instance as a target: its id, and its address of the chosen kind or why it has none. */
    const target = (found) => {
        const ip = kind === 'public' ? found.publicIp : found.privateIp;
        if (ip)
            return {
                name: found.name,
                provider: name,
                id: found.id,
                address: agentAddress(ip, options.agentPort)
            };
        return {
            name: found.name,
            provider: name,
            id: found.id,
            error: kind === 'public'
                ? `${name} VM '${found.name}' (${found.id}) has no public address; use address-kind: private (--address-kind private) from a runner inside its network`
                : `${name} VM '${found.name}' (${found.id}) has no private address`
        };
    };
    return {
        name,
        channel: (0,_agent_js__WEBPACK_IMPORTED_MODULE_1__/* .agentChannel */ .Vo)(client, options.onMeasurement),
        async find(names) {
            if (options.address)
                return names.map(n => addressed(n, options.address));
            const fromDir = new Map();
            if (options.vendorDir) {
                for (const n of names) {
                    const ip = await (0,_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .addressFromDir */ .uj)(options.vendorDir, name, n);
                    if (ip)
                        fromDir.set(n, ip);
                }
            }
            const rest = [...new Set(names.filter(n => !fromDir.has(n)))];
            const byName = new Map();
            if (rest.length > 0) {
                try {
                    for (const found of await (await lookup()).byName(rest, kind)) {
                        const same = byName.get(found.name) ?? [];
                        same.push(found);
                        byName.set(found.name, same);
                    }
                }
                catch (error) {
                    if (error instanceof CloudInputError)
                        throw error;
                    return names.map(n => {
                        const ip = fromDir.get(n);
                        return ip
                            ? addressed(n, ip)
                            : missing(n, `${name} lookup of '${n}' failed: ${error.message}`);
                    });
                }
            }
            // A name that several running instances share cannot pick one: say which, before any VM is touched.
            const ambiguous = [...byName].filter(([, found]) => found.length > 1);
            if (ambiguous.length > 0) {
                const [first, found] = ambiguous[0];
                const more = ambiguous.length > 1 ? ` (and ${ambiguous.length - 1} more shared names)` : '';
                throw new CloudInputError(`${name} name '${first}' matches ${found.length} running instances (${found.map(f => f.id).join(', ')})${more}: give each VM a unique name, or select the fleet by tag/label (selector) to patch every one of them`);
            }
            return names.map(n => {
                const ip = fromDir.get(n);
                if (ip)
                    return addressed(n, ip);
                const found = byName.get(n)?.[0];
                return found
                    ? target(found)
                    : missing(n, `${name} VM '${n}' not found (no running instance with that name)`);
            });
        },
        async select(selector) {
            const found = await (await lookup()).bySelector(selector, kind);
            if (found.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`no ${name} VMs match ${selector.key}=${selector.value}`);
            // Each instance is its own target, even where names repeat; ordered by name, then id.
            const unique = new Map(found.map(f => [f.id, f]));
            return [...unique.values()]
                .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
                .map(target);
        },
        async close() { }
    };
}


/***/ }),

/***/ 94197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lp: () => (/* binding */ isHeaderToken),
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${source}: the token for VM '${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_4__/* .remoteText */ .S)(vm, 120)}' must be a non-empty string`);
            if (!isHeaderToken(token))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LivepatchError */ .bi(`${source}: the token for VM '${(0,_remote_text_js__WEBPACK_IMPORTED_MODULE_4__/* .remoteText */ .S)(vm, 120)}' has characters an HTTP header cannot carry (blanks, newlines, quotes or commas); expected letters, digits and -._~+/=`);
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
        const file = join(dir, `${csp}_${vm}_token`);
        let token;
        try {
            token = (await readFile(file, 'utf8')).trim();
        }
        catch {
            return undefined;
        }
        if (token)
            mask(token);
        if (token && !isHeaderToken(token))
            throw new DeployError(`${file}: the token for VM '${remoteText(vm, 120)}' has characters an HTTP header cannot carry (blanks, newlines, quotes or commas); nothing was sent`, vm, 'refused');
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
