// VerifyUserAttribute: the code sent for the attribute verifies it; a value held back by
// AttributesRequireVerificationBeforeUpdate is stored now (DOC).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { checkVerificationCode, markVerified, verifiableName } from "../pools/attributes.ts";
import { authorize } from "../signin/access.ts";

export function verifyUserAttribute(input: InputOf<"VerifyUserAttribute">, ctx: OperationContext): Promise<OutputOf<"VerifyUserAttribute">> {
  return authorize(ctx, input.AccessToken).then(({ user }) => {
    const name = verifiableName(input.AttributeName);
    checkVerificationCode(ctx, user, name, input.Code);
    markVerified(ctx, user, name);
    return {};
  });
}
