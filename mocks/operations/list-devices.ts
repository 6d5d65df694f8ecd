// ListDevices: the signed-in user's remembered devices, page by page (§15.6).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { listDevices as page } from "../signin/device-views.ts";

export function listDevices(input: InputOf<"ListDevices">, ctx: OperationContext): Promise<OutputOf<"ListDevices">> {
  return authorize(ctx, input.AccessToken).then(({ pool, user }) => page(ctx, pool, user, input.Limit, input.PaginationToken, false));
}
