export const id = 797;
export const ids = [797];
export const modules = {

/***/ 15797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultGoogleClient: () => (/* binding */ defaultGoogleClient),
/* harmony export */   gcpLookup: () => (/* binding */ gcpLookup)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const natIp = (instance) => instance.networkInterfaces?.[0]?.accessConfigs?.[0]?.natIP;
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
    const project = async () => {
        if (!projectId)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LivepatchError */ .b('no GCP project: pass --project (or set GOOGLE_CLOUD_PROJECT)');
        return projectId;
    };
    const get = async (path) => {
        const client = await (authorised ??= project().then(auth));
        const reply = await client.request({ url: `${base}${path}`, retry: true });
        return reply.data;
    };
    const aggregated = async (filter) => {
        const instances = [];
        let pageToken;
        do {
            const query = new URLSearchParams({ filter, ...(pageToken ? { pageToken } : {}) });
            const page = await get(`/compute/v1/projects/${await project()}/aggregated/instances?${query}`);
            for (const scope of Object.values(page.items ?? {}))
                instances.push(...(scope.instances ?? []));
            pageToken = page.nextPageToken;
        } while (pageToken);
        return instances.filter(i => i.status === undefined || i.status === 'RUNNING');
    };
    const toMap = (instances) => new Map(instances.flatMap(i => (natIp(i) ? [[i.name, natIp(i)]] : [])));
    return {
        async byName(names) {
            if (options.zone) {
                const found = new Map();
                for (const name of names) {
                    try {
                        const instance = await get(`/compute/v1/projects/${await project()}/zones/${options.zone}/instances/${encodeURIComponent(name)}`);
                        const ip = natIp(instance);
                        if (ip)
                            found.set(name, ip);
                    }
                    catch (error) {
                        if (error.response?.status !==
                            404)
                            throw error;
                    }
                }
                return found;
            }
            return toMap(await aggregated(names.map(n => `(name = "${n}")`).join(' OR ')));
        },
        bySelector: (selector) => aggregated(`labels.${selector.key} = "${selector.value}"`).then(toMap)
    };
}


/***/ })

};
