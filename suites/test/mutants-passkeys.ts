// Passwordless variants of our mock for the mutation check (issue 19): each is wrong in one way a weaker emulator is,
// and names the cases of suites/cases/behaviour/passkeys.ts that must catch it. They reach into the mock's state only
// to break it: a passkey lookup across users, a counter forgotten, a pool rule skipped, a sign-in policy ignored.
import type { Dispatch } from "../../generated/handlers.ts";
import type { CognitoMockCore as CognitoMock } from "../../mocks/core.ts";
import type { PoolRecord } from "../../mocks/state.ts";
import type { Mutant } from "./mutants.ts";
import { clientOf, operationOf, parse } from "./mutants-sign-in.ts";

/** The pool and the answering user of a WEB_AUTHN answer, with the credential id it presents. */
function passkeyAnswer(mock: CognitoMock, body: any) {
  if (body.ChallengeName !== "WEB_AUTHN" || typeof body.ChallengeResponses?.CREDENTIAL !== "string") return undefined;
  const pool = clientOf(mock, body.ClientId)?.pool;
  const user = pool?.users.get(body.ChallengeResponses.USERNAME);
  const credentialId = parse(body.ChallengeResponses.CREDENTIAL).id;
  return pool && user ? { pool, user, credentialId } : undefined;
}

/** Runs `change` on the answer's pool and user before a WEB_AUTHN answer is dispatched. */
const beforePasskeyAnswer =
  (change: (found: NonNullable<ReturnType<typeof passkeyAnswer>>) => void) =>
  (dispatch: Dispatch, mock: CognitoMock): Dispatch =>
  (request, name) => {
    if (operationOf(request).endsWith("RespondToAuthChallenge")) {
      const found = passkeyAnswer(mock, parse(request.body));
      if (found) change(found);
    }
    return dispatch(request, name);
  };

const ALL_FACTORS = ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"];
const MULTI_FACTOR = "MULTI_FACTOR_WITH_USER_VERIFICATION";

export const PASSKEY_MUTANTS: Record<string, Mutant> = {
  "accepts an assertion of another user's passkey (credentials looked up pool-wide)": {
    wrap: beforePasskeyAnswer(({ pool, user, credentialId }) => {
      if (user.passkeys?.some((p) => p.credentialId === credentialId)) return;
      const owned = [...pool.users.values()].flatMap((u) => u.passkeys ?? []).find((p) => p.credentialId === credentialId);
      if (owned) user.passkeys = [...(user.passkeys ?? []), { ...owned }];
    }),
    caught: ["behaviour/RespondToAuthChallenge/passkey-of-another-user"],
  },
  "does not check the sign counter (a cloned authenticator's assertion is accepted)": {
    wrap: beforePasskeyAnswer(({ user }) => {
      user.passkeys = user.passkeys?.map((p) => ({ ...p, counter: 0 }));
    }),
    caught: ["behaviour/RespondToAuthChallenge/passkey-cloned-counter"],
  },
  "allows WEB_AUTHN as a first factor while MFA is ON without MULTI_FACTOR_WITH_USER_VERIFICATION": {
    wrap: (dispatch: Dispatch, mock: CognitoMock): Dispatch => (request, name) => {
      const operation = operationOf(request);
      const pool: PoolRecord | undefined = mock.state.pools.get(parse(request.body).UserPoolId);
      if (pool && (operation === "UpdateUserPool" || operation === "SetUserPoolMfaConfig")) {
        // The check reads the stored factor configuration: the variant always finds passkeys counted as MFA.
        pool.mfaConfig = { ...pool.mfaConfig, WebAuthnConfiguration: { ...pool.mfaConfig?.WebAuthnConfiguration, FactorConfiguration: MULTI_FACTOR } };
      }
      return dispatch(request, name);
    },
    caught: ["behaviour/UpdateUserPool/web-authn-with-mfa-on", "behaviour/SetUserPoolMfaConfig/mfa-on-with-web-authn"],
  },
  "ignores the pool's AllowedFirstAuthFactors (every first factor offered and accepted)": {
    wrap: (dispatch: Dispatch, mock: CognitoMock): Dispatch => (request, name) => {
      const body = parse(request.body);
      const userAuth = body.AuthFlow === "USER_AUTH" || body.ChallengeName === "SELECT_CHALLENGE";
      const pool = userAuth ? clientOf(mock, body.ClientId)?.pool : undefined;
      if (pool) pool.pool = { ...pool.pool, Policies: { ...pool.pool.Policies, SignInPolicy: { AllowedFirstAuthFactors: ALL_FACTORS as never } } };
      return dispatch(request, name);
    },
    caught: ["behaviour/InitiateAuth/first-factor-not-allowed"],
  },
  "ignores the feature plan of passwordless sign-in (a LITE tier change is taken as no change)": {
    rewrite: {
      request: (r) => {
        if (operationOf(r) !== "UpdateUserPool") return r;
        const { UserPoolTier, ...body } = parse(r.body);
        return UserPoolTier === "LITE" ? { ...r, body: JSON.stringify(body) } : r;
      },
    },
    caught: ["behaviour/UpdateUserPool/passwordless-on-lite"],
  },
};
