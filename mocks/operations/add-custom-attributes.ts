// AddCustomAttributes: new `custom:` (or `dev:custom:`) attributes at the end of the pool's schema (DOC). Existing
// ones cannot be changed, and a pool holds at most 50 (DOC quota); both errors' texts are UNKNOWN (our choice,
// mocks/README.md).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { customAttribute } from "../pools/schema.ts";
import { AwsError, errors } from "../protocol/errors.ts";

const MAX_CUSTOM = 50;

export function addCustomAttributes(input: InputOf<"AddCustomAttributes">, ctx: OperationContext): OutputOf<"AddCustomAttributes"> {
  const pool = getPool(ctx, input.UserPoolId);
  const schema = pool.pool.SchemaAttributes ?? [];
  const added = input.CustomAttributes.map(customAttribute);
  const names = new Set(schema.map((a) => a.Name));
  for (const a of added) {
    const bare = a.Name!.replace(/^(dev:)?custom:/, "");
    if (names.has(`custom:${bare}`) || names.has(`dev:custom:${bare}`)) throw errors.invalidParameter(`Existing attribute already has name ${a.Name}.`);
    names.add(a.Name);
  }
  const custom = schema.filter((a) => a.Name?.includes("custom:")).length;
  if (custom + added.length > MAX_CUSTOM) throw new AwsError("LimitExceededException", `A user pool can have at most ${MAX_CUSTOM} custom attributes.`);
  // A new pool object: DescribeUserPool's remembered answer follows it (protocol/serialized.ts).
  pool.pool = { ...pool.pool, SchemaAttributes: [...schema, ...added], LastModifiedDate: ctx.now() };
  return {};
}
