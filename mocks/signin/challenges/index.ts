// Challenge name -> its handler. PASSWORD_VERIFIER is answered with PASSWORD_CLAIM_SECRET_BLOCK, the others with Session.
import type { ChallengeHandler } from "../steps.ts";
import { answerEmailOtp, answerSmsOtp } from "./email-otp.ts";
import { answerMfaSetup } from "./mfa-setup.ts";
import { answerNewPassword } from "./new-password-required.ts";
import { answerSelectChallenge } from "./select-challenge.ts";
import { answerSelectMfaType } from "./select-mfa-type.ts";
import { answerSmsMfa } from "./sms-mfa.ts";
import { answerSoftwareToken } from "./software-token-mfa.ts";
import { answerWebAuthn } from "./web-authn.ts";

export const CHALLENGES: Record<string, ChallengeHandler> = {
  NEW_PASSWORD_REQUIRED: answerNewPassword,
  SOFTWARE_TOKEN_MFA: answerSoftwareToken,
  EMAIL_OTP: answerEmailOtp,
  SMS_MFA: answerSmsMfa,
  SELECT_MFA_TYPE: answerSelectMfaType,
  MFA_SETUP: answerMfaSetup,
  SELECT_CHALLENGE: answerSelectChallenge,
  SMS_OTP: answerSmsOtp,
  WEB_AUTHN: answerWebAuthn,
};
