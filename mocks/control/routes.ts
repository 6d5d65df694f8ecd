// The control API over HTTP, under the reserved prefix /_mock/ (never the Cognito path `POST /`).
// JSON in, JSON out; an AwsError becomes the usual AWS error body, anything malformed a 4xx.
import type { WireResponse } from "../../generated/handlers.ts";
import { OPERATIONS, type OperationName } from "../../generated/operations.ts";
import type { FaultRule } from "../faults/rules.ts";
import { AwsError, errors, isAwsError } from "../protocol/errors.ts";
import { errorResponse } from "../protocol/wire.ts";
import type { SignInRequest } from "../risk/sign-in.ts";
import type { MockControl, OutboxFilter } from "./control.ts";
import type { LogFilter, LogStatus } from "../logs/delivery.ts";

export const CONTROL_PREFIX = "/_mock/";
/** `PUT /_mock/import/<pool>/<job>?X-Amz-Signature=...`: user import jobs' pre-signed upload URLs (a CSV body, not JSON). */
export const IMPORT_ROUTE = "import/";

export interface ControlAnswer {
  response: WireResponse;
  /** The state changed (the server then persists it). */
  mutated: boolean;
}

type Route = (control: MockControl, body: unknown, query: URLSearchParams) => { output: unknown; mutated?: boolean };

const ROUTES: Record<string, Partial<Record<"GET" | "POST" | "DELETE", Route>>> = {
  health: { GET: (control) => ({ output: control.health() }) },
  reset: { POST: (control) => (control.reset(), { output: {}, mutated: true }) },
  "sign-in": { POST: (control, body) => ({ output: control.signIn(requireObject(body) as unknown as SignInRequest), mutated: true }) },
  "risk-rules": {
    GET: (control) => ({ output: { rules: control.riskRules.list() } }),
    POST: (control, body) => ({ output: { rules: control.riskRules.set(onlyMember(body, "rules") as never) }, mutated: true }),
    DELETE: (control) => ({ output: { rules: control.riskRules.clear() }, mutated: true }),
  },
  "compromised-passwords": {
    POST: (control, body) => ({ output: control.compromisedPasswords.add(onlyMember(body, "passwords") as never), mutated: true }),
    DELETE: (control) => ({ output: control.compromisedPasswords.clear(), mutated: true }),
  },
  // `?kind=code` lists the one-time codes instead of the notifications.
  outbox: {
    GET: (control, _body, query) => {
      const kind = query.get("kind") ?? "notification";
      if (kind !== "notification" && kind !== "code") throw errors.invalidParameter("kind must be notification or code.");
      query.delete("kind");
      const filter = outboxFilter(query);
      return { output: kind === "code" ? { codes: control.codes(filter) } : { notifications: control.outbox(filter) } };
    },
  },
  // The target of mailed one-click links: GET, as a mail client opens it, with UpdateAuthEventFeedback's members.
  feedback: {
    GET: (control, _body, query) => {
      const input = Object.fromEntries(query) as unknown as Parameters<MockControl["feedback"]>[0];
      control.feedback(input);
      return { output: { recorded: input.FeedbackValue }, mutated: true };
    },
  },
  // Exported log records: `?userPoolId=...&status=control|pending|delivered|dropped`.
  logs: { GET: (control, _body, query) => ({ output: control.logs(logsFilter(query)) }) },
  // The JSON form of a user import upload (the suites' control step): `{ url: <PreSignedUrl>, csv: <text> }`.
  "upload-import-csv": {
    POST: (control, body) => {
      const { url, csv } = requireObject(body);
      if (typeof url !== "string" || typeof csv !== "string") throw errors.invalidParameter("url and csv must be strings.");
      control.uploadImportCsv(url, csv);
      return { output: {}, mutated: true };
    },
  },
  faults: {
    GET: (control) => ({ output: control.faults.list() }),
    POST: (control, body) => ({ output: changeFaults(control, requireObject(body)) }),
    DELETE: (control) => ({ output: control.faults.clear() }),
  },
};

/** `path` is the request path after the prefix, query excluded; `query` its parameters (`?userPoolId=...`). */
export function handleControlRequest(control: MockControl, method: string, path: string, bodyText: string, requestId: string, query = new URLSearchParams()): ControlAnswer {
  if (path.startsWith(IMPORT_ROUTE)) return importUpload(control, method, path, bodyText, query);
  const routes = ROUTES[path];
  if (!routes || !Object.hasOwn(ROUTES, path)) {
    return plain(404, { message: `No control endpoint ${CONTROL_PREFIX}${path}. Endpoints: ${Object.keys(ROUTES).join(", ")}` });
  }
  const route = routes[method as keyof typeof routes];
  if (!route) return plain(405, { message: `${CONTROL_PREFIX}${path} accepts ${Object.keys(routes).join(", ")}` }, { Allow: Object.keys(routes).join(", ") });
  try {
    let body: unknown = {};
    if (bodyText.trim() !== "") {
      try {
        body = JSON.parse(bodyText);
      } catch {
        throw errors.serialization();
      }
    }
    const { output, mutated = false } = route(control, body, query);
    return { response: json(200, output, requestId), mutated };
  } catch (e) {
    if (isAwsError(e)) return { response: errorResponse(e, requestId), mutated: false };
    throw e;
  }
}

/** The PUT of a CSV to a pre-signed URL; answers as S3 would: 200 and no body, or 403 / 404. */
function importUpload(control: MockControl, method: string, path: string, bodyText: string, query: URLSearchParams): ControlAnswer {
  if (method !== "PUT") return plain(405, { message: `${CONTROL_PREFIX}${IMPORT_ROUTE} accepts PUT` }, { Allow: "PUT" });
  try {
    control.uploadImportCsv(`http://mock${CONTROL_PREFIX}${path}?${query}`, bodyText);
  } catch (e) {
    if (isAwsError(e)) return plain(e.status, { message: e.message });
    throw e;
  }
  return { response: { status: 200, headers: {}, body: "" }, mutated: true };
}

/** `GET /_mock/outbox?userPoolId=...&username=...&kind=code`: unknown parameters are refused, so a typo filters nothing silently. */
function outboxFilter(query: URLSearchParams): OutboxFilter {
  const unknown = [...query.keys()].filter((k) => k !== "userPoolId" && k !== "username" && k !== "kind");
  if (unknown.length) throw errors.invalidParameter(`Unknown outbox filter(s): ${unknown.join(", ")}. Use userPoolId, username and kind.`);
  const kind = query.get("kind");
  if (kind !== null && kind !== "notification" && kind !== "code") throw errors.invalidParameter("kind must be notification or code.");
  return {
    ...(query.has("userPoolId") && { userPoolId: query.get("userPoolId")! }),
    ...(query.has("username") && { username: query.get("username")! }),
    ...(kind !== null && { kind }),
  };
}

/** `GET /_mock/logs` filters; unknown parameters are refused, like the outbox's. */
function logsFilter(query: URLSearchParams): LogFilter {
  const unknown = [...query.keys()].filter((k) => k !== "userPoolId" && k !== "status");
  if (unknown.length) throw errors.invalidParameter(`Unknown logs filter(s): ${unknown.join(", ")}. Use userPoolId and status.`);
  const status = query.get("status");
  if (status !== null && !LOG_STATUSES.includes(status as LogStatus)) throw errors.invalidParameter(`status must be one of ${LOG_STATUSES.join(", ")}.`);
  return { ...(query.has("userPoolId") && { userPoolId: query.get("userPoolId")! }), ...(status !== null && { status: status as LogStatus }) };
}

const LOG_STATUSES: readonly LogStatus[] = ["control", "pending", "delivered", "dropped"];

function changeFaults(control: MockControl, body: Record<string, unknown>) {
  const unknown = Object.keys(body).filter((k) => !["clear", "preset", "rules"].includes(k));
  if (unknown.length) throw errors.invalidParameter(`Unknown member(s): ${unknown.join(", ")}. Use clear, preset and rules.`);
  const { clear, preset, rules } = body;
  if (clear === true) control.faults.clear();
  else if (Array.isArray(clear)) control.faults.clear(clear.map(operationName));
  else if (clear !== undefined && clear !== false) throw errors.invalidParameter("clear must be true or a list of operation names");
  if (preset !== undefined) control.faults.preset(preset as "cognito-quotas");
  if (rules !== undefined) control.faults.set(rules as FaultRule[]);
  return control.faults.list();
}

function operationName(value: unknown): OperationName | "*" {
  if (value === "*" || (typeof value === "string" && Object.hasOwn(OPERATIONS, value))) return value as OperationName | "*";
  throw errors.invalidParameter(`Unknown operation in clear: ${String(value)}`);
}

/** `{ "<name>": ... }` and nothing else, so a typo is refused rather than ignored. */
function onlyMember(body: unknown, name: string): unknown {
  const object = requireObject(body);
  const unknown = Object.keys(object).filter((k) => k !== name);
  if (unknown.length) throw errors.invalidParameter(`Unknown member(s): ${unknown.join(", ")}. Use ${name}.`);
  return object[name];
}

function requireObject(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw new AwsError("SerializationException", "The body must be a JSON object");
  return body as Record<string, unknown>;
}

const json = (status: number, output: unknown, requestId: string): WireResponse => ({
  status,
  headers: { "Content-Type": "application/json", "x-amzn-RequestId": requestId },
  body: JSON.stringify(output),
});

const plain = (status: number, output: unknown, extra: Record<string, string> = {}): ControlAnswer => ({
  response: { status, headers: { "Content-Type": "application/json", ...extra }, body: JSON.stringify(output) },
  mutated: false,
});
