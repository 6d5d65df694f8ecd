// AdminGetUserAuthFactors: a user's MFA settings and sign-in factors (mocks/signin/mfa-settings.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { authFactors } from "../signin/mfa-settings.ts";

export function adminGetUserAuthFactors(input: InputOf<"AdminGetUserAuthFactors">, ctx: OperationContext): OutputOf<"AdminGetUserAuthFactors"> {
  const pool = getPool(ctx, input.UserPoolId);
  return authFactors(pool, getUser(pool, input.Username));
}
