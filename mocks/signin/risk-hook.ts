// The engine's one call into threat protection per authentication event (docs/sign-in.md "Risk hook"): carry the
// request's raw facts to mocks/risk/assess.ts and turn a blocking verdict into §11's error.
import type { OperationContext } from "../context.ts";
import { resolveAddress } from "../risk/address.ts";
import { presentedDevice } from "./devices.ts";
import { assessAuthEvent, verdictError, type AuthEventFacts, type AuthEventVerdict } from "../risk/assess.ts";
import type { AuthEventRecord, ClientRecord, PoolRecord, UserRecord } from "../state.ts";

/** What a request says about its sender: admin flows' ContextData, public flows' UserContextData. */
export interface RequestContext {
  admin: boolean;
  contextData?: { IpAddress?: string; EncodedData?: string; HttpHeaders?: { headerName?: string; headerValue?: string }[] };
  userContextData?: { IpAddress?: string; EncodedData?: string };
  /** A sign-in's AuthParameters or ChallengeResponses: their DEVICE_KEY names the device (§15.12). */
  params?: Record<string, string>;
}

export type EventFacts = Omit<AuthEventFacts, "pool" | "user" | "clientId" | "address">;

/** The address and device as mocks/risk/address.ts takes them from the request, the client and the caller (§11). */
export function addressOf(ctx: OperationContext, request: RequestContext, client: ClientRecord | undefined): AuthEventFacts["address"] {
  return resolveAddress({
    caller: ctx.caller,
    ...(request.admin && request.contextData?.IpAddress !== undefined && { contextData: { ...request.contextData, IpAddress: request.contextData.IpAddress } }),
    ...(!request.admin && request.userContextData && { userContextData: request.userContextData }),
    ...(client && { client: client.client }),
  });
}

/** Assesses the event; throws §11's error when threat protection blocks it (the event is recorded first). */
export function assessEvent(
  ctx: OperationContext,
  request: RequestContext,
  pool: PoolRecord,
  client: ClientRecord | undefined,
  user: UserRecord,
  facts: EventFacts,
): AuthEventVerdict {
  const verdict = assessAuthEvent(ctx, {
    ...facts,
    pool,
    user,
    ...(client && { clientId: client.client.ClientId! }),
    address: addressOf(ctx, request, client),
    ...deviceOf(pool, user, request.params?.DEVICE_KEY),
  });
  const error = verdictError(verdict, facts.eventType);
  if (error) throw error;
  return verdict;
}

/** The event a challenge session continues, if the sign-in recorded one. */
export const eventById = (user: UserRecord, eventId: string | undefined): AuthEventRecord | undefined =>
  eventId === undefined ? undefined : user.events.findLast((e) => e.event.EventId === eventId);

/** The device member of an event's facts, when the request presents a confirmed device of the user. */
export function deviceOf(pool: PoolRecord, user: UserRecord, key: string | undefined): Pick<AuthEventFacts, "device"> {
  const device = presentedDevice(pool, user, key);
  return device ? { device } : {};
}
