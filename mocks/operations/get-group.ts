// GetGroup: the stored group (aws-behavior.md §12.3); `Group not found.` (CONFIRMED) for an unknown name.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getGroup as findGroup } from "../pools/groups.ts";

export function getGroup(input: InputOf<"GetGroup">, ctx: OperationContext): OutputOf<"GetGroup"> {
  return { Group: findGroup(getPool(ctx, input.UserPoolId), input.GroupName) };
}
