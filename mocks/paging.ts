// One page of a list kept in insertion order (pools of the account, clients of a pool): the NextToken is opaque,
// the key of the next page's first item. A token naming no item (forged, or its item deleted since) is refused.
import { errors } from "./protocol/errors.ts";

export function pageOfKeys<K extends string>(keys: readonly K[], maxResults: number, nextToken: string | undefined): { page: K[]; nextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    start = keys.indexOf(Buffer.from(nextToken, "base64url").toString("utf8") as K);
    // INFERRED text (the same for every list operation of the mock).
    if (start < 0) throw errors.invalidParameter("Invalid pagination token.");
  }
  const next = keys[start + maxResults];
  return { page: keys.slice(start, start + maxResults), ...(next !== undefined && { nextToken: Buffer.from(next, "utf8").toString("base64url") }) };
}
