// A password against the pool's PasswordPolicy, with Cognito's InvalidPasswordException wording (INFERRED:
// messages quoted in user reports for SignUp and AdminSetUserPassword).
import type { components } from "../../generated/types.ts";
import { AwsError } from "../protocol/errors.ts";

type PasswordPolicy = components["schemas"]["PasswordPolicyType"];

const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

export function checkPassword(password: string, policy: PasswordPolicy | undefined): void {
  const p = policy ?? {};
  const failed =
    password.length < (p.MinimumLength ?? 8) ? "Password not long enough"
    : p.RequireLowercase && !/[a-z]/.test(password) ? "Password must have lowercase characters"
    : p.RequireUppercase && !/[A-Z]/.test(password) ? "Password must have uppercase characters"
    : p.RequireNumbers && !/[0-9]/.test(password) ? "Password must have numeric characters"
    : p.RequireSymbols && !SYMBOLS.test(password) ? "Password must have symbol characters"
    : undefined;
  if (failed) throw new AwsError("InvalidPasswordException", `Password did not conform with policy: ${failed}`);
}
