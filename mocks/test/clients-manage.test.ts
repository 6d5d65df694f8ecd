// App-client management through the real SDK v3 client (msw): Describe, Update (omitted members reset), List in
// pages (the SDK's own paginator) and client secret rotation with sign-ins (aws-behavior.md §12.1).
import {
  AddUserPoolClientSecretCommand,
  AdminInitiateAuthCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteUserPoolClientSecretCommand,
  DescribeUserPoolClientCommand,
  InvalidOAuthFlowException,
  InvalidParameterException,
  LimitExceededException,
  ListUserPoolClientSecretsCommand,
  ListUserPoolClientsCommand,
  NotAuthorizedException,
  paginateListUserPoolClients,
  ResourceNotFoundException,
  RevokeTokenCommand,
  UpdateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { secretHash } from "../signin/secret-hash.ts";
import { failure, poolsHarness } from "./pools-harness.ts";
import { confirmedUser, PASSWORD, signInPool } from "./signin-fixtures.ts";

const { client: sdk, mock, advance, nowSeconds } = poolsHarness(17);

async function newPool(): Promise<string> {
  const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: "clients" }));
  return UserPool!.Id!;
}

async function newClient(UserPoolId: string, input: Partial<CreateUserPoolClientCommandInput> = {}) {
  const { UserPoolClient } = await sdk.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "app", ...input }));
  return UserPoolClient!;
}

const describeClient = async (UserPoolId: string, ClientId: string) => (await sdk.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId }))).UserPoolClient!;

/** What a client created with a name only reads back (§12.1), as the SDK parses it. */
const UNSET = {
  RefreshTokenValidity: 30,
  AuthSessionValidity: 3,
  TokenValidityUnits: {},
  EnableTokenRevocation: true,
  EnablePropagateAdditionalUserContextData: false,
  AllowedOAuthFlowsUserPoolClient: false,
};
const NEVER_SET = ["AccessTokenValidity", "IdTokenValidity", "PreventUserExistenceErrors", "ExplicitAuthFlows", "ReadAttributes", "CallbackURLs", "AllowedOAuthFlows", "ClientSecret", "RefreshTokenRotation"] as const;

describe("DescribeUserPoolClient", () => {
  test("answers what CreateUserPoolClient answered, members never set as AWS reads them back (§12.1)", async () => {
    const UserPoolId = await newPool();
    const created = await newClient(UserPoolId);
    const described = await describeClient(UserPoolId, created.ClientId!);
    expect(described).toEqual(created);
    expect(described).toMatchObject({ ...UNSET, UserPoolId, ClientName: "app" });
    for (const member of NEVER_SET) expect(described[member], member).toBeUndefined();
  });

  test("empty lists read back like omitted ones; legacy flows, units and LEGACY read back as sent", async () => {
    const UserPoolId = await newPool();
    const empty = await newClient(UserPoolId, { ExplicitAuthFlows: [], CallbackURLs: [], AllowedOAuthScopes: [], ReadAttributes: [] });
    expect(await describeClient(UserPoolId, empty.ClientId!)).toEqual(await describeClient(UserPoolId, (await newClient(UserPoolId)).ClientId!).then((c) => ({ ...c, ClientId: empty.ClientId })));
    const units = { AccessToken: "minutes", IdToken: "hours", RefreshToken: "days" } as const;
    const set = await newClient(UserPoolId, { ExplicitAuthFlows: ["ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH"], TokenValidityUnits: units, AccessTokenValidity: 30, PreventUserExistenceErrors: "LEGACY" });
    expect(await describeClient(UserPoolId, set.ClientId!)).toMatchObject({ ExplicitAuthFlows: ["ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH"], TokenValidityUnits: units, AccessTokenValidity: 30, PreventUserExistenceErrors: "LEGACY" });
  });

  test("legacy flow names mixed with ALLOW_ values are refused (DOC; text the mock's)", async () => {
    const UserPoolId = await newPool();
    const error = await failure(newClient(UserPoolId, { ExplicitAuthFlows: ["ADMIN_NO_SRP_AUTH", "ALLOW_USER_SRP_AUTH"] }));
    expect(error).toBeInstanceOf(InvalidParameterException);
  });

  test("an unknown client, and a client of another pool, are ResourceNotFoundException (§4 text)", async () => {
    const [a, b] = [await newPool(), await newPool()];
    const app = await newClient(a);
    for (const [pool, id] of [[a, "0000000000000000000000nope"], [b, app.ClientId!]]) {
      const error = await failure(sdk.send(new DescribeUserPoolClientCommand({ UserPoolId: pool, ClientId: id })));
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error.message).toBe(`User pool client ${id} does not exist.`);
    }
  });
});

describe("UpdateUserPoolClient", () => {
  test("replaces the settings: every member the update omits goes back to what a new client reads (§12.1 DOC, boto3#1607)", async () => {
    const UserPoolId = await newPool();
    const app = await newClient(UserPoolId, {
      GenerateSecret: true,
      ExplicitAuthFlows: ["ADMIN_NO_SRP_AUTH"],
      AccessTokenValidity: 2,
      IdTokenValidity: 2,
      RefreshTokenValidity: 10,
      TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" },
      PreventUserExistenceErrors: "ENABLED",
      EnableTokenRevocation: false,
      AuthSessionValidity: 10,
      RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 10 },
    });
    advance(1500);
    const { UserPoolClient: updated } = await sdk.send(new UpdateUserPoolClientCommand({ UserPoolId, ClientId: app.ClientId!, ClientName: "renamed" }));
    expect(updated).toMatchObject({ ...UNSET, ClientId: app.ClientId, ClientName: "renamed", ClientSecret: app.ClientSecret, CreationDate: app.CreationDate });
    expect(updated!.LastModifiedDate!.getTime()).toBe(nowSeconds() * 1000);
    for (const member of NEVER_SET.filter((m) => m !== "ClientSecret")) expect(updated![member], member).toBeUndefined();
    expect(await describeClient(UserPoolId, app.ClientId!)).toEqual(updated);
  });

  test("the name is kept when omitted; set members are stored as sent", async () => {
    const UserPoolId = await newPool();
    const app = await newClient(UserPoolId);
    const { UserPoolClient: updated } = await sdk.send(
      new UpdateUserPoolClientCommand({ UserPoolId, ClientId: app.ClientId!, AccessTokenValidity: 45, TokenValidityUnits: { AccessToken: "minutes" }, ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"] }),
    );
    expect(updated).toMatchObject({ ClientName: "app", AccessTokenValidity: 45, TokenValidityUnits: { AccessToken: "minutes" }, ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"] });
  });

  test("the same checks as at creation, with the client's secret counting for client_credentials", async () => {
    const UserPoolId = await newPool();
    const oauth = { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["client_credentials" as const], AllowedOAuthScopes: ["openid"], CallbackURLs: ["https://example.com/cb"] };
    const publicApp = await newClient(UserPoolId);
    expect(await failure(sdk.send(new UpdateUserPoolClientCommand({ UserPoolId, ClientId: publicApp.ClientId!, ...oauth })))).toBeInstanceOf(InvalidOAuthFlowException);
    const confidential = await newClient(UserPoolId, { GenerateSecret: true });
    const { UserPoolClient } = await sdk.send(new UpdateUserPoolClientCommand({ UserPoolId, ClientId: confidential.ClientId!, ...oauth }));
    expect(UserPoolClient?.AllowedOAuthFlows).toEqual(["client_credentials"]);
    const badRead = await failure(sdk.send(new UpdateUserPoolClientCommand({ UserPoolId, ClientId: publicApp.ClientId!, ReadAttributes: ["custom:nope"] })));
    expect(badRead).toBeInstanceOf(InvalidParameterException);
    // A refused update changes nothing.
    expect(await describeClient(UserPoolId, publicApp.ClientId!)).toEqual(publicApp);
  });
});

describe("ListUserPoolClients", () => {
  test("pages of MaxResults through the SDK's paginator: every client once, in creation order, as UserPoolClientDescription", async () => {
    const UserPoolId = await newPool();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await newClient(UserPoolId, { ClientName: `app-${i}`, GenerateSecret: i === 0 })).ClientId!);
    const pages = [];
    for await (const page of paginateListUserPoolClients({ client: sdk, pageSize: 2 }, { UserPoolId })) pages.push(page);
    expect(pages.map((p) => p.UserPoolClients!.length)).toEqual([2, 2, 1]);
    expect(pages.at(-1)!.NextToken).toBeUndefined();
    const items = pages.flatMap((p) => p.UserPoolClients!);
    expect(items.map((c) => c.ClientId)).toEqual(ids);
    items.forEach((item, i) => expect(item).toEqual({ ClientId: ids[i], UserPoolId, ClientName: `app-${i}` }));
  });

  test("without MaxResults all clients of the pool (up to 60), none of another pool; a forged token is refused", async () => {
    const [a, b] = [await newPool(), await newPool()];
    await newClient(a);
    await newClient(b);
    const { UserPoolClients, NextToken } = await sdk.send(new ListUserPoolClientsCommand({ UserPoolId: a }));
    expect(UserPoolClients).toHaveLength(1);
    expect(NextToken).toBeUndefined();
    expect(await failure(sdk.send(new ListUserPoolClientsCommand({ UserPoolId: a, NextToken: "bm90LWEtY2xpZW50" })))).toBeInstanceOf(InvalidParameterException);
    expect(await failure(sdk.send(new ListUserPoolClientsCommand({ UserPoolId: a, MaxResults: 0 })))).toBeInstanceOf(InvalidParameterException);
    expect(await failure(sdk.send(new ListUserPoolClientsCommand({ UserPoolId: "eu-west-1_NoSuchOne" })))).toBeInstanceOf(ResourceNotFoundException);
  });
});

describe("client secret rotation", () => {
  const adminSignIn = (UserPoolId: string, ClientId: string, secret: string) =>
    sdk.send(
      new AdminInitiateAuthCommand({
        UserPoolId,
        ClientId,
        AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: "alice", PASSWORD, SECRET_HASH: secretHash(secret, "alice", ClientId) },
      }),
    );

  test("a second secret: both sign in; deleting the old one leaves only the new one, which Describe then shows", async () => {
    const { poolId, clientId, clientSecret } = await signInPool(sdk, {}, { GenerateSecret: true });
    await confirmedUser(sdk, poolId);
    advance(2000);
    const { ClientSecretDescriptor: added } = await sdk.send(new AddUserPoolClientSecretCommand({ UserPoolId: poolId, ClientId: clientId }));
    expect(added!.ClientSecretId).toBe(`${clientId}--${nowSeconds() * 1000}`);
    expect(added!.ClientSecretValue).toMatch(/^[0-9a-z]{51}$/);
    expect(added!.ClientSecretCreateDate!.getTime()).toBe(nowSeconds() * 1000);
    const newSecret = added!.ClientSecretValue!;

    for (const secret of [clientSecret!, newSecret]) expect((await adminSignIn(poolId, clientId, secret)).AuthenticationResult?.AccessToken).toBeTruthy();
    const listed = await sdk.send(new ListUserPoolClientSecretsCommand({ UserPoolId: poolId, ClientId: clientId }));
    expect(listed.NextToken).toBeUndefined();
    expect(listed.ClientSecrets!.map((s) => s.ClientSecretId)).toEqual([`${clientId}--${(nowSeconds() - 2) * 1000}`, added!.ClientSecretId]);
    for (const s of listed.ClientSecrets!) expect(s.ClientSecretValue).toBeUndefined();
    expect((await describeClient(poolId, clientId)).ClientSecret).toBe(clientSecret);

    await sdk.send(new DeleteUserPoolClientSecretCommand({ UserPoolId: poolId, ClientId: clientId, ClientSecretId: listed.ClientSecrets![0]!.ClientSecretId! }));
    const old = await failure(adminSignIn(poolId, clientId, clientSecret!));
    expect(old).toBeInstanceOf(NotAuthorizedException);
    expect(old.message).toBe(`Unable to verify secret hash for client ${clientId}`);
    const { AuthenticationResult } = await adminSignIn(poolId, clientId, newSecret);
    expect((await describeClient(poolId, clientId)).ClientSecret).toBe(newSecret);
    // The ClientSecret member of the token operations takes the active secret too.
    await sdk.send(new RevokeTokenCommand({ ClientId: clientId, ClientSecret: newSecret, Token: AuthenticationResult!.RefreshToken! }));
  });

  test("limits and errors: a third secret, the last secret, an unknown id, a public client; a custom secret comes back without its value", async () => {
    const UserPoolId = await newPool();
    const app = await newClient(UserPoolId, { GenerateSecret: true });
    const ClientId = app.ClientId!;
    const custom = "Custom+Secret_0123456789abcdef";
    const { ClientSecretDescriptor } = await sdk.send(new AddUserPoolClientSecretCommand({ UserPoolId, ClientId, ClientSecret: custom }));
    expect(ClientSecretDescriptor!.ClientSecretValue).toBeUndefined();
    // Created in the same millisecond as the client's own secret, yet with an id of its own.
    expect(ClientSecretDescriptor!.ClientSecretId).not.toBe(`${ClientId}--${nowSeconds() * 1000}`);
    expect(await failure(sdk.send(new AddUserPoolClientSecretCommand({ UserPoolId, ClientId })))).toBeInstanceOf(LimitExceededException);
    expect(await failure(sdk.send(new DeleteUserPoolClientSecretCommand({ UserPoolId, ClientId, ClientSecretId: `${ClientId}--1` })))).toBeInstanceOf(ResourceNotFoundException);
    await sdk.send(new DeleteUserPoolClientSecretCommand({ UserPoolId, ClientId, ClientSecretId: ClientSecretDescriptor!.ClientSecretId! }));
    const { ClientSecrets } = await sdk.send(new ListUserPoolClientSecretsCommand({ UserPoolId, ClientId }));
    expect(ClientSecrets).toHaveLength(1);
    expect(await failure(sdk.send(new DeleteUserPoolClientSecretCommand({ UserPoolId, ClientId, ClientSecretId: ClientSecrets![0]!.ClientSecretId! })))).toBeInstanceOf(
      InvalidParameterException,
    );
    expect((await describeClient(UserPoolId, ClientId)).ClientSecret).toBe(app.ClientSecret);

    const publicApp = await newClient(UserPoolId);
    expect(await failure(sdk.send(new AddUserPoolClientSecretCommand({ UserPoolId, ClientId: publicApp.ClientId! })))).toBeInstanceOf(InvalidParameterException);
    expect((await sdk.send(new ListUserPoolClientSecretsCommand({ UserPoolId, ClientId: publicApp.ClientId! }))).ClientSecrets).toEqual([]);
    expect(await failure(sdk.send(new ListUserPoolClientSecretsCommand({ UserPoolId, ClientId: "0000000000000000000000nope" })))).toBeInstanceOf(ResourceNotFoundException);
  });

  test("a client stored before rotation existed (no secrets list) has its ClientSecret as its one secret", async () => {
    const UserPoolId = await newPool();
    const app = await newClient(UserPoolId, { GenerateSecret: true });
    const clients = mock.state.pools.get(UserPoolId)!.clients;
    const { secrets: _dropped, ...legacy } = clients.get(app.ClientId!)!;
    clients.set(app.ClientId!, legacy);
    const { ClientSecrets } = await sdk.send(new ListUserPoolClientSecretsCommand({ UserPoolId, ClientId: app.ClientId! }));
    expect(ClientSecrets).toEqual([{ ClientSecretId: `${app.ClientId}--${app.CreationDate!.getTime()}`, ClientSecretCreateDate: app.CreationDate }]);
    await sdk.send(new AddUserPoolClientSecretCommand({ UserPoolId, ClientId: app.ClientId! }));
    expect((await sdk.send(new ListUserPoolClientSecretsCommand({ UserPoolId, ClientId: app.ClientId! }))).ClientSecrets).toHaveLength(2);
  });
});
