export const id = 7060;
export const ids = [7060,4678];
export const modules = {

/***/ 4679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZURE_GET_LIMIT: () => (/* binding */ AZURE_GET_LIMIT),
/* harmony export */   azureLookup: () => (/* binding */ azureLookup)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _cloud_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4678);


/** Up to this many names are fetched one by one; more, and the resource group is listed. */
const AZURE_GET_LIMIT = 10;
// Naming rules (Azure resource naming restrictions), checked before a value reaches a URL.
/** VM names: 1-64 of letters, digits, _ . -; starting with a letter or digit, not ending in . or -. */
const VM_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9_])?$/;
/** Resource groups: 1-90 of letters, digits, _ ( ) - . ; not ending in a period. */
const RESOURCE_GROUP = /^[\p{L}\p{N}_().-]{0,89}[\p{L}\p{N}_()-]$/u;
/** Tag keys: at most 512 characters, none of < > % & \ ? /; values at most 256. */
const TAG_KEY = /^[^<>%&\\?/\p{Cc}]{1,512}$/u;
const TAG_VALUE = /^[^\p{Cc}]{0,256}$/u;
const printable = (text) => JSON.stringify(text).slice(1, -1);
function check(what, value, rule, expected) {
    if (!rule.test(value))
        throw new _cloud_js__WEBPACK_IMPORTED_MODULE_1__/* .CloudInputError */ .wz(`invalid Azure ${what} '${printable(value)}': expected ${expected}`);
}
/** `/subscriptions/s/resourceGroups/g/providers/.../<type>/<name>` → group and name. */
function parseId(id) {
    const match = /\/resourceGroups\/([^/]+)\/.*\/([^/]+)$/i.exec(id);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi(`unexpected Azure resource id '${id}'`);
    return { resourceGroup: match[1], name: match[2] };
}
function azureLookup(options, clientOptions = {}) {
    const subscription = options.subscription ?? process.env.AZURE_SUBSCRIPTION_ID;
    if (!subscription)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi('no Azure subscription: pass --subscription (or set AZURE_SUBSCRIPTION_ID)');
    const group = options.resourceGroup;
    if (group !== undefined)
        check('resource group', group, RESOURCE_GROUP, '1-90 letters, digits, _ ( ) - or .');
    const clients = (async () => {
        const [{ ComputeManagementClient }, { NetworkManagementClient }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(3669), __webpack_require__.e(5932), __webpack_require__.e(4182), __webpack_require__.e(1976)]).then(__webpack_require__.bind(__webpack_require__, 1976)),
            Promise.all(/* import() */[__webpack_require__.e(3669), __webpack_require__.e(5932), __webpack_require__.e(5738), __webpack_require__.e(7352), __webpack_require__.e(2591)]).then(__webpack_require__.bind(__webpack_require__, 2591))
        ]);
        // The environment's service principal, else the az CLI login azure/login leaves behind. Not
        // DefaultAzureCredential: its managed-identity step probes the instance metadata address.
        const identity = await Promise.all(/* import() */[__webpack_require__.e(3669), __webpack_require__.e(5932), __webpack_require__.e(5738), __webpack_require__.e(3324), __webpack_require__.e(3952)]).then(__webpack_require__.bind(__webpack_require__, 3952));
        const credential = clientOptions.credential ??
            new identity.ChainedTokenCredential(new identity.EnvironmentCredential(), new identity.AzureCliCredential());
        const common = {
            // arm-compute takes `endpoint`; arm-network builds its URLs from `$host`.
            ...(options.endpoint ? { endpoint: options.endpoint, $host: options.endpoint } : {}),
            ...(clientOptions.ca ? { tlsOptions: { ca: clientOptions.ca } } : {}),
            retryOptions: { maxRetries: 3, retryDelayInMs: 200 }
        };
        return {
            compute: new ComputeManagementClient(credential, subscription, common),
            network: new NetworkManagementClient(credential, subscription, common)
        };
    })();
    const requireGroup = () => {
        if (!group)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi('no Azure resource group: pass --resource-group');
        return group;
    };
    /** Interfaces and public IPs by lowercased resource id: listed once for a fleet, else fetched. */
    const nics = new Map();
    const publicIps = new Map();
    const prefetch = async (kind) => {
        const { network } = await clients;
        for await (const nic of network.networkInterfaces.list(requireGroup()))
            if (nic.id)
                nics.set(nic.id.toLowerCase(), nic);
        if (kind === 'public')
            for await (const ip of network.publicIPAddresses.list(requireGroup()))
                if (ip.id)
                    publicIps.set(ip.id.toLowerCase(), ip.ipAddress);
    };
    const nicOf = async (id) => {
        const known = nics.get(id.toLowerCase());
        if (known)
            return known;
        const { network } = await clients;
        const ref = parseId(id);
        const nic = await network.networkInterfaces.get(ref.resourceGroup, ref.name);
        nics.set(id.toLowerCase(), nic);
        return nic;
    };
    const publicIpOf = async (id) => {
        if (publicIps.has(id.toLowerCase()))
            return publicIps.get(id.toLowerCase());
        const { network } = await clients;
        const ref = parseId(id);
        const ip = (await network.publicIPAddresses.get(ref.resourceGroup, ref.name)).ipAddress;
        publicIps.set(id.toLowerCase(), ip);
        return ip;
    };
    const describe = async (vm, kind) => {
        const found = { id: vm.vmId ?? vm.id ?? vm.name ?? '', name: vm.name ?? '' };
        const nicId = vm.networkProfile?.networkInterfaces?.[0]?.id;
        if (!nicId)
            return found;
        const config = (await nicOf(nicId)).ipConfigurations?.[0];
        found.privateIp = config?.privateIPAddress || undefined;
        const ipId = config?.publicIPAddress?.id;
        if (kind === 'public' && ipId)
            found.publicIp = (await publicIpOf(ipId)) || undefined;
        return found;
    };
    const listGroup = async (keep) => {
        const { compute } = await clients;
        const vms = [];
        for await (const vm of compute.virtualMachines.list(requireGroup()))
            if (keep(vm))
                vms.push(vm);
        return vms;
    };
    return {
        async byName(names, kind) {
            for (const name of names)
                check('VM name', name, VM_NAME, '1-64 letters, digits, _ . or - (Azure VM naming rules)');
            const { compute } = await clients;
            let vms;
            if (names.length <= AZURE_GET_LIMIT) {
                vms = [];
                for (const name of names) {
                    try {
                        vms.push(await compute.virtualMachines.get(requireGroup(), name));
                    }
                    catch (error) {
                        if (error.statusCode !== 404)
                            throw error;
                    }
                }
            }
            else {
                const wanted = new Set(names);
                vms = await listGroup(vm => vm.name !== undefined && wanted.has(vm.name));
                await prefetch(kind);
            }
            return (0,_cloud_js__WEBPACK_IMPORTED_MODULE_1__/* .mapBounded */ .yJ)(vms, 8, vm => describe(vm, kind));
        },
        async bySelector(selector, kind) {
            check('tag key', selector.key, TAG_KEY, 'at most 512 characters, none of < > % & \\ ? /');
            check('tag value', selector.value, TAG_VALUE, 'at most 256 characters');
            const vms = await listGroup(vm => vm.tags?.[selector.key] === selector.value);
            if (vms.length > AZURE_GET_LIMIT)
                await prefetch(kind);
            return (0,_cloud_js__WEBPACK_IMPORTED_MODULE_1__/* .mapBounded */ .yJ)(vms, 8, vm => describe(vm, kind));
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
