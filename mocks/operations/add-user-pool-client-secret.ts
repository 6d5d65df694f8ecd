// AddUserPoolClientSecret: a second secret for a confidential app client, for rotation without downtime (DOC,
// model; aws-behavior.md §12.1). The value comes back only when the mock generated it.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";
import { MAX_CLIENT_SECRETS, newSecret, secretsOf, withSecrets } from "../pools/client-secrets.ts";
import { AwsError, errors } from "../protocol/errors.ts";

export function addUserPoolClientSecret(input: InputOf<"AddUserPoolClientSecret">, ctx: OperationContext): OutputOf<"AddUserPoolClientSecret"> {
  const pool = getPool(ctx, input.UserPoolId);
  const record = getClient(pool, input.ClientId);
  const secrets = secretsOf(record);
  // DOC: the operation is for "an existing confidential user pool app client"; the refusal's type and text UNKNOWN.
  if (secrets.length === 0) throw errors.invalidParameter(`Client ${input.ClientId} is not configured with a client secret.`);
  // DOC: "up to 2 active secrets"; LimitExceededException INFERRED (the model lists it), text UNKNOWN.
  if (secrets.length >= MAX_CLIENT_SECRETS) {
    throw new AwsError("LimitExceededException", `Client ${input.ClientId} already has ${MAX_CLIENT_SECRETS} client secrets. Delete one before adding another.`);
  }
  const secret = newSecret(input.ClientId, secrets, input.ClientSecret ?? ctx.ids.clientSecret(), ctx.now());
  pool.clients.set(input.ClientId, withSecrets(record, [...secrets, secret]));
  return {
    ClientSecretDescriptor: {
      ClientSecretId: secret.id,
      // "only returned when creating a new secret and only if Amazon Cognito generated the secret" (DOC).
      ...(input.ClientSecret === undefined && { ClientSecretValue: secret.value }),
      ClientSecretCreateDate: secret.createdAt,
    },
  };
}
