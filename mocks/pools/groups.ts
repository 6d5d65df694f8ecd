// Groups of a pool and users' memberships (aws-behavior.md §12.3). A group lives in `PoolRecord.groups`; a
// membership is the group's name in `UserRecord.groups`, so deleting a user drops its memberships with it and
// deleting a group strips its name from its members.
import type { components } from "../../generated/types.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import type { PoolRecord, UserRecord } from "../state.ts";
import type { TokenGroup } from "../tokens/index.ts";

type Group = components["schemas"]["GroupType"];

/** DOC (dev guide "Quotas", 2023); exceeding them: LimitExceededException INFERRED, texts UNKNOWN (mock's choice). */
export const MAX_GROUPS_PER_POOL = 10_000;
export const MAX_GROUPS_PER_USER = 100;

export const limitExceeded = (what: string) => new AwsError("LimitExceededException", what);

export function getGroup(pool: PoolRecord, name: string): Group {
  const group = pool.groups?.get(name);
  if (!group) throw errors.groupNotFound();
  return group;
}

/** A group as CreateGroup/GetGroup/UpdateGroup answer it: unset members absent, in the CLI examples' order. */
export function groupOf(fields: Group): Group {
  const { GroupName, UserPoolId, Description, RoleArn, Precedence, LastModifiedDate, CreationDate } = fields;
  return {
    GroupName,
    UserPoolId,
    ...(Description !== undefined && { Description }),
    ...(RoleArn !== undefined && { RoleArn }),
    ...(Precedence !== undefined && { Precedence }),
    LastModifiedDate,
    CreationDate,
  };
}

/** The names of the user's groups that still exist, in the order the user joined them. */
export const groupNamesOf = (pool: PoolRecord, user: UserRecord): string[] => (user.groups ?? []).filter((name) => pool.groups?.has(name));

/** The user's groups as its tokens need them (mocks/tokens/claims.ts orders them and picks the preferred role). */
export const tokenGroupsOf = (pool: PoolRecord, user: UserRecord): TokenGroup[] =>
  groupNamesOf(pool, user).map((name) => {
    const { Precedence, RoleArn } = pool.groups!.get(name)!;
    return { name, ...(Precedence !== undefined && { precedence: Precedence }), ...(RoleArn !== undefined && { roleArn: RoleArn }) };
  });

/** The page size of ListGroups, AdminListGroupsForUser and ListUsersInGroup when Limit is 0 or absent (model: 0–60). */
export const LIST_LIMIT = 60;
