// NEW_PASSWORD_REQUIRED (users from AdminCreateUser, temporary passwords): NEW_PASSWORD and any
// `userAttributes.<name>` (DOC); the pool's password policy applies; the user becomes CONFIRMED.
import type { OperationContext } from "../../context.ts";
import { checkPassword } from "../../pools/password.ts";
import { checkAttributes } from "../../pools/users.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { setCredentials } from "../credentials.ts";
import { mfaOrTokens, required, type AuthCall, type Step } from "../steps.ts";
import { setAttribute, setStatus } from "../user-state.ts";

const PREFIX = "userAttributes.";

export function answerNewPassword(ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord): Step {
  const password = required(call.params, "NEW_PASSWORD");
  checkPassword(password, call.pool.pool.Policies?.PasswordPolicy);
  const attributes = Object.entries(call.params)
    .filter(([name]) => name.startsWith(PREFIX))
    .map(([name, value]) => ({ Name: name.slice(PREFIX.length), Value: value }));
  checkAttributes(call.pool, attributes);
  for (const a of attributes) setAttribute(user, a.Name, a.Value);
  setCredentials(ctx, call.pool, user, password);
  setStatus(ctx, user, "CONFIRMED");
  const step = mfaOrTokens(ctx, call, user, session.data.eventId, session.data.riskMfa === "1");
  // Tokens straight from the new password: pre token generation's TokenGeneration_NewPasswordChallenge (DOC); after a
  // further MFA step the mock sends TokenGeneration_Authentication (which AWS sends then is UNKNOWN).
  return "grant" in step ? { grant: { ...step.grant, tokenSource: "NewPasswordChallenge" } } : step;
}
