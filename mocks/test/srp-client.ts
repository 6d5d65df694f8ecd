// The client side of USER_SRP_AUTH for the SDK v3 tests that drive InitiateAuth / RespondToAuthChallenge by hand:
// the suite's own SRP client (suites/cases/behaviour/sign-in-client.ts), written apart from the mock's verifier and
// checked against amazon-cognito-identity-js, so a mistake in the mock's math or TIMESTAMP cannot pass on both sides.
import { srpClaim, srpStart } from "../../suites/cases/behaviour/sign-in-client.ts";

export interface SrpClient {
  SRP_A: string;
  /** ChallengeResponses for PASSWORD_VERIFIER, from its ChallengeParameters, signed on the client's clock `nowMs`. */
  answer(parameters: Record<string, string>, password: string, nowMs: number): Promise<Record<string, string>>;
}

export async function srpClient(poolId: string): Promise<SrpClient> {
  const { SRP_A, srpSecret } = srpStart();
  return {
    SRP_A,
    async answer(p, password, nowMs) {
      const claim = srpClaim({ poolId, userId: p.USER_ID_FOR_SRP!, password, SRP_B: p.SRP_B!, SALT: p.SALT!, SECRET_BLOCK: p.SECRET_BLOCK!, srpSecret, nowMs });
      return { USERNAME: p.USERNAME!, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK!, TIMESTAMP: claim.TIMESTAMP, PASSWORD_CLAIM_SIGNATURE: claim.PASSWORD_CLAIM_SIGNATURE };
    },
  };
}
