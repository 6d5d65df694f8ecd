// CreateUserPoolClient: a new app client of an existing pool, reading back what AWS answers (aws-behavior.md §12.1)
// and, if asked, with a secret: its first, in the client's list of secrets (mocks/pools/client-secrets.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { checkClientSettings, clientSettings } from "../pools/client-defaults.ts";
import { newSecret, withSecrets } from "../pools/client-secrets.ts";
import { compact } from "../pools/defaults.ts";
import { errors } from "../protocol/errors.ts";

export function createUserPoolClient(input: InputOf<"CreateUserPoolClient">, ctx: OperationContext): OutputOf<"CreateUserPoolClient"> {
  const { UserPoolId, GenerateSecret, ClientSecret, ClientName, ...settings } = input;
  const pool = getPool(ctx, UserPoolId);
  if (GenerateSecret && ClientSecret !== undefined) {
    // DOC: "You cannot specify both GenerateSecret as true and provide a ClientSecret value." Text UNKNOWN.
    throw errors.invalidParameter("Cannot specify both GenerateSecret as true and a ClientSecret value.");
  }
  checkClientSettings(pool, settings, Boolean(GenerateSecret) || ClientSecret !== undefined);
  const now = ctx.now();
  const ClientId = ctx.ids.clientId();
  const secretValue = GenerateSecret ? ctx.ids.clientSecret() : ClientSecret;
  const client = compact({ UserPoolId, ClientName, ClientId, LastModifiedDate: now, CreationDate: now, ...clientSettings(settings) });
  const record = withSecrets({ client }, secretValue === undefined ? [] : [newSecret(ClientId, [], secretValue, now)]);
  pool.clients.set(ClientId, record);
  return { UserPoolClient: structuredClone(record.client) };
}
