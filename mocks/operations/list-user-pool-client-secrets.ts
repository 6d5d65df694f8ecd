// ListUserPoolClientSecrets: the client's active secrets, oldest first, never their values and never a NextToken
// ("there are only 2 secrets at any given time", DOC, model; aws-behavior.md §12.1). A public client has none.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";
import { secretsOf } from "../pools/client-secrets.ts";

export function listUserPoolClientSecrets(input: InputOf<"ListUserPoolClientSecrets">, ctx: OperationContext): OutputOf<"ListUserPoolClientSecrets"> {
  const record = getClient(getPool(ctx, input.UserPoolId), input.ClientId);
  return { ClientSecrets: secretsOf(record).map((s) => ({ ClientSecretId: s.id, ClientSecretCreateDate: s.createdAt })) };
}
