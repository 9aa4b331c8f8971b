export const id = 60;
export const ids = [60];
export const modules = {

/***/ 37060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZURE_GET_LIMIT: () => (/* binding */ AZURE_GET_LIMIT),
/* harmony export */   azureLookup: () => (/* binding */ azureLookup)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _cloud_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64678);


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
            Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(932), __webpack_require__.e(819), __webpack_require__.e(976)]).then(__webpack_require__.bind(__webpack_require__, 1976)),
            Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(932), __webpack_require__.e(738), __webpack_require__.e(352), __webpack_require__.e(591)]).then(__webpack_require__.bind(__webpack_require__, 72591))
        ]);
        // The environment's service principal, else the az CLI login azure/login leaves behind. Not
        // DefaultAzureCredential: its managed-identity step probes the instance metadata address.
        const identity = await Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(932), __webpack_require__.e(738), __webpack_require__.e(324), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 23952));
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


/***/ })

};
