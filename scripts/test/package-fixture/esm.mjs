// Plain Node ESM, as a user writes it: the mock under msw answers an AWS SDK v3 call.
import { CognitoIdentityProviderClient, CreateUserPoolCommand, DescribeRiskConfigurationCommand } from "@aws-sdk/client-cognito-identity-provider";
import { createCognitoMock } from "cognito-conformance";
import { setupServer } from "msw/node";

const mock = createCognitoMock({ seed: 42 });
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: "error" });
const cognito = new CognitoIdentityProviderClient({ region: "eu-west-1", credentials: { accessKeyId: "AKID", secretAccessKey: "secret" }, maxAttempts: 1 });
const { UserPool } = await cognito.send(new CreateUserPoolCommand({ PoolName: "from-esm" }));
const risk = await cognito.send(new DescribeRiskConfigurationCommand({ UserPoolId: UserPool.Id })).catch((e) => e);
server.close();
console.log(JSON.stringify({ id: UserPool.Id, name: UserPool.Name, riskError: risk.name }));
