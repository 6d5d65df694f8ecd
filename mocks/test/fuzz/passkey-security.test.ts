// Security property of passkey sign-in (issue 19), seeded fast-check over the in-process mock: alice and bob each
// registered a software passkey (suites/cases/behaviour/passkey-client.ts) on a pool with RP ID "localhost"; a third authenticator
// was never registered. Random sequences of WEB_AUTHN sign-ins whose assertion may be made for another RP ID, another
// origin, another user's credential or an unregistered one, on another challenge, with a counter that did not grow,
// or re-sent on a spent session; and:
//   no passkey sign-in with an assertion for another RP ID, origin, user or credential (nor a replayed one);
//   the untampered assertion always signs in (the control, so the property cannot pass by refusing everything).
import fc from "fast-check";
import { beforeAll, expect, test } from "vitest";
import type { OperationName } from "../../../generated/operations.ts";
import { createCognitoMock, type CognitoMock } from "../../index.ts";
import type { MockState } from "../../state.ts";
import { SoftwareAuthenticator } from "../../../suites/cases/behaviour/passkey-client.ts";
import { wireRequest } from "./baseline.ts";
import { SEED, SEQUENCE_RUNS, fuzzParameters } from "./runs.ts";

const PASSWORD = "Corr3ct-horse!";
const NOW = Date.UTC(2026, 5, 1, 12);
const ORIGIN = "http://localhost:5173";
let mock: CognitoMock;
let baseline: MockState;
let ClientId: string;
const authenticators: Record<"alice" | "bob" | "stranger", SoftwareAuthenticator> = {
  alice: new SoftwareAuthenticator(),
  bob: new SoftwareAuthenticator(),
  stranger: new SoftwareAuthenticator(),
};
/** The next counter each authenticator would use, and the counter of each user's last accepted assertion. */
let counters: { alice: number; bob: number };
let accepted: { alice: number; bob: number };

async function send(operation: OperationName, input: unknown): Promise<{ status: number; body: any }> {
  const { response } = await mock.respond(wireRequest(operation, input));
  return { status: response.status, body: JSON.parse(response.body) };
}
const ok = async (operation: OperationName, input: unknown): Promise<any> => {
  const answer = await send(operation, input);
  expect(answer.status, `${operation} during setup: ${answer.body.__type}`).toBe(200);
  return answer.body;
};

beforeAll(async () => {
  mock = createCognitoMock({ seed: SEED, clock: { now: () => NOW } });
  const UserPoolId = (await ok("CreateUserPool", { PoolName: "fuzz-passkeys", Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "WEB_AUTHN"] } } })).UserPool.Id;
  await ok("SetUserPoolMfaConfig", { UserPoolId, WebAuthnConfiguration: { RelyingPartyId: "localhost" } });
  ClientId = (await ok("CreateUserPoolClient", { UserPoolId, ClientName: "fuzz", ExplicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH"] })).UserPoolClient.ClientId;
  for (const name of ["alice", "bob"] as const) {
    await ok("AdminCreateUser", { UserPoolId, Username: name, MessageAction: "SUPPRESS" });
    await ok("AdminSetUserPassword", { UserPoolId, Username: name, Password: PASSWORD, Permanent: true });
    const AccessToken = (await ok("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId, AuthParameters: { USERNAME: name, PASSWORD } })).AuthenticationResult.AccessToken;
    const { challenge } = (await ok("StartWebAuthnRegistration", { AccessToken })).CredentialCreationOptions;
    await ok("CompleteWebAuthnRegistration", { AccessToken, Credential: await authenticators[name].register({ origin: ORIGIN, rpId: "localhost", challenge }) });
    // One passkey sign-in each, so the stored counter is 1 (a counter of 0 on both sides means "no counter" in WebAuthn).
    const { session, challenge: signIn } = await passkeyChallenge(name);
    expect((await answer(name, session, authenticators[name].assert({ origin: ORIGIN, rpId: "localhost", challenge: signIn }, undefined, 1))).status).toBe(200);
  }
  baseline = structuredClone(mock.state);
});

const TAMPERINGS = ["none", "rp-id", "origin", "other-user", "unregistered", "other-challenge", "stale-counter", "replay"] as const;
type Tampering = (typeof TAMPERINGS)[number];
const attempt = fc.record({ user: fc.constantFrom("alice" as const, "bob" as const), tampering: fc.constantFrom(...TAMPERINGS) });

async function passkeyChallenge(user: string): Promise<{ session: string; challenge: string }> {
  const { body } = await send("InitiateAuth", { AuthFlow: "USER_AUTH", ClientId, AuthParameters: { USERNAME: user, PREFERRED_CHALLENGE: "WEB_AUTHN" } });
  expect(body.ChallengeName).toBe("WEB_AUTHN");
  return { session: body.Session, challenge: JSON.parse(body.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS).challenge };
}
const answer = (user: string, Session: string, credential: unknown) =>
  send("RespondToAuthChallenge", { ChallengeName: "WEB_AUTHN", ClientId, Session, ChallengeResponses: { USERNAME: user, CREDENTIAL: JSON.stringify(credential) } });

/** The assertion the attempt sends for the user's challenge. */
async function assertion(user: "alice" | "bob", tampering: Tampering, challenge: string) {
  const ceremony = { origin: ORIGIN, rpId: "localhost", challenge };
  const own = authenticators[user];
  const next = () => ++counters[user];
  switch (tampering) {
    case "rp-id":
      return own.assert({ ...ceremony, rpId: "evil.example" }, undefined, next());
    case "origin":
      return own.assert({ ...ceremony, origin: "https://evil.example" }, undefined, next());
    case "other-user":
      return authenticators[user === "alice" ? "bob" : "alice"].assert(ceremony, undefined, next());
    case "unregistered":
      return authenticators.stranger.assert(ceremony);
    case "other-challenge":
      return own.assert({ ...ceremony, challenge: (await passkeyChallenge(user)).challenge }, undefined, next());
    case "stale-counter":
      return own.assert(ceremony, undefined, accepted[user]); // the counter the last accepted assertion carried
    default:
      return own.assert(ceremony, undefined, next());
  }
}

test("no passkey sign-in with an assertion for another RP ID, origin, user or credential, nor a replayed one", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(attempt, { minLength: 1, maxLength: 6 }), async (attempts) => {
      mock.restore(structuredClone(baseline), 0);
      counters = { alice: 1, bob: 1 };
      accepted = { alice: 1, bob: 1 }; // what the baseline's sign-ins left stored
      for (const { user, tampering } of attempts) {
        const { session, challenge } = await passkeyChallenge(user);
        const credential = await assertion(user, tampering, challenge);
        const first = await answer(user, session, credential);
        const signedIn = first.body.AuthenticationResult !== undefined;
        if (signedIn) accepted[user] = counters[user];
        if (tampering === "replay") {
          // The fresh assertion signs in once; sent again on its spent session it is refused.
          expect(signedIn).toBe(true);
          const again = await answer(user, session, credential);
          expect(again.body.AuthenticationResult).toBeUndefined();
          expect(again.status).toBe(400);
          continue;
        }
        expect(signedIn).toBe(tampering === "none");
        if (tampering !== "none") expect([first.status, first.body.__type]).toEqual([400, "NotAuthorizedException"]);
      }
    }),
    fuzzParameters(SEQUENCE_RUNS),
  );
});
