export const id = 498;
export const ids = [498];
export const modules = {

/***/ 11498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsLookup: () => (/* binding */ awsLookup),
/* harmony export */   ssmTokens: () => (/* binding */ ssmTokens)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35193);
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34736);
// AWS: the VM's public IP by tag:Name through EC2 DescribeInstances; agent tokens from SSM
// Parameter Store SecureStrings. Credentials only from the SDK's default chain (filled by
// aws-actions/configure-aws-credentials with OIDC).


function clientConfig(options) {
    return {
        region: options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION,
        endpoint: options.endpoint,
        maxAttempts: 4
    };
}
async function describe(ec2, filters, nameTag) {
    const found = new Map();
    let token;
    do {
        const page = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .DescribeInstancesCommand */ .bNs({
            Filters: [...filters, { Name: 'instance-state-name', Values: ['running'] }],
            NextToken: token
        }));
        for (const reservation of page.Reservations ?? []) {
            for (const instance of reservation.Instances ?? []) {
                const name = instance.Tags?.find(t => t.Key === nameTag)?.Value;
                if (name && instance.PublicIpAddress)
                    found.set(name, instance.PublicIpAddress);
            }
        }
        token = page.NextToken;
    } while (token);
    return found;
}
function awsLookup(options) {
    const ec2 = new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .EC2Client */ .gu5(clientConfig(options));
    return {
        byName: names => describe(ec2, [{ Name: 'tag:Name', Values: names }], 'Name'),
        bySelector: (selector) => describe(ec2, [{ Name: `tag:${selector.key}`, Values: [selector.value] }], 'Name')
    };
}
/** Tokens from SSM: parameter `<path><vm>` (a SecureString), decrypted. */
function ssmTokens(path, options, mask) {
    const ssm = new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__/* .SSMClient */ .jBj({ ...clientConfig(options), endpoint: options.endpoint });
    const prefix = path.endsWith('/') ? path : `${path}/`;
    return async (vm) => {
        try {
            const reply = await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__/* .GetParameterCommand */ .lhy({ Name: `${prefix}${vm}`, WithDecryption: true }));
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
