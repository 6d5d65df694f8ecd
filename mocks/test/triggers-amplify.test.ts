// Amplify v6 and amazon-cognito-identity-js, clients we did not write, through CUSTOM_AUTH against `serve` with
// in-process trigger functions (docs/triggers.md): Amplify's CUSTOM_WITHOUT_SRP and CUSTOM_WITH_SRP answered
// through confirmSignIn; identity-js's initiateAuth with its customChallenge callback and sendCustomChallengeAnswer.
// Amplify keeps one global configuration and token store, so the tests run in order.
import { CognitoIdentityProviderClient, CreateUserPoolClientCommand, CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { Amplify } from "aws-amplify";
import { confirmSignIn, fetchAuthSession, signIn, signOut } from "aws-amplify/auth";
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from "amazon-cognito-identity-js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer, type RunningServer } from "../server/server.ts";
import { createSignInUser, PASSWORD } from "./signin-setup.ts";
import { customAuthFunctions } from "./trigger-functions.ts";

const REGION = "us-east-1";
const ARN = (name: string) => `arn:aws:lambda:${REGION}:111122223333:function:${name}`;
let server: RunningServer;
let sdk: CognitoIdentityProviderClient;
let ids: { poolId: string; clientId: string };
beforeAll(async () => {
  server = await startServer({ port: 0, seed: 2020, region: REGION, triggers: customAuthFunctions() });
  sdk = new CognitoIdentityProviderClient({ endpoint: server.url, region: REGION, credentials: { accessKeyId: "AKIDAMP", secretAccessKey: "s" }, maxAttempts: 1 });
  const { UserPool } = await sdk.send(
    new CreateUserPoolCommand({ PoolName: "amplify-custom", LambdaConfig: { DefineAuthChallenge: ARN("define"), CreateAuthChallenge: ARN("create"), VerifyAuthChallengeResponse: ARN("verify") } }),
  );
  const { UserPoolClient } = await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id!, ClientName: "web", ExplicitAuthFlows: ["ALLOW_CUSTOM_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }));
  await createSignInUser(sdk, UserPool!.Id!, "uma");
  ids = { poolId: UserPool!.Id!, clientId: UserPoolClient!.ClientId! };
  Amplify.configure({ Auth: { Cognito: { userPoolId: UserPool!.Id!, userPoolClientId: UserPoolClient!.ClientId!, userPoolEndpoint: server.url } } });
});
afterAll(async () => {
  await signOut().catch(() => {});
  sdk?.destroy();
  await server?.close();
});

describe.sequential("Amplify v6 custom authentication against serve", () => {
  test("CUSTOM_WITHOUT_SRP: the custom challenge's parameters reach the app; a wrong answer gets another round, the right one signs in", async () => {
    const first = await signIn({ username: "uma", options: { authFlowType: "CUSTOM_WITHOUT_SRP" } });
    expect(first.nextStep).toMatchObject({ signInStep: "CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE", additionalInfo: { hint: "the secret word" } });
    const again = await confirmSignIn({ challengeResponse: "marlin" });
    expect(again.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE");
    const done = await confirmSignIn({ challengeResponse: "swordfish" });
    expect(done).toEqual({ isSignedIn: true, nextStep: { signInStep: "DONE" } });
    expect((await fetchAuthSession()).tokens?.accessToken.payload.username).toBe("uma");
    await signOut();
  });

  test("CUSTOM_WITH_SRP: the password first (Amplify's own SRP), then the custom challenge", async () => {
    const first = await signIn({ username: "uma", password: PASSWORD, options: { authFlowType: "CUSTOM_WITH_SRP" } });
    expect(first.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE");
    const done = await confirmSignIn({ challengeResponse: "swordfish" });
    expect(done.isSignedIn).toBe(true);
    await signOut();
  });
});

test("amazon-cognito-identity-js: initiateAuth (CUSTOM_AUTH) calls customChallenge, and the right answer gives a valid session", async () => {
  const user = new CognitoUser({ Username: "uma", Pool: new CognitoUserPool({ UserPoolId: ids.poolId, ClientId: ids.clientId, endpoint: server.url }) });
  user.setAuthenticationFlowType("CUSTOM_AUTH");
  type Step = { kind: "challenge"; parameters: Record<string, string> } | { kind: "success"; session: CognitoUserSession } | { kind: "failure"; error: Error };
  const callbacks = (resolve: (s: Step) => void) => ({
    customChallenge: (parameters: Record<string, string>) => resolve({ kind: "challenge", parameters }),
    onSuccess: (session: CognitoUserSession) => resolve({ kind: "success", session }),
    onFailure: (error: Error) => resolve({ kind: "failure", error }),
  });
  const first = await new Promise<Step>((resolve) => user.initiateAuth(new AuthenticationDetails({ Username: "uma" }), callbacks(resolve)));
  expect(first).toEqual({ kind: "challenge", parameters: { hint: "the secret word", USERNAME: "uma" } });
  const done = await new Promise<Step>((resolve) => user.sendCustomChallengeAnswer("swordfish", callbacks(resolve)));
  expect(done.kind).toBe("success");
  const session = (done as { session: CognitoUserSession }).session;
  expect(session.isValid()).toBe(true);
  expect(session.getIdToken().decodePayload()["cognito:username"]).toBe("uma");
});
