// The harness's own checks: clause sets, partial comparison, redaction.
import { describe, expect, test } from "vitest";
import { clauseSetDiff, compare } from "../harness/compare.ts";
import type { Case } from "../harness/case.ts";
import { runCase } from "../harness/runner.ts";
import type { Target } from "../harness/target.ts";
import { redactHeaders, redactJson, redactText, shorten } from "../report/redact.ts";

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
  test("accepted: success passes; a refusal only when named, never InvalidParameterException, never on the mock", () => {
    const plain = { accepted: { refusals: [] } };
    const named = { accepted: { refusals: [{ errorType: "ResourceNotFoundException", reason: "ids", unless: "conformance-mock" }, { errorType: "InvalidParameterException", reason: "never honoured" }] } };
    const notFound = answer(400, { __type: "ResourceNotFoundException", message: "x" });
    expect(compare(plain, answer(200, {}))).toMatchObject({ failures: [], acceptedOn: "success" });
    expect(compare(plain, notFound).failures).toHaveLength(1);
    expect(compare(named, notFound)).toMatchObject({ failures: [], acceptedOn: "named-refusal" });
    expect(compare(named, notFound, new Set(["conformance-mock"])).failures).toHaveLength(1);
    expect(compare(named, answer(400, { __type: "InvalidParameterException", message: "Cannot turn MFA functionality ON" })).failures).toHaveLength(1);
    expect(compare(named, answer(500, { __type: "InternalErrorException", message: "x" })).failures).toHaveLength(1);
  });
});

describe("redaction", () => {
  test("signatures, access keys and secret members never reach a report", () => {
    const auth = "AWS4-HMAC-SHA256 Credential=AKIAABCDEFGHIJKLMNOP/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=" + "a".repeat(64);
    expect(JSON.stringify(redactHeaders({ Authorization: auth, "X-Amz-Security-Token": "tok" }))).not.toMatch(/AKIA|aaaa|tok/);
    expect(redactText(auth)).not.toMatch(/AKIA|Signature=a/);
    expect(JSON.stringify(redactJson({ ClientSecret: "s3cr3t", nested: [{ TemporaryPassword: "pw" }] }))).not.toMatch(/s3cr3t|"pw"/);
    // Secrets the service issues (a client secret's value), a code, a device's verifier, an identity provider's secrets.
    const issued = { ClientSecretDescriptor: { ClientSecretValue: "v4lue" }, Code: "123456", DeviceSecretVerifierConfig: { PasswordVerifier: "v3rifier" }, ProviderDetails: { client_secret: "c5", private_key: "k3y" } };
    expect(JSON.stringify(redactJson(issued))).not.toMatch(/v4lue|123456|v3rifier|c5|k3y/);
    expect(redactText("<a href=\"https://x.invalid/f?EventId=1&FeedbackToken=abc123&FeedbackValue=Valid\">")).not.toContain("abc123");
  });
  test("long values (keys too) show as their start and length; short ones are untouched", () => {
    const long = "a".repeat(20000);
    expect(redactJson({ [long]: `Value '${long}' at 'x'` })).toEqual({ "aaaa…(20000 chars)": "Value 'aaaa…(20000 chars)' at 'x'" });
    expect(redactText("abc")).toBe("abc");
  });
  test("shorten reads only what decides its result, and gives what replacing every run, then cutting, gives", () => {
    const MAX = 600;
    const reference = (text: string) => {
      const runs = text.replace(/(.)\1{15,}/gsu, (run: string, c: string) => `${c.repeat(4)}…(${[...run].length} chars)`);
      return runs.length > MAX ? `${runs.slice(0, MAX)}…(${text.length} chars)` : runs;
    };
    // Runs around the cut, of pairs and of lone surrogates (which pair with what follows), newlines, short texts.
    const pieces = ["a", "b", "\n", "é", "😀", "\uD83D", "\uDE00", "xy", "xyz"];
    let seed = 21;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const plain = (n: number) => "xy".repeat(n).slice(0, n);
    const texts = ["", "a".repeat(15), "a".repeat(16), "😀".repeat(16), plain(590) + "a".repeat(30), plain(601), plain(585) + "a".repeat(16) + plain(700), plain(590) + "😀".repeat(20)];
    for (let at = 560; at < 610; at++) texts.push(plain(at) + "a".repeat(20) + plain(30), plain(at) + "😀".repeat(17) + plain(30));
    for (let n = 0; n < 3000; n++) texts.push(Array.from({ length: 1 + next(8) }, () => pieces[next(pieces.length)].repeat(next(3) ? next(40) : next(800))).join(""));
    for (const text of texts) expect(shorten(text), JSON.stringify(text.slice(0, 80))).toBe(reference(text));
  });
});

describe("matchers and saved values in expectations", () => {
  const answer = (body: unknown) => ({ status: 200, headers: {}, body: JSON.stringify(body) });
  const diff = (body: unknown, actual: unknown) => compare({ body }, answer(actual)).failures;
  test("order against a saved value (text), equality of a number and its text", () => {
    expect(diff({ t: { $gt: "1700000000.5" } }, { t: 1700000000.501 })).toEqual([]);
    expect(diff({ t: { $gt: "1700000000.5" } }, { t: 1700000000.5 })).toHaveLength(1);
    expect(diff({ t: { $gte: "5", $lt: 6 } }, { t: 5 })).toEqual([]);
    expect(diff({ t: { $gt: 0 } }, {})).toHaveLength(1); // absent is not greater than anything
    expect(diff({ t: { $eq: "12.25" } }, { t: 12.25 })).toEqual([]);
    expect(diff({ t: { $ne: "12.25" } }, { t: 12.25 })).toHaveLength(1);
  });
  test("patterns, containment, negation", () => {
    expect(diff({ s: { $pattern: "^ab" } }, { s: "abc" })).toEqual([]);
    expect(diff({ s: { $contains: "token=x" } }, { s: "a?token=x&b" })).toEqual([]);
    expect(diff({ l: { $contains: { id: 2 } } }, { l: [{ id: 1 }, { id: 2, more: true }] })).toEqual([]);
    expect(diff({ l: { $contains: { id: 3 } } }, { l: [{ id: 1 }] })).toHaveLength(1);
    expect(diff({ s: { $not: { $pattern: "\\{username\\}" } } }, { s: "hello {username}" })).toHaveLength(1);
    expect(diff({ s: { $not: { $pattern: "\\{username\\}" } } }, { s: "hello alice" })).toEqual([]);
  });
});

describe("runner: saved values reach expectations, control steps are compared and saved from", () => {
  const target = (control: (action: string, args: any) => unknown): Target => ({
    name: "fake",
    capabilities: new Set(["control-api"]),
    prepare: async () => ({}),
    send: async (r) => ({ status: 200, headers: {}, body: JSON.stringify({ echo: JSON.parse(r.body), at: 2 }) }),
    control: async (action, args) => control(action, args),
    close: async () => {},
  });
  const steps = (expectAt: unknown, expectMail: unknown): Case => ({
    id: "t", suite: "t", operation: "Op", rule: "r", title: "t", sources: [], evidence: "DOC", needs: [],
    steps: [
      { control: { action: "first", args: {} }, request: { headers: {} }, expect: { body: { n: { $gt: 0 } } }, save: { before: "n", user: "name" } },
      { request: { headers: {}, body: { who: "{{user}}" } }, expect: { body: { echo: { who: "{{user}}" }, at: expectAt } } },
      { control: { action: "outbox", args: { username: "{{user}}" } }, request: { headers: {} }, expect: { body: expectMail } },
    ],
  });
  const fake = target((action, args) => (action === "first" ? { n: 1, name: "alice" } : { mails: [{ to: args.username }] }));
  test("a case whose expectations hold passes; each kind of mismatch fails it", async () => {
    expect((await runCase(steps({ $gt: "{{before}}" }, { mails: [{ to: "alice" }] }), fake)).reasons).toEqual([]);
    expect((await runCase(steps({ $lt: "{{before}}" }, { mails: [{ to: "alice" }] }), fake)).status).toBe("FAIL");
    expect((await runCase(steps({ $gt: "{{before}}" }, { mails: [] }), fake)).reasons).toEqual([expect.stringContaining("step 3: mails")]);
  });
  test("a step labelled UNKNOWN is never asserted: its mismatch is a note and the case goes on", async () => {
    const c = steps({ $gt: "{{before}}" }, { mails: [] });
    c.steps![2] = { ...c.steps![2]!, evidence: "UNKNOWN", facts: [] };
    const result = await runCase(c, fake);
    expect([result.status, result.reasons]).toEqual(["PASS", []]);
    expect(result.notes).toEqual([expect.stringMatching(/^step 3: UNKNOWN, not asserted: mails/)]);
  });
});

describe("$all and optional steps", () => {
  const answer = (body: unknown) => ({ status: 200, headers: {}, body: JSON.stringify(body) });
  test("$all: every listed item is somewhere in the list, in any order", () => {
    const body = { l: { $all: [{ id: 1 }, { id: 2 }] } };
    expect(compare({ body }, answer({ l: [{ id: 2 }, { id: 1 }] })).failures).toEqual([]);
    expect(compare({ body }, answer({ l: [{ id: 2 }, { id: 3 }] })).failures).toHaveLength(1);
  });
  test("an optional step is skipped on a target without its capability; its values stand in", async () => {
    const sent: string[] = [];
    const plain: Target = {
      name: "plain",
      capabilities: new Set(),
      prepare: async () => ({}),
      send: async (r) => (sent.push(r.body), { status: 200, headers: {}, body: "{}" }),
      close: async () => {},
    };
    const c: Case = {
      id: "t", suite: "t", operation: "Op", rule: "r", title: "t", sources: [], evidence: "DOC", needs: [],
      steps: [
        { control: { action: "signIn", args: {} }, request: { headers: {} }, expect: {}, optional: "control-api" },
        { request: { headers: {}, body: { EventId: "{{EventId}}" } }, expect: { status: 200 } },
      ],
    };
    const result = await runCase(c, plain);
    expect(result.status).toBe("PASS");
    expect(result.notes).toContain("step 1: skipped: the target lacks control-api");
    expect(JSON.parse(sent[0]!).EventId).toBe("conformance0skipped");
  });
});

describe("runner: a case with fresh fixtures runs in a target of its own where the target offers one", () => {
  const log: string[] = [];
  const target = (name: string, isolating: boolean): Target => ({
    name,
    capabilities: new Set(),
    prepare: async (set) => (log.push(`${name} prepare ${set}`), { at: name }),
    send: async (r) => (log.push(`${name} send`), { status: 200, headers: {}, body: JSON.stringify({ at: JSON.parse(r.body).at }) }),
    ...(isolating && { isolated: () => target(`${name}'s own`, false) }),
    close: async () => void log.push(`${name} close`),
  });
  const ofSet = (set: string): Case => ({
    id: set, suite: "t", operation: "Op", rule: "r", title: "t", sources: [], evidence: "DOC", needs: [], fixtures: { set, names: ["pool"] },
    request: { headers: {}, body: { at: "{{at}}" } }, expect: { body: { at: "{{at}}" } },
  });
  test("fresh fixtures, steps and teardown happen there; named sets and targets without isolated() stay where they are", async () => {
    log.length = 0;
    expect((await runCase(ofSet("fresh"), target("mock", true))).status).toBe("PASS");
    expect(log).toEqual(["mock's own prepare fresh", "mock's own send", "mock's own close"]);
    log.length = 0;
    await runCase(ofSet("shared"), target("mock", true));
    await runCase(ofSet("fresh"), target("endpoint", false));
    expect(log).toEqual(["mock prepare shared", "mock send", "endpoint prepare fresh", "endpoint send"]);
  });
});
