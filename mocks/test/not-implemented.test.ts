// Every operation of the model is routed; those without a module answer the typed NotImplementedException (501)
// after authentication and validation, never a made-up success. mocks/README.md lists them, kept equal here.
import { readFileSync } from "node:fs";
import { CognitoIdentityProviderClient, ListUserPoolReplicasCommand } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { OPERATIONS, type OperationName } from "../../generated/operations.ts";
import { createMockCore } from "../core.ts";
import { NOT_EMULATED, notImplementedOperations } from "../operations/index.ts";
import { failure, poolsHarness } from "./pools-harness.ts";

const MODEL = JSON.parse(readFileSync(new URL("../../spec/aws-model.facts.json", import.meta.url), "utf8")) as { operations: Record<string, unknown> };
const SIGNED = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00";

describe("every operation of the model is routed", () => {
  const core = createMockCore({ seed: 3 });
  const send = (operation: string, body: unknown, authorization: string | null = SIGNED) =>
    core.handle({
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
    expect(JSON.parse(response.body ?? "{}").__type).not.toBe("UnknownOperationException");
  });

  test.each([...notImplementedOperations])("%s answers NotImplementedException (501) past validation", async (operation) => {
    // An empty body fails validation wherever the input has a required member: AWS's error comes first.
    const meta = OPERATIONS[operation];
    const required = (meta.inputSchema.required ?? []) as string[];
    const empty = (await send(operation, {})).response;
    if (required.length) {
      expect(empty.status).toBe(400);
      expect(JSON.parse(empty.body!).__type).toBe("InvalidParameterException");
    } else {
      expect(empty.status).toBe(501);
    }
    // Unsigned, a signed operation is refused before anything else, as AWS does.
    if (meta.auth === "sigv4") expect(JSON.parse((await send(operation, {}, null)).response.body!).__type).toBe("MissingAuthenticationTokenException");
  });
});

describe("on the wire and through the SDK", () => {
  const { client } = poolsHarness();

  test("a valid request gets the typed error, its headers and the operation's name; no state is invented", async () => {
    const error = await failure(client.send(new ListUserPoolReplicasCommand({ UserPoolId: "us-east-1_Abcdefgh1" })));
    expect(error.name).toBe("NotImplementedException");
    expect(error.$metadata.httpStatusCode).toBe(501);
    expect(error.message).toContain("ListUserPoolReplicas");
    // 501 is not a transient status for the SDK's retry strategy: one attempt only (the harness allows one anyway,
    // so check a client with the default three).
    const patient = new CognitoIdentityProviderClient({ region: "eu-west-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" } });
    const again = await failure(patient.send(new ListUserPoolReplicasCommand({ UserPoolId: "us-east-1_Abcdefgh1" })));
    expect(again.name).toBe("NotImplementedException");
    expect(again.$metadata.attempts).toBe(1);
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
