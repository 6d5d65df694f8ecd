// Pools, clients and users for the sign-in tests, created through the SDK v3 client like an app's back end would.
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type CreateUserPoolClientCommandInput,
  type CreateUserPoolCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";

export const PASSWORD = "Corr3ct-Horse!";

export async function signInPool(
  sdk: CognitoIdentityProviderClient,
  pool: Partial<CreateUserPoolCommandInput> = {},
  client: Partial<CreateUserPoolClientCommandInput> = {},
): Promise<{ poolId: string; clientId: string; clientSecret?: string }> {
  const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: "sign-in", ...pool }));
  const poolId = UserPool!.Id!;
  const { UserPoolClient } = await sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: "app",
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      ...client,
    }),
  );
  return { poolId, clientId: UserPoolClient!.ClientId!, ...(UserPoolClient!.ClientSecret && { clientSecret: UserPoolClient!.ClientSecret }) };
}

/** A CONFIRMED user with a permanent password (the suites' fixture: AdminCreateUser + AdminSetUserPassword Permanent). */
export async function confirmedUser(sdk: CognitoIdentityProviderClient, UserPoolId: string, Username = "alice", email = "alice@example.com"): Promise<string> {
  await sdk.send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username,
      MessageAction: "SUPPRESS",
      UserAttributes: [
        { Name: "email", Value: email },
        { Name: "email_verified", Value: "true" },
      ],
    }),
  );
  await sdk.send(new AdminSetUserPasswordCommand({ UserPoolId, Username, Password: PASSWORD, Permanent: true }));
  return Username;
}
