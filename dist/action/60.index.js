export const id = 60;
export const ids = [60];
export const modules = {

/***/ 37060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureLookup: () => (/* binding */ azureLookup)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** `/subscriptions/s/resourceGroups/g/providers/.../<type>/<name>` → group and name. */
function parseId(id) {
    const match = /\/resourceGroups\/([^/]+)\/.*\/([^/]+)$/i.exec(id);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b(`unexpected Azure resource id '${id}'`);
    return { resourceGroup: match[1], name: match[2] };
}
function azureLookup(options, clientOptions = {}) {
    const subscription = options.subscription ?? process.env.AZURE_SUBSCRIPTION_ID;
    if (!subscription)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b('no Azure subscription: pass --subscription (or set AZURE_SUBSCRIPTION_ID)');
    const group = options.resourceGroup;
    const clients = (async () => {
        const [{ ComputeManagementClient }, { NetworkManagementClient }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(932), __webpack_require__.e(928)]).then(__webpack_require__.bind(__webpack_require__, 39928)),
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
    const publicIp = async (nicId) => {
        if (!nicId)
            return undefined;
        const { network } = await clients;
        const nic = parseId(nicId);
        const iface = await network.networkInterfaces.get(nic.resourceGroup, nic.name);
        const ipId = iface.ipConfigurations?.[0]?.publicIPAddress?.id;
        if (!ipId)
            return undefined;
        const ip = parseId(ipId);
        return (await network.publicIPAddresses.get(ip.resourceGroup, ip.name)).ipAddress;
    };
    const requireGroup = () => {
        if (!group)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b('no Azure resource group: pass --resource-group');
        return group;
    };
    return {
        async byName(names) {
            const { compute } = await clients;
            const found = new Map();
            for (const name of names) {
                try {
                    const vm = await compute.virtualMachines.get(requireGroup(), name);
                    const ip = await publicIp(vm.networkProfile?.networkInterfaces?.[0]?.id);
                    if (ip)
                        found.set(name, ip);
                }
                catch (error) {
                    if (error.statusCode !== 404)
                        throw error;
                }
            }
            return found;
        },
        async bySelector(selector) {
            const { compute } = await clients;
            const found = new Map();
            for await (const vm of compute.virtualMachines.list(requireGroup())) {
                if (vm.name && vm.tags?.[selector.key] === selector.value) {
                    const ip = await publicIp(vm.networkProfile?.networkInterfaces?.[0]?.id);
                    if (ip)
                        found.set(vm.name, ip);
                }
            }
            return found;
        }
    };
}


/***/ })

};
