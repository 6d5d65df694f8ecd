// The steps sign-in scenarios share, so each scenario reads as the flow it checks: sign in with a password,
// the SRP round trip, the shape of a signed-in answer. Fixture names are in suites/fixtures/sign-in.ts.
import type { Case, Expectation, Step } from "../../harness/case.ts";
import { ok, scenario, type ScenarioInput } from "./build.ts";
import "./sign-in-client.ts"; // registers the computations (srpStart, srpClaim, secretHash, totp)

export const POOL = { UserPoolId: "{{userPoolId}}" };

/** A compact JWS (ID and access tokens) and a compact JWE (the refresh token, §10). */
export const JWT = { $pattern: "^eyJ[\\w-]+\\.eyJ[\\w-]+\\.[\\w-]+$" };
const HEX = { $pattern: "^[0-9a-f]+$" };
export const JWE = { $pattern: "^eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+\\.[\\w-]+\\.[\\w-]+$" };

/** What a completed sign-in answers (§9 s9.success): tokens, no challenge, no session. */
export const SIGNED_IN: Expectation = {
  body: { ChallengeParameters: {}, AuthenticationResult: { AccessToken: JWT, IdToken: JWT, RefreshToken: JWE, TokenType: "Bearer", ExpiresIn: 3600 } },
  bodyAbsent: ["ChallengeName", "Session"],
};

/** Saves a sign-in's tokens as {{accessToken}}, {{idToken}}, {{refreshToken}} (with a prefix when given). */
export const saveTokens = (prefix = "") => ({
  [`${prefix}accessToken`]: "AuthenticationResult.AccessToken",
  [`${prefix}idToken`]: "AuthenticationResult.IdToken",
  [`${prefix}refreshToken`]: "AuthenticationResult.RefreshToken",
});

export interface PasswordAuth {
  client?: string;
  username?: string;
  password?: string;
  extra?: Record<string, string>;
}

/** InitiateAuth USER_PASSWORD_AUTH's body (client `signInClientId`, the fixture user and password by default). */
export function passwordAuth(options: PasswordAuth = {}) {
  return {
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: options.client ?? "{{signInClientId}}",
    AuthParameters: { USERNAME: options.username ?? "{{username}}", PASSWORD: options.password ?? "{{password}}", ...options.extra },
  };
}

/** AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH's body. */
export function adminPasswordAuth(options: PasswordAuth = {}) {
  return { ...POOL, ...passwordAuth(options), AuthFlow: "ADMIN_USER_PASSWORD_AUTH" };
}

/** A client-side computation (harness/compute.ts); its results become variables, and `expect` checks them. */
export const compute = (fn: string, args: unknown = {}, expect: Expectation = {}): Step => ({ compute: { fn, args }, request: { headers: {} }, expect });

/** The SRP round trip up to the claim: A, InitiateAuth USER_SRP_AUTH, the PASSWORD_VERIFIER challenge saved. */
export function srpChallenge(options: { client?: string; username?: string; expect?: Expectation } = {}): Step[] {
  return [
    compute("srpStart"),
    ok(
      "InitiateAuth",
      { AuthFlow: "USER_SRP_AUTH", ClientId: options.client ?? "{{signInClientId}}", AuthParameters: { USERNAME: options.username ?? "{{username}}", SRP_A: "{{SRP_A}}" } },
      {
        body: {
          ChallengeName: "PASSWORD_VERIFIER",
          ChallengeParameters: { SALT: HEX, SRP_B: HEX, SECRET_BLOCK: { $pattern: "^[A-Za-z0-9+/]+=*$" }, USER_ID_FOR_SRP: { $pattern: "." }, USERNAME: { $pattern: "." } },
        },
        ...options.expect,
      },
      { SALT: "ChallengeParameters.SALT", SRP_B: "ChallengeParameters.SRP_B", SECRET_BLOCK: "ChallengeParameters.SECRET_BLOCK", userIdForSrp: "ChallengeParameters.USER_ID_FOR_SRP" },
    ),
  ];
}

/** The claim and the RespondToAuthChallenge PASSWORD_VERIFIER body that carries it. */
export function srpAnswer(options: { password?: string; timestamp?: "now" | "padded-day" | "stale"; client?: string } = {}): { claim: Step; body: unknown } {
  const claim = compute("srpClaim", {
    poolId: "{{userPoolId}}",
    userId: "{{userIdForSrp}}",
    password: options.password ?? "{{password}}",
    SRP_B: "{{SRP_B}}",
    SALT: "{{SALT}}",
    SECRET_BLOCK: "{{SECRET_BLOCK}}",
    srpSecret: "{{srpSecret}}",
    timestamp: options.timestamp ?? "now",
  });
  const body = {
    ChallengeName: "PASSWORD_VERIFIER",
    ClientId: options.client ?? "{{signInClientId}}",
    ChallengeResponses: {
      USERNAME: "{{userIdForSrp}}",
      PASSWORD_CLAIM_SECRET_BLOCK: "{{SECRET_BLOCK}}",
      TIMESTAMP: "{{TIMESTAMP}}",
      PASSWORD_CLAIM_SIGNATURE: "{{PASSWORD_CLAIM_SIGNATURE}}",
    },
  };
  return { claim, body };
}

/** Fixture sets of sign-in scenarios: a pool, its fixture user with a permanent password, a client allowing the flows. */
export const SIGNED_UP = ["pool", "user", "password", "signInClient"];

/** A behaviour case of the sign-in surface, on the SIGNED_UP fixtures unless it names others. */
export const signInScenario = (input: ScenarioInput): Case => scenario({ fixtures: SIGNED_UP, ...input });
