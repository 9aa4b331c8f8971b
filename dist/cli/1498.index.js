export const id = 1498;
export const ids = [1498,4678];
export const modules = {

/***/ 1498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC2_FILTER_VALUES: () => (/* binding */ EC2_FILTER_VALUES),
/* harmony export */   EC2_NAMES_PER_CALL: () => (/* binding */ EC2_NAMES_PER_CALL),
/* harmony export */   awsLookup: () => (/* binding */ awsLookup),
/* harmony export */   ec2Literal: () => (/* binding */ ec2Literal),
/* harmony export */   ssmTokens: () => (/* binding */ ssmTokens)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5193);
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4736);
/* harmony import */ var _cloud_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4678);
// AWS: instances through EC2 DescribeInstances (by tag:Name or another tag), each known by its
// InstanceId; agent tokens from SSM Parameter Store SecureStrings. Credentials only from the
// SDK's default chain (filled by aws-actions/configure-aws-credentials with OIDC).



/** EC2 refuses more than 200 filter values in one call (FilterLimitExceeded); one goes to the state filter. */
const EC2_FILTER_VALUES = 200;
const EC2_NAMES_PER_CALL = EC2_FILTER_VALUES - 1;
/** EC2 refuses a filter value longer than 255 characters (FilterLimitExceeded). */
const EC2_FILTER_VALUE_LENGTH = 255;
/** DescribeInstances pages: MaxResults 5..1000. */
const EC2_PAGE = 1000;
/** Tag keys are at most 128 characters (EC2 tag restrictions). */
const EC2_TAG_KEY_LENGTH = 128;
function clientConfig(options) {
    return {
        region: options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION,
        endpoint: options.endpoint,
        maxAttempts: 4
    };
}
const CONTROL = /\p{Cc}/u;
function checkValue(what, value, max) {
    if (value === '' || value.length > max || CONTROL.test(value))
        throw new _cloud_js__WEBPACK_IMPORTED_MODULE_0__/* .CloudInputError */ .wz(`invalid ${what} '${value.replace(/\p{Cc}/gu, '?')}': expected 1 to ${max} characters without control characters (EC2 tag rules)`);
}
/** Filter values are wildcard patterns (* and ?); a backslash makes them literal. */
const ec2Literal = (value) => value.replace(/[\\*?]/g, c => `\\${c}`);
async function describe(ec2, filters) {
    const found = [];
    let token;
    for (let page = 0; page < 100_000; page++) {
        const reply = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeInstancesCommand */ .bNs({
            Filters: [...filters, { Name: 'instance-state-name', Values: ['running'] }],
            MaxResults: EC2_PAGE,
            NextToken: token
        }));
        for (const reservation of reply.Reservations ?? []) {
            for (const instance of reservation.Instances ?? []) {
                if (!instance.InstanceId)
                    continue;
                found.push({
                    id: instance.InstanceId,
                    // An instance without a Name tag (found by another tag) is shown by its id.
                    name: instance.Tags?.find(t => t.Key === 'Name')?.Value ?? instance.InstanceId,
                    publicIp: instance.PublicIpAddress || undefined,
                    privateIp: instance.PrivateIpAddress || undefined
                });
            }
        }
        token = reply.NextToken;
        if (!token)
            return found;
    }
    throw new Error('DescribeInstances kept returning a NextToken after 100000 pages');
}
function awsLookup(options) {
    const ec2 = new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__/* .EC2Client */ .gu5(clientConfig(options));
    return {
        async byName(names) {
            for (const name of names)
                checkValue('EC2 Name tag', name, EC2_FILTER_VALUE_LENGTH);
            const wanted = new Set(names);
            const pages = await (0,_cloud_js__WEBPACK_IMPORTED_MODULE_0__/* .mapBounded */ .yJ)((0,_cloud_js__WEBPACK_IMPORTED_MODULE_0__/* .batches */ .Xy)(names, EC2_NAMES_PER_CALL), 4, batch => describe(ec2, [{ Name: 'tag:Name', Values: batch.map(ec2Literal) }]));
            // Exact names only, whatever the service's pattern matching did; one row per instance.
            const byId = new Map(pages.flat().map(vm => [vm.id, vm]));
            return [...byId.values()].filter(vm => wanted.has(vm.name));
        },
        async bySelector(selector) {
            checkValue('EC2 tag key', selector.key, EC2_TAG_KEY_LENGTH);
            checkValue('EC2 tag value', selector.value, EC2_FILTER_VALUE_LENGTH);
            const found = await describe(ec2, [
                { Name: `tag:${selector.key}`, Values: [ec2Literal(selector.value)] }
            ]);
            return [...new Map(found.map(vm => [vm.id, vm])).values()];
        }
    };
}
/** Tokens from SSM: parameter `<path><vm>` (a SecureString), decrypted. */
function ssmTokens(path, options, mask) {
    const ssm = new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__/* .SSMClient */ .jBj({ ...clientConfig(options), endpoint: options.endpoint });
    const prefix = path.endsWith('/') ? path : `${path}/`;
    return async (vm) => {
        try {
            const reply = await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__/* .GetParameterCommand */ .lhy({ Name: `${prefix}${vm}`, WithDecryption: true }));
            const value = reply.Parameter?.Value;
            if (value)
                mask(value);
            return value;
        }
        catch (error) {
            if (error.name === 'ParameterNotFound')
                return undefined;
            throw error;
        }
    };
}


/***/ }),

/***/ 4678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xy: () => (/* binding */ batches),
/* harmony export */   cloudProvider: () => (/* binding */ cloudProvider),
/* harmony export */   parseSelector: () => (/* binding */ parseSelector),
/* harmony export */   wz: () => (/* binding */ CloudInputError),
/* harmony export */   yJ: () => (/* binding */ mapBounded)
/* harmony export */ });
/* unused harmony exports ADDRESS_KINDS, parseAddressKind, agentAddress */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _agent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4582);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4197);
// What every cloud provider shares: options, selectors, and building a Provider around a lookup
// of VM addresses plus the agent channel. A VM is known by its instance id (names are for people
// and are not unique: an auto-scaling group gives every instance the same Name tag).



/** Which of a VM's addresses the agent is reached at: public (a hosted runner) or private (a self-hosted runner inside the network). */
const ADDRESS_KINDS = (/* unused pure expression or super */ null && (['public', 'private']));
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
    throw new LivepatchError(`invalid ${name} '${text}': expected public (the VMs' public IPs) or private (their private IPs, for a runner inside the network)`);
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
                    const ip = await (0,_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .addressFromDir */ .u)(options.vendorDir, name, n);
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


/***/ })

};
