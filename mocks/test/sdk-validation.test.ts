import { CognitoIdentityProviderClient, InvalidParameterException, SetRiskConfigurationCommand } from "@aws-sdk/client-cognito-identity-provider";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createCognitoMock } from "../index.ts";

const mock = createCognitoMock({ seed: 1 });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const client = new CognitoIdentityProviderClient({
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  maxAttempts: 1,
});

test("the SDK v3 client gets a typed InvalidParameterException with the AWS message", async () => {
  const error = await client.send(new SetRiskConfigurationCommand({ UserPoolId: "not-a-pool-id" })).catch((e) => e);
  expect(error).toBeInstanceOf(InvalidParameterException);
  expect(error.message).toBe(
    "1 validation error detected: Value 'not-a-pool-id' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+",
  );
  expect(error.$metadata.httpStatusCode).toBe(400);
});
