export const id = 5797;
export const ids = [5797,4678];
export const modules = {

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


/***/ }),

/***/ 5797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GCP_FILTER_CHARS: () => (/* binding */ GCP_FILTER_CHARS),
/* harmony export */   defaultGoogleClient: () => (/* binding */ defaultGoogleClient),
/* harmony export */   gcpLookup: () => (/* binding */ gcpLookup),
/* harmony export */   nameFilters: () => (/* binding */ nameFilters)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _cloud_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4678);


// Naming rules, checked before a value goes into a filter or a URL, so no input can change either.
/** Instance names and zones: RFC 1035 labels, 1-63 characters. */
const RFC1035 = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
/** Project ids: lowercase letters, digits and hyphens, starting with a letter (new ones 6-30 long); optionally domain-scoped (example.com:id). */
const PROJECT = /^(?:[a-z0-9][a-z0-9.-]{0,252}:)?[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
/** Label keys: a lowercase letter then up to 62 lowercase letters, digits, _ or -; values up to 63 of those. */
const LABEL_KEY = /^\p{Ll}[\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;
/**
 * Compute documents no length limit for `filter`, but the request is one GET URL, and Google's
 * front end refuses URLs over about 8 KB (reported for other Google APIs; 10,000 names in one
 * filter made a 200 KB URL). Names are OR-ed in filters of at most 2,000 characters: about 3,100
 * once URL-encoded, 25 names of the longest kind or about 100 short ones per request.
 */
const GCP_FILTER_CHARS = 2000;
/** list and aggregatedList take maxResults 0..500. */
const GCP_PAGE = 500;
const printable = (text) => JSON.stringify(text).slice(1, -1);
function check(what, value, rule, expected) {
    if (!rule.test(value))
        throw new _cloud_js__WEBPACK_IMPORTED_MODULE_1__/* .CloudInputError */ .wz(`invalid GCP ${what} '${printable(value)}': expected ${expected}`);
}
const natIp = (instance) => instance.networkInterfaces?.[0]?.accessConfigs?.[0]?.natIP || undefined;
const networkIp = (instance) => instance.networkInterfaces?.[0]?.networkIP || undefined;
/** Names OR-ed into filters of at most GCP_FILTER_CHARS characters each. */
function nameFilters(names) {
    const filters = [];
    let current = [];
    let length = 0;
    for (const name of names) {
        const term = `(name = "${name}")`;
        if (current.length > 0 && length + 4 + term.length > GCP_FILTER_CHARS) {
            filters.push(current.join(' OR '));
            current = [];
            length = 0;
        }
        length += (current.length > 0 ? 4 : 0) + term.length;
        current.push(term);
    }
    if (current.length > 0)
        filters.push(current.join(' OR '));
    return filters;
}
/**
 * Application default credentials (google-github-actions/auth writes them for OIDC). The project
 * comes from --project or the environment: no metadata-server or resource-manager look-ups.
 */
async function defaultGoogleClient(project) {
    const { GoogleAuth } = await Promise.all(/* import() */[__webpack_require__.e(3324), __webpack_require__.e(492)]).then(__webpack_require__.t.bind(__webpack_require__, 8111, 23));
    // A known project id: the library then asks no metadata server or resource manager for one.
    const auth = new GoogleAuth({
        scopes: ['https://www.googleapis.com/auth/compute.readonly'],
        projectId: project
    });
    return auth.getClient();
}
function gcpLookup(options, auth = defaultGoogleClient) {
    const base = (options.endpoint ?? 'https://compute.googleapis.com').replace(/\/$/, '');
    const projectId = options.project ?? process.env.GOOGLE_CLOUD_PROJECT ?? process.env.CLOUDSDK_CORE_PROJECT;
    let authorised;
    const project = () => {
        if (!projectId)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .bi('no GCP project: pass --project (or set GOOGLE_CLOUD_PROJECT)');
        check('project', projectId, PROJECT, 'a project id (lowercase letters, digits or hyphens, starting with a letter)');
        return projectId;
    };
    if (options.zone)
        check('zone', options.zone, RFC1035, 'a zone name such as europe-west4-a');
    const get = async (path) => {
        const client = await (authorised ??= Promise.resolve().then(() => auth(project())));
        const reply = await client.request({ url: `${base}${path}`, retry: true });
        return reply.data;
    };
    /** Every page of a zonal or aggregated list with this filter. */
    const list = async (filter) => {
        const scope = options.zone
            ? `/compute/v1/projects/${project()}/zones/${options.zone}/instances`
            : `/compute/v1/projects/${project()}/aggregated/instances`;
        const instances = [];
        let pageToken;
        for (let page = 0; page < 100_000; page++) {
            const query = new URLSearchParams({
                filter,
                maxResults: String(GCP_PAGE),
                ...(pageToken ? { pageToken } : {})
            });
            const reply = await get(`${scope}?${query}`);
            if (Array.isArray(reply.items))
                instances.push(...reply.items);
            else
                for (const zone of Object.values(reply.items ?? {}))
                    instances.push(...(zone.instances ?? []));
            pageToken = reply.nextPageToken;
            if (!pageToken)
                return instances.filter(i => i.status === undefined || i.status === 'RUNNING');
        }
        throw new Error('Compute kept returning a nextPageToken after 100000 pages');
    };
    const toVm = (instance) => ({
        id: instance.id ?? instance.name,
        name: instance.name,
        publicIp: natIp(instance),
        privateIp: networkIp(instance)
    });
    const unique = (instances) => [
        ...new Map(instances.map(i => [i.id ?? i.name, toVm(i)])).values()
    ];
    return {
        async byName(names) {
            for (const name of names)
                check('instance name', name, RFC1035, '1-63 lowercase letters, digits or hyphens');
            const wanted = new Set(names);
            const found = await (0,_cloud_js__WEBPACK_IMPORTED_MODULE_1__/* .mapBounded */ .yJ)(nameFilters(names), 4, list);
            return unique(found.flat()).filter(vm => wanted.has(vm.name));
        },
        async bySelector(selector) {
            check('label key', selector.key, LABEL_KEY, 'a lowercase letter, then up to 62 of [a-z0-9_-]');
            check('label value', selector.value, LABEL_VALUE, 'up to 63 of [a-z0-9_-]');
            const found = await list(`labels.${selector.key} = "${selector.value}"`);
            return unique(found);
        }
    };
}


/***/ })

};
