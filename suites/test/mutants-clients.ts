// App-client variants of our mock for the mutation check (issue 17 §2): each is wrong in one way a weaker emulator
// is (defaults echoed, updates merged, paging ignored, secrets not kept), and names the cases that must catch it.
import type { Dispatch, WireRequest, WireResponse } from "../../generated/handlers.ts";
import type { CognitoMockCore as CognitoMock } from "../../mocks/core.ts";
import type { Mutant } from "./mutants.ts";
import { operationOf, parse, TARGET } from "./mutants-sign-in.ts";

const withBody = (r: WireResponse, body: unknown): WireResponse => ({ ...r, body: JSON.stringify(body), bytes: undefined });
/** A valid DescribeUserPoolClient of the request's client in place of the request: a 200 whose body the variant replaces. */
const describeInstead = (r: WireRequest, body: any): WireRequest => ({
  ...r,
  headers: { ...r.headers, "x-amz-target": `${TARGET}.DescribeUserPoolClient` },
  body: JSON.stringify({ UserPoolId: body.UserPoolId, ClientId: body.ClientId }),
});
const CLIENT_ANSWERS = new Set(["CreateUserPoolClient", "DescribeUserPoolClient", "UpdateUserPoolClient"]);

/** Rewrites the UserPoolClient of Create, Describe and Update answers. */
const rewriteClient = (f: (client: any) => void) => ({
  response: (r: WireResponse, request: WireRequest) => {
    if (!CLIENT_ANSWERS.has(operationOf(request)) || r.status !== 200) return r;
    const body = parse(r.body);
    if (body.UserPoolClient) f(body.UserPoolClient);
    return withBody(r, body);
  },
});

export const CLIENT_MUTANTS: Record<string, Mutant> = {
  "echoes the default TokenValidityUnits for a client that never set them": {
    rewrite: rewriteClient((c) => {
      if (c.TokenValidityUnits && Object.keys(c.TokenValidityUnits).length === 0) c.TokenValidityUnits = { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" };
    }),
    caught: ["behaviour/DescribeUserPoolClient/unset-members", "behaviour/UpdateUserPoolClient/omitted-reset"],
  },
  "echoes PreventUserExistenceErrors LEGACY when it was never set": {
    rewrite: rewriteClient((c) => void (c.PreventUserExistenceErrors ??= "LEGACY")),
    caught: ["behaviour/DescribeUserPoolClient/unset-members"],
  },
  "merges UpdateUserPoolClient into the stored client instead of replacing it": {
    wrap: (dispatch: Dispatch, mock: CognitoMock): Dispatch => async (request, name) => {
      if (operationOf(request) !== "UpdateUserPoolClient") return dispatch(request, name);
      const body = parse(request.body);
      const stored = mock.state.pools.get(body.UserPoolId)?.clients.get(body.ClientId)?.client;
      if (!stored) return dispatch(request, name);
      const { ClientSecret: _s, LastModifiedDate: _m, CreationDate: _c, ...settings } = stored;
      return dispatch({ ...request, body: JSON.stringify({ ...settings, ...body }) }, name);
    },
    caught: ["behaviour/UpdateUserPoolClient/omitted-flows-removed", "behaviour/UpdateUserPoolClient/omitted-reset"],
  },
  "ListUserPoolClients ignores MaxResults": {
    rewrite: {
      request: (r) => {
        if (operationOf(r) !== "ListUserPoolClients") return r;
        const { MaxResults: _dropped, ...body } = parse(r.body);
        return { ...r, body: JSON.stringify(body) };
      },
    },
    caught: ["behaviour/ListUserPoolClients/paging"],
  },
  "AddUserPoolClientSecret answers a secret it never keeps": {
    wrap: (dispatch: Dispatch): Dispatch => async (request, name) => {
      if (operationOf(request) !== "AddUserPoolClientSecret") return dispatch(request, name);
      const body = parse(request.body);
      const answer = await dispatch(describeInstead(request, body), "DescribeUserPoolClient");
      if (answer.status !== 200) return answer;
      const descriptor = { ClientSecretId: `${body.ClientId}--1700000000000`, ClientSecretCreateDate: 1700000000, ...(body.ClientSecret === undefined && { ClientSecretValue: "x".repeat(51) }) };
      return withBody(answer, { ClientSecretDescriptor: descriptor });
    },
    caught: ["behaviour/AddUserPoolClientSecret/rotation", "behaviour/AddUserPoolClientSecret/third-secret"],
  },
  "DeleteUserPoolClientSecret deletes nothing": {
    wrap: (dispatch: Dispatch): Dispatch => async (request, name) => {
      if (operationOf(request) !== "DeleteUserPoolClientSecret") return dispatch(request, name);
      const answer = await dispatch(describeInstead(request, parse(request.body)), "DescribeUserPoolClient");
      return answer.status === 200 ? withBody(answer, {}) : answer;
    },
    caught: ["behaviour/DeleteUserPoolClientSecret/delete-secret", "behaviour/DeleteUserPoolClientSecret/last-secret"],
  },
};
