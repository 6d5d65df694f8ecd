// Sign-in variants of our mock for the mutation check (issue 9): each is wrong in one way a weaker emulator is,
// and names the sign-in cases that must catch it. They reach into the mock's state only to break it.
import { createHmac, generateKeyPairSync, sign } from "node:crypto";
import type { Dispatch, WireRequest, WireResponse } from "../../generated/handlers.ts";
import type { CognitoMockCore as CognitoMock } from "../../mocks/core.ts";
import type { Mutant } from "./mutants.ts";

export const TARGET = "AWSCognitoIdentityProviderService";
export const operationOf = (r: WireRequest) => r.headers["x-amz-target"]?.split(".")[1] ?? "";
export const parse = (body: string): any => {
  try {
    return JSON.parse(body || "{}");
  } catch {
    return {};
  }
};
/** The same request with another operation and body (headers kept: the signature is only checked for presence). */
const redirect = (r: WireRequest, operation: string, body: unknown): WireRequest => ({
  ...r,
  headers: { ...r.headers, "x-amz-target": `${TARGET}.${operation}`, authorization: r.headers.authorization ?? "AWS4-HMAC-SHA256 Credential=AKIDMUTANT/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0" },
  body: JSON.stringify(body),
});

/** The pool holding an app client, looked up in the mock's state. */
export function clientOf(mock: CognitoMock, clientId: string) {
  for (const [poolId, pool] of mock.state.pools) {
    const client = pool.clients.get(clientId);
    if (client) return { poolId, pool, client: client.client };
  }
  return undefined;
}

const PASSWORD_FLOWS = new Set(["USER_PASSWORD_AUTH", "ADMIN_USER_PASSWORD_AUTH"]);

/** Every token in an answer signed again, same header and claims, with a key that is in no JWKS. */
function resignTokens(body: any): any {
  const result = body?.AuthenticationResult;
  if (!result) return body;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const resign = (token: string) => {
    const [h, p] = token.split(".");
    return `${h}.${p}.${sign("RSA-SHA256", Buffer.from(`${h}.${p}`), privateKey).toString("base64url")}`;
  };
  return { ...body, AuthenticationResult: { ...result, AccessToken: resign(result.AccessToken), IdToken: resign(result.IdToken) } };
}

export const SIGN_IN_MUTANTS: Record<string, Mutant> = {
  "accepts a wrong password (any password presented becomes the user's)": {
    wrap: (dispatch: Dispatch, mock: CognitoMock): Dispatch => async (request, name) => {
      const body = parse(request.body);
      const operation = operationOf(request);
      if ((operation === "InitiateAuth" || operation === "AdminInitiateAuth") && PASSWORD_FLOWS.has(body.AuthFlow)) {
        const found = clientOf(mock, body.ClientId);
        const { USERNAME, PASSWORD } = body.AuthParameters ?? {};
        if (found && found.pool.users.has(USERNAME) && PASSWORD) {
          await dispatch(redirect(request, "AdminSetUserPassword", { UserPoolId: found.poolId, Username: USERNAME, Password: PASSWORD, Permanent: true }), "AdminSetUserPassword");
        }
      }
      return dispatch(request, name);
    },
    caught: ["behaviour/InitiateAuth/wrong-password", "behaviour/ChangePassword/change-password"],
  },
  "does not check SECRET_HASH (fills in the right one)": {
    wrap: (dispatch: Dispatch, mock: CognitoMock): Dispatch => async (request, name) => {
      const body = parse(request.body);
      const secret = body.ClientId && clientOf(mock, body.ClientId)?.client.ClientSecret;
      const params = body.AuthParameters ?? body.ChallengeResponses;
      if (secret && params?.USERNAME) {
        params.SECRET_HASH = createHmac("sha256", secret).update(params.USERNAME + body.ClientId).digest("base64");
        return dispatch({ ...request, body: JSON.stringify(body) }, name);
      }
      return dispatch(request, name);
    },
    caught: ["behaviour/InitiateAuth/secret-hash"],
  },
  "lets a session be answered again": {
    wrap: (dispatch: Dispatch, mock: CognitoMock): Dispatch => async (request, name) => {
      const session = parse(request.body).Session;
      const kept = typeof session === "string" ? mock.state.sessions.get(session) : undefined;
      const response = await dispatch(request, name);
      if (kept && !mock.state.sessions.has(session)) mock.state.sessions.set(session, kept);
      return response;
    },
    caught: ["behaviour/RespondToAuthChallenge/session-single-use"],
  },
  "signs tokens with a key that is not the pool's": {
    rewrite: {
      response: (r: WireResponse) => (r.status === 200 && r.body.includes('"AuthenticationResult"') ? { ...r, body: JSON.stringify(resignTokens(JSON.parse(r.body))) } : r),
    },
    caught: ["behaviour/InitiateAuth/tokens-verify"],
  },
  "never locks a user out": {
    wrap: (dispatch: Dispatch, mock: CognitoMock): Dispatch => async (request, name) => {
      for (const pool of mock.state.pools.values()) for (const user of pool.users.values()) delete user.lockout;
      return dispatch(request, name);
    },
    caught: ["behaviour/InitiateAuth/lockout"],
  },
};
