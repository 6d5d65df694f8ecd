// `endpoint` target: any URL that speaks awsJson1_1 (our `serve`, moto, LocalStack, cognito-local), signed with
// test credentials. Fixtures are created through the API itself.
import type { Answer, ResolvedRequest, Target } from "../harness/target.ts";
import { runIdentity } from "./live.ts";
import { createFixtures, type Send } from "../fixtures/fixtures.ts";
import { createSigner, lowerCaseHeaders, TEST_CREDENTIALS, type SignedRequest } from "./signing.ts";
import { CONFORMANCE_TRIGGERS_CAPABILITY, runsConformanceTriggers } from "../fixtures/conformance-triggers.ts";

export async function fetchAnswer(signed: SignedRequest): Promise<Answer> {
  const response = await fetch(signed.url, { method: signed.method, headers: signed.headers, body: signed.method === "GET" ? undefined : signed.body });
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => (headers[k] = v));
  return { status: response.status, headers, body: await response.text() };
}

/**
 * Our own server answers `GET /_mock/health`; other emulators don't, so they get no control capability. Its answer
 * lists the in-process trigger functions: `serve --triggers <conformance-triggers module>` gives the trigger scenarios.
 */
async function probeHealth(endpoint: string): Promise<{ triggerFunctions?: unknown } | undefined> {
  try {
    const response = await fetch(new URL("/_mock/health", endpoint));
    const text = await response.text();
    return response.status === 200 ? (JSON.parse(text || "{}") as { triggerFunctions?: unknown }) : undefined;
  } catch {
    return undefined;
  }
}

const READ_ACTIONS = new Set(["outbox", "health", "logs"]);
const kebab = (action: string) => action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export interface EndpointTargetOptions {
  endpoint: string;
  region?: string;
  name?: string;
  /** The endpoint runs the conformance trigger functions under their names (a Lambda emulator where they are deployed). */
  conformanceTriggers?: boolean;
}

export async function createEndpointTarget(options: EndpointTargetOptions): Promise<Target> {
  const target = endpointTarget(options);
  const health = await probeHealth(options.endpoint);
  const triggers = options.conformanceTriggers || (health !== undefined && runsConformanceTriggers(health)) ? [CONFORMANCE_TRIGGERS_CAPABILITY] : [];
  if (!health) return { ...target, capabilities: new Set(triggers) };
  return {
    ...target,
    capabilities: new Set(["control-api", ...triggers]),
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
