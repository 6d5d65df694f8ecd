// jose, loaded on the first token operation rather than at start-up (~35 ms of import and 46 modules, issue 21):
// minting, verifying and importing keys are asynchronous anyway.
let loading: Promise<typeof import("jose")> | undefined;
export const loadJose = (): Promise<typeof import("jose")> => (loading ??= import("jose"));

/** A compact JWS's payload, unverified (which pool a token names, before its signature is checked); throws when it is none. */
export function unverifiedPayload(token: string): Record<string, unknown> {
  const parts = token.split(".");
  if (parts.length !== 3) throw new Error("not a compact JWS");
  const payload: unknown = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) throw new Error("the payload is not an object");
  return payload as Record<string, unknown>;
}
