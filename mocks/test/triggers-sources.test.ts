// The trigger sources beyond the common ones (docs/triggers.md, aws-behavior.md §14.2): pre sign-up from
// AdminCreateUser, post confirmation from ConfirmForgotPassword, migrate user from ForgotPassword and its answer's
// options (messageAction, desiredDeliveryMediums, forceAliasCreation, finalUserStatus), custom message on an
// attribute update, and threat protection's takeover notification handed to a custom email sender.
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  ConfirmDeviceCommand,
  ConfirmForgotPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ForgotPasswordCommand,
  GetUserAttributeVerificationCodeCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetRiskConfigurationCommand,
  UpdateUserAttributesCommand,
  type CreateUserPoolCommandInput,
  type LambdaConfigType,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { deviceVerifier, srpClaim, srpStart } from "../../suites/cases/behaviour/sign-in-client.ts";
import { createMockCore } from "../core.ts";
import type { TriggerFunctions } from "../triggers/runtime.ts";
import { failure } from "./pools-harness.ts";
import { PASSWORD } from "./signin-setup.ts";

const ARN = (name: string) => `arn:aws:lambda:eu-west-1:111122223333:function:${name}`;

async function world(triggers: TriggerFunctions, lambda: LambdaConfigType, pool: Partial<CreateUserPoolCommandInput> = {}) {
  const mock = createMockCore({ seed: 21, region: "eu-west-1", triggers });
  const sdk = new CognitoIdentityProviderClient({ region: "eu-west-1", credentials: { accessKeyId: "AKID", secretAccessKey: "s" }, requestHandler: mock.requestHandler, maxAttempts: 1 });
  const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: "sources", LambdaConfig: lambda, ...pool }));
  const poolId = UserPool!.Id!;
  const { UserPoolClient } = await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }));
  const clientId = UserPoolClient!.ClientId!;
  const addUser = async (username: string, attributes: Record<string, string> = { email: `${username}@example.com`, email_verified: "true" }) => {
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, MessageAction: "SUPPRESS", UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })) }));
    await sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: PASSWORD, Permanent: true }));
  };
  const codes = (username: string) => mock.control.codes({ userPoolId: poolId, username });
  return { mock, sdk, poolId, clientId, addUser, codes };
}

const recording = (seen: any[], answer: (event: any) => unknown = (e) => e) => (event: any) => (seen.push(event), answer(event));

describe("pre sign-up from AdminCreateUser", () => {
  it("runs with PreSignUp_AdminCreateUser and no client; its flags change nothing", async () => {
    const seen: any[] = [];
    const w = await world({ PreSignUp: recording(seen, (e) => ({ ...e, response: { autoConfirmUser: true, autoVerifyEmail: true, autoVerifyPhone: false } })) }, { PreSignUp: ARN("pre") });
    await w.sdk.send(new AdminCreateUserCommand({ UserPoolId: w.poolId, Username: "ada", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "ada@example.com" }], ClientMetadata: { via: "admin" } }));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ triggerSource: "PreSignUp_AdminCreateUser", userName: "ada", callerContext: { clientId: null }, request: { userAttributes: { email: "ada@example.com" }, validationData: null, clientMetadata: { via: "admin" } } });
    const user = await w.sdk.send(new AdminGetUserCommand({ UserPoolId: w.poolId, Username: "ada" }));
    expect(user.UserStatus).toBe("FORCE_CHANGE_PASSWORD");
    expect(user.UserAttributes).not.toContainEqual({ Name: "email_verified", Value: "true" });
  });

  it("a throw refuses the creation and stores nothing", async () => {
    const w = await world({ PreSignUp: () => { throw new Error("no admins today"); } }, { PreSignUp: ARN("pre") });
    const error = await failure(w.sdk.send(new AdminCreateUserCommand({ UserPoolId: w.poolId, Username: "ada", MessageAction: "SUPPRESS" })));
    expect(error).toMatchObject({ name: "UserLambdaValidationException", message: "PreSignUp failed with error no admins today." });
    expect(await failure(w.sdk.send(new AdminGetUserCommand({ UserPoolId: w.poolId, Username: "ada" })))).toMatchObject({ name: "UserNotFoundException" });
  });
});

describe("post confirmation from ConfirmForgotPassword", () => {
  it("runs with PostConfirmation_ConfirmForgotPassword after the new password is stored", async () => {
    const seen: any[] = [];
    const w = await world({ PostConfirmation: recording(seen) }, { PostConfirmation: ARN("post") });
    await w.addUser("bo");
    await w.sdk.send(new ForgotPasswordCommand({ ClientId: w.clientId, Username: "bo" }));
    const code = w.codes("bo").find((c) => c.purpose === "ForgotPassword")!.code;
    await w.sdk.send(new ConfirmForgotPasswordCommand({ ClientId: w.clientId, Username: "bo", ConfirmationCode: code, Password: `${PASSWORD}2`, ClientMetadata: { step: "reset" } }));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ triggerSource: "PostConfirmation_ConfirmForgotPassword", userName: "bo", callerContext: { clientId: w.clientId }, request: { clientMetadata: { step: "reset" }, userAttributes: { email: "bo@example.com" } } });
    const out = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "bo", PASSWORD: `${PASSWORD}2` } }));
    expect(out.AuthenticationResult?.AccessToken).toBeTruthy();
  });
});

describe("migrate user", () => {
  const migrating = (seen: any[], response: Record<string, unknown>) => recording(seen, (e) => ({ ...e, response: { ...e.response, ...response } }));

  it("UserMigration_ForgotPassword: no password in the request; the user is RESET_REQUIRED and gets the reset code", async () => {
    const seen: any[] = [];
    const w = await world({ UserMigration: migrating(seen, { userAttributes: { email: "cy@example.com", email_verified: "true" }, messageAction: "SUPPRESS" }) }, { UserMigration: ARN("migrate") });
    const out = await w.sdk.send(new ForgotPasswordCommand({ ClientId: w.clientId, Username: "cy", ClientMetadata: { from: "reset" } }));
    expect(out.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: "EMAIL", AttributeName: "email" });
    expect(seen[0]).toMatchObject({ triggerSource: "UserMigration_ForgotPassword", userName: "cy", request: { clientMetadata: { from: "reset" } } });
    expect(seen[0].request).not.toHaveProperty("password");
    expect((await w.sdk.send(new AdminGetUserCommand({ UserPoolId: w.poolId, Username: "cy" }))).UserStatus).toBe("RESET_REQUIRED");
    expect(w.codes("cy").map((c) => c.purpose)).toEqual(["ForgotPassword"]);
  });

  it("at sign-in, finalUserStatus not set confirms; without SUPPRESS a welcome message goes by SMS, or by EMAIL when asked", async () => {
    const seen: any[] = [];
    const w = await world(
      { UserMigration: (e: any) => migrating(seen, { userAttributes: { email: `${e.userName}@example.com`, phone_number: "+15555550100" }, ...(e.userName === "dee" && { desiredDeliveryMediums: ["EMAIL"] }) })(e) },
      { UserMigration: ARN("migrate") },
    );
    for (const name of ["dee", "eve"]) {
      const out = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: name, PASSWORD } }));
      expect(out.AuthenticationResult?.IdToken).toBeTruthy();
      expect((await w.sdk.send(new AdminGetUserCommand({ UserPoolId: w.poolId, Username: name }))).UserStatus).toBe("CONFIRMED");
    }
    expect(w.codes("dee")).toMatchObject([{ purpose: "Welcome", medium: "EMAIL", destination: "dee@example.com" }]);
    expect(w.codes("eve")).toMatchObject([{ purpose: "Welcome", medium: "SMS", destination: "+15555550100" }]);
  });

  it("messageAction SUPPRESS sends nothing; a wrong messageAction or medium is an unrecognizable answer and stores nothing", async () => {
    const answers: Record<string, Record<string, unknown>> = {
      quiet: { messageAction: "SUPPRESS" },
      loud: { messageAction: "SHOUT" },
      pigeon: { desiredDeliveryMediums: ["PIGEON"] },
    };
    const w = await world({ UserMigration: (e: any) => ({ ...e, response: { ...e.response, userAttributes: { email: `${e.userName}@example.com` }, ...answers[e.userName] } }) }, { UserMigration: ARN("migrate") });
    const signIn = (USERNAME: string) => w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD } }));
    await signIn("quiet");
    expect(w.codes("quiet")).toEqual([]);
    for (const name of ["loud", "pigeon"]) {
      expect(await failure(signIn(name))).toMatchObject({ name: "InvalidLambdaResponseException", message: "Unrecognizable lambda output" });
      expect(await failure(w.sdk.send(new AdminGetUserCommand({ UserPoolId: w.poolId, Username: name })))).toMatchObject({ name: "UserNotFoundException" });
    }
  });

  it("an alias another user holds: AliasExistsException unless forceAliasCreation, which moves it", async () => {
    const w = await world(
      { UserMigration: (e: any) => ({ ...e, response: { ...e.response, userAttributes: { email: "shared@example.com", email_verified: "true" }, messageAction: "SUPPRESS", forceAliasCreation: e.userName === "forced" } }) },
      { UserMigration: ARN("migrate") },
      { AliasAttributes: ["email"] },
    );
    await w.addUser("holder", { email: "shared@example.com", email_verified: "true" });
    const signIn = (USERNAME: string) => w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD } }));
    expect(await failure(signIn("polite"))).toMatchObject({ name: "AliasExistsException" });
    expect(await failure(w.sdk.send(new AdminGetUserCommand({ UserPoolId: w.poolId, Username: "polite" })))).toMatchObject({ name: "UserNotFoundException" });
    expect((await signIn("forced")).AuthenticationResult).toBeTruthy();
    const holder = await w.sdk.send(new AdminGetUserCommand({ UserPoolId: w.poolId, Username: "holder" }));
    expect(holder.UserAttributes).toContainEqual({ Name: "email_verified", Value: "false" });
  });
});

describe("pre token generation sources", () => {
  it("tokens from a remembered device's DEVICE_SRP_AUTH come with TokenGeneration_AuthenticateDevice", async () => {
    const seen: any[] = [];
    const w = await world({ PreTokenGeneration: recording(seen) }, { PreTokenGeneration: ARN("pre-token") }, { DeviceConfiguration: { ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: false } });
    await w.addUser("hal");
    const signIn = (DEVICE_KEY?: string) =>
      w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "hal", PASSWORD, ...(DEVICE_KEY && { DEVICE_KEY }) } }));
    const first = (await signIn()).AuthenticationResult!;
    const { DeviceKey, DeviceGroupKey } = first.NewDeviceMetadata!;
    const devicePassword = "device-secret-hal";
    await w.sdk.send(new ConfirmDeviceCommand({ AccessToken: first.AccessToken!, DeviceKey: DeviceKey!, DeviceSecretVerifierConfig: deviceVerifier(DeviceGroupKey!, DeviceKey!, devicePassword) }));
    const challenge = await signIn(DeviceKey);
    expect(challenge.ChallengeName).toBe("DEVICE_SRP_AUTH");
    const { SRP_A, srpSecret } = srpStart();
    const step = await w.sdk.send(new RespondToAuthChallengeCommand({ ClientId: w.clientId, ChallengeName: "DEVICE_SRP_AUTH", Session: challenge.Session, ChallengeResponses: { USERNAME: "hal", DEVICE_KEY: DeviceKey!, SRP_A } }));
    const p = step.ChallengeParameters!;
    const claim = srpClaim({ poolId: w.poolId, poolName: DeviceGroupKey!, userId: DeviceKey!, password: devicePassword, SRP_B: p.SRP_B!, SALT: p.SALT!, SECRET_BLOCK: p.SECRET_BLOCK!, srpSecret });
    const done = await w.sdk.send(
      new RespondToAuthChallengeCommand({
        ClientId: w.clientId,
        ChallengeName: "DEVICE_PASSWORD_VERIFIER",
        Session: step.Session,
        ChallengeResponses: { USERNAME: p.USERNAME!, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK!, TIMESTAMP: claim.TIMESTAMP, PASSWORD_CLAIM_SIGNATURE: claim.PASSWORD_CLAIM_SIGNATURE, DEVICE_KEY: DeviceKey! },
      }),
    );
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();
    expect(seen.map((e) => e.triggerSource)).toEqual(["TokenGeneration_Authentication", "TokenGeneration_AuthenticateDevice"]);
  });
});

describe("custom message sources of attribute codes", () => {
  it("an update that sends a code is CustomMessage_UpdateUserAttribute; asking for one is CustomMessage_VerifyUserAttribute", async () => {
    const seen: any[] = [];
    const w = await world({ CustomMessage: recording(seen) }, { CustomMessage: ARN("message") }, { AutoVerifiedAttributes: ["email"] });
    await w.addUser("fay");
    const { AuthenticationResult } = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "fay", PASSWORD } }));
    const AccessToken = AuthenticationResult!.AccessToken!;
    await w.sdk.send(new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: "email", Value: "fay2@example.com" }] }));
    await w.sdk.send(new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: "email" }));
    expect(seen.map((e) => e.triggerSource)).toEqual(["CustomMessage_UpdateUserAttribute", "CustomMessage_VerifyUserAttribute"]);
    // The token's app client, as for the other triggers; an admin operation's message has none.
    expect(seen.map((e) => e.callerContext.clientId)).toEqual([w.clientId, w.clientId]);
    await w.sdk.send(new AdminCreateUserCommand({ UserPoolId: w.poolId, Username: "gil", UserAttributes: [{ Name: "email", Value: "gil@example.com" }], DesiredDeliveryMediums: ["EMAIL"] }));
    expect(seen.at(-1)).toMatchObject({ triggerSource: "CustomMessage_AdminCreateUser", callerContext: { clientId: null } });
  });
});

describe("CustomEmailSender_AccountTakeOverNotification", () => {
  it("a blocked high-risk sign-in's notification goes to the custom email sender with its facts; the caller still gets the block", async () => {
    const seen: any[] = [];
    const w = await world({ CustomEmailSender: recording(seen) }, { CustomEmailSender: { LambdaVersion: "V1_0", LambdaArn: ARN("sender") }, KMSKeyID: "arn:aws:kms:eu-west-1:111122223333:key/test" }, {
      UserPoolTier: "PLUS",
      UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" },
    });
    await w.addUser("gus");
    await w.sdk.send(
      new SetRiskConfigurationCommand({
        UserPoolId: w.poolId,
        AccountTakeoverRiskConfiguration: { NotifyConfiguration: { SourceArn: "arn:aws:ses:eu-west-1:111122223333:identity/example.com" }, Actions: { HighAction: { EventAction: "BLOCK", Notify: true } } },
      }),
    );
    w.mock.control.riskRules.set([{ RiskLevel: "High", IpRange: "198.51.100.0/24" }]);
    const error = await failure(
      w.sdk.send(
        new AdminInitiateAuthCommand({
          UserPoolId: w.poolId,
          ClientId: w.clientId,
          AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
          AuthParameters: { USERNAME: "gus", PASSWORD },
          ContextData: { IpAddress: "198.51.100.7", ServerName: "app.example.com", ServerPath: "/login", HttpHeaders: [] },
        }),
      ),
    );
    expect(error).toMatchObject({ name: "NotAuthorizedException" });
    const [notification] = w.mock.control.outbox({ userPoolId: w.poolId, username: "gus" });
    expect(notification).toMatchObject({ template: "BlockEmail", sender: "CustomEmailSender" });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      triggerSource: "CustomEmailSender_AccountTakeOverNotification",
      userName: "gus",
      request: {
        type: "customEmailSenderRequestV1",
        code: null,
        userAttributes: {
          EVENT_ID: notification!.eventId,
          USER_NAME: "gus",
          IP_ADDRESS: "198.51.100.7",
          ACCOUNT_TAKE_OVER_ACTION: "BLOCK",
          ONE_CLICK_LINK_VALID: notification!.feedbackLinks.valid,
          ONE_CLICK_LINK_INVALID: notification!.feedbackLinks.invalid,
        },
      },
    });
    expect(Date.parse(seen[0].request.userAttributes.LOGIN_TIME)).not.toBeNaN();
    expect(seen[0].request.userAttributes.FEEDBACK_TOKEN).toEqual(expect.any(String));
  });
});
