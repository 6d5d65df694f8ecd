// The harness's own checks: clause sets, partial comparison, redaction.
import { describe, expect, test } from "vitest";
import { clauseSetDiff, compare } from "../harness/compare.ts";
import { redactHeaders, redactJson, redactText } from "../report/redact.ts";

const A = "Value 'x' at 'a' failed to satisfy constraint: Member must have length less than or equal to 1";
const B = "Value 'y; z' at 'b' failed to satisfy constraint: Member must satisfy enum value set: [P, Q]";

describe("clause sets", () => {
  test("order does not matter, values may contain the separator", () => {
    expect(clauseSetDiff([A, B], `2 validation errors detected: ${B}; ${A}`)).toEqual([]);
  });
  test("a missing, an extra clause and a wrong count are each reported", () => {
    expect(clauseSetDiff([A, B], `2 validation errors detected: ${A}`).join()).toContain("missing clause");
    expect(clauseSetDiff([A], `2 validation errors detected: ${A}; ${B}`).join()).toContain("unexpected clause");
    expect(clauseSetDiff([A, B], `2 validation error detected: ${A}; ${B}`).join()).toContain("expected \"2 validation errors detected: \"");
  });
  test("pattern clauses", () => {
    expect(clauseSetDiff([{ pattern: "^Value .* at 'a' failed" }], `1 validation error detected: ${A}`)).toEqual([]);
  });
});

describe("compare", () => {
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => ({ status, headers, body: JSON.stringify(body) });
  test("listed headers only, case-insensitive names", () => {
    const a = answer(200, {}, { "content-type": "application/x-amz-json-1.1", "x-other": "1" });
    expect(compare({ headers: { "Content-Type": "application/x-amz-json-1.1" } }, a).failures).toEqual([]);
    expect(compare({ headers: { "X-Missing": "1" } }, a).failures).toHaveLength(1);
  });
  test("advisory messages become notes, asserted ones failures", () => {
    const a = answer(400, { __type: "InvalidParameterException", message: "other text" });
    const expect1 = { errorType: "InvalidParameterException", message: { equals: "text" } };
    expect(compare({ ...expect1, messageStrength: "advisory" }, a)).toMatchObject({ failures: [], notes: [expect.stringContaining("message differs")] });
    expect(compare(expect1, a).failures).toHaveLength(1);
  });
  test("accepted: business errors pass, validation refusals fail", () => {
    const accepted = { accepted: { allowedErrors: ["ResourceNotFoundException", "InvalidParameterException"], validationTypes: ["InvalidParameterException", "SerializationException"], validationMessage: "^\\d+ validation errors? detected" } };
    expect(compare(accepted, answer(400, { __type: "ResourceNotFoundException", message: "x" })).failures).toEqual([]);
    expect(compare(accepted, answer(400, { __type: "InvalidParameterException", message: "Cannot turn MFA functionality ON" })).failures).toEqual([]);
    expect(compare(accepted, answer(400, { __type: "InvalidParameterException", message: "1 validation error detected: x" })).failures).toHaveLength(1);
    expect(compare(accepted, answer(500, { __type: "InternalErrorException", message: "x" })).failures).toHaveLength(1);
  });
});

describe("redaction", () => {
  test("signatures, access keys and secret members never reach a report", () => {
    const auth = "AWS4-HMAC-SHA256 Credential=AKIAABCDEFGHIJKLMNOP/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=" + "a".repeat(64);
    expect(JSON.stringify(redactHeaders({ Authorization: auth, "X-Amz-Security-Token": "tok" }))).not.toMatch(/AKIA|aaaa|tok/);
    expect(redactText(auth)).not.toMatch(/AKIA|Signature=a/);
    expect(JSON.stringify(redactJson({ ClientSecret: "s3cr3t", nested: [{ TemporaryPassword: "pw" }] }))).not.toMatch(/s3cr3t|"pw"/);
  });
});
