// UpdateUserPoolClient replaces the client's settings: "If you don't provide a value for an attribute, Amazon
// Cognito sets it to its default value" (DOC, model; CONFIRMED by boto/boto3#1607, aws-behavior.md §12.1). The id,
// the secrets and the creation date stay; ClientName, which has no default, is kept when omitted (INFERRED).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";
import { checkClientSettings, clientSettings } from "../pools/client-defaults.ts";
import { secretsOf } from "../pools/client-secrets.ts";
import { compact } from "../pools/defaults.ts";

export function updateUserPoolClient(input: InputOf<"UpdateUserPoolClient">, ctx: OperationContext): OutputOf<"UpdateUserPoolClient"> {
  const { UserPoolId, ClientId, ClientName, ...settings } = input;
  const pool = getPool(ctx, UserPoolId);
  const record = getClient(pool, ClientId);
  checkClientSettings(pool, settings, secretsOf(record).length > 0);
  const { ClientSecret, CreationDate } = record.client;
  const client = compact({
    UserPoolId,
    ClientName: ClientName ?? record.client.ClientName,
    ClientId,
    ClientSecret,
    LastModifiedDate: ctx.now(),
    CreationDate,
    ...clientSettings(settings),
  });
  pool.clients.set(ClientId, { ...record, client });
  return { UserPoolClient: structuredClone(client) };
}
