import {
  AdminCreateUserCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InvalidParameterException,
  InvalidPasswordException,
  ResourceNotFoundException,
  UserNotFoundException,
  UsernameExistsException,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";

const { client, mock, nowSeconds } = poolsHarness();

async function newPool(input: Partial<ConstructorParameters<typeof CreateUserPoolCommand>[0]> = {}) {
  const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: "p", ...input }));
  return UserPool!.Id!;
}

describe("CreateUserPoolClient", () => {
  test("answers the client as AWS reads back members never set (aws-behavior.md §12.1, INFERRED/DOC)", async () => {
    const UserPoolId = await newPool();
    const { UserPoolClient: app } = await client.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "web" }));
    expect(app?.ClientId).toMatch(/^[0-9a-z]{26}$/);
    expect(app).toMatchObject({
      UserPoolId,
      ClientName: "web",
      RefreshTokenValidity: 30,
      AuthSessionValidity: 3,
      TokenValidityUnits: {},
      AllowedOAuthFlowsUserPoolClient: false,
      EnableTokenRevocation: true,
      EnablePropagateAdditionalUserContextData: false,
    });
    for (const never of ["ClientSecret", "AccessTokenValidity", "IdTokenValidity", "PreventUserExistenceErrors", "ExplicitAuthFlows", "RefreshTokenRotation"] as const) {
      expect(app?.[never], never).toBeUndefined();
    }
    expect(app?.CreationDate?.getTime()).toBe(nowSeconds() * 1000);
  });

  test("generates a secret when asked, keeps given settings, and 0 refresh validity means 30", async () => {
    const UserPoolId = await newPool();
    const { UserPoolClient: app } = await client.send(
      new CreateUserPoolClientCommand({ UserPoolId, ClientName: "srv", GenerateSecret: true, RefreshTokenValidity: 0, ExplicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"] }),
    );
    expect(app?.ClientSecret).toMatch(/^[0-9a-z]{51}$/);
    expect(app?.RefreshTokenValidity).toBe(30);
    expect(app?.ExplicitAuthFlows).toEqual(["ALLOW_REFRESH_TOKEN_AUTH"]);
    expect(mock.state.pools.get(UserPoolId)?.clients.get(app!.ClientId!)?.client.ClientSecret).toBe(app?.ClientSecret);
  });

  test("write attributes must exclude what Cognito sets and include the required ones (INFERRED text)", async () => {
    const UserPoolId = await newPool({ Schema: [{ Name: "email", Required: true }] });
    for (const WriteAttributes of [["email", "email_verified"], ["name"], ["email", "custom:nope"]]) {
      const error = await failure(client.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "w", WriteAttributes })));
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect(error.message).toBe("Invalid write attributes specified while creating a client");
    }
    const bad = await failure(client.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "r", ReadAttributes: ["custom:nope"] })));
    expect(bad.message).toBe("Invalid read attributes specified while creating a client");
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({ UserPoolId, ClientName: "ok", ReadAttributes: ["email", "email_verified"], WriteAttributes: ["email", "name"] }),
    );
    expect(UserPoolClient?.WriteAttributes).toEqual(["email", "name"]);
    expect(mock.state.pools.get(UserPoolId)?.clients.size).toBe(1);
  });

  test("an unknown pool is ResourceNotFoundException (CONFIRMED text)", async () => {
    const error = await failure(client.send(new CreateUserPoolClientCommand({ UserPoolId: "eu-west-1_nope12345", ClientName: "x" })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe("User pool eu-west-1_nope12345 does not exist.");
  });

  test("OAuth: only the standard scopes exist; client_credentials needs a secret; nothing is stored when refused", async () => {
    const UserPoolId = await newPool();
    const oauth = { AllowedOAuthFlowsUserPoolClient: true, CallbackURLs: ["https://example.com/cb"] };
    const scope = await failure(client.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "s", ...oauth, AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid", "myapi/read"] })));
    expect([scope.name, scope.message]).toEqual(["ScopeDoesNotExistException", "Invalid scope requested: myapi/read"]);
    const flow = await failure(client.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "f", ...oauth, AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["openid"] })));
    expect([flow.name, flow.message]).toEqual(["InvalidOAuthFlowException", "client_credentials flow can not be selected if client does not have a client secret."]);
    expect(mock.state.pools.get(UserPoolId)?.clients.size).toBe(0);
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({ UserPoolId, ClientName: "ok", ...oauth, GenerateSecret: true, AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["aws.cognito.signin.user.admin", "openid", "email", "phone", "profile"] }),
    );
    expect(UserPoolClient?.AllowedOAuthFlows).toEqual(["client_credentials"]);
  });
});

describe("AdminCreateUser", () => {
  test("creates a FORCE_CHANGE_PASSWORD user with a sub and counts it", async () => {
    const UserPoolId = await newPool();
    const { User: user } = await client.send(
      new AdminCreateUserCommand({ UserPoolId, Username: "alice", UserAttributes: [{ Name: "email", Value: "a@example.com" }] }),
    );
    expect(user).toMatchObject({ Username: "alice", Enabled: true, UserStatus: "FORCE_CHANGE_PASSWORD" });
    expect(user?.Attributes?.[0]).toEqual({ Name: "sub", Value: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(user?.Attributes?.[1]).toEqual({ Name: "email", Value: "a@example.com" });
    expect(user?.UserCreateDate?.getTime()).toBe(nowSeconds() * 1000);
    expect(user?.UserLastModifiedDate).toEqual(user?.UserCreateDate);
    expect(mock.state.pools.get(UserPoolId)?.pool.EstimatedNumberOfUsers).toBe(1);
  });

  test("a duplicate is UsernameExistsException; case matters unless the pool says otherwise", async () => {
    const sensitive = await newPool();
    await client.send(new AdminCreateUserCommand({ UserPoolId: sensitive, Username: "Bob" }));
    const error = await failure(client.send(new AdminCreateUserCommand({ UserPoolId: sensitive, Username: "Bob" })));
    expect(error).toBeInstanceOf(UsernameExistsException);
    expect(error.message).toBe("User account already exists");
    await client.send(new AdminCreateUserCommand({ UserPoolId: sensitive, Username: "bob" }));

    const insensitive = await newPool({ UsernameConfiguration: { CaseSensitive: false } });
    await client.send(new AdminCreateUserCommand({ UserPoolId: insensitive, Username: "Bob" }));
    expect(await failure(client.send(new AdminCreateUserCommand({ UserPoolId: insensitive, Username: "bOB" })))).toBeInstanceOf(UsernameExistsException);
  });

  test("RESEND needs an existing user and SUPPRESS still creates", async () => {
    const UserPoolId = await newPool();
    const missing = await failure(client.send(new AdminCreateUserCommand({ UserPoolId, Username: "carol", MessageAction: "RESEND" })));
    expect(missing).toBeInstanceOf(UserNotFoundException);
    expect(missing.message).toBe("User does not exist.");
    const { User: created } = await client.send(new AdminCreateUserCommand({ UserPoolId, Username: "carol", MessageAction: "SUPPRESS" }));
    const { User: resent } = await client.send(new AdminCreateUserCommand({ UserPoolId, Username: "carol", MessageAction: "RESEND" }));
    expect(resent?.Attributes).toEqual(created?.Attributes);
  });

  test("refuses attributes outside the schema and a temporary password against the policy", async () => {
    const UserPoolId = await newPool();
    const attr = await failure(client.send(new AdminCreateUserCommand({ UserPoolId, Username: "d", UserAttributes: [{ Name: "custom:x", Value: "1" }] })));
    expect(attr).toBeInstanceOf(InvalidParameterException);
    expect(attr.message).toMatch(/^Attributes did not conform to the schema: custom:x: Attribute does not exist in the schema\./);
    const email = await failure(client.send(new AdminCreateUserCommand({ UserPoolId, Username: "d", UserAttributes: [{ Name: "email", Value: "nope" }] })));
    expect(email.message).toBe("Invalid email address format.");
    const phone = await failure(client.send(new AdminCreateUserCommand({ UserPoolId, Username: "d", UserAttributes: [{ Name: "phone_number", Value: "0123" }] })));
    expect(phone.message).toBe("Invalid phone number format.");
    const weak = await failure(client.send(new AdminCreateUserCommand({ UserPoolId, Username: "d", TemporaryPassword: "short" })));
    expect(weak).toBeInstanceOf(InvalidPasswordException);
    expect(weak.message).toBe("Password did not conform with policy: Password not long enough");
    expect(mock.state.pools.get(UserPoolId)?.users.size).toBe(0);
  });

  test("in an email-username pool the user is named by its sub and found by email", async () => {
    const UserPoolId = await newPool({ UsernameAttributes: ["email"] });
    const { User: user } = await client.send(new AdminCreateUserCommand({ UserPoolId, Username: "e@example.com" }));
    const sub = user?.Attributes?.find((a) => a.Name === "sub")?.Value;
    expect(user?.Username).toBe(sub);
    expect(user?.Attributes).toContainEqual({ Name: "email", Value: "e@example.com" });
    const dup = await failure(client.send(new AdminCreateUserCommand({ UserPoolId, Username: "e@example.com" })));
    expect(dup).toBeInstanceOf(UsernameExistsException);
    const bad = await failure(client.send(new AdminCreateUserCommand({ UserPoolId, Username: "not-an-email" })));
    expect(bad.message).toBe("Username should be an email.");
  });

  test("an unknown pool is ResourceNotFoundException", async () => {
    const error = await failure(client.send(new AdminCreateUserCommand({ UserPoolId: "eu-west-1_nope12345", Username: "x" })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe("User pool eu-west-1_nope12345 does not exist.");
  });
});
