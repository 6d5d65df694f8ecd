// AdminRespondToAuthChallenge: a challenge's answer on the admin entry, through the flow engine.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";
import { answerChallenge } from "../signin/flow.ts";

export function adminRespondToAuthChallenge(input: InputOf<"AdminRespondToAuthChallenge">, ctx: OperationContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const client = getClient(pool, input.ClientId);
  const call = { admin: true, pool, client, clientMetadata: input.ClientMetadata, params: input.ChallengeResponses ?? {}, contextData: input.ContextData };
  return answerChallenge(ctx, call, input.ChallengeName, input.Session) as OutputOf<"AdminRespondToAuthChallenge"> | Promise<OutputOf<"AdminRespondToAuthChallenge">>;
}
