// An app client's secrets (AddUserPoolClientSecret, aws-behavior.md §12.1): at most 2 active, each with an id
// `<client-id>--<epoch-create-time>` and a creation date. The client's ClientSecret member stays the oldest active
// secret's value, so the sign-in code and DescribeUserPoolClient read one stored form (what AWS's Describe shows
// after a rotation is UNKNOWN: this is the mock's documented choice).
import type { ClientRecord, ClientSecretRecord } from "../state.ts";
import { compact } from "./defaults.ts";

/** "Supports up to 2 active secrets per app client" (DOC, model). */
export const MAX_CLIENT_SECRETS = 2;

/** The id of a secret created at `createdAt` (epoch seconds): the documented format, in epoch milliseconds. */
export const secretId = (clientId: string, createdAt: number) => `${clientId}--${Math.round(createdAt * 1000)}`;

/** The client's active secrets, oldest first; a client stored before rotation existed has its ClientSecret only. */
export function secretsOf(record: ClientRecord): readonly ClientSecretRecord[] {
  if (record.secrets) return record.secrets;
  const { ClientSecret, ClientId, CreationDate } = record.client;
  return ClientSecret === undefined ? [] : [{ id: secretId(ClientId!, CreationDate ?? 0), value: ClientSecret, createdAt: CreationDate ?? 0 }];
}

/** A new secret, its id unique among the client's `existing` ones even when two are made in one millisecond. */
export function newSecret(clientId: string, existing: readonly ClientSecretRecord[], value: string, createdAt: number): ClientSecretRecord {
  const taken = new Set(existing.map((s) => s.id));
  let at = createdAt;
  while (taken.has(secretId(clientId, at))) at += 0.001;
  return { id: secretId(clientId, at), value, createdAt };
}

/** The record with these secrets, its ClientSecret member following the oldest. */
export function withSecrets(record: ClientRecord, secrets: ClientSecretRecord[]): ClientRecord {
  return { ...record, secrets, client: compact({ ...record.client, ClientSecret: secrets[0]?.value }) };
}
