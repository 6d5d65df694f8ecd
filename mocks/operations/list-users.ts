// ListUsers: the pool's users in creation order, filtered (mocks/pools/user-filter.ts), a page at a time
// (mocks/paging.ts: a chain costs O(pool), not O(pool) per page). Items have AdminGetUser's data under the key
// `Attributes` (DOC), cut to AttributesToGet when given.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { pageOf } from "../paging.ts";
import { parseUserFilter } from "../pools/user-filter.ts";
import { errors } from "../protocol/errors.ts";
import type { UserRecord } from "../state.ts";

type UserType = components["schemas"]["UserType"];

/** Limit 0 or absent (DOC: 60 at most). */
const DEFAULT_LIMIT = 60;

export function listUsers(input: InputOf<"ListUsers">, ctx: OperationContext): OutputOf<"ListUsers"> {
  const pool = getPool(ctx, input.UserPoolId);
  const matches = parseUserFilter(input.Filter);
  const wanted = input.AttributesToGet;
  const { items, next } = pageOf(pool.users, input.PaginationToken, input.Limit || DEFAULT_LIMIT, (_key, record) =>
    matches === undefined || matches(record) ? record : undefined,
  );
  return { Users: items.map((record) => itemOf(record, wanted)), ...(next !== undefined && { PaginationToken: next }) };
}

/**
 * A listed user. With AttributesToGet, a user lacking one of them fails the call (DOC: "returns an error if not all
 * users in the results have set a value for the attribute you request"; CONFIRMED text); `[]` lists no attributes
 * (INFERRED).
 */
function itemOf({ user }: UserRecord, wanted: string[] | undefined): UserType {
  let attributes = user.Attributes ?? [];
  if (wanted !== undefined) {
    attributes = wanted.map((name) => {
      const found = attributes.find((a) => a.Name === name);
      if (!found) throw errors.invalidParameter("One or more requested attributes do not exist.");
      return found;
    });
  }
  return {
    Username: user.Username,
    Attributes: attributes, // no copy: the dispatcher serializes the answer at once
    UserCreateDate: user.UserCreateDate,
    UserLastModifiedDate: user.UserLastModifiedDate,
    Enabled: user.Enabled,
    UserStatus: user.UserStatus,
    ...(user.MFAOptions?.length && { MFAOptions: user.MFAOptions }),
  };
}
