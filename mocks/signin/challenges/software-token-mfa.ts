// SOFTWARE_TOKEN_MFA: SOFTWARE_TOKEN_MFA_CODE, a TOTP of the user's verified secret (RFC 6238, DOC / INFERRED).
import type { OperationContext } from "../../context.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { totpMatches } from "../totp.ts";
import { required, type AuthCall, type Step } from "../steps.ts";
import { codeAnswered } from "./mfa-code.ts";

export function answerSoftwareToken(ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord): Step {
  const code = required(call.params, "SOFTWARE_TOKEN_MFA_CODE");
  const secret = user.mfa?.totpSecret;
  return codeAnswered(ctx, call, user, session, secret !== undefined && totpMatches(secret, code, ctx.nowMs()));
}
