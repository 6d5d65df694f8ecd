// GetUserAuthFactors: the signed-in user's MFA settings and sign-in factors (mocks/signin/mfa-settings.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { authFactors } from "../signin/mfa-settings.ts";

export function getUserAuthFactors(input: InputOf<"GetUserAuthFactors">, ctx: OperationContext): Promise<OutputOf<"GetUserAuthFactors">> {
  return authorize(ctx, input.AccessToken).then(({ pool, user }) => authFactors(pool, user));
}
