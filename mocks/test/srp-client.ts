// The client side of USER_SRP_AUTH, computed by amazon-cognito-identity-js's AuthenticationHelper (code we did
// not write), for the SDK v3 tests that drive InitiateAuth / RespondToAuthChallenge by hand.
import { createHmac } from "node:crypto";
import { createRequire } from "node:module";
import { formatTimestamp } from "../signin/srp/index.ts";

const require = createRequire(import.meta.url);
const AuthenticationHelper = require("amazon-cognito-identity-js/lib/AuthenticationHelper.js").default;
const BigInteger = require("amazon-cognito-identity-js/lib/BigInteger.js").default;

export interface SrpClient {
  SRP_A: string;
  /** ChallengeResponses for PASSWORD_VERIFIER, from its ChallengeParameters. */
  answer(parameters: Record<string, string>, password: string, nowMs: number): Promise<Record<string, string>>;
}

export async function srpClient(poolId: string): Promise<SrpClient> {
  const poolName = poolId.slice(poolId.indexOf("_") + 1);
  const helper = new AuthenticationHelper(poolName);
  const A: { toString(radix: number): string } = await new Promise((ok, fail) => helper.getLargeAValue((e: Error, a: never) => (e ? fail(e) : ok(a))));
  return {
    SRP_A: A.toString(16),
    async answer(p, password, nowMs) {
      const key: Buffer = await new Promise((ok, fail) =>
        helper.getPasswordAuthenticationKey(p.USER_ID_FOR_SRP, password, new BigInteger(p.SRP_B, 16), new BigInteger(p.SALT, 16), (e: Error, k: Buffer) => (e ? fail(e) : ok(k))),
      );
      const timestamp = formatTimestamp(new Date(nowMs));
      const message = Buffer.concat([Buffer.from(poolName), Buffer.from(p.USER_ID_FOR_SRP!), Buffer.from(p.SECRET_BLOCK!, "base64"), Buffer.from(timestamp)]);
      return {
        USERNAME: p.USERNAME!,
        PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK!,
        TIMESTAMP: timestamp,
        PASSWORD_CLAIM_SIGNATURE: createHmac("sha256", key).update(message).digest("base64"),
      };
    },
  };
}
