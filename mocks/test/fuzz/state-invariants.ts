// The state's invariants (mocks/state.ts), checked after every fuzzed request: ids agree with the keys they
// are stored under, references point at what exists, counts are right, nothing has a foreign prototype, no
// built-in prototype gained a property, and the state survives its own persistence format unchanged.
import { assemble, ROOT_KEY, subtreeRows } from "../../persistence/rows.ts";
import type { MockState, PoolRecord } from "../../state.ts";

const BUILT_INS = [Object.prototype, Array.prototype, Map.prototype, String.prototype, Function.prototype, Number.prototype];
const pristine = new Map(BUILT_INS.map((proto) => [proto, Reflect.ownKeys(proto).length]));
const ALLOWED_PROTOTYPES = new Set<unknown>([Object.prototype, Array.prototype, Map.prototype, null]);

/** Names a built-in prototype gained, e.g. by `target[key] = value` with key `__proto__`. */
export function prototypePollution(): string[] {
  const found: string[] = [];
  for (const proto of BUILT_INS) {
    if (Reflect.ownKeys(proto).length !== pristine.get(proto)) found.push(`${proto.constructor.name}.prototype gained a property`);
  }
  const probe = {} as Record<string, unknown>;
  for (const key of ["polluted", "prototype", "isAdmin"]) if (probe[key] !== undefined) found.push(`({}).${key} is defined`);
  return found;
}

/** Every object in the state is plain (or an array or Map), so nothing inherits injected behaviour. */
function foreignPrototypes(root: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    if (!ALLOWED_PROTOTYPES.has(Object.getPrototypeOf(value))) found.push(`${path} has a foreign prototype`);
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    for (const [key, child] of entries) walk(child, `${path}.${String(key)}`);
  };
  walk(root, "state");
  return found;
}

function poolProblems(key: string, record: PoolRecord): string[] {
  const found: string[] = [];
  const pool = record.pool;
  const at = (what: string) => found.push(`pool ${key}: ${what}`);
  if (pool.Id !== key) at(`stored under another id (${pool.Id})`);
  if (!/^[\w-]+_[0-9a-zA-Z]+$/.test(key)) at("id does not match UserPoolIdType");
  if (pool.Arn !== undefined && !pool.Arn.endsWith(`:userpool/${key}`)) at(`Arn ${pool.Arn} names another pool`);
  if (pool.EstimatedNumberOfUsers !== record.users.size) at(`EstimatedNumberOfUsers ${pool.EstimatedNumberOfUsers} but ${record.users.size} users`);
  if (typeof pool.LastModifiedDate !== "number" || typeof pool.CreationDate !== "number" || pool.LastModifiedDate < pool.CreationDate) at("timestamps");
  for (const [clientId, { client, secrets }] of record.clients) {
    if (client.ClientId !== clientId || client.UserPoolId !== key) at(`client ${clientId} stored with ids ${client.ClientId}/${client.UserPoolId}`);
    // The sign-in code reads ClientSecret: it must be the oldest active secret (mocks/pools/client-secrets.ts).
    if (secrets && (secrets.length > 2 || client.ClientSecret !== secrets[0]?.value)) at(`client ${clientId}: ClientSecret is not its oldest of ${secrets.length} secrets`);
  }
  for (const clientId of record.clientRisk.keys()) if (!record.clients.has(clientId)) at(`risk configuration for missing client ${clientId}`);
  for (const risk of [record.risk, ...record.clientRisk.values()]) {
    if (risk !== undefined && typeof risk.LastModifiedDate !== "number") at("risk configuration without LastModifiedDate");
  }
  const subs = new Set<string>();
  const eventIds = new Set<string>();
  const caseInsensitive = pool.UsernameConfiguration?.CaseSensitive === false;
  for (const [username, { user, events }] of record.users) {
    if ((caseInsensitive ? user.Username?.toLowerCase() : user.Username) !== username) at(`user ${username} stored as ${user.Username}`);
    const sub = user.Attributes?.filter((a) => a.Name === "sub") ?? [];
    if (sub.length !== 1 || subs.has(sub[0].Value!)) at(`user ${username} has no unique sub`);
    else subs.add(sub[0].Value!);
    for (const { event, feedbackToken } of events) {
      if (!event.EventId || eventIds.has(event.EventId)) at(`event id ${event.EventId} missing or repeated`);
      eventIds.add(event.EventId!);
      if (!/^[A-Za-z0-9-_=.]+$/.test(feedbackToken)) at(`event ${event.EventId} has a malformed feedback token`);
    }
  }
  return found;
}

/** The first path at which two values differ (Maps by key), for a readable violation. */
export function firstDifference(a: unknown, b: unknown, path = "state"): string | undefined {
  if (a === b) return undefined; // JSON has one zero: -0 and 0 are the same value on the wire
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return `${path}: ${String(a)} vs ${String(b)}`;
  const entries = (v: object) => (v instanceof Map ? [...v.entries()] : Object.entries(v));
  const left = new Map(entries(a));
  const right = new Map(entries(b));
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    if (!left.has(key) || !right.has(key)) return `${path}.${String(key)}: present on one side only`;
    const found = firstDifference(left.get(key), right.get(key), `${path}.${String(key)}`);
    if (found) return found;
  }
  return Object.getPrototypeOf(a) === Object.getPrototypeOf(b) ? undefined : `${path}: prototypes differ`;
}

/** Every broken invariant, as readable lines; empty when the state is sound. */
export function stateViolations(state: MockState, options: { roundTrip?: boolean } = {}): string[] {
  const found = [...prototypePollution(), ...foreignPrototypes(state)];
  if (!(state.pools instanceof Map) || !Array.isArray(state.outbox)) return [...found, "state shape"];
  for (const [key, record] of state.pools) found.push(...poolProblems(key, record));
  if (options.roundTrip !== false) {
    const difference = firstDifference(state, assemble([...subtreeRows(ROOT_KEY, state)].map((r) => [r.key, r.value, r.shape] as [string, string, string | null])));
    if (difference) found.push(`state does not survive its persistence format unchanged (${difference})`);
  }
  return found;
}
