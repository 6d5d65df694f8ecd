// 9. Lambda triggers (issue 20): a USER_PASSWORD_AUTH sign-in in-process with a V1_0 pre token generation function
// (adding a claim) against the same sign-in without one, interleaved in one run (respond(), two mocks, one pool
// each): target ratio <= 1.2. Run alone: `npx tsx bench/triggers.ts [--smoke]`, or `npm run bench -- --only 10`.
import { pathToFileURL } from "node:url";
import { createMockCore } from "../mocks/core.ts";
import type { TriggerFunctions } from "../mocks/triggers/runtime.ts";
import { median, Report } from "./lib/report.ts";

const TARGET_RATIO = 1.2;
const PASSWORD = "Bench-passw0rd!";
const HEADERS = (operation: string) => ({
  "content-type": "application/x-amz-json-1.1",
  "x-amz-target": `AWSCognitoIdentityProviderService.${operation}`,
  authorization: "AWS4-HMAC-SHA256 Credential=AKIDBENCH/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0",
});

/** A mock with one pool (LambdaConfig as given) and a CONFIRMED user; returns one timed sign-in. */
async function signInWorld(triggers: TriggerFunctions, lambdaConfig: object): Promise<() => Promise<void>> {
  const mock = createMockCore({ seed: 9, triggers });
  const api = async (operation: string, input: unknown) => {
    const { response } = await mock.respond({ method: "POST", url: "https://cognito-idp.us-east-1.amazonaws.com/", headers: HEADERS(operation), body: JSON.stringify(input) });
    if (response.status !== 200) throw new Error(`${operation}: ${response.body.slice(0, 200)}`);
    return JSON.parse(response.body);
  };
  const { UserPool } = await api("CreateUserPool", { PoolName: "bench-triggers", LambdaConfig: lambdaConfig });
  const { UserPoolClient } = await api("CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "bench", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
  await api("AdminCreateUser", { UserPoolId: UserPool.Id, Username: "bench-user", MessageAction: "SUPPRESS" });
  await api("AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: "bench-user", Password: PASSWORD, Permanent: true });
  const request = { AuthFlow: "USER_PASSWORD_AUTH", ClientId: UserPoolClient.ClientId, AuthParameters: { USERNAME: "bench-user", PASSWORD } };
  return async () => {
    const out = await api("InitiateAuth", request);
    if (!out.AuthenticationResult?.IdToken) throw new Error("no tokens");
  };
}

export async function triggerOverhead(report: Report, runs: number): Promise<void> {
  report.section(`9. Sign-in with a pre token generation function in-process vs without (respond(), ${runs} each, interleaved)`);
  const plain = await signInWorld({}, {});
  const withTrigger = await signInWorld(
    { tokens: (event) => ((event.response.claimsOverrideDetails = { claimsToAddOrOverride: { tenant: "bench" } }), event) },
    { PreTokenGeneration: "arn:aws:lambda:us-east-1:123456789012:function:tokens" },
  );
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs + 10; i++) {
    let t0 = performance.now();
    await plain();
    const plainMs = performance.now() - t0;
    t0 = performance.now();
    await withTrigger();
    const triggerMs = performance.now() - t0;
    if (i >= 10) (a.push(plainMs), b.push(triggerMs)); // the first ten warm up (JIT, the pools' keys)
  }
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  report.line(`without: median ${ms(median(a))}; with pre token generation: median ${ms(median(b))}`);
  report.target("sign-in with pre token generation / without, median ratio", median(b) / median(a), "<=", TARGET_RATIO, (v) => `${v.toFixed(2)}x`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const report = new Report();
  await triggerOverhead(report, process.argv.includes("--smoke") ? 20 : 300);
  report.summary();
}
