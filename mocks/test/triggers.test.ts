// Lambda triggers in-process (docs/triggers.md, aws-behavior.md §14): functions handed to createMockCore are found
// through the pool's LambdaConfig ARNs; pre sign-up, pre token generation (V1_0, V2_0), a full CUSTOM_AUTH with the
// three challenge functions (alone and after SRP), threat protection on custom flows, and AWS's errors when a
// function throws, hangs, answers garbage or is missing. Through the real SDK v3 client over the mock's requestHandler.
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetRiskConfigurationCommand,
  SignUpCommand,
  UpdateUserPoolCommand,
  type LambdaConfigType,
} from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { describe, expect, it } from "vitest";
import { createMockCore } from "../core.ts";
import { jwksAnswer } from "../signin/jwks-route.ts";
import type { TriggerFunctions } from "../triggers/runtime.ts";
import { failure } from "./pools-harness.ts";
import { decodeJwt, PASSWORD } from "./signin-setup.ts";
import { srpClient } from "./srp-client.ts";
import { customAuthFunctions } from "./trigger-functions.ts";

const ARN = (name: string) => `arn:aws:lambda:eu-west-1:111122223333:function:${name}`;
const CUSTOM_TRIGGERS: LambdaConfigType = { DefineAuthChallenge: ARN("define"), CreateAuthChallenge: ARN("create"), VerifyAuthChallengeResponse: ARN("verify") };

async function world(triggers: TriggerFunctions, lambda: LambdaConfigType, options: { timeoutMs?: number; pool?: object } = {}) {
  const mock = createMockCore({ seed: 20, region: "eu-west-1", triggers, ...(options.timeoutMs !== undefined && { triggerTimeoutMs: options.timeoutMs }) });
  const sdk = new CognitoIdentityProviderClient({ region: "eu-west-1", credentials: { accessKeyId: "AKID", secretAccessKey: "s" }, requestHandler: mock.requestHandler, maxAttempts: 1 });
  const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: "triggers", LambdaConfig: lambda, ...options.pool }));
  const poolId = UserPool!.Id!;
  const { UserPoolClient } = await sdk.send(
    new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_CUSTOM_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }),
  );
  const clientId = UserPoolClient!.ClientId!;
  const addUser = async (username: string) => {
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: `${username}@example.com` }] }));
    await sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: PASSWORD, Permanent: true }));
  };
  const verifier = (tokenUse: "id" | "access") => {
    const v = CognitoJwtVerifier.create({ userPoolId: poolId, tokenUse, clientId });
    v.cacheJwks(JSON.parse(jwksAnswer(mock.context(), `/${poolId}/.well-known/jwks.json`)!.body) as never);
    return v;
  };
  return { mock, sdk, poolId, clientId, addUser, verifier };
}

describe("pre sign-up", () => {
  it("gets the sign-up in its event and auto-confirms and auto-verifies by its answer", async () => {
    const seen: any[] = [];
    const w = await world({ PreSignUp: (event) => (seen.push(event), { ...event, response: { autoConfirmUser: true, autoVerifyEmail: true, autoVerifyPhone: false } }) }, { PreSignUp: ARN("PreSignUp") });
    const out = await w.sdk.send(
      new SignUpCommand({ ClientId: w.clientId, Username: "ana", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "ana@example.com" }], ValidationData: [{ Name: "invite", Value: "x1" }], ClientMetadata: { from: "test" } }),
    );
    expect(out.UserConfirmed).toBe(true);
    expect(out.CodeDeliveryDetails).toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      version: "1",
      triggerSource: "PreSignUp_SignUp",
      region: "eu-west-1",
      userPoolId: w.poolId,
      userName: "ana",
      callerContext: { clientId: w.clientId },
      request: { userAttributes: { email: "ana@example.com" }, validationData: { invite: "x1" }, clientMetadata: { from: "test" } },
      response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
    });
    expect(typeof seen[0].callerContext.awsSdkVersion).toBe("string");
    const user = await w.sdk.send(new AdminGetUserCommand({ UserPoolId: w.poolId, Username: "ana" }));
    expect(user.UserStatus).toBe("CONFIRMED");
    expect(user.UserAttributes).toContainEqual({ Name: "email_verified", Value: "true" });
  });

  it("refuses the sign-up with the function's message, and no user is created", async () => {
    const w = await world({ PreSignUp: () => Promise.reject(new Error("Invitations only")) }, { PreSignUp: ARN("PreSignUp") });
    const e = await failure(w.sdk.send(new SignUpCommand({ ClientId: w.clientId, Username: "bo", Password: PASSWORD })));
    expect(e.name).toBe("UserLambdaValidationException");
    expect(e.message).toBe("PreSignUp failed with error Invitations only.");
    expect((await failure(w.sdk.send(new AdminGetUserCommand({ UserPoolId: w.poolId, Username: "bo" })))).name).toBe("UserNotFoundException");
    expect(w.mock.state.codes).toHaveLength(0);
  });
});

describe("pre token generation", () => {
  it("V1_0 adds and suppresses ID-token claims, leaves protected ones, and aws-jwt-verify accepts the token", async () => {
    const seen: any[] = [];
    const w = await world(
      {
        tokens: (event) => {
          seen.push(event);
          event.response.claimsOverrideDetails = { claimsToAddOrOverride: { tenant: "acme", sub: "forged" }, claimsToSuppress: ["email"] };
          return event;
        },
      },
      { PreTokenGeneration: ARN("tokens") },
    );
    await w.addUser("cy");
    const { AuthenticationResult } = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "cy", PASSWORD } }));
    const id = await w.verifier("id").verify(AuthenticationResult!.IdToken!);
    expect(id.tenant).toBe("acme");
    expect(id.email).toBeUndefined();
    expect(id.sub).not.toBe("forged");
    expect(seen[0]).toMatchObject({ version: "1", triggerSource: "TokenGeneration_Authentication", request: { groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null } } });
    expect(seen[0].request.scopes).toBeUndefined();
  });

  it("V2_0 changes the access token's claims and scopes, and runs again on refresh", async () => {
    const seen: any[] = [];
    const w = await world(
      {
        tokens: (event) => {
          seen.push(event);
          event.response.claimsAndScopeOverrideDetails = {
            idTokenGeneration: { claimsToAddOrOverride: { plan: "gold" } },
            accessTokenGeneration: { claimsToAddOrOverride: { roles: ["reader", "writer"] }, scopesToAdd: ["orders/read"] },
          };
          return event;
        },
      },
      { PreTokenGenerationConfig: { LambdaVersion: "V2_0", LambdaArn: ARN("tokens") } },
    );
    await w.addUser("di");
    const { AuthenticationResult } = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "di", PASSWORD } }));
    const access = await w.verifier("access").verify(AuthenticationResult!.AccessToken!);
    expect(access.roles).toEqual(["reader", "writer"]);
    expect(access.scope).toBe("aws.cognito.signin.user.admin orders/read");
    expect(decodeJwt(AuthenticationResult!.IdToken!).payload.plan).toBe("gold");
    expect(seen[0]).toMatchObject({ version: "2", request: { scopes: ["aws.cognito.signin.user.admin"] } });
    const refreshed = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: AuthenticationResult!.RefreshToken! } }));
    expect(seen[1].triggerSource).toBe("TokenGeneration_RefreshTokens");
    expect(decodeJwt(refreshed.AuthenticationResult!.AccessToken!).payload.roles).toEqual(["reader", "writer"]);
  });
});

describe("CUSTOM_AUTH", () => {
  it("runs define, create and verify round by round: a wrong answer starts a new round, a right one issues tokens", async () => {
    const log: any[] = [];
    const w = await world(customAuthFunctions(log), CUSTOM_TRIGGERS);
    await w.addUser("ed");
    const start = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "ed" } }));
    expect(start.ChallengeName).toBe("CUSTOM_CHALLENGE");
    expect(start.ChallengeParameters).toEqual({ hint: "the secret word", USERNAME: "ed" });
    expect(log.map((e) => e.triggerSource)).toEqual(["DefineAuthChallenge_Authentication", "CreateAuthChallenge_Authentication"]);
    expect(log[0].request.session).toEqual([]);
    expect(log[0].request.userAttributes["cognito:user_status"]).toBe("CONFIRMED");
    expect(log[1].request.challengeName).toBe("CUSTOM_CHALLENGE");

    const wrong = await w.sdk.send(new RespondToAuthChallengeCommand({ ClientId: w.clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: start.Session, ChallengeResponses: { USERNAME: "ed", ANSWER: "marlin" } }));
    expect(wrong.ChallengeName).toBe("CUSTOM_CHALLENGE");
    expect(wrong.Session).not.toBe(start.Session);
    const verify = log[2];
    expect(verify).toMatchObject({ triggerSource: "VerifyAuthChallengeResponse_Authentication", request: { challengeAnswer: "marlin", privateChallengeParameters: { answer: "swordfish" } } });
    expect(log[3].request.session).toEqual([{ challengeName: "CUSTOM_CHALLENGE", challengeResult: false, challengeMetadata: "ROUND-0" }]);

    // The spent session is refused (single use).
    const replay = await failure(w.sdk.send(new RespondToAuthChallengeCommand({ ClientId: w.clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: start.Session, ChallengeResponses: { USERNAME: "ed", ANSWER: "swordfish" } })));
    expect(replay.name).toBe("NotAuthorizedException");

    const right = await w.sdk.send(new RespondToAuthChallengeCommand({ ClientId: w.clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: wrong.Session, ChallengeResponses: { USERNAME: "ed", ANSWER: "swordfish" } }));
    expect(right.AuthenticationResult?.IdToken).toBeTruthy();
    expect((await w.verifier("id").verify(right.AuthenticationResult!.IdToken!))["cognito:username"]).toBe("ed");
  });

  it("continues from SRP: define sees SRP_A, then PASSWORD_VERIFIER, then the custom challenge", async () => {
    const log: any[] = [];
    const w = await world(customAuthFunctions(log), CUSTOM_TRIGGERS);
    await w.addUser("flo");
    const srp = await srpClient(w.poolId);
    const start = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "flo", CHALLENGE_NAME: "SRP_A", SRP_A: srp.SRP_A } }));
    expect(start.ChallengeName).toBe("PASSWORD_VERIFIER");
    expect(log[0].request.session).toEqual([{ challengeName: "SRP_A", challengeResult: true, challengeMetadata: null }]);
    const claim = await srp.answer(start.ChallengeParameters!, PASSWORD, Date.now());
    const custom = await w.sdk.send(new RespondToAuthChallengeCommand({ ClientId: w.clientId, ChallengeName: "PASSWORD_VERIFIER", ChallengeResponses: claim }));
    expect(custom.ChallengeName).toBe("CUSTOM_CHALLENGE");
    expect(log[1].request.session.map((s: any) => s.challengeName)).toEqual(["SRP_A", "PASSWORD_VERIFIER"]);
    const done = await w.sdk.send(new RespondToAuthChallengeCommand({ ClientId: w.clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: custom.Session, ChallengeResponses: { USERNAME: "flo", ANSWER: "swordfish" } }));
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("fails after the third wrong answer with NotAuthorizedException", async () => {
    const w = await world(customAuthFunctions(), CUSTOM_TRIGGERS);
    await w.addUser("gus");
    let step = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "gus" } }));
    for (let i = 0; i < 2; i++) {
      step = await w.sdk.send(new RespondToAuthChallengeCommand({ ClientId: w.clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: step.Session, ChallengeResponses: { USERNAME: "gus", ANSWER: "no" } }));
    }
    const e = await failure(w.sdk.send(new RespondToAuthChallengeCommand({ ClientId: w.clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: step.Session, ChallengeResponses: { USERNAME: "gus", ANSWER: "no" } })));
    expect(e.name).toBe("NotAuthorizedException");
  });

  it("answers AWS's text for a pool without DefineAuthChallenge", async () => {
    const w = await world({}, {});
    await w.addUser("hal");
    const e = await failure(w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "hal" } })));
    expect([e.name, e.message]).toEqual(["InvalidParameterException", "Custom auth lambda trigger is not configured for the user pool."]);
  });

  it("leaves the session dead after a function fails in a round", async () => {
    const functions = customAuthFunctions();
    const w = await world({ ...functions, verify: () => Promise.reject(new Error("boom")) }, CUSTOM_TRIGGERS);
    await w.addUser("ivy");
    const start = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "ivy" } }));
    const answer = () => w.sdk.send(new RespondToAuthChallengeCommand({ ClientId: w.clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: start.Session, ChallengeResponses: { USERNAME: "ivy", ANSWER: "swordfish" } }));
    const e = await failure(answer());
    expect([e.name, e.message]).toEqual(["UserLambdaValidationException", "VerifyAuthChallengeResponse failed with error boom."]);
    const again = await failure(answer());
    expect([again.name, again.message]).toEqual(["NotAuthorizedException", "Invalid session for the user."]);
  });
});

describe("threat protection on custom flows (CustomAuthMode)", () => {
  const plus = { UserPoolTier: "PLUS" as const };
  async function blockedWorld(customAuthMode: "AUDIT" | "ENFORCED") {
    const w = await world(customAuthFunctions(), CUSTOM_TRIGGERS, { pool: plus });
    await w.sdk.send(
      new UpdateUserPoolCommand({ UserPoolId: w.poolId, LambdaConfig: CUSTOM_TRIGGERS, UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED", AdvancedSecurityAdditionalFlows: { CustomAuthMode: customAuthMode } } }),
    );
    await w.sdk.send(new SetRiskConfigurationCommand({ UserPoolId: w.poolId, RiskExceptionConfiguration: { BlockedIPRangeList: ["198.51.100.0/24"] } }));
    await w.addUser("jo");
    const contextData = { IpAddress: "198.51.100.7", ServerName: "app.example.com", ServerPath: "/login", HttpHeaders: [{ headerName: "User-Agent", headerValue: "test" }] };
    const start = await w.sdk.send(new AdminInitiateAuthCommand({ UserPoolId: w.poolId, ClientId: w.clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "jo" }, ContextData: contextData }));
    const finish = () =>
      w.sdk.send(
        new AdminRespondToAuthChallengeCommand({ UserPoolId: w.poolId, ClientId: w.clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: start.Session, ChallengeResponses: { USERNAME: "jo", ANSWER: "swordfish" }, ContextData: contextData }),
      );
    return { w, finish };
  }

  it("ENFORCED blocks a custom sign-in from a blocked address with AWS's text", async () => {
    const { w, finish } = await blockedWorld("ENFORCED");
    const e = await failure(finish());
    expect([e.name, e.message]).toEqual(["NotAuthorizedException", "Request not allowed due to security reasons."]);
    const events = [...w.mock.state.pools.get(w.poolId)!.users.values()][0]!.events;
    expect(events.at(-1)?.event.EventResponse).toBe("Fail");
  });

  it("AUDIT records the custom sign-in and lets it through", async () => {
    const { w, finish } = await blockedWorld("AUDIT");
    const done = await finish();
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();
    expect([...w.mock.state.pools.get(w.poolId)!.users.values()][0]!.events).toHaveLength(1);
  });
});

describe("a function that fails", () => {
  const signUp = (w: Awaited<ReturnType<typeof world>>) => w.sdk.send(new SignUpCommand({ ClientId: w.clientId, Username: "kim", Password: PASSWORD }));
  const cases: [string, TriggerFunctions, string, string][] = [
    ["throws", { PreSignUp: () => Promise.reject(new Error("nope")) }, "UserLambdaValidationException", "PreSignUp failed with error nope."],
    ["hangs", { PreSignUp: () => new Promise(() => {}) }, "UnexpectedLambdaException", "PreSignUp invocation failed due to error Socket timeout while invoking Lambda function."],
    ["answers a string", { PreSignUp: () => "ok" }, "InvalidLambdaResponseException", "Unrecognizable lambda output"],
    ["answers nothing", { PreSignUp: () => undefined }, "InvalidLambdaResponseException", "Unrecognizable lambda output"],
    ["answers a wrong type", { PreSignUp: (e) => ({ ...e, response: { autoConfirmUser: "yes" } }) }, "InvalidLambdaResponseException", "Unrecognizable lambda output"],
    ["is missing", {}, "UnexpectedLambdaException", "PreSignUp invocation failed due to error AccessDeniedException."],
  ];
  it.each(cases)("%s: AWS's error, no user, and the mock keeps serving", async (_, functions, type, text) => {
    const w = await world(functions, { PreSignUp: ARN("PreSignUp") }, { timeoutMs: 50 });
    const e = await failure(signUp(w));
    expect([e.name, e.message]).toEqual([type, text]);
    expect(w.mock.state.pools.get(w.poolId)!.users.size).toBe(0);
    await w.sdk.send(new UpdateUserPoolCommand({ UserPoolId: w.poolId }));
    expect((await signUp(w)).UserConfirmed).toBe(false);
  });
});

describe("migrate user, pre and post authentication", () => {
  it("migrates an unknown user on USER_PASSWORD_AUTH, then runs pre and post authentication around the sign-in", async () => {
    const seen: any[] = [];
    const w = await world(
      {
        migrate: (event) => {
          seen.push(event);
          if (event.request.password !== PASSWORD) throw new Error("Bad password");
          event.response.userAttributes = { email: "old@example.com", email_verified: "true" };
          event.response.finalUserStatus = "CONFIRMED";
          event.response.messageAction = "SUPPRESS";
          return event;
        },
        pre: (event) => (seen.push(event), event),
        post: (event) => (seen.push(event), event),
      },
      { UserMigration: ARN("migrate"), PreAuthentication: ARN("pre"), PostAuthentication: ARN("post") },
    );
    const wrong = await failure(w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "olga", PASSWORD: "Wr0ng-password!" } })));
    expect([wrong.name, wrong.message]).toEqual(["UserLambdaValidationException", "UserMigration failed with error Bad password."]);
    expect(w.mock.state.pools.get(w.poolId)!.users.size).toBe(0);
    const out = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "olga", PASSWORD }, ClientMetadata: { app: "web" } }));
    expect(out.AuthenticationResult?.AccessToken).toBeTruthy();
    expect(seen.map((e) => e.triggerSource)).toEqual(["UserMigration_Authentication", "UserMigration_Authentication", "PreAuthentication_Authentication", "PostAuthentication_Authentication"]);
    expect(seen[2].request).toMatchObject({ userAttributes: { email: "old@example.com", "cognito:user_status": "CONFIRMED" }, validationData: { app: "web" } });
    const user = await w.sdk.send(new AdminGetUserCommand({ UserPoolId: w.poolId, Username: "olga" }));
    expect(user.UserStatus).toBe("CONFIRMED");
  });

  it("pre authentication refuses the sign-in with its message; post authentication's failure fails the call", async () => {
    const w = await world({ pre: () => Promise.reject(new Error("Locked by policy")) }, { PreAuthentication: ARN("pre") });
    await w.addUser("pia");
    const e = await failure(w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "pia", PASSWORD } })));
    expect([e.name, e.message]).toEqual(["UserLambdaValidationException", "PreAuthentication failed with error Locked by policy."]);
    const v = await world({ post: () => new Promise(() => {}) }, { PostAuthentication: ARN("post") }, { timeoutMs: 50 });
    await v.addUser("quin");
    const t = await failure(v.sdk.send(new InitiateAuthCommand({ ClientId: v.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "quin", PASSWORD } })));
    expect([t.name, t.message]).toEqual(["UnexpectedLambdaException", "PostAuthentication invocation failed due to error Socket timeout while invoking Lambda function."]);
  });
});

describe("custom message and custom senders", () => {
  const developerEmail = { EmailConfiguration: { EmailSendingAccount: "DEVELOPER" as const, SourceArn: "arn:aws:ses:eu-west-1:111122223333:identity/example.com", From: "no-reply@example.com" }, AutoVerifiedAttributes: ["email" as const] };
  const signUp = (w: Awaited<ReturnType<typeof world>>, username = "rae") =>
    w.sdk.send(new SignUpCommand({ ClientId: w.clientId, Username: username, Password: PASSWORD, UserAttributes: [{ Name: "email", Value: `${username}@example.com` }] }));

  it("custom message sees {####}, and Cognito puts the code into its text", async () => {
    const seen: any[] = [];
    const w = await world(
      { message: (event) => (seen.push(event), { ...event, response: { emailSubject: "Welcome", emailMessage: `Your code is ${event.request.codeParameter}`, smsMessage: null } }) },
      { CustomMessage: ARN("message") },
      { pool: developerEmail },
    );
    await signUp(w);
    expect(seen[0]).toMatchObject({ triggerSource: "CustomMessage_SignUp", request: { codeParameter: "{####}", usernameParameter: null } });
    const sent = w.mock.state.codes.at(-1)!;
    expect(sent.subject).toBe("Welcome");
    expect(sent.message).toBe(`Your code is ${sent.code}`);
    expect(JSON.stringify(seen)).not.toContain(sent.code);
  });

  it("an emailMessage without {####} is refused with AWS's text", async () => {
    const w = await world({ message: (event) => ({ ...event, response: { emailMessage: "Hello" } }) }, { CustomMessage: ARN("message") }, { pool: developerEmail });
    const e = await failure(signUp(w));
    expect(e.name).toBe("InvalidParameterException");
    expect(e.message).toMatch(/^1 validation error detected: Value 'Hello' at 'emailBody' failed to satisfy constraint/);
  });

  it("custom email sender gets the code encrypted with the Encryption SDK; decryptSenderCode reads it", async () => {
    const seen: any[] = [];
    const kms = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    const w = await world(
      { sender: (event) => void seen.push(event) },
      { CustomEmailSender: { LambdaVersion: "V1_0", LambdaArn: ARN("sender") }, KMSKeyID: kms },
      { pool: { AutoVerifiedAttributes: ["email"] } },
    );
    await signUp(w, "sol");
    expect(seen[0]).toMatchObject({ triggerSource: "CustomEmailSender_SignUp", request: { type: "customEmailSenderRequestV1" } });
    const sent = w.mock.state.codes.at(-1)!;
    expect(seen[0].request.code).not.toContain(sent.code);
    const { decryptSenderCode } = await import("../index.ts");
    expect(await decryptSenderCode(kms, seen[0].request.code)).toBe(sent.code);
    expect(sent.sender).toBe("CustomEmailSender");
  });
});

describe("robustness: garbage from any challenge function never breaks the mock", () => {
  const garbage: [string, (event: any) => unknown][] = [
    ["null", () => null],
    ["an array", () => [1, 2]],
    ["a number", () => 42],
    ["a BigInt", () => 10n],
    ["response as a string", (e) => ({ ...e, response: "yes" })],
    ["wrong member types", (e) => ({ ...e, response: { challengeName: 7, issueTokens: "true", answerCorrect: 1, publicChallengeParameters: { a: 1 } } })],
    ["a rejected non-Error", () => Promise.reject({ code: 1 })],
    ["a hang", () => new Promise(() => {})],
  ];
  it.each(garbage)("%s: a Lambda error or a refusal, no tokens, and the next sign-in works", async (_, bad) => {
    for (const victim of ["define", "create", "verify"]) {
      const w = await world({ ...customAuthFunctions(), [victim]: bad }, CUSTOM_TRIGGERS, { timeoutMs: 30 });
      await w.addUser("val");
      const outcome = await (async () => {
        const start = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "val" } }));
        return w.sdk.send(new RespondToAuthChallengeCommand({ ClientId: w.clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: start.Session, ChallengeResponses: { USERNAME: "val", ANSWER: "swordfish" } }));
      })().catch((e) => e);
      expect(outcome.AuthenticationResult, `${victim}`).toBeUndefined();
      expect(["UserLambdaValidationException", "UnexpectedLambdaException", "InvalidLambdaResponseException", "NotAuthorizedException"]).toContain(outcome.name);
      // No session is left behind for a flow that failed, and the user is untouched.
      expect([...w.mock.state.sessions.values()].filter((s) => s.challenge === "CUSTOM_CHALLENGE")).toHaveLength(0);
      const normal = await w.sdk.send(new InitiateAuthCommand({ ClientId: w.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "val", PASSWORD } }));
      expect(normal.AuthenticationResult?.AccessToken).toBeTruthy();
    }
  });
});
