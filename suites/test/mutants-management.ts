// Users-and-groups variants of our mock for the mutation check (issue 17): each is wrong in one way a weaker emulator
// is, and names the scenarios that must catch it.
import type { Dispatch, WireResponse } from "../../generated/handlers.ts";
import type { Mutant } from "./mutants.ts";
import { operationOf, parse } from "./mutants-sign-in.ts";

const GROUP_CLAIMS = ["cognito:groups", "cognito:roles", "cognito:preferred_role"];

/** The JWT with the group claims taken out of its payload (header and signature kept: decoded, not verified). */
function withoutGroups(token: string): string {
  const [header, payload, ...rest] = token.split(".");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  for (const claim of GROUP_CLAIMS) delete claims[claim];
  return [header, Buffer.from(JSON.stringify(claims)).toString("base64url"), ...rest].join(".");
}

function refreshedWithoutGroups(response: WireResponse): WireResponse {
  const body = parse(response.body);
  const result = body?.AuthenticationResult;
  if (!result) return response;
  for (const kind of ["IdToken", "AccessToken"]) if (typeof result[kind] === "string") result[kind] = withoutGroups(result[kind]);
  return { ...response, body: JSON.stringify(body) };
}

export const MANAGEMENT_MUTANTS: Record<string, Mutant> = {
  "a ListUsers Filter that reads ^= as =": {
    rewrite: {
      request: (r) => {
        if (operationOf(r) !== "ListUsers") return r;
        const body = parse(r.body);
        if (typeof body.Filter === "string") body.Filter = body.Filter.replace("^=", "=");
        return { ...r, body: JSON.stringify(body) };
      },
    },
    caught: ["behaviour/ListUsers/filter-exact-and-prefix"],
  },
  "a disabled user who still signs in (AdminDisableUser answers but disables nothing)": {
    wrap: (dispatch: Dispatch): Dispatch => async (request, name) =>
      operationOf(request) === "AdminDisableUser"
        ? { status: 200, headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "00000000-0000-4000-8000-000000000000" }, body: "{}" }
        : dispatch(request, name),
    caught: ["behaviour/AdminDisableUser/disabled-refused"],
  },
  "groups missing from a refreshed token": {
    rewrite: {
      response: (r, request) => {
        const operation = operationOf(request);
        const refresh = operation === "GetTokensFromRefreshToken" || (operation === "InitiateAuth" && parse(request.body).AuthFlow === "REFRESH_TOKEN_AUTH");
        return refresh && r.status === 200 ? refreshedWithoutGroups(r) : r;
      },
    },
    caught: ["behaviour/InitiateAuth/group-claims-after-refresh"],
  },
};
