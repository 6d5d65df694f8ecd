// Which attributes an app client may read and write. AWS answers one fixed text for any bad write list
// (INFERRED from deploy reports: email_verified listed, or a required attribute left out); the read
// counterpart is the mock's symmetric choice.
import type { components } from "../../generated/types.ts";
import { errors } from "../protocol/errors.ts";
import type { PoolRecord } from "../state.ts";

type Permissions = components["schemas"]["ClientPermissionListType"];

/** Cognito itself sets these; no app client may write them. */
export const NEVER_WRITABLE: ReadonlySet<string> = new Set(["sub", "email_verified", "phone_number_verified"]);

export function checkClientAttributes(pool: PoolRecord, read: Permissions | undefined, write: Permissions | undefined): void {
  const schema = pool.pool.SchemaAttributes ?? [];
  const known = new Set(schema.map((a) => a.Name));
  if (read?.some((name) => !known.has(name))) throw errors.invalidParameter("Invalid read attributes specified while creating a client");
  if (!write) return;
  const required = schema.filter((a) => a.Required && a.Name !== "sub").map((a) => a.Name);
  const bad = write.some((name) => !known.has(name) || NEVER_WRITABLE.has(name)) || required.some((name) => !write.includes(name!));
  if (bad) throw errors.invalidParameter("Invalid write attributes specified while creating a client");
}
