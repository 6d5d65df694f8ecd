// `endpoint` target: any URL that speaks awsJson1_1 (our `serve`, moto, LocalStack, cognito-local), signed with
// test credentials. Fixtures are created through the API itself.
import type { Answer, ResolvedRequest, Target } from "../harness/target.ts";
import { runIdentity } from "./live.ts";
import { createFixtures, type Send } from "../fixtures/fixtures.ts";
import { createSigner, lowerCaseHeaders, TEST_CREDENTIALS, type SignedRequest } from "./signing.ts";

export async function fetchAnswer(signed: SignedRequest): Promise<Answer> {
  const response = await fetch(signed.url, { method: signed.method, headers: signed.headers, body: signed.method === "GET" ? undefined : signed.body });
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => (headers[k] = v));
  return { status: response.status, headers, body: await response.text() };
}

/** Our own server answers `GET /_mock/health`; other emulators don't, so they get no control capability. */
async function hasControlApi(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(new URL("/_mock/health", endpoint));
    await response.text();
    return response.status === 200;
  } catch {
    return false;
  }
}

const READ_ACTIONS = new Set(["outbox", "health", "logs"]);
const kebab = (action: string) => action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export async function createEndpointTarget(options: { endpoint: string; region?: string; name?: string }): Promise<Target> {
  const target = endpointTarget(options);
  if (!(await hasControlApi(options.endpoint))) return target;
  return {
    ...target,
    capabilities: new Set(["control-api"]),
    async control(action, args) {
      const url = new URL(`/_mock/${kebab(action)}`, options.endpoint);
      // Read-only actions are GETs whose arguments are query parameters (`/_mock/outbox?userPoolId=...`).
      const read = READ_ACTIONS.has(action);
      if (read) for (const [k, v] of Object.entries(args ?? {})) url.searchParams.set(k, String(v));
      const response = await fetch(url, read ? {} : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(args ?? {}) });
      const text = await response.text();
      if (!response.ok) throw new Error(`control ${action}: ${response.status} ${text.slice(0, 200)}`);
      return text ? JSON.parse(text) : undefined;
    },
  };
}

export function endpointTarget(options: { endpoint: string; region?: string; name?: string }): Target {
  const prepare = createSigner({ region: options.region ?? "us-east-1", service: "cognito-idp", credentials: TEST_CREDENTIALS });
  const send: Send = async (request: ResolvedRequest) => lowerCase(await fetchAnswer(await prepare(request, options.endpoint)));
  const fixtures = createFixtures(send, runIdentity());
  return {
    name: options.name ?? "endpoint",
    capabilities: new Set(),
    prepare: fixtures.prepare,
    async send(request) {
      const answer = await send(request);
      fixtures.observe(request, answer);
      return answer;
    },
    async close() {
      const problems = await fixtures.teardown();
      if (problems.length) console.error(`teardown left pools behind:\n  ${problems.join("\n  ")}`);
    },
  };
}

const lowerCase = (a: Answer): Answer => ({ ...a, headers: lowerCaseHeaders(a.headers) });
