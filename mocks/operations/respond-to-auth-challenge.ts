// RespondToAuthChallenge: a challenge's answer, through the flow engine.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClientAnywhere } from "../lookup.ts";
import { answerChallenge } from "../signin/flow.ts";

export function respondToAuthChallenge(input: InputOf<"RespondToAuthChallenge">, ctx: OperationContext) {
  const { pool, client } = getClientAnywhere(ctx, input.ClientId);
  const call = { admin: false, pool, client, clientMetadata: input.ClientMetadata, params: input.ChallengeResponses ?? {}, userContextData: input.UserContextData };
  return answerChallenge(ctx, call, input.ChallengeName, input.Session) as OutputOf<"RespondToAuthChallenge"> | Promise<OutputOf<"RespondToAuthChallenge">>;
}
