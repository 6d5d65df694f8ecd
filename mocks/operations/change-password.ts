// ChangePassword: authorized by the access token; the previous password must match.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { changePassword as change } from "../signin/passwords.ts";

export async function changePassword(input: InputOf<"ChangePassword">, ctx: OperationContext): Promise<OutputOf<"ChangePassword">> {
  const { pool, client, user } = await authorize(ctx, input.AccessToken);
  change(ctx, pool, client, user, input);
  return {};
}
