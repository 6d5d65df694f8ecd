// Every operation of the model is routed; one without a module answers the typed NotImplementedException (501)
// after authentication and validation, never a made-up success. mocks/README.md lists them, kept equal here. Today
// every operation of the model has its module, so the answer itself is checked on an operation swapped for it: the
// mechanism stays for the operations of a newer model (scripts/draft-spec.ts drafts them before they are emulated).
import { readFileSync } from "node:fs";
import { CognitoIdentityProviderClient, ListUserPoolReplicasCommand } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { OPERATIONS, type OperationName } from "../../generated/operations.ts";
import { createMockCore } from "../core.ts";
import { createRequestHandler } from "../request-handler.ts";
import { createDispatcher } from "../protocol/dispatch.ts";
import { notImplemented } from "../operations/not-implemented.ts";
import { NOT_EMULATED, notImplementedOperations, operationLoaders } from "../operations/index.ts";
import { failure } from "./pools-harness.ts";

const MODEL = JSON.parse(readFileSync(new URL("../../spec/aws-model.facts.json", import.meta.url), "utf8")) as { operations: Record<string, unknown> };
const SIGNED = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00";

describe("every operation of the model is routed", () => {
  const core = createMockCore({ seed: 3 });
  const send = (operation: string, body: unknown, authorization: string | null = SIGNED) =>
    core.respond({
      method: "POST",
      url: "https://cognito-idp.us-east-1.amazonaws.com/",
      headers: { "x-amz-target": `AWSCognitoIdentityProviderService.${operation}`, ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });

  test("the spec holds the model's operations, all 129 of them", () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(MODEL.operations).sort());
    expect(Object.keys(OPERATIONS)).toHaveLength(129);
  });

  test.each(Object.keys(OPERATIONS) as OperationName[])("%s is not an unknown operation", async (operation) => {
    const { response } = await send(operation, {});
    const type = JSON.parse(response.body ?? "{}").__type;
    expect(type).not.toBe("UnknownOperationException");
    expect(type).not.toBe("NotImplementedException");
  });
});

describe("on the wire and through the SDK", () => {
  // The real dispatcher with one operation swapped for the not-implemented answer; nothing else differs.
  const { handle } = createDispatcher({
    implementations: { ListUserPoolReplicas: notImplemented("ListUserPoolReplicas") },
    context: () => ({}) as never,
    requestId: () => "00000000-0000-4000-8000-000000000000",
  });
  const requestHandler = createRequestHandler((request) => handle(request));
  const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

  test("a valid request gets the typed error, its headers and the operation's name; the SDK does not retry a 501", async () => {
    // The SDK's default retry strategy (three attempts): 501 is not a transient status, so one attempt only.
    const client = new CognitoIdentityProviderClient({ region: "eu-west-1", credentials, requestHandler });
    const error = await failure(client.send(new ListUserPoolReplicasCommand({ UserPoolId: "us-east-1_Abcdefgh1" })));
    expect(error.name).toBe("NotImplementedException");
    expect(error.$metadata.httpStatusCode).toBe(501);
    expect(error.$metadata.requestId).toBe("00000000-0000-4000-8000-000000000000");
    expect(error.message).toContain("ListUserPoolReplicas");
    expect(error.$metadata.attempts).toBe(1);
  });

  test("validation still comes first: a request the model refuses gets AWS's error, not the 501", async () => {
    const client = new CognitoIdentityProviderClient({ region: "eu-west-1", credentials, requestHandler });
    const error = await failure(client.send(new ListUserPoolReplicasCommand({ UserPoolId: "not a pool id" })));
    expect(error.name).toBe("InvalidParameterException");
  });

  test("authentication comes first too: unsigned, it is MissingAuthenticationTokenException", async () => {
    const { response } = await handle({
      method: "POST",
      url: "https://cognito-idp.us-east-1.amazonaws.com/",
      headers: { "x-amz-target": "AWSCognitoIdentityProviderService.ListUserPoolReplicas" },
      body: JSON.stringify({ UserPoolId: "us-east-1_Abcdefgh1" }),
    });
    expect(JSON.parse(response.body!).__type).toBe("MissingAuthenticationTokenException");
  });
});

describe("every operation of the model is emulated", () => {
  test("no operation answers NotImplementedException: NOT_EMULATED is empty and every implementation is a module's", async () => {
    expect(Object.keys(NOT_EMULATED)).toEqual([]);
    expect([...notImplementedOperations]).toEqual([]);
    expect(Object.keys(operationLoaders).sort()).toEqual(Object.keys(OPERATIONS).sort());
    for (const load of Object.values(operationLoaders)) expect(await load()).toBeTypeOf("function");
  });
});

describe("the list of operations not emulated yet", () => {
  test("mocks/README.md's table names exactly NOT_EMULATED, with the issue that takes each", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.split("## Not emulated yet")[1].split("\n## ")[0];
    const listed: Record<string, string> = {};
    for (const row of section.split("\n").filter((l) => /^\| issue /.test(l))) {
      const [plan, ops] = row.split("|").slice(1, 3).map((c) => c.trim());
      for (const op of ops.split(", ")) listed[op] = plan;
    }
    expect(listed).toEqual({ ...NOT_EMULATED });
  });
});
