// CreateUserPoolClient: a new app client of an existing pool, with AWS's defaults and, if asked, a secret.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { checkClientAttributes } from "../pools/client-attributes.ts";
import { clientSettings } from "../pools/client-defaults.ts";
import { checkOAuth } from "../pools/oauth.ts";
import { compact } from "../pools/defaults.ts";
import { errors } from "../protocol/errors.ts";

export function createUserPoolClient(input: InputOf<"CreateUserPoolClient">, ctx: OperationContext): OutputOf<"CreateUserPoolClient"> {
  const { UserPoolId, GenerateSecret, ClientSecret, ...settings } = input;
  const pool = getPool(ctx, UserPoolId);
  if (GenerateSecret && ClientSecret !== undefined) {
    // DOC: "You cannot specify both GenerateSecret as true and provide a ClientSecret value." Text UNKNOWN.
    throw errors.invalidParameter("Cannot specify both GenerateSecret as true and a ClientSecret value.");
  }
  if (settings.EnablePropagateAdditionalUserContextData && !GenerateSecret && ClientSecret === undefined) {
    // DOC: only an app client with a client secret can propagate user context data. Text UNKNOWN.
    throw errors.invalidParameter("EnablePropagateAdditionalUserContextData can only be enabled for app clients with a client secret.");
  }
  checkClientAttributes(pool, settings.ReadAttributes, settings.WriteAttributes);
  checkOAuth(input);
  const now = ctx.now();
  const client = compact({
    UserPoolId,
    ClientId: ctx.ids.clientId(),
    ClientSecret: GenerateSecret ? ctx.ids.clientSecret() : ClientSecret,
    LastModifiedDate: now,
    CreationDate: now,
    ...clientSettings(settings),
  });
  pool.clients.set(client.ClientId, { client });
  return { UserPoolClient: structuredClone(client) };
}
