export const id = 498;
export const ids = [498];
export const modules = {

/***/ 11498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC2_FILTER_VALUES: () => (/* binding */ EC2_FILTER_VALUES),
/* harmony export */   EC2_NAMES_PER_CALL: () => (/* binding */ EC2_NAMES_PER_CALL),
/* harmony export */   awsLookup: () => (/* binding */ awsLookup),
/* harmony export */   ec2Literal: () => (/* binding */ ec2Literal),
/* harmony export */   ssmTokens: () => (/* binding */ ssmTokens)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35193);
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34736);
/* harmony import */ var _cloud_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64678);
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


/***/ })

};
