// Users and attributes through the SDK v3 client (msw): ListUsers' filters and paging, attribute updates, deletes
// and verification, disable/enable, the admin reset, admin global sign-out, DeleteUser, custom attributes, the legacy
// MFA settings and the auth factors (aws-behavior.md §12.2).
import {
  AddCustomAttributesCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserAuthFactorsCommand,
  AdminGetUserCommand,
  AdminResetUserPasswordCommand,
  AdminSetUserSettingsCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  ConfirmForgotPasswordCommand,
  DeleteUserAttributesCommand,
  DeleteUserCommand,
  DescribeUserPoolCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserAuthFactorsCommand,
  GetUserCommand,
  InitiateAuthCommand,
  ListUsersCommand,
  SetUserSettingsCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
  type AttributeType,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";
import { confirmedUser, PASSWORD, signInPool } from "./signin-fixtures.ts";

const { client: sdk, mock, advance } = poolsHarness(31);

const signIn = (ClientId: string, USERNAME = "alice", password = PASSWORD) =>
  sdk.send(new InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD: password } }));
const accessToken = async (ClientId: string, username = "alice") => (await signIn(ClientId, username)).AuthenticationResult!.AccessToken!;
const attrs = (list: AttributeType[] | undefined) => Object.fromEntries((list ?? []).map((a) => [a.Name, a.Value]));
const adminAttrs = async (UserPoolId: string, Username = "alice") => attrs((await sdk.send(new AdminGetUserCommand({ UserPoolId, Username }))).UserAttributes);
const lastCode = (userPoolId: string, username = "alice") => mock.control.codes({ userPoolId, username }).at(-1)!;
const names = (users: { Username?: string }[] | undefined) => (users ?? []).map((u) => u.Username);

async function people(UserPoolId: string) {
  const add = (Username: string, given: string, family: string) =>
    sdk.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username,
        MessageAction: "SUPPRESS",
        UserAttributes: [
          { Name: "given_name", Value: given },
          { Name: "family_name", Value: family },
          { Name: "email", Value: `${Username}@example.com` },
        ],
      }),
    );
  await add("jon", "Jon", "Reddy");
  await add("jonas", "Jonas", "Smith");
  await add("mary", "Mary", "Reddy");
  await add("quote", 'Say "hi"', "Q");
}

describe("ListUsers", () => {
  test("= and ^= on attributes, username, cognito:user_status (any case) and status", async () => {
    const { poolId } = await signInPool(sdk);
    await people(poolId);
    const list = async (Filter: string) => names((await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Filter }))).Users);
    expect(await list('family_name = "Reddy"')).toEqual(["jon", "mary"]);
    expect(await list('given_name ^= "Jon"')).toEqual(["jon", "jonas"]);
    expect(await list('username = "jon"')).toEqual(["jon"]);
    expect(await list('username = "JON"')).toEqual([]);
    expect(await list('given_name = "Say \\"hi\\""')).toEqual(["quote"]);
    expect(await list('cognito:user_status = "force_change_password"')).toHaveLength(4);
    await sdk.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: "mary" }));
    expect(await list('status = "Disabled"')).toEqual(["mary"]);
    expect(await list('status = "Enabled"')).toEqual(["jon", "jonas", "quote"]);
    expect(await list("")).toHaveLength(4);
    // The item shape: `Attributes`, with sub, and the user's flags.
    const { Users } = await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Filter: 'username = "mary"' }));
    expect(Users![0]).toMatchObject({ Username: "mary", Enabled: false, UserStatus: "FORCE_CHANGE_PASSWORD", UserCreateDate: expect.any(Date), UserLastModifiedDate: expect.any(Date) });
    expect(attrs(Users![0]!.Attributes)).toMatchObject({ sub: expect.any(String), given_name: "Mary" });
  });

  test("a malformed filter and a non-searchable attribute: InvalidParameterException `Error while parsing filter.`", async () => {
    const { poolId } = await signInPool(sdk);
    for (const Filter of ["foo", 'email = Reddy', 'email == "a"', 'custom:team = "x"', 'locale = "en"', 'email = "a" and name = "b"']) {
      const error = await failure(sdk.send(new ListUsersCommand({ UserPoolId: poolId, Filter })));
      expect(error, Filter).toMatchObject({ name: "InvalidParameterException", message: "Error while parsing filter." });
    }
  });

  test("AttributesToGet cuts the attributes; a listed user without one fails the call", async () => {
    const { poolId } = await signInPool(sdk);
    await people(poolId);
    const { Users } = await sdk.send(new ListUsersCommand({ UserPoolId: poolId, AttributesToGet: ["email"], Filter: 'family_name = "Reddy"' }));
    expect(Users!.map((u) => u.Attributes)).toEqual([[{ Name: "email", Value: "jon@example.com" }], [{ Name: "email", Value: "mary@example.com" }]]);
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "bare", MessageAction: "SUPPRESS" }));
    const error = await failure(sdk.send(new ListUsersCommand({ UserPoolId: poolId, AttributesToGet: ["email"] })));
    expect(error).toMatchObject({ name: "InvalidParameterException", message: "One or more requested attributes do not exist." });
  });

  test("pages with Limit: every user once, in order, the last page without a token, even while users come and go", async () => {
    const { poolId } = await signInPool(sdk);
    for (let i = 0; i < 25; i++) await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: `u${String(i).padStart(2, "0")}`, MessageAction: "SUPPRESS" }));
    const seen: string[] = [];
    let PaginationToken: string | undefined;
    let pages = 0;
    do {
      const page = await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Limit: 10, PaginationToken }));
      expect(page.Users!.length).toBeLessThanOrEqual(10);
      seen.push(...names(page.Users).map(String));
      PaginationToken = page.PaginationToken;
      if (++pages === 1) {
        // Between pages: a user not yet listed is deleted, a new one is added.
        await sdk.send(new AdminDeleteUserCommand({ UserPoolId: poolId, Username: "u15" }));
        await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "late", MessageAction: "SUPPRESS" }));
      }
    } while (PaginationToken);
    expect(pages).toBe(3);
    expect(seen).toEqual([...Array.from({ length: 25 }, (_, i) => `u${String(i).padStart(2, "0")}`).filter((u) => u !== "u15"), "late"]);
    // A token is opaque but not forgeable.
    expect(await failure(sdk.send(new ListUsersCommand({ UserPoolId: poolId, PaginationToken: "not-a-token" })))).toMatchObject({ name: "InvalidParameterException" });
  });

  test("the next page's first user deleted and created again between pages is listed once", async () => {
    const { poolId } = await signInPool(sdk);
    for (const u of ["a", "b", "c"]) await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: u, MessageAction: "SUPPRESS" }));
    const first = await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Limit: 1 }));
    await sdk.send(new AdminDeleteUserCommand({ UserPoolId: poolId, Username: "b" }));
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "b", MessageAction: "SUPPRESS" }));
    const rest = await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Limit: 10, PaginationToken: first.PaginationToken }));
    expect([...names(first.Users), ...names(rest.Users)]).toEqual(["a", "b", "c"]);
  });

  test("a token whose cursor is gone (used before) resumes from where it points", async () => {
    const { poolId } = await signInPool(sdk);
    for (const u of ["a", "b", "c"]) await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: u, MessageAction: "SUPPRESS" }));
    const first = await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Limit: 1 }));
    const again = (await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Limit: 1, PaginationToken: first.PaginationToken })));
    const retried = (await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Limit: 1, PaginationToken: first.PaginationToken })));
    expect(names(again.Users)).toEqual(["b"]);
    expect(names(retried.Users)).toEqual(["b"]);
  });
});

describe("attribute updates", () => {
  test("admin: a changed email is stored unverified; email_verified in the same call keeps it verified; a blank value deletes", async () => {
    const { poolId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    await sdk.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: "alice", UserAttributes: [{ Name: "email", Value: "new@example.com" }, { Name: "given_name", Value: "Al" }] }));
    expect(await adminAttrs(poolId)).toMatchObject({ email: "new@example.com", email_verified: "false", given_name: "Al" });
    await sdk.send(
      new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: "alice", UserAttributes: [{ Name: "email", Value: "b@example.com" }, { Name: "email_verified", Value: "True" }, { Name: "given_name", Value: "" }] }),
    );
    const after = await adminAttrs(poolId);
    expect(after).toMatchObject({ email: "b@example.com", email_verified: "True" });
    expect(after).not.toHaveProperty("given_name");
  });

  test("sub and immutable custom attributes cannot be updated (CONFIRMED form); unknown names get the schema text", async () => {
    const { poolId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    await sdk.send(new AddCustomAttributesCommand({ UserPoolId: poolId, CustomAttributes: [{ Name: "tenant", AttributeDataType: "String", Mutable: false }] }));
    const update = (Name: string) => failure(sdk.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: "alice", UserAttributes: [{ Name, Value: "x" }] })));
    expect(await update("sub")).toMatchObject({ name: "InvalidParameterException", message: "user.sub: Attribute cannot be updated." });
    expect(await update("custom:tenant")).toMatchObject({ name: "InvalidParameterException", message: "user.custom:tenant: Attribute cannot be updated." });
    expect((await update("custom:nope")).message).toMatch(/^Attributes did not conform to the schema: custom:nope: Attribute does not exist in the schema/);
  });

  test("user: UpdateUserAttributes sends a code for an auto-verified email, VerifyUserAttribute verifies it", async () => {
    const { poolId, clientId } = await signInPool(sdk, { AutoVerifiedAttributes: ["email"] });
    await confirmedUser(sdk, poolId);
    const AccessToken = await accessToken(clientId);
    const out = await sdk.send(new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: "email", Value: "changed@example.com" }] }));
    expect(out.CodeDeliveryDetailsList).toEqual([{ Destination: "c***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" }]);
    expect(await adminAttrs(poolId)).toMatchObject({ email: "changed@example.com", email_verified: "false" });
    const sent = lastCode(poolId);
    expect(sent).toMatchObject({ purpose: "VerifyUserAttribute", destination: "changed@example.com" });
    const wrong = sent.code === "000000" ? "000001" : "000000";
    expect(await failure(sdk.send(new VerifyUserAttributeCommand({ AccessToken, AttributeName: "email", Code: wrong })))).toMatchObject({
      name: "CodeMismatchException",
      message: "Invalid verification code provided, please try again.",
    });
    await sdk.send(new VerifyUserAttributeCommand({ AccessToken, AttributeName: "email", Code: sent.code }));
    expect(await adminAttrs(poolId)).toMatchObject({ email: "changed@example.com", email_verified: "true" });
  });

  test("AttributesRequireVerificationBeforeUpdate: the new email waits until verified, the old one still signs in", async () => {
    const { poolId, clientId } = await signInPool(sdk, {
      UsernameAttributes: ["email"],
      AutoVerifiedAttributes: ["email"],
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] },
    });
    await confirmedUser(sdk, poolId, "alice@example.com", "alice@example.com");
    const AccessToken = await accessToken(clientId, "alice@example.com");
    await sdk.send(new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: "email", Value: "alice2@example.com" }] }));
    expect(await adminAttrs(poolId, "alice@example.com")).toMatchObject({ email: "alice@example.com", email_verified: "true" });
    expect((await signIn(clientId, "alice@example.com")).AuthenticationResult).toBeDefined();
    // A new code goes to the pending value.
    const again = await sdk.send(new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: "email" }));
    expect(again.CodeDeliveryDetails).toMatchObject({ Destination: "a***@e***", AttributeName: "email" });
    const { code, destination } = mock.control.codes({ userPoolId: poolId }).at(-1)!;
    expect(destination).toBe("alice2@example.com");
    await sdk.send(new VerifyUserAttributeCommand({ AccessToken, AttributeName: "email", Code: code }));
    expect(await adminAttrs(poolId, "alice2@example.com")).toMatchObject({ email: "alice2@example.com", email_verified: "true" });
    expect((await signIn(clientId, "alice2@example.com")).AuthenticationResult).toBeDefined();
  });

  test("another user's sign-in email is AliasExistsException", async () => {
    const { poolId } = await signInPool(sdk, { UsernameAttributes: ["email"] });
    await confirmedUser(sdk, poolId, "a@example.com", "a@example.com");
    await confirmedUser(sdk, poolId, "b@example.com", "b@example.com");
    const error = await failure(sdk.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: "a@example.com", UserAttributes: [{ Name: "email", Value: "b@example.com" }] })));
    expect(error.name).toBe("AliasExistsException");
  });

  test("a client's WriteAttributes bound UpdateUserAttributes (CONFIRMED text); email_verified is never the user's to write", async () => {
    const { poolId, clientId } = await signInPool(sdk, {}, { WriteAttributes: ["given_name", "email"] });
    await confirmedUser(sdk, poolId);
    const AccessToken = await accessToken(clientId);
    await sdk.send(new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: "given_name", Value: "A" }] }));
    for (const Name of ["family_name", "email_verified"]) {
      const error = await failure(sdk.send(new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name, Value: "x" }] })));
      expect(error).toMatchObject({ name: "NotAuthorizedException", message: "A client attempted to write unauthorized attribute" });
    }
  });

  test("deletes: admin and user; required attributes stay", async () => {
    const { poolId, clientId } = await signInPool(sdk, { Schema: [{ Name: "email", Required: true, Mutable: true, AttributeDataType: "String" }] });
    await confirmedUser(sdk, poolId);
    await sdk.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: "alice", UserAttributes: [{ Name: "given_name", Value: "A" }, { Name: "locale", Value: "en" }] }));
    await sdk.send(new AdminDeleteUserAttributesCommand({ UserPoolId: poolId, Username: "alice", UserAttributeNames: ["given_name"] }));
    const AccessToken = await accessToken(clientId);
    await sdk.send(new DeleteUserAttributesCommand({ AccessToken, UserAttributeNames: ["locale"] }));
    const left = await adminAttrs(poolId);
    expect(left).not.toHaveProperty("given_name");
    expect(left).not.toHaveProperty("locale");
    const error = await failure(sdk.send(new DeleteUserAttributesCommand({ AccessToken, UserAttributeNames: ["email"] })));
    expect(error.name).toBe("InvalidParameterException");
    expect(await adminAttrs(poolId)).toHaveProperty("email");
  });
});

describe("AddCustomAttributes", () => {
  test("adds custom: attributes to the schema; an existing name and the 51st are refused", async () => {
    const { poolId } = await signInPool(sdk);
    await sdk.send(new AddCustomAttributesCommand({ UserPoolId: poolId, CustomAttributes: [{ Name: "team", AttributeDataType: "String" }, { Name: "level", AttributeDataType: "Number" }] }));
    const { UserPool } = await sdk.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    expect(UserPool!.SchemaAttributes!.filter((a) => a.Name!.startsWith("custom:")).map((a) => a.Name)).toEqual(["custom:team", "custom:level"]);
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "c", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "custom:team", Value: "blue" }] }));
    expect(await failure(sdk.send(new AddCustomAttributesCommand({ UserPoolId: poolId, CustomAttributes: [{ Name: "team", AttributeDataType: "String" }] })))).toMatchObject({ name: "InvalidParameterException" });
    for (let batch = 0; batch < 2; batch++) {
      const CustomAttributes = Array.from({ length: 24 }, (_, i) => ({ Name: `a${batch}_${i}`, AttributeDataType: "String" as const }));
      await sdk.send(new AddCustomAttributesCommand({ UserPoolId: poolId, CustomAttributes }));
    }
    expect(await failure(sdk.send(new AddCustomAttributesCommand({ UserPoolId: poolId, CustomAttributes: [{ Name: "one_more", AttributeDataType: "String" }] })))).toMatchObject({ name: "LimitExceededException" });
  });
});

describe("disable, reset, sign-out, delete", () => {
  test("a disabled user cannot sign in (`User is disabled.`, CONFIRMED) and its tokens are revoked; enabling restores sign-in", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const AccessToken = await accessToken(clientId);
    await sdk.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: "alice" }));
    expect(await failure(signIn(clientId))).toMatchObject({ name: "NotAuthorizedException", message: "User is disabled." });
    expect(await failure(signIn(clientId, "alice", "Wrong-pass1!"))).toMatchObject({ name: "NotAuthorizedException", message: "User is disabled." });
    expect(await failure(sdk.send(new GetUserCommand({ AccessToken })))).toMatchObject({ name: "NotAuthorizedException", message: "Access Token has been revoked" });
    expect((await sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "alice" }))).Enabled).toBe(false);
    await sdk.send(new AdminEnableUserCommand({ UserPoolId: poolId, Username: "alice" }));
    expect((await signIn(clientId)).AuthenticationResult).toBeDefined();
  });

  test("AdminResetUserPassword: RESET_REQUIRED and a code; sign-in answers PasswordResetRequiredException until ConfirmForgotPassword", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    await sdk.send(new AdminResetUserPasswordCommand({ UserPoolId: poolId, Username: "alice" }));
    expect((await sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "alice" }))).UserStatus).toBe("RESET_REQUIRED");
    expect(await failure(signIn(clientId))).toMatchObject({ name: "PasswordResetRequiredException", message: "Password reset required for the user" });
    const { code, purpose } = lastCode(poolId);
    expect(purpose).toBe("ForgotPassword");
    await sdk.send(new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: "alice", ConfirmationCode: code, Password: "Fresh-pass-2!" }));
    expect((await signIn(clientId, "alice", "Fresh-pass-2!")).AuthenticationResult).toBeDefined();
  });

  test("AdminResetUserPassword without a verified email or phone is refused (ForgotPassword's text)", async () => {
    const { poolId } = await signInPool(sdk);
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "nobody-to-mail", MessageAction: "SUPPRESS" }));
    const error = await failure(sdk.send(new AdminResetUserPasswordCommand({ UserPoolId: poolId, Username: "nobody-to-mail" })));
    expect(error).toMatchObject({ name: "InvalidParameterException", message: "Cannot reset password for the user as there is no registered/verified email or phone_number" });
  });

  test("AdminUserGlobalSignOut revokes every session's access and refresh tokens", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const one = (await signIn(clientId)).AuthenticationResult!;
    const two = (await signIn(clientId)).AuthenticationResult!;
    await sdk.send(new AdminUserGlobalSignOutCommand({ UserPoolId: poolId, Username: "alice" }));
    for (const AccessToken of [one.AccessToken!, two.AccessToken!]) {
      expect(await failure(sdk.send(new GetUserCommand({ AccessToken })))).toMatchObject({ message: "Access Token has been revoked" });
    }
    const refresh = await failure(sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: two.RefreshToken! } })));
    expect(refresh).toMatchObject({ name: "NotAuthorizedException", message: "Refresh Token has been revoked" });
    expect((await signIn(clientId)).AuthenticationResult).toBeDefined();
  });

  test("DeleteUser deletes the caller; its token then finds no user", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const AccessToken = await accessToken(clientId);
    await sdk.send(new DeleteUserCommand({ AccessToken }));
    expect(await failure(sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "alice" })))).toMatchObject({ name: "UserNotFoundException" });
    expect((await failure(sdk.send(new GetUserCommand({ AccessToken })))).$metadata.httpStatusCode).toBe(400);
    expect((await sdk.send(new DescribeUserPoolCommand({ UserPoolId: poolId }))).UserPool!.EstimatedNumberOfUsers).toBe(0);
  });
});

describe("legacy settings and auth factors", () => {
  test("SetUserSettings / AdminSetUserSettings: SMS MFAOptions turn SMS MFA on and off; shown by GetUser and the auth factors", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const AccessToken = await accessToken(clientId);
    const sms = [{ DeliveryMedium: "SMS" as const, AttributeName: "phone_number" }];
    expect((await failure(sdk.send(new SetUserSettingsCommand({ AccessToken, MFAOptions: sms })))).name).toBe("InvalidParameterException");
    await sdk.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: "alice", UserAttributes: [{ Name: "phone_number", Value: "+15555550100" }] }));
    await sdk.send(new SetUserSettingsCommand({ AccessToken, MFAOptions: sms }));
    expect(await sdk.send(new GetUserCommand({ AccessToken }))).toMatchObject({ MFAOptions: sms, UserMFASettingList: ["SMS_MFA"] });
    expect(await sdk.send(new GetUserAuthFactorsCommand({ AccessToken }))).toMatchObject({ Username: "alice", UserMFASettingList: ["SMS_MFA"], ConfiguredUserAuthFactors: ["PASSWORD"] });
    await sdk.send(new AdminSetUserSettingsCommand({ UserPoolId: poolId, Username: "alice", MFAOptions: [] }));
    const factors = await sdk.send(new AdminGetUserAuthFactorsCommand({ UserPoolId: poolId, Username: "alice" }));
    expect(factors.UserMFASettingList).toBeUndefined();
    expect((await sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "alice" }))).MFAOptions).toBeUndefined();
  });

  test("quotas: 5 codes and 15 verification attempts per user per hour, then LimitExceededException; an hour later again", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const AccessToken = await accessToken(clientId);
    const send = () => sdk.send(new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: "email" }));
    for (let i = 0; i < 5; i++) await send();
    expect(await failure(send())).toMatchObject({ name: "LimitExceededException", message: "Attempt limit exceeded, please try after some time." });
    const wrong = lastCode(poolId).code === "000000" ? "000001" : "000000";
    const verify = () => sdk.send(new VerifyUserAttributeCommand({ AccessToken, AttributeName: "email", Code: wrong }));
    for (let i = 0; i < 15; i++) expect((await failure(verify())).name).toBe("CodeMismatchException");
    expect((await failure(verify())).name).toBe("LimitExceededException");
    advance(3600_000);
    const fresh = await accessToken(clientId);
    await sdk.send(new GetUserAttributeVerificationCodeCommand({ AccessToken: fresh, AttributeName: "email" }));
    await sdk.send(new VerifyUserAttributeCommand({ AccessToken: fresh, AttributeName: "email", Code: lastCode(poolId).code }));
  });

  test("codes for attribute verification expire after 24 h", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const AccessToken = await accessToken(clientId);
    await sdk.send(new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: "email" }));
    const { code } = lastCode(poolId);
    advance(24 * 3600_000 + 1000);
    const fresh = await accessToken(clientId);
    expect(await failure(sdk.send(new VerifyUserAttributeCommand({ AccessToken: fresh, AttributeName: "email", Code: code })))).toMatchObject({ name: "ExpiredCodeException" });
  });
});
