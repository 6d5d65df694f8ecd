// GetSigningCertificate: the pool's certificate, the same on every call (mocks/pools/signing-certificate.ts). Made on
// the first call; the state is checked again after the await, so two first calls racing keep one certificate.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { makeSigningCertificate } from "../pools/signing-certificate.ts";

export async function getSigningCertificate(input: InputOf<"GetSigningCertificate">, ctx: OperationContext): Promise<OutputOf<"GetSigningCertificate">> {
  const pool = getPool(ctx, input.UserPoolId);
  if (pool.signingCertificate) return { Certificate: pool.signingCertificate };
  const made = await makeSigningCertificate(pool.pool.Id!, ctx.region, ctx.nowMs());
  const again = getPool(ctx, input.UserPoolId);
  again.signingCertificate ??= made;
  return { Certificate: again.signingCertificate };
}
