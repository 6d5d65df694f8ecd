// The suite must catch a wrong mock: each variant below breaks our own mock in one way, and the run must fail
// at least the named case (and never error out).
import { describe, expect, test } from "vitest";
import type { Dispatch, WireRequest, WireResponse } from "../../generated/handlers.ts";
import { allCases } from "../cases/index.ts";
import { runCases } from "../harness/runner.ts";
import { mockTarget } from "../targets/mock.ts";

type Rewrite = { request?: (r: WireRequest) => WireRequest; response?: (r: WireResponse, request: WireRequest) => WireResponse };

const rewriteBody = (r: WireResponse, f: (body: any) => any): WireResponse => {
  const body = JSON.parse(r.body);
  return { ...r, body: JSON.stringify(f(body)) };
};
const isType = (r: WireResponse, type: string) => r.body.includes(`"__type":"${type}"`);

const VARIANTS: Record<string, { rewrite: Rewrite; caught: string }> = {
  "answers ValidationException instead of InvalidParameterException": {
    rewrite: { response: (r) => (isType(r, "InvalidParameterException") ? rewriteBody(r, (b) => ({ ...b, __type: "ValidationException" })) : r) },
    caught: "constraint/DescribeUserPool/UserPoolId/pattern-refused",
  },
  "drops a clause when there are several": {
    rewrite: {
      response: (r) =>
        rewriteBody(r, (b) => {
          const m = /^(\d+) validation errors detected: (.*?); /.exec(b.message ?? "");
          return m ? { ...b, message: `1 validation error detected: ${m[2]}` } : b;
        }),
    },
    caught: "constraint/DescribeUserPool/UserPoolId/length-under-min-refused",
  },
  "ignores the UserPoolId length limit": {
    rewrite: {
      request: (r) => {
        let body: any;
        try {
          body = JSON.parse(r.body || "{}");
        } catch {
          return r;
        }
        if (typeof body?.UserPoolId === "string" && body.UserPoolId.length > 55) body.UserPoolId = body.UserPoolId.slice(0, 55);
        return { ...r, body: JSON.stringify(body) };
      },
    },
    caught: "constraint/SetRiskConfiguration/UserPoolId/length-over-max-refused",
  },
  "prefixes __type with a namespace": {
    rewrite: { response: (r) => rewriteBody(r, (b) => (b.__type ? { ...b, __type: `com.amazonaws.cognito#${b.__type}` } : b)) },
    caught: "protocol/error/shape",
  },
  "sends Message instead of message": {
    rewrite: { response: (r) => rewriteBody(r, ({ message, ...b }) => (message === undefined ? b : { ...b, Message: message })) },
    caught: "protocol/error/shape",
  },
  "sends x-amzn-ErrorType without its colon": {
    rewrite: { response: (r) => ({ ...r, headers: Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, k.toLowerCase() === "x-amzn-errortype" ? v.replace(/:$/, "") : v])) }) },
    caught: "protocol/error/validation-headers",
  },
  "serves signed operations without a signature": {
    rewrite: { request: (r) => ({ ...r, headers: { authorization: "AWS4-HMAC-SHA256 Credential=AKIDCONFORMANCETEST/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0", ...r.headers } }) },
    caught: "protocol/auth/unsigned/SetRiskConfiguration",
  },
  "refuses valid non-ASCII text": {
    rewrite: {
      response: (r, request) =>
        /[^\x00-\x7f]/.test(request.body)
          ? { ...r, status: 400, body: JSON.stringify({ __type: "InvalidParameterException", message: "1 validation error detected: non-ASCII" }) }
          : r,
    },
    caught: "constraint/AdminListUserAuthEvents/Username/pattern-unicode-accepted",
  },
  "prints the value of a sensitive member": {
    rewrite: { response: (r) => rewriteBody(r, (b) => (b.message ? { ...b, message: b.message.replace(/Value at 'username'/g, "Value 'secret' at 'username'") } : b)) },
    caught: "constraint/AdminDeleteUser/Username/length-over-max-refused",
  },
  "answers 404 for a missing pool": {
    rewrite: { response: (r) => (isType(r, "ResourceNotFoundException") ? { ...r, status: 404 } : r) },
    caught: "protocol/error/shape",
  },
  "answers a wrong JSON type with InvalidParameterException": {
    rewrite: { response: (r) => (isType(r, "SerializationException") ? rewriteBody(r, (b) => ({ ...b, __type: "InvalidParameterException" })) : r) },
    caught: "constraint/DescribeUserPool/UserPoolId/type-object-refused",
  },
  "fails an operation that should succeed": {
    rewrite: { response: (r, request) => (request.headers["x-amz-target"]?.endsWith(".DeleteUserPoolClient") && r.status === 200 ? { ...r, body: '{"Deleted":true}' } : r) },
    caught: "protocol/empty-output/braces",
  },
};

const wrap = (rewrite: Rewrite) => (dispatch: Dispatch): Dispatch => async (request, name) => {
  const sent = rewrite.request ? rewrite.request(request) : request;
  const response = await dispatch(sent, name);
  return rewrite.response ? rewrite.response(response, sent) : response;
};

describe("mutations of our mock are caught", () => {
  const cases = allCases().filter((c) => c.suite === "protocol" || /^(DescribeUserPool|SetRiskConfiguration|AdminListUserAuthEvents|AdminDeleteUser)$/.test(c.operation));
  for (const [name, variant] of Object.entries(VARIANTS)) {
    test(name, async () => {
      expect(cases.some((c) => c.id === variant.caught), `case ${variant.caught} exists`).toBe(true);
      const target = mockTarget({ name, wrap: wrap(variant.rewrite) });
      const run = await runCases(cases, target);
      await target.close();
      const failed = run.results.filter((r) => r.status === "FAIL").map((r) => r.id);
      expect(failed).toContain(variant.caught);
      expect(run.results.filter((r) => r.status === "ERROR" || r.status === "TIMEOUT")).toEqual([]);
    });
  }

  test("the unbroken mock passes the same cases", async () => {
    const target = mockTarget();
    const run = await runCases(cases, target);
    await target.close();
    expect(run.results.filter((r) => r.status !== "PASS").map((r) => `${r.id}: ${r.reasons.join("; ")}`)).toEqual([]);
  });
});
