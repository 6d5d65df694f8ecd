// SetUICustomization: stores CSS and logo for a client or for ALL; a request with neither removes the settings
// (INFERRED: terraform-provider-aws deletes a customization that way). The pool must have a domain (DOC).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";
import { checkCss, checkImage, customizationOf } from "../pools/ui-customization.ts";
import { errors } from "../protocol/errors.ts";

export function setUICustomization(input: InputOf<"SetUICustomization">, ctx: OperationContext): OutputOf<"SetUICustomization"> {
  const pool = getPool(ctx, input.UserPoolId);
  const clientId = input.ClientId ?? "ALL";
  if (clientId !== "ALL") getClient(pool, clientId);
  // Text UNKNOWN (mock's choice).
  if (!pool.domain) throw errors.invalidParameter("There has to be an existing domain associated with this user pool.");
  const image = input.ImageFile ? Buffer.from(input.ImageFile, "base64") : undefined;
  if (input.CSS !== undefined) checkCss(input.CSS);
  if (image?.length) checkImage(image);
  if (input.CSS === undefined && !image?.length) {
    pool.uiCustomizations?.delete(clientId);
    return { UICustomization: { UserPoolId: pool.pool.Id, ClientId: clientId } };
  }
  const current = pool.uiCustomizations?.get(clientId);
  const customization = customizationOf(pool, clientId, input.CSS, image?.length ? image : undefined, ctx.now(), current?.CreationDate);
  pool.uiCustomizations ??= new Map();
  pool.uiCustomizations.set(clientId, customization);
  return { UICustomization: customization };
}
