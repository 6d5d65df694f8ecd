// DeleteUserPoolClientSecret: one of the client's secrets, never the last (DOC, model; aws-behavior.md §12.1). A
// SECRET_HASH made with the deleted secret no longer passes sign-in.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";
import { secretsOf, withSecrets } from "../pools/client-secrets.ts";
import { AwsError, errors } from "../protocol/errors.ts";

export function deleteUserPoolClientSecret(input: InputOf<"DeleteUserPoolClientSecret">, ctx: OperationContext): OutputOf<"DeleteUserPoolClientSecret"> {
  const pool = getPool(ctx, input.UserPoolId);
  const record = getClient(pool, input.ClientId);
  const secrets = secretsOf(record);
  // An id the client does not have: ResourceNotFoundException (INFERRED from the model's errors), text UNKNOWN.
  if (!secrets.some((s) => s.id === input.ClientSecretId)) throw new AwsError("ResourceNotFoundException", `Client secret ${input.ClientSecretId} does not exist.`);
  // "You cannot delete the last remaining secret" (DOC); InvalidParameterException INFERRED, text UNKNOWN.
  if (secrets.length === 1) throw errors.invalidParameter("The last remaining client secret of an app client can't be deleted.");
  pool.clients.set(input.ClientId, withSecrets(record, secrets.filter((s) => s.id !== input.ClientSecretId)));
  return {};
}
