// What the mock loads at start and per request (issues 11, 21): the core never loads msw, and an operation's module
// and validator load on that operation's first request only. In a child process, so no other test's imports count.
import { execFileSync, spawnSync } from "node:child_process";
import { expect, test } from "vitest";

const PROBE = `
import { createRequire } from "node:module";
const { createMockCore } = await import("./mocks/core.ts");
const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((f) => /validators\\.\\w+\\.cjs$/.test(f)).map((f) => f.replace(/.*validators\\.(\\w+)\\.cjs$/, "$1"));
const mock = createMockCore({ seed: 1 });
const atStart = loaded();
const request = (target, body) => ({ method: "POST", url: "https://cognito-idp.us-east-1.amazonaws.com/", headers: { "x-amz-target": "AWSCognitoIdentityProviderService." + target, authorization: "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00" }, body: JSON.stringify(body) });
const status = (await mock.respond(request("DescribeUserPool", { UserPoolId: "us-east-1_nope12345" }))).response.status;
console.log(JSON.stringify({ atStart, afterOne: loaded(), status }));
`;

test("the core loads no validator at start, then only the one its first request needs", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", PROBE], { encoding: "utf8" });
  expect(JSON.parse(out)).toEqual({ atStart: [], afterOne: ["DescribeUserPool"], status: 400 });
});

// Fails the load of every operation module but DescribeUserPool's (and UpdateAuthEventFeedback's, which the core
// imports for the control API's synchronous feedback click).
const OPERATION_GUARD = `export async function resolve(s, c, n) { const r = await n(s, c); if (/\\/mocks\\/operations\\/(?!index|loading|not-implemented|describe-user-pool\\.|update-auth-event-feedback\\.)[\\w-]+\\.ts$/.test(r.url)) throw new Error("operation module loaded: " + r.url); return r; }`;
const LOADING_PROBE = `
import { register } from "node:module";
register("data:text/javascript," + encodeURIComponent(${JSON.stringify(OPERATION_GUARD)}));
const { createMockCore } = await import("./mocks/core.ts");
const mock = createMockCore({ seed: 1 });
const request = (target, body) => ({ method: "POST", url: "https://cognito-idp.us-east-1.amazonaws.com/", headers: { "x-amz-target": "AWSCognitoIdentityProviderService." + target, authorization: "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00" }, body: JSON.stringify(body) });
const describe = request("DescribeUserPool", { UserPoolId: "us-east-1_nope12345" });
let refused = "";
try { mock.handle(describe); } catch (e) { refused = e.message; }
const first = mock.respond(describe);
const firstIsPromise = first instanceof Promise;
const firstType = JSON.parse((await first).response.body).__type;
const later = mock.handle(describe);
const broken = await mock.respond(request("CreateUserPool", { PoolName: "p" }));
console.log(JSON.stringify({ refused, firstIsPromise, firstType, laterType: JSON.parse(later.response.body).__type, broken: [broken.response.status, JSON.parse(broken.response.body).__type], pools: mock.state.pools.size }));
`;

test("no operation module loads at start; an operation's first call waits for its module, later calls are synchronous", () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", LOADING_PROBE], { encoding: "utf8" });
  // The guard fails only the CreateUserPool module the probe asks for last: nothing else loaded any operation's.
  expect([...new Set(run.stderr.match(/operation module loaded: \S+/g))]).toEqual([expect.stringMatching(/\/create-user-pool\.ts$/)]);
  const out = JSON.parse(run.stdout.trim().split("\n").at(-1)!);
  // handle() (synchronous) refuses an operation not loaded yet, and runs nothing; respond() loads it.
  expect(out.refused).toMatch(/^DescribeUserPool has not loaded yet/);
  expect(out).toMatchObject({ firstIsPromise: true, firstType: "ResourceNotFoundException", laterType: "ResourceNotFoundException" });
  // A module that fails to load (here the guard) is the caller's InternalErrorException, not a crash; nothing ran.
  expect(out).toMatchObject({ broken: [500, "InternalErrorException"], pools: 0 });
});

test("the core and the server do not load msw (the main entry, which does, shows the guard works)", () => {
  const hook = `export async function resolve(s, c, n) { if (s === "msw" || s.startsWith("msw/")) throw new Error("msw loaded by " + c.parentURL); return n(s, c); }`;
  const guarded = (modules: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `import { register } from "node:module"; register("data:text/javascript," + encodeURIComponent(${JSON.stringify(hook)})); ${modules.map((m) => `await import("${m}");`).join(" ")} console.log("ok");`], { encoding: "utf8" });
  expect(guarded(["./mocks/server/server.ts", "./mocks/core.ts"]).stdout.trim()).toBe("ok");
  const main = guarded(["./mocks/index.ts"]);
  expect(main.status).not.toBe(0);
  expect(main.stderr).toContain("msw loaded by");
});

test("no entry loads the log-delivery SDK clients (CloudWatch Logs, S3, Firehose): a configuration's first record does", () => {
  const hook = `export async function resolve(s, c, n) { if (/^@aws-sdk\\/client-(cloudwatch-logs|s3|firehose)$/.test(s)) throw new Error("delivery client loaded by " + c.parentURL); return n(s, c); }`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `import { register } from "node:module"; register("data:text/javascript," + encodeURIComponent(${JSON.stringify(hook)})); await import("./mocks/server/server.ts"); await import("./mocks/core.ts"); await import("./mocks/index.ts"); console.log("ok");`], { encoding: "utf8" });
  expect(run.stdout.trim()).toBe("ok");
});

test("the loaded-operations table keeps V8's fast properties whatever order the loads finish in (the per-request read)", () => {
  const probe = `
const { OPERATIONS } = await import("./generated/operations.ts");
const { loadOnFirstUse } = await import("./mocks/operations/loading.ts");
const names = Object.keys(OPERATIONS);
const loaders = Object.fromEntries(names.map((n, i) => [n, () => new Promise((r) => setTimeout(() => r(() => n), (i * 7919) % 13))]));
const table = loadOnFirstUse(loaders, (run) => run);
await table.loadAll();
console.log(JSON.stringify({ fast: %HasFastProperties(table.loaded), loaded: names.filter((n) => typeof table.loaded[n] === "function").length, of: names.length }));
`;
  const out = execFileSync(process.execPath, ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", probe], { encoding: "utf8" });
  const { fast, loaded, of } = JSON.parse(out);
  expect(loaded).toBe(of);
  expect(fast).toBe(true);
});

// Records which of the control API's sign-in, the JWKS route and faker have loaded (a load hook appends to a file).
const SIGN_IN_JWKS_HOOK = `import { appendFileSync } from "node:fs"; export async function load(u, c, n) { const m = /\\/mocks\\/(risk\\/sign-in|signin\\/jwks-route|tokens\\/index)\\.ts$|@faker-js\\/faker\\/dist\\/locale\\/(base)\\.js$/.exec(u); if (m) appendFileSync(process.env.LOAD_LOG, (m[1] ?? "faker/" + m[2]) + "\\n"); return n(u, c); }`;
const SERVE_PROBE = `
import { register } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
writeFileSync(process.env.LOAD_LOG, "");
register("data:text/javascript," + encodeURIComponent(${JSON.stringify(SIGN_IN_JWKS_HOOK)}));
const loaded = () => readFileSync(process.env.LOAD_LOG, "utf8").split("\\n").filter(Boolean).sort();
const { startServer } = await import("./mocks/server/server.ts");
const server = await startServer({ seed: 1, controlOnFirstUse: true });
const atStart = loaded();
const health = await (await fetch(server.url + "/_mock/health")).json();
const afterControl = loaded();
const signIn = await fetch(server.url + "/_mock/sign-in", { method: "POST", body: JSON.stringify({ UserPoolId: "us-east-1_nope12345", Username: "u" }) });
const jwks = await fetch(server.url + "/us-east-1_nope12345/.well-known/jwks.json");
console.log(JSON.stringify({ atStart, health: health.status, afterControl, signIn: [signIn.status, (await signIn.json()).__type], jwks: jwks.status, afterJwks: loaded() }));
await server.close();
`;

test("serve loads neither the control API's sign-in, the JWKS route nor faker until its first /_mock/ or JWKS request", () => {
  // controlOnFirstUse is what `cognito-conformance serve` passes; startServer's default loads the sign-in at start.
  const log = `${process.env.TMPDIR ?? "/tmp"}/lazy-loading-${process.pid}.log`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SERVE_PROBE], { encoding: "utf8", env: { ...process.env, LOAD_LOG: log } });
  expect(JSON.parse(out.trim().split("\n").at(-1)!)).toEqual({
    atStart: [],
    health: "ok",
    // The sign-in's modules include the token ones: the JWKS route adds only its own.
    // Faker too: the control API draws ids (event ids).
    afterControl: ["faker/base", "risk/sign-in", "tokens/index"],
    signIn: [400, "InvalidParameterException"],
    jwks: 404,
    afterJwks: ["faker/base", "risk/sign-in", "signin/jwks-route", "tokens/index"],
  });
});
