export const id = 797;
export const ids = [797];
export const modules = {

/***/ 15797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GCP_FILTER_CHARS: () => (/* binding */ GCP_FILTER_CHARS),
/* harmony export */   defaultGoogleClient: () => (/* binding */ defaultGoogleClient),
/* harmony export */   gcpLookup: () => (/* binding */ gcpLookup),
/* harmony export */   nameFilters: () => (/* binding */ nameFilters)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _cloud_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64678);


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
    const { GoogleAuth } = await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(492)]).then(__webpack_require__.t.bind(__webpack_require__, 492, 23));
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
