// awsJson1_1 wire rules, checked once rather than per operation (aws-behavior.md §1-§4).
import type { Case, Expectation, RequestSpec } from "../../harness/case.ts";
import { loadFacts } from "../constraints/facts.ts";
import { baseRequest } from "../constraints/requests.ts";
import type { FactId } from "../../evidence/facts.ts";

const CONTENT_TYPE = "application/x-amz-json-1.1";
const PREFIX = "AWSCognitoIdentityProviderService";
const REQUEST_ID = { pattern: "^\\S+$" };
const MISSING_POOL = "us-east-1_doesNotExist0";

const req = (operation: string, body: unknown, extra: Partial<RequestSpec> = {}): RequestSpec => ({
  headers: { "Content-Type": CONTENT_TYPE, "X-Amz-Target": `${PREFIX}.${operation}` },
  body,
  ...extra,
});

const errorHeaders = (type: string): Expectation["headers"] => ({
  "Content-Type": CONTENT_TYPE,
  "x-amzn-RequestId": REQUEST_ID,
  "x-amzn-ErrorType": { pattern: `^${type}:` },
});

function protocolCase(c: Omit<Case, "suite" | "needs" | "sources" | "facts"> & { facts: FactId[]; needs?: string[] }): Case {
  return { suite: "protocol", needs: [], sources: [{ kind: "protocol", ref: "awsJson1_1" }], ...c };
}

export function protocolCases(): Case[] {
  const facts = loadFacts();
  const cases: Case[] = [
    protocolCase({
      id: "protocol/success/content-type-and-request-id",
      operation: "DescribeUserPool",
      rule: "success-headers",
      title: "a success answers 200 with the awsJson 1.1 content type and x-amzn-RequestId",
      facts: ["s1.success"],
      evidence: "CONFIRMED",
      fixtures: { set: "shared", names: ["pool"] },
      request: req("DescribeUserPool", { UserPoolId: "{{userPoolId}}" }),
      expect: { status: 200, errorType: null, headers: { "Content-Type": CONTENT_TYPE, "x-amzn-RequestId": REQUEST_ID }, body: { UserPool: { Id: "{{userPoolId}}" } } },
    }),
    protocolCase({
      id: "protocol/error/shape",
      operation: "DescribeUserPool",
      rule: "error-shape",
      title: "an error answers 400 with __type (no namespace), lowercase message, x-amzn-ErrorType with a trailing colon",
      facts: ["s1.error-shape", "s4.pool-not-found"],
      evidence: "CONFIRMED",
      request: req("DescribeUserPool", { UserPoolId: MISSING_POOL }),
      expect: {
        status: 400,
        errorType: "ResourceNotFoundException",
        headers: { ...errorHeaders("ResourceNotFoundException"), "x-amzn-ErrorMessage": `User pool ${MISSING_POOL} does not exist.` },
        message: { equals: `User pool ${MISSING_POOL} does not exist.` },
        bodyAbsent: ["Message"],
      },
    }),
    protocolCase({
      id: "protocol/error/validation-headers",
      operation: "DescribeUserPool",
      rule: "error-shape",
      title: "a validation error carries the same headers and a 400",
      facts: ["s1.error-shape", "s2.invalid-parameter", "s2.member-names", "s2.clause-pattern"],
      evidence: "CONFIRMED",
      request: req("DescribeUserPool", { UserPoolId: "YOUR_USER_POOL_ID!" }),
      expect: {
        status: 400,
        errorType: "InvalidParameterException",
        headers: errorHeaders("InvalidParameterException"),
        message: { clauses: ["Value 'YOUR_USER_POOL_ID!' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+"] },
      },
    }),
    protocolCase({
      id: "protocol/empty-output/braces",
      operation: "DeleteUserPoolClient",
      rule: "empty-output",
      title: "an operation without output answers {}",
      facts: ["s1.success"],
      evidence: "CONFIRMED",
      fixtures: { set: "fresh", names: ["pool"] },
      steps: [
        { request: req("CreateUserPoolClient", { UserPoolId: "{{userPoolId}}", ClientName: "protocol-empty-output" }), expect: { status: 200, errorType: null }, save: { newClientId: "UserPoolClient.ClientId" } },
        { request: req("DeleteUserPoolClient", { UserPoolId: "{{userPoolId}}", ClientId: "{{newClientId}}" }), expect: { status: 200, bodyEquals: {} } },
      ],
    }),
    protocolCase({
      id: "protocol/serialization/malformed-json",
      operation: "DescribeUserPool",
      rule: "malformed-json",
      title: "malformed JSON is a SerializationException without a message key",
      facts: ["s2.malformed-json", "s1.error-shape"],
      evidence: "CONFIRMED",
      request: req("DescribeUserPool", undefined, { rawBody: '{"UserPoolId": ' }),
      expect: { status: 400, errorType: "SerializationException", message: { absent: true }, headers: errorHeaders("SerializationException") },
    }),
    protocolCase({
      id: "protocol/serialization/malformed-json-unsigned-operation",
      operation: "UpdateAuthEventFeedback",
      rule: "malformed-json",
      title: "malformed JSON to the unsigned operation is a SerializationException too",
      facts: ["s2.malformed-json", "s3.sigv4"],
      evidence: "DOC",
      request: req("UpdateAuthEventFeedback", undefined, { rawBody: "{", sign: false }),
      expect: { status: 400, errorType: "SerializationException", message: { absent: true } },
    }),
    protocolCase({
      id: "protocol/serialization/array-body",
      operation: "DescribeUserPool",
      rule: "malformed-json",
      title: "a JSON array where the input structure belongs is a SerializationException",
      facts: ["s2.wrong-json-type-body"],
      evidence: "INFERRED",
      request: req("DescribeUserPool", undefined, { rawBody: "[]" }),
      expect: { status: 400, errorType: "SerializationException" },
    }),
    protocolCase({
      id: "protocol/null-member/counts-as-absent",
      operation: "DescribeUserPool",
      rule: "null-member",
      title: "a required member sent as null is reported as missing",
      facts: ["s2.null-is-absent", "s2.clause-required"],
      evidence: "INFERRED",
      request: req("DescribeUserPool", { UserPoolId: null }),
      expect: { status: 400, errorType: "InvalidParameterException", message: { clauses: ["Value null at 'userPoolId' failed to satisfy constraint: Member must not be null"] }, messageStrength: "advisory" },
    }),
    protocolCase({
      id: "protocol/routing/unknown-operation",
      operation: "*",
      rule: "unknown-operation",
      title: "an unknown X-Amz-Target answers UnknownOperationException",
      facts: ["s2.unknown-target"],
      evidence: "UNKNOWN",
      request: { headers: { "Content-Type": CONTENT_TYPE, "X-Amz-Target": `${PREFIX}.NoSuchOperation` }, body: {} },
      expect: { status: 400, errorType: "UnknownOperationException" },
      notes: ["UNKNOWN for Cognito: the framework's usual answer is asserted, no message text"],
    }),
    protocolCase({
      id: "protocol/routing/missing-target",
      operation: "*",
      rule: "unknown-operation",
      title: "a request without X-Amz-Target answers UnknownOperationException",
      facts: ["s2.unknown-target"],
      evidence: "UNKNOWN",
      request: { headers: { "Content-Type": CONTENT_TYPE }, body: {} },
      expect: { status: 400, errorType: "UnknownOperationException" },
    }),
    protocolCase({
      id: "protocol/auth/unsigned-feedback-reaches-service",
      operation: "UpdateAuthEventFeedback",
      rule: "unsigned-accepted",
      title: "UpdateAuthEventFeedback without a signature reaches the service (users call it from an e-mail link): the unknown pool is reported, not the signature",
      facts: ["s3.sigv4", "model.errors"],
      evidence: "DOC",
      request: req("UpdateAuthEventFeedback", baseRequest(facts.operations.UpdateAuthEventFeedback, "stand-ins"), { sign: false }),
      expect: { status: 400, errorType: "ResourceNotFoundException", headers: { "Content-Type": CONTENT_TYPE } },
    }),
  ];
  for (const [name, op] of Object.entries(facts.operations)) {
    if (op.auth !== "sigv4") continue;
    cases.push(
      protocolCase({
        id: `protocol/auth/unsigned/${name}`,
        operation: name,
        rule: "unsigned-refused",
        title: `${name} without a signature answers MissingAuthenticationTokenException`,
        facts: ["s3.missing-token", "s3.sigv4"],
        evidence: "DOC",
        // Authentication comes before validation: an invalid body must not change the answer.
        request: req(name, {}, { sign: false }),
        expect: { status: 400, errorType: "MissingAuthenticationTokenException", message: { equals: "Missing Authentication Token" }, headers: errorHeaders("MissingAuthenticationTokenException") },
      }),
    );
  }
  return cases;
}
