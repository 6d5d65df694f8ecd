// CommonJS: require() of the ESM package (Node 20.19+ loads ESM without top-level await synchronously).
const { createCognitoMock, AwsError } = require("cognito-conformance");
const { startServer } = require("cognito-conformance/server");

const mock = createCognitoMock({ seed: 1 });
// An operation's module loads on its first call (a dynamic import): the synchronous handle() wants them loaded first.
mock.loadOperations().then(() => {
  const created = JSON.parse(mock.handle({ method: "POST", url: "https://cognito-idp.us-east-1.amazonaws.com/", headers: { "x-amz-target": "AWSCognitoIdentityProviderService.CreateUserPool", authorization: "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00", "content-type": "application/x-amz-json-1.1" }, body: JSON.stringify({ PoolName: "from-cjs" }) }).response.body);
  console.log(JSON.stringify({ name: created.UserPool.Name, awsError: typeof AwsError, startServer: typeof startServer, handlers: mock.handlers.length }));
});
