// cognito-conformance/vitest: the helper listens before the file's tests, resets the mock and msw's overrides after
// each test, and closes after all. The test order matters here: the second test sees what the first one left.
import { CognitoIdentityProviderClient, CreateUserPoolCommand, ListUserPoolsCommand } from "@aws-sdk/client-cognito-identity-provider";
import { useCognitoMock } from "cognito-conformance/vitest";
import { http, HttpResponse } from "msw";
import { expect, test } from "vitest";

const mock = useCognitoMock({ seed: 7 });
const cognito = new CognitoIdentityProviderClient({ region: "eu-west-1", credentials: { accessKeyId: "AKID", secretAccessKey: "secret" }, maxAttempts: 1 });
const poolNames = async () => (await cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools?.map((p) => p.Name);

test("an SDK call is answered by the mock, with seeded ids", async () => {
  const { UserPool } = await cognito.send(new CreateUserPoolCommand({ PoolName: "first" }));
  expect(UserPool?.Id).toMatch(/^eu-west-1_[0-9A-Za-z]{9}$/);
  expect(await poolNames()).toEqual(["first"]);
  mock.server.use(http.post(/cognito-idp/, () => HttpResponse.json({ __type: "InternalErrorException", message: "x" }, { status: 500 })));
});

test("after each test the state and the per-test override are gone", async () => {
  expect(mock.state.pools.size).toBe(0);
  expect(await poolNames()).toEqual([]);
});
