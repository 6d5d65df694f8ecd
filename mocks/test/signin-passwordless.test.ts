// Passwordless without a browser: the passkey origin rule (mocks/signin/passkeys.ts originAllowed, §15.11 INFERRED)
// and USER_AUTH's SMS_OTP first factor through the SDK v3 client (msw), the code read from the control API's outbox
// (§15.7 DOC). The passkey ceremonies themselves: signin-passkey-browser.test.ts (chromium).
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  UpdateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { originAllowed } from "../signin/passkeys.ts";
import { failure, poolsHarness } from "./pools-harness.ts";
import { PASSWORD, signInPool } from "./signin-fixtures.ts";

describe("originAllowed: where a registration may come from", () => {
  const rp = "auth.example.com";
  test("https on the RP id's host, any port, and its subdomains", () => {
    expect(originAllowed("https://auth.example.com", rp)).toBe(true);
    expect(originAllowed("https://auth.example.com:8443", rp)).toBe(true);
    expect(originAllowed("https://login.auth.example.com", rp)).toBe(true);
  });
  test("a wrong host, a parent of the RP id, a look-alike suffix: refused", () => {
    expect(originAllowed("https://evil.example.net", rp)).toBe(false);
    expect(originAllowed("https://example.com", rp)).toBe(false);
    expect(originAllowed("https://notauth.example.com", rp)).toBe(false);
    expect(originAllowed("https://auth.example.com.evil.net", rp)).toBe(false);
  });
  test("http only for localhost with the RP id localhost", () => {
    expect(originAllowed("http://auth.example.com", rp)).toBe(false);
    expect(originAllowed("http://localhost:3000", "localhost")).toBe(true);
    expect(originAllowed("https://localhost", "localhost")).toBe(true);
    expect(originAllowed("http://localhost:3000", rp)).toBe(false);
    expect(originAllowed("http://127.0.0.1:3000", "127.0.0.1")).toBe(false);
  });
  test("the RP id the credential's origin does not fit (another RP id), and what is no origin", () => {
    expect(originAllowed("https://auth.example.com", "other.example.org")).toBe(false);
    expect(originAllowed("https://auth.example.com/path", rp)).toBe(false);
    expect(originAllowed("not a url", rp)).toBe(false);
    expect(originAllowed("android:apk-key-hash:abc", rp)).toBe(false);
  });
});

describe("USER_AUTH with the SMS_OTP first factor", () => {
  const { client: sdk, mock } = poolsHarness(1915);

  async function smsPool() {
    const ids = await signInPool(sdk, {}, { ExplicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
    await sdk.send(new UpdateUserPoolCommand({ UserPoolId: ids.poolId, Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "SMS_OTP"] } } }));
    await sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: ids.poolId,
        Username: "sam",
        MessageAction: "SUPPRESS",
        UserAttributes: [
          { Name: "phone_number", Value: "+15555550123" },
          { Name: "phone_number_verified", Value: "true" },
        ],
      }),
    );
    await sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: ids.poolId, Username: "sam", Password: PASSWORD, Permanent: true }));
    return ids;
  }
  const ask = (ClientId: string) =>
    sdk.send(new InitiateAuthCommand({ ClientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "sam", PREFERRED_CHALLENGE: "SMS_OTP" } }));
  const answer = (ClientId: string, Session: string | undefined, code: string) =>
    sdk.send(new RespondToAuthChallengeCommand({ ClientId, ChallengeName: "SMS_OTP", Session, ChallengeResponses: { USERNAME: "sam", SMS_OTP_CODE: code } }));

  test("the code sent by SMS signs the user in; the challenge names the medium and a masked destination", async () => {
    const { poolId, clientId } = await smsPool();
    const challenge = await ask(clientId);
    expect(challenge.ChallengeName).toBe("SMS_OTP");
    expect(challenge.ChallengeParameters).toMatchObject({ CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: expect.stringMatching(/^\+\*+0123$/) });
    const sent = mock.control.codes({ userPoolId: poolId, username: "sam" }).at(-1)!;
    expect(sent).toMatchObject({ purpose: "SMS_OTP", medium: "SMS", destination: "+15555550123" });
    const done = await answer(clientId, challenge.Session, sent.code);
    expect(done.ChallengeName).toBeUndefined();
    expect(done.AuthenticationResult).toMatchObject({ AccessToken: expect.any(String), IdToken: expect.any(String), RefreshToken: expect.any(String), TokenType: "Bearer" });
  });

  test("a wrong code is refused with CodeMismatchException and no tokens", async () => {
    const { poolId, clientId } = await smsPool();
    const challenge = await ask(clientId);
    const sent = mock.control.codes({ userPoolId: poolId, username: "sam" }).at(-1)!.code;
    const wrong = sent.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    expect(await failure(answer(clientId, challenge.Session, wrong))).toMatchObject({ name: "CodeMismatchException" });
  });
});
