// The spec is valid OpenAPI 3.1 (checked by a real validator) and follows the conventions of spec/README.md.
import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, test } from "vitest";
import { inline, loadSpec, operationsOf } from "../lib/spec.ts";

const doc = loadSpec();

test("the document validates against the OpenAPI 3.1 schema", async () => {
  const validator = new Validator();
  const result = await validator.validate(structuredClone(doc) as never);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
  expect(validator.version).toBe("3.1");
});

test("every $ref resolves and no shape is recursive", () => {
  for (const op of operationsOf(doc)) {
    expect(() => inline(doc, { $ref: `#/components/schemas/${op.input}` })).not.toThrow();
    if (op.output) expect(() => inline(doc, { $ref: `#/components/schemas/${op.output}` })).not.toThrow();
  }
});

test.each(operationsOf(doc))("$name follows the awsJson1_1 conventions", (op) => {
  const post = doc.paths[`/#X-Amz-Target=${op.target}`].post;
  expect(op.target).toBe(`AWSCognitoIdentityProviderService.${op.name}`);
  expect(Object.keys(post.requestBody.content)).toEqual(["application/x-amz-json-1.1"]);
  expect(Object.keys(post.responses).sort()).toEqual(["200", "400", "500"]);
  const listed: string[] = post.responses["400"].content["application/x-amz-json-1.1"].schema.oneOf.map((r: { $ref: string }) => r.$ref.split("/").pop());
  for (const error of op.errors.filter((e) => e !== "InternalErrorException")) expect(listed).toContain(error);
  expect(post.security).toEqual(op.auth === "sigv4" ? [{ sigv4: [] }] : []);
  expect(listed.includes("MissingAuthenticationTokenException")).toBe(op.auth === "sigv4");
  for (const error of op.errors) {
    const schema = doc.components.schemas[error];
    expect(schema.properties.__type.const).toBe(error);
    expect(schema["x-aws-error"].httpStatus).toBe(error === "InternalErrorException" ? 500 : 400);
  }
});

test("timestamps are epoch-second numbers, never date-time", () => {
  const text = JSON.stringify(doc);
  expect(text).not.toContain('"date-time"');
  expect(doc.components.schemas.DateType).toEqual({ type: "number", "x-aws-timestamp": "epoch-seconds" });
});

test("the operations served without a signature: the public flows (noAuth) and those an access token authorizes", () => {
  const byAuth = (kind: string) => operationsOf(doc).filter((o) => o.auth === kind).map((o) => o.name).sort();
  expect(byAuth("none")).toEqual([
    "ConfirmForgotPassword", "ConfirmSignUp", "ForgotPassword", "GetTokensFromRefreshToken", "InitiateAuth",
    "ResendConfirmationCode", "RespondToAuthChallenge", "RevokeToken", "SignUp", "UpdateAuthEventFeedback",
  ]);
  expect(byAuth("access-token")).toEqual([
    "AssociateSoftwareToken", "ChangePassword", "CompleteWebAuthnRegistration", "ConfirmDevice", "DeleteUser",
    "DeleteUserAttributes", "DeleteWebAuthnCredential", "ForgetDevice", "GetDevice", "GetUser",
    "GetUserAttributeVerificationCode", "GetUserAuthFactors", "GlobalSignOut", "ListDevices", "ListWebAuthnCredentials",
    "SetUserMFAPreference", "SetUserSettings", "StartWebAuthnRegistration", "UpdateDeviceStatus", "UpdateUserAttributes",
    "VerifySoftwareToken", "VerifyUserAttribute",
  ]);
});

test("an access-token operation names its token member: a sensitive TokenModelType in the input", () => {
  for (const op of operationsOf(doc)) {
    if (op.auth !== "access-token") {
      expect(op.accessTokenMember, op.name).toBeUndefined();
      continue;
    }
    const member = doc.components.schemas[op.input].properties[op.accessTokenMember!];
    expect(member, `${op.name}.${op.accessTokenMember}`).toEqual({ $ref: "#/components/schemas/TokenModelType" });
    expect(doc.components.schemas.TokenModelType["x-aws-sensitive"]).toBe(true);
  }
});
