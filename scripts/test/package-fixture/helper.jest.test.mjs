// A user's jest file (ESM: NODE_OPTIONS=--experimental-vm-modules) with cognito-conformance/jest: listen, reset after each test, close.
import { CognitoIdentityProviderClient, CreateUserPoolCommand, ListUserPoolsCommand } from "@aws-sdk/client-cognito-identity-provider";
import { useCognitoMock } from "cognito-conformance/jest";

const mock = useCognitoMock({ seed: 3 });
const cognito = new CognitoIdentityProviderClient({ region: "us-west-2", credentials: { accessKeyId: "AKID", secretAccessKey: "secret" }, maxAttempts: 1 });

test("a pool is created through the SDK", async () => {
  const { UserPool } = await cognito.send(new CreateUserPoolCommand({ PoolName: "jest" }));
  expect(UserPool.Id).toMatch(/^us-west-2_/);
});

test("and is gone in the next test", async () => {
  expect(mock.state.pools.size).toBe(0);
  expect((await cognito.send(new ListUserPoolsCommand({ MaxResults: 10 }))).UserPools).toEqual([]);
});
