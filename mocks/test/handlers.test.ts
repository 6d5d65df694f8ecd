// The generated MSW handlers route by X-Amz-Target and answer protocol errors as the service does.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCognitoMock } from "../index.ts";

const mock = createCognitoMock({ seed: 7 });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const ENDPOINT = "https://cognito-idp.eu-west-1.amazonaws.com/";
const SIGNED = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00";
const post = (target: string | undefined, body: string, authorization: string | null = SIGNED) =>
  fetch(ENDPOINT, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      ...(target ? { "x-amz-target": target } : {}),
      ...(authorization ? { authorization } : {}),
    },
    body,
  });

describe("routing", () => {
  test("an unknown target is UnknownOperationException without a message", async () => {
    const res = await post("AWSCognitoIdentityProviderService.NoSuchThing", "{}");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ __type: "UnknownOperationException" });
    expect(res.headers.get("x-amzn-errortype")).toBe("UnknownOperationException:");
  });
  test("a missing target too", async () => {
    expect(await (await post(undefined, "{}")).json()).toEqual({ __type: "UnknownOperationException" });
  });
  test("each operation's handler answers only its own target", async () => {
    // The same empty body names a different missing member per operation: each target reached its own operation.
    for (const [operation, member] of [["DescribeUserPool", "userPoolId"], ["ListUserPools", "maxResults"], ["AdminListUserAuthEvents", "username"]]) {
      const res = await post(`AWSCognitoIdentityProviderService.${operation}`, "{}");
      expect(res.status, operation).toBe(400);
      const body = await res.json();
      expect(body.__type, operation).toBe("InvalidParameterException");
      expect(body.message, operation).toContain(`Value null at '${member}' failed to satisfy constraint: Member must not be null`);
    }
    const missing = await post("AWSCognitoIdentityProviderService.DescribeUserPool", '{"UserPoolId":"eu-west-1_missing00"}');
    expect(await missing.json()).toEqual({ __type: "ResourceNotFoundException", message: "User pool eu-west-1_missing00 does not exist." });
  });
});

describe("body and authentication", () => {
  test("malformed JSON is SerializationException with no message key", async () => {
    const res = await post("AWSCognitoIdentityProviderService.DescribeUserPool", '{"UserPoolId":');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ __type: "SerializationException" });
  });
  test("a signed operation without a signature is MissingAuthenticationTokenException", async () => {
    const res = await post("AWSCognitoIdentityProviderService.DescribeUserPool", '{"UserPoolId":"eu-west-1_abc"}', null);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ __type: "MissingAuthenticationTokenException", message: "Missing Authentication Token" });
    expect(res.headers.get("x-amzn-errormessage")).toBe("Missing Authentication Token");
    expect(res.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
  });
  test("UpdateAuthEventFeedback needs no signature: it reaches validation", async () => {
    const res = await post("AWSCognitoIdentityProviderService.UpdateAuthEventFeedback", "{}", null);
    expect((await res.json()).__type).toBe("InvalidParameterException");
  });
  test("validation errors carry the message in body and header", async () => {
    const res = await post("AWSCognitoIdentityProviderService.DescribeUserPool", "{}");
    const text = "1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint: Member must not be null";
    expect(await res.json()).toEqual({ __type: "InvalidParameterException", message: text });
    expect(res.headers.get("x-amzn-errormessage")).toBe(text);
    expect(res.headers.get("content-type")).toBe("application/x-amz-json-1.1");
  });
  test("a long message is cut in the x-amzn-ErrorMessage header, never in the body", async () => {
    const value = "a".repeat(20_000);
    const res = await post("AWSCognitoIdentityProviderService.DescribeUserPool", JSON.stringify({ UserPoolId: value }));
    const body = await res.json();
    expect(body.message).toContain(`Value '${value}' at 'userPoolId'`);
    const header = res.headers.get("x-amzn-errormessage")!;
    expect(header.length).toBe(1024);
    expect(body.message.startsWith(header.slice(0, -3))).toBe(true);
  });
});
