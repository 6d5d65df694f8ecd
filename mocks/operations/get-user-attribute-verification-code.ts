// GetUserAttributeVerificationCode: a code to the user's email or phone number (its value waiting for verification,
// if any), through the code outbox; VerifyUserAttribute takes it.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { countVerification, sendVerificationCode, verifiableName } from "../pools/attributes.ts";
import { errors } from "../protocol/errors.ts";
import { authorize } from "../signin/access.ts";
import { deliveryDetails } from "../signin/codes.ts";

export function getUserAttributeVerificationCode(
  input: InputOf<"GetUserAttributeVerificationCode">,
  ctx: OperationContext,
): Promise<OutputOf<"GetUserAttributeVerificationCode">> {
  return authorize(ctx, input.AccessToken).then(({ pool, client, user }) => {
    const name = verifiableName(input.AttributeName);
    countVerification(ctx, user, "sent");
    const clientId = client?.client.ClientId;
    const delivery = sendVerificationCode(ctx, pool, user, name, clientId === undefined ? {} : { clientId });
    // Text UNKNOWN (our choice, mocks/README.md).
    if (!delivery) throw errors.invalidParameter(`User has no ${input.AttributeName} attribute to verify.`);
    return { CodeDeliveryDetails: deliveryDetails(delivery) };
  });
}
