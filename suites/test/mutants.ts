// Deliberately broken variants of our own mock, each wrong in one way, and the cases that must catch each.
// A variant rewrites what the dispatcher receives or answers, or replaces a control action.
import type { Dispatch, WireRequest, WireResponse } from "../../generated/handlers.ts";
import type { CognitoMockCore as CognitoMock } from "../../mocks/core.ts";
import { MANAGEMENT_MUTANTS } from "./mutants-management.ts";
import { LOG_EXPORT_MUTANTS } from "./mutants-log-export.ts";
import { CLIENT_MUTANTS } from "./mutants-clients.ts";
import { DEVICE_MUTANTS } from "./mutants-devices.ts";
import { RISK_MUTANTS } from "./mutants-risk.ts";
import { PASSKEY_MUTANTS } from "./mutants-passkeys.ts";
import { SIGN_IN_MUTANTS } from "./mutants-sign-in.ts";
import { TRIGGER_MUTANTS } from "./mutants-triggers.ts";

type Rewrite = { request?: (r: WireRequest) => WireRequest; response?: (r: WireResponse, request: WireRequest) => WireResponse };
export interface Mutant {
  rewrite?: Rewrite;
  /** Breaks the mock itself (its control API) or re-dispatches; applied before `rewrite`. */
  wrap?: (dispatch: Dispatch, mock: CognitoMock) => Dispatch;
  /** Every one of these cases must FAIL against the variant. */
  caught: string[];
}

const rewriteBody = (r: WireResponse, f: (body: any) => any): WireResponse => ({ ...r, body: JSON.stringify(f(JSON.parse(r.body))) });
const isType = (r: WireResponse, type: string) => r.body.includes(`"__type":"${type}"`);
const operationOf = (r: WireRequest) => r.headers["x-amz-target"]?.split(".")[1] ?? "";
/** Rewrites the JSON request body of the named operations. */
const requestOf = (operations: string[], f: (body: any) => void) => (r: WireRequest): WireRequest => {
  if (!operations.includes(operationOf(r))) return r;
  let body: any;
  try {
    body = JSON.parse(r.body || "{}");
  } catch {
    return r;
  }
  f(body);
  return { ...r, body: JSON.stringify(body) };
};
/** Deletes a key wherever it occurs in a JSON value. */
const without = (value: any, key: string): any =>
  Array.isArray(value) ? value.map((v) => without(v, key))
  : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== key).map(([k, v]) => [k, without(v, key)]))
  : value;

export const MUTANTS: Record<string, Mutant> = {
  "answers ValidationException instead of InvalidParameterException": {
    rewrite: { response: (r) => (isType(r, "InvalidParameterException") ? rewriteBody(r, (b) => ({ ...b, __type: "ValidationException" })) : r) },
    caught: ["constraint/DescribeUserPool/UserPoolId/pattern-refused", "behaviour/UpdateUserPool/mfa-on-refused"],
  },
  "drops a clause when there are several": {
    rewrite: {
      response: (r) =>
        rewriteBody(r, (b) => {
          const m = /^(\d+) validation errors detected: (.*?); /.exec(b.message ?? "");
          return m ? { ...b, message: `1 validation error detected: ${m[2]}` } : b;
        }),
    },
    caught: ["constraint/DescribeUserPool/UserPoolId/length-under-min-refused"],
  },
  "ignores the UserPoolId length limit": {
    rewrite: { request: requestOf(["SetRiskConfiguration"], (b) => typeof b?.UserPoolId === "string" && b.UserPoolId.length > 55 && (b.UserPoolId = b.UserPoolId.slice(0, 55))) },
    caught: ["constraint/SetRiskConfiguration/UserPoolId/length-over-max-refused"],
  },
  "prefixes __type with a namespace": {
    rewrite: { response: (r) => rewriteBody(r, (b) => (b.__type ? { ...b, __type: `com.amazonaws.cognito#${b.__type}` } : b)) },
    caught: ["protocol/error/shape"],
  },
  "sends Message instead of message": {
    rewrite: { response: (r) => rewriteBody(r, ({ message, ...b }) => (message === undefined ? b : { ...b, Message: message })) },
    caught: ["protocol/error/shape"],
  },
  "sends x-amzn-ErrorType without its colon": {
    rewrite: { response: (r) => ({ ...r, headers: Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, k.toLowerCase() === "x-amzn-errortype" ? v.replace(/:$/, "") : v])) }) },
    caught: ["protocol/error/validation-headers"],
  },
  "serves signed operations without a signature": {
    rewrite: { request: (r) => ({ ...r, headers: { authorization: "AWS4-HMAC-SHA256 Credential=AKIDCONFORMANCETEST/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0", ...r.headers } }) },
    caught: ["protocol/auth/unsigned/SetRiskConfiguration"],
  },
  "refuses valid non-ASCII text": {
    rewrite: {
      response: (r, request) =>
        /[^\x00-\x7f]/.test(request.body) ? { ...r, status: 400, body: JSON.stringify({ __type: "InvalidParameterException", message: "1 validation error detected: non-ASCII" }) } : r,
    },
    caught: ["constraint/AdminListUserAuthEvents/Username/pattern-unicode-accepted"],
  },
  "prints the value of a sensitive member": {
    rewrite: { response: (r) => rewriteBody(r, (b) => (b.message ? { ...b, message: b.message.replace(/Value at 'username'/g, "Value 'secret' at 'username'") } : b)) },
    caught: ["constraint/AdminDeleteUser/Username/length-over-max-refused"],
  },
  "answers 404 for a missing pool": {
    rewrite: { response: (r) => (isType(r, "ResourceNotFoundException") ? { ...r, status: 404 } : r) },
    caught: ["protocol/error/shape"],
  },
  "answers a wrong JSON type with InvalidParameterException": {
    rewrite: { response: (r) => (isType(r, "SerializationException") ? rewriteBody(r, (b) => ({ ...b, __type: "InvalidParameterException" })) : r) },
    caught: ["constraint/DescribeUserPool/UserPoolId/type-object-refused"],
  },
  "fails an operation that should succeed": {
    rewrite: { response: (r, request) => (operationOf(request) === "DeleteUserPoolClient" && r.status === 200 ? { ...r, body: '{"Deleted":true}' } : r) },
    caught: ["protocol/empty-output/braces"],
  },
  "drops LastModifiedDate": {
    rewrite: { response: (r) => (r.status === 200 ? rewriteBody(r, (b) => without(b, "LastModifiedDate")) : r) },
    caught: ["behaviour/UpdateUserPool/last-modified-advances", "behaviour/SetRiskConfiguration/last-modified-advances", "behaviour/SetRiskConfiguration/echo/pool"],
  },
  "never advances a pool's LastModifiedDate": {
    rewrite: {
      response: (r, request) =>
        operationOf(request) === "DescribeUserPool" && r.status === 200 ? rewriteBody(r, (b) => ({ ...b, UserPool: { ...b.UserPool, LastModifiedDate: b.UserPool.CreationDate } })) : r,
    },
    caught: ["behaviour/UpdateUserPool/last-modified-advances"],
  },
  "ignores the client scope of risk configurations": {
    rewrite: { request: requestOf(["SetRiskConfiguration", "DescribeRiskConfiguration"], (b) => delete b.ClientId) },
    caught: ["behaviour/DescribeRiskConfiguration/client-overrides-pool", "behaviour/SetRiskConfiguration/echo/client", "behaviour/SetRiskConfiguration/client-configuration-decides"],
  },
  "echoes no UserPoolId in risk configurations": {
    rewrite: { response: (r) => (r.status === 200 && r.body.includes('"RiskConfiguration"') ? rewriteBody(r, (b) => ({ ...b, RiskConfiguration: without(b.RiskConfiguration, "UserPoolId") })) : r) },
    caught: ["behaviour/SetRiskConfiguration/echo/pool", "behaviour/SetRiskConfiguration/echo/client"],
  },
  "skips the CIDR syntax check (stores what it can parse)": {
    wrap: (dispatch) => async (request, name) => {
      const response = await dispatch(request, name);
      if (!isType(response, "InvalidParameterException") || !/IP range/i.test(response.body)) return response;
      return dispatch(requestOf(["SetRiskConfiguration"], (b) => delete b.RiskExceptionConfiguration)(request), name);
    },
    caught: ["behaviour/SetRiskConfiguration/BlockedIPRangeList/not-an-address-refused", "behaviour/SetRiskConfiguration/SkippedIPRangeList/ipv4-octet-over-255-refused"],
  },
  "never blocks an address in BlockedIPRangeList": {
    rewrite: { request: requestOf(["SetRiskConfiguration"], (b) => b.RiskExceptionConfiguration && delete b.RiskExceptionConfiguration.BlockedIPRangeList) },
    caught: ["behaviour/SetRiskConfiguration/blocked-ip", "behaviour/SetRiskConfiguration/blocked-ipv6"],
  },
  "lists auth events under other ids than the sign-in returned": {
    rewrite: {
      response: (r, request) =>
        operationOf(request) === "AdminListUserAuthEvents" && r.status === 200
          ? rewriteBody(r, (b) => ({ ...b, AuthEvents: b.AuthEvents.map((e: any) => ({ ...e, EventId: e.EventId.split("").reverse().join("") })) }))
          : r,
    },
    caught: ["behaviour/AdminListUserAuthEvents/event-id-of-sign-in"],
  },
  "mails templates with their placeholders left in": {
    wrap: (dispatch, mock) => {
      const outbox = mock.control.outbox;
      mock.control.outbox = (filter) => outbox(filter).map((n) => ({ ...n, subject: n.subject.replaceAll(n.username, "{username}") }));
      return dispatch;
    },
    caught: ["behaviour/SetRiskConfiguration/notify/enforced-mails-template"],
  },
  "mails feedback links without the event's token": {
    wrap: (dispatch, mock) => {
      const outbox = mock.control.outbox;
      const strip = (link: string) => link.replace(/FeedbackToken=[^&]*/, "FeedbackToken=");
      mock.control.outbox = (filter) => outbox(filter).map((n) => ({ ...n, feedbackLinks: { valid: strip(n.feedbackLinks.valid), invalid: strip(n.feedbackLinks.invalid) } }));
      return dispatch;
    },
    caught: ["behaviour/SetRiskConfiguration/notify/enforced-mails-template"],
  },
  // "mails in AUDIT mode too" is no mutant of AWS behaviour: whether AUDIT mails is UNKNOWN (§11), so the suites only
  // report it; the mock's own choice is tested in mocks/test/risk-units.test.ts ("AUDIT ... mails nothing").
  ...SIGN_IN_MUTANTS,
  ...RISK_MUTANTS,
  ...TRIGGER_MUTANTS,
  ...MANAGEMENT_MUTANTS,
  ...LOG_EXPORT_MUTANTS,
  ...CLIENT_MUTANTS,
  ...DEVICE_MUTANTS,
  ...PASSKEY_MUTANTS,
};

/** Applies a mutant to the mock's dispatcher (and, through `wrap`, to the mock itself). */
export const breakMock = (mutant: Mutant) => (dispatch: Dispatch, mock: CognitoMock): Dispatch => {
  const inner = mutant.wrap ? mutant.wrap(dispatch, mock) : dispatch;
  const { rewrite = {} } = mutant;
  return async (request, name) => {
    const sent = rewrite.request ? rewrite.request(request) : request;
    const response = await inner(sent, name);
    return rewrite.response ? rewrite.response(response, sent) : response;
  };
};
