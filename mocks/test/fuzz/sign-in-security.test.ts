// Security properties of sign-in (issue 9), seeded fast-check over the in-process mock with a clock of its own:
// 1. no sequence of requests yields tokens without the right password, nor, for a TOTP user, without the code;
// 2. a forged, expired, replayed or other-pool session, code or token is refused with a typed 400;
// 3. no password, code, session or token appears in error messages, logs or the suites' reports.
import fc from "fast-check";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { OPERATIONS, type OperationName } from "../../../generated/operations.ts";
import { srpClaim, srpStart, totp } from "../../../suites/cases/behaviour/sign-in-client.ts";
import { notificationCases } from "../../../suites/cases/behaviour/notifications.ts";
import { riskDecisionCases } from "../../../suites/cases/behaviour/risk-decisions.ts";
import { riskSignInCases } from "../../../suites/cases/behaviour/risk-sign-ins.ts";
import { signInCases } from "../../../suites/cases/behaviour/sign-in.ts";
import { runCases } from "../../../suites/harness/runner.ts";
import { writeReport } from "../../../suites/report/write.ts";
import { mockTarget } from "../../../suites/targets/mock.ts";
import { createCognitoMock, type CognitoMock } from "../../index.ts";
import type { MockState } from "../../state.ts";
import { allowedErrors, answerProblems } from "./answer-checks.ts";
import { JSON_CONTENT_TYPE, SIGNED } from "./request-arbitrary.ts";
import { shows } from "./secrets.ts";
import { DISPATCH_RUNS, SEED, SEQUENCE_RUNS, fuzzParameters } from "./runs.ts";

const PASSWORD = "Corr3ct-horse!";
const TEMPORARY = "Tempor4ry-pass!";
let now = Date.UTC(2026, 5, 1, 12);
const logs: string[] = [];
let mock: CognitoMock;
let baseline: MockState;
const ids: Record<string, string> = {};

async function send(operation: OperationName, input: unknown) {
  const wire = { method: "POST", url: "http://127.0.0.1/", headers: { "content-type": JSON_CONTENT_TYPE, "x-amz-target": OPERATIONS[operation].target, authorization: SIGNED }, body: JSON.stringify(input) };
  const { response } = await mock.respond(wire);
  return { response, body: JSON.parse(response.body), wire };
}
async function ok(operation: OperationName, input: unknown): Promise<any> {
  const { response, body } = await send(operation, input);
  if (response.status !== 200) throw new Error(`${operation} failed during setup: ${response.body}`);
  return body;
}
const passwordAuth = (clientId: string, username: string, password: string) => ({ AuthFlow: "USER_PASSWORD_AUTH", ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD: password } });

beforeAll(async () => {
  for (const level of ["log", "info", "warn", "error", "debug"] as const) vi.spyOn(console, level).mockImplementation((...args) => void logs.push(args.map(String).join(" ")));
  mock = createCognitoMock({ seed: SEED, clock: { now: () => now }, onInternalError: (e) => void logs.push(`internal: ${String(e)}`) });
  for (const side of ["A", "B"]) {
    const pool = (await ok("CreateUserPool", { PoolName: `fuzz-${side}`, MfaConfiguration: "OPTIONAL" })).UserPool.Id;
    await ok("SetUserPoolMfaConfig", { UserPoolId: pool, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } });
    const flows = ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];
    ids[`pool${side}`] = pool;
    ids[`client${side}`] = (await ok("CreateUserPoolClient", { UserPoolId: pool, ClientName: "fuzz", ExplicitAuthFlows: flows })).UserPoolClient.ClientId;
    for (const name of ["alice", "tina"]) {
      await ok("AdminCreateUser", { UserPoolId: pool, Username: name, MessageAction: "SUPPRESS" });
      await ok("AdminSetUserPassword", { UserPoolId: pool, Username: name, Password: PASSWORD, Permanent: true });
    }
    await ok("AdminCreateUser", { UserPoolId: pool, Username: "newbie", TemporaryPassword: TEMPORARY, MessageAction: "SUPPRESS" });
    const tokens = (await ok("InitiateAuth", passwordAuth(ids[`client${side}`], "alice", PASSWORD))).AuthenticationResult;
    Object.assign(ids, { [`access${side}`]: tokens.AccessToken, [`refresh${side}`]: tokens.RefreshToken, [`id${side}`]: tokens.IdToken });
    const tina = (await ok("InitiateAuth", passwordAuth(ids[`client${side}`], "tina", PASSWORD))).AuthenticationResult.AccessToken;
    const { SecretCode } = await ok("AssociateSoftwareToken", { AccessToken: tina });
    ids[`totp${side}`] = SecretCode;
    await ok("VerifySoftwareToken", { AccessToken: tina, UserCode: totp(SecretCode, 0, now) });
    await ok("SetUserMFAPreference", { AccessToken: tina, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
  }
  ids.secretClient = (await ok("CreateUserPoolClient", { UserPoolId: ids.poolA, ClientName: "secret", GenerateSecret: true, ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] })).UserPoolClient.ClientId;
  baseline = structuredClone(mock.state);
});
afterAll(() => vi.restoreAllMocks());

const restore = () => {
  mock.restore(structuredClone(baseline), 0);
  now = Date.UTC(2026, 5, 1, 12);
};

/** Near misses of the right password: what a guesser, a bug or a typo would send. */
const wrongPassword = fc.oneof(
  fc.constantFrom(`${PASSWORD}x`, PASSWORD.slice(0, -1), PASSWORD.toUpperCase(), PASSWORD.toLowerCase(), ` ${PASSWORD}`, `${PASSWORD} `, TEMPORARY, "", "x"),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s !== PASSWORD),
);
const flip = (text: string, at: number) => {
  const i = at % text.length;
  return text.slice(0, i) + (text[i] === "A" ? "B" : "A") + text.slice(i + 1);
};
const side = fc.constantFrom("A", "B");
const username = fc.constantFrom("alice", "tina", "newbie", "nobody", "ALICE");

/** One attempt to get tokens without the right secret (the TOTP user may use the right password, not the code). */
const attempt = fc.oneof(
  fc.record({ kind: fc.constant("password" as const), side, username, password: wrongPassword, admin: fc.boolean() }),
  fc.record({ kind: fc.constant("srp" as const), side, username, password: wrongPassword, forge: fc.boolean(), signature: fc.base64String({ minLength: 4, maxLength: 64 }) }),
  fc.record({ kind: fc.constant("totp" as const), side, code: fc.oneof(fc.stringMatching(/^\d{6}$/), fc.string({ maxLength: 8 })), forge: fc.nat() }),
  fc.record({ kind: fc.constant("refresh" as const), side, other: fc.boolean(), at: fc.nat(), op: fc.constantFrom("InitiateAuth", "GetTokensFromRefreshToken") }),
  fc.record({ kind: fc.constant("secret" as const), hash: fc.option(fc.base64String({ minLength: 4, maxLength: 44 })) }),
);

/** Sends the attempt; returns every answer it got (none may hold tokens). */
async function run(a: any): Promise<{ response: any; body: any; operation: string }[]> {
  const out: { response: any; body: any; operation: string }[] = [];
  const go = async (operation: OperationName, input: unknown) => {
    const r = await send(operation, input);
    out.push({ ...r, operation });
    return r.body;
  };
  const client = ids[`client${a.side}`];
  const pool = ids[`pool${a.side}`];
  if (a.kind === "password") {
    if (a.admin) await go("AdminInitiateAuth", { ...passwordAuth(client, a.username, a.password), UserPoolId: pool, AuthFlow: "ADMIN_USER_PASSWORD_AUTH" });
    else await go("InitiateAuth", passwordAuth(client, a.username, a.password));
  } else if (a.kind === "srp") {
    const { SRP_A, srpSecret } = srpStart();
    const challenge = await go("InitiateAuth", { AuthFlow: "USER_SRP_AUTH", ClientId: client, AuthParameters: { USERNAME: a.username, SRP_A } });
    const p = challenge.ChallengeParameters;
    if (p?.SRP_B) {
      const claim = srpClaim({ poolId: pool, userId: p.USER_ID_FOR_SRP, password: a.password, SRP_B: p.SRP_B, SALT: p.SALT, SECRET_BLOCK: p.SECRET_BLOCK, srpSecret });
      const signature = a.forge ? a.signature : claim.PASSWORD_CLAIM_SIGNATURE;
      await go("RespondToAuthChallenge", { ChallengeName: "PASSWORD_VERIFIER", ClientId: client, ChallengeResponses: { USERNAME: p.USER_ID_FOR_SRP, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK, TIMESTAMP: claim.TIMESTAMP, PASSWORD_CLAIM_SIGNATURE: signature } });
    }
  } else if (a.kind === "totp") {
    const challenge = await go("InitiateAuth", passwordAuth(client, "tina", PASSWORD));
    const right = new Set([-1, 0, 1].map((s) => totp(ids[`totp${a.side}`], s, now)));
    if (challenge.Session && !right.has(a.code)) {
      const session = a.forge % 3 === 0 ? flip(challenge.Session, a.forge) : challenge.Session;
      await go("RespondToAuthChallenge", { ChallengeName: "SOFTWARE_TOKEN_MFA", ClientId: client, Session: session, ChallengeResponses: { USERNAME: "tina", SOFTWARE_TOKEN_MFA_CODE: a.code } });
    }
  } else if (a.kind === "refresh") {
    // Another pool's genuine token, or this pool's with one character changed.
    const token = a.other ? ids[`refresh${a.side === "A" ? "B" : "A"}`] : flip(ids[`refresh${a.side}`], a.at);
    if (a.op === "InitiateAuth") await go("InitiateAuth", { AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: client, AuthParameters: { REFRESH_TOKEN: token } });
    else await go("GetTokensFromRefreshToken", { ClientId: client, RefreshToken: token });
  } else {
    await go("InitiateAuth", { ...passwordAuth(ids.secretClient, "alice", PASSWORD), AuthParameters: { USERNAME: "alice", PASSWORD, ...(a.hash ? { SECRET_HASH: a.hash } : {}) } });
  }
  return out;
}

const problemsOf = (answers: Awaited<ReturnType<typeof run>>) =>
  answers.flatMap(({ response, body, operation }) => [
    ...(body.AuthenticationResult ? [`${operation} answered tokens`] : []),
    ...answerProblems(response, allowedErrors(OPERATIONS[operation as OperationName].target)).map((p) => `${operation}: ${p}`),
  ]);

describe("sign-in security properties", () => {
  test("no sequence of requests yields tokens without the right password, or without the TOTP code", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(attempt, { minLength: 1, maxLength: 8 }), async (attempts) => {
        restore();
        for (const a of attempts) expect(problemsOf(await run(a))).toEqual([]);
      }),
      fuzzParameters(SEQUENCE_RUNS),
    );
  });

  test("a forged, expired, replayed or other-pool session, code or token is refused with a typed 400", async () => {
    const cases = fc.record({ what: fc.constantFrom("forged-session", "expired-session", "replayed-session", "other-pool-session", "forged-access", "expired-access", "other-pool-refresh", "revoked-access", "wrong-code", "expired-code"), at: fc.nat(), side });
    await fc.assert(
      fc.asyncProperty(cases, async ({ what, at, side: s }) => {
        restore();
        const other = s === "A" ? "B" : "A";
        const [client, otherClient] = [ids[`client${s}`], ids[`client${other}`]];
        const challenge = async () => (await send("InitiateAuth", passwordAuth(client, "newbie", TEMPORARY))).body.Session as string;
        const answer = (session: string, via = client) => send("RespondToAuthChallenge", { ChallengeName: "NEW_PASSWORD_REQUIRED", ClientId: via, Session: session, ChallengeResponses: { USERNAME: "newbie", NEW_PASSWORD: "N3w-battery-staple!" } });
        let r: Awaited<ReturnType<typeof send>>;
        if (what === "forged-session") r = await answer(flip(await challenge(), at));
        else if (what === "expired-session") {
          const session = await challenge();
          now += 3 * 60_000 + 1_000;
          r = await answer(session);
        } else if (what === "replayed-session") {
          const session = await challenge();
          expect((await answer(session)).response.status).toBe(200);
          r = await answer(session);
        } else if (what === "other-pool-session") r = await answer(await challenge(), otherClient);
        else if (what === "forged-access") r = await send("GetUser", { AccessToken: flip(ids[`access${s}`], at) });
        else if (what === "expired-access") {
          now += 3_601_000;
          r = await send("GetUser", { AccessToken: ids[`access${s}`] });
        } else if (what === "revoked-access") {
          await ok("GlobalSignOut", { AccessToken: ids[`access${s}`] });
          r = await send("GetUser", { AccessToken: ids[`access${s}`] });
        } else if (what === "other-pool-refresh") r = await send("GetTokensFromRefreshToken", { ClientId: client, RefreshToken: ids[`refresh${other}`] });
        else {
          await ok("UpdateUserPool", { UserPoolId: ids[`pool${s}`], AutoVerifiedAttributes: ["email"], MfaConfiguration: "OPTIONAL" });
          await ok("SignUp", { ClientId: client, Username: `signed-${at}`, Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "x@example.com" }] });
          const code = mock.control.codes({ userPoolId: ids[`pool${s}`], username: `signed-${at}` })[0]?.code ?? "000000";
          if (what === "expired-code") now += 24 * 3_600_000 + 1_000;
          r = await send("ConfirmSignUp", { ClientId: client, Username: `signed-${at}`, ConfirmationCode: what === "wrong-code" ? flip(code, at).replace(/\D/g, "9") : code });
        }
        const operation = (JSON.parse(r.wire.body) && r.wire.headers["x-amz-target"].split(".")[1]) as OperationName;
        expect([what, r.response.status, r.body.AuthenticationResult]).toEqual([what, 400, undefined]);
        expect(answerProblems(r.response, allowedErrors(OPERATIONS[operation].target))).toEqual([]);
      }),
      fuzzParameters(Math.max(40, Math.floor(DISPATCH_RUNS / 2))),
    );
  });

  test("no password, code, session or token in error messages or logs", async () => {
    const marker = fc.stringMatching(/^[A-Za-z0-9]{12,24}$/).map((s) => `Zq9${s}`);
    const secretRequest = fc.record({ marker, op: fc.constantFrom<OperationName>("InitiateAuth", "RespondToAuthChallenge", "ChangePassword", "ConfirmSignUp", "ConfirmForgotPassword", "VerifySoftwareToken", "GetUser", "RevokeToken", "SignUp"), long: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(secretRequest, async ({ marker: m, op, long }) => {
        restore();
        const secret = long ? m.repeat(20) : m;
        const inputs: Record<string, unknown> = {
          InitiateAuth: passwordAuth(ids.clientA, "alice", secret),
          RespondToAuthChallenge: { ChallengeName: "NEW_PASSWORD_REQUIRED", ClientId: ids.clientA, Session: secret, ChallengeResponses: { USERNAME: "newbie", NEW_PASSWORD: secret } },
          ChangePassword: { AccessToken: ids.accessA, PreviousPassword: secret, ProposedPassword: secret },
          ConfirmSignUp: { ClientId: ids.clientA, Username: "alice", ConfirmationCode: secret },
          ConfirmForgotPassword: { ClientId: ids.clientA, Username: "alice", ConfirmationCode: secret, Password: secret },
          VerifySoftwareToken: { AccessToken: secret, UserCode: secret.slice(0, 6) },
          GetUser: { AccessToken: secret },
          RevokeToken: { ClientId: ids.clientA, Token: secret },
          SignUp: { ClientId: ids.clientA, Username: "fresh-user", Password: secret },
        };
        const { response } = await send(op, inputs[op]);
        const visible = `${response.body} ${JSON.stringify(response.headers)} ${logs.join("\n")}`;
        expect(visible.includes(m), `${op} echoed a secret`).toBe(false);
      }),
      fuzzParameters(Math.max(60, DISPATCH_RUNS)),
    );
    // The setup's own secrets never reached a log either.
    for (const secret of [PASSWORD, TEMPORARY, ids.accessA, ids.refreshA, ids.totpA]) expect(logs.join("\n").includes(secret)).toBe(false);
  });

  test("no password, code, session or token the run created in the suites' reports, logs or error messages, sign-in and risk scenarios alike", async () => {
    const target = mockTarget({ seed: SEED });
    const result = await runCases([...signInCases, ...riskSignInCases, ...riskDecisionCases, ...notificationCases], target);
    await target.close();
    expect(result.results.filter((r) => r.status !== "PASS").map((r) => r.id)).toEqual([]);
    // Every secret the run sent or received (API calls and control answers alike), read from its raw exchanges.
    const secrets = new Set<string>();
    const SECRET = /^(PASSWORD|NEW_PASSWORD|Password|PreviousPassword|ProposedPassword|TemporaryPassword|SECRET_HASH|Session|AccessToken|IdToken|RefreshToken|Token|FeedbackToken|SecretCode|UserCode|ConfirmationCode|SOFTWARE_TOKEN_MFA_CODE|EMAIL_OTP_CODE|SMS_MFA_CODE|PASSWORD_CLAIM_SIGNATURE|code|ClientSecret)$/;
    const collect = (value: unknown, key = ""): void => {
      if (typeof value === "string") {
        if (SECRET.test(key) && value.length >= 6 && value !== "<computed>") secrets.add(value);
      } else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, k);
    };
    const errorMessages: string[] = [];
    for (const r of result.results) for (const x of r.exchanges) {
      for (const text of [x.request.body, x.answer?.body ?? ""]) {
        try {
          const parsed = JSON.parse(text);
          collect(parsed);
          if (text === x.answer?.body && typeof parsed?.message === "string") errorMessages.push(parsed.message);
        } catch {
          /* not JSON */
        }
      }
      const header = Object.entries(x.answer?.headers ?? {}).find(([k]) => k.toLowerCase() === "x-amzn-errormessage")?.[1];
      if (typeof header === "string") errorMessages.push(header);
    }
    expect(secrets.size).toBeGreaterThan(50);
    expect([...secrets].filter((s) => /^\d{6}$/.test(s)).length, "the run's one-time codes").toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), "cc-signin-report-"));
    writeReport(result, dir);
    const written = readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
    const where = { report: written, logs: logs.join("\n"), "error messages": errorMessages.join("\n") };
    expect(Object.entries(where).flatMap(([place, text]) => [...secrets].filter((s) => shows(text, s)).map((s) => `${place}: ${s.slice(0, 3)}… (${s.length} chars)`))).toEqual([]);
  }, 300_000); // the sign-in and risk scenarios (about 120, each with its own pool) on a shared machine

  test("the secret search finds a code in free text, a token inside a sentence, and not a code's digits inside a longer number", () => {
    expect(shows("your code is 123456.", "123456")).toBe(true);
    expect(shows('{"code":"123456"}', "123456")).toBe(true);
    expect(shows("Bearer eyJabc.def in a log line", "eyJabc.def")).toBe(true);
    expect(shows("took 1234567 ms at 1780315200.123", "123456")).toBe(false);
    expect(shows("us-east-1_a123456bc", "123456")).toBe(false);
  }); // the whole sign-in suite (about 45 scenarios, each with its own pool) on a shared machine
});
