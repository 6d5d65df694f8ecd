// Operation name -> implementation. Each lives in its own module: a function of (input, context).
import type { OperationContext } from "../context.ts";
import type { Implementations } from "../protocol/dispatch.ts";
import { adminConfirmSignUp } from "./admin-confirm-sign-up.ts";
import { adminCreateUser } from "./admin-create-user.ts";
import { adminDeleteUser } from "./admin-delete-user.ts";
import { adminGetUser } from "./admin-get-user.ts";
import { adminInitiateAuth } from "./admin-initiate-auth.ts";
import { adminListUserAuthEvents } from "./admin-list-user-auth-events.ts";
import { adminRespondToAuthChallenge } from "./admin-respond-to-auth-challenge.ts";
import { adminSetUserMFAPreference } from "./admin-set-user-mfa-preference.ts";
import { adminSetUserPassword } from "./admin-set-user-password.ts";
import { adminUpdateAuthEventFeedback } from "./admin-update-auth-event-feedback.ts";
import { associateSoftwareToken } from "./associate-software-token.ts";
import { changePassword } from "./change-password.ts";
import { confirmForgotPassword } from "./confirm-forgot-password.ts";
import { confirmSignUp } from "./confirm-sign-up.ts";
import { createUserPoolClient } from "./create-user-pool-client.ts";
import { createUserPool } from "./create-user-pool.ts";
import { deleteUserPoolClient } from "./delete-user-pool-client.ts";
import { deleteUserPool } from "./delete-user-pool.ts";
import { describeRiskConfiguration } from "./describe-risk-configuration.ts";
import { describeUserPool } from "./describe-user-pool.ts";
import { forgotPassword } from "./forgot-password.ts";
import { getTokensFromRefreshToken } from "./get-tokens-from-refresh-token.ts";
import { getUserPoolMfaConfig } from "./get-user-pool-mfa-config.ts";
import { getUser } from "./get-user.ts";
import { globalSignOut } from "./global-sign-out.ts";
import { initiateAuth } from "./initiate-auth.ts";
import { listUserPools } from "./list-user-pools.ts";
import { resendConfirmationCode } from "./resend-confirmation-code.ts";
import { respondToAuthChallenge } from "./respond-to-auth-challenge.ts";
import { revokeToken } from "./revoke-token.ts";
import { setRiskConfiguration } from "./set-risk-configuration.ts";
import { setUserMFAPreference } from "./set-user-mfa-preference.ts";
import { setUserPoolMfaConfig } from "./set-user-pool-mfa-config.ts";
import { signUp } from "./sign-up.ts";
import { updateAuthEventFeedback } from "./update-auth-event-feedback.ts";
import { updateUserPool } from "./update-user-pool.ts";
import { verifySoftwareToken } from "./verify-software-token.ts";

export const implementations: Implementations<OperationContext> = {
  SetRiskConfiguration: setRiskConfiguration,
  UpdateAuthEventFeedback: updateAuthEventFeedback,
  UpdateUserPool: updateUserPool,
  DescribeRiskConfiguration: describeRiskConfiguration,
  DescribeUserPool: describeUserPool,
  AdminListUserAuthEvents: adminListUserAuthEvents,
  AdminUpdateAuthEventFeedback: adminUpdateAuthEventFeedback,
  CreateUserPool: createUserPool,
  DeleteUserPool: deleteUserPool,
  CreateUserPoolClient: createUserPoolClient,
  DeleteUserPoolClient: deleteUserPoolClient,
  AdminCreateUser: adminCreateUser,
  ListUserPools: listUserPools,
  AdminDeleteUser: adminDeleteUser,
  // Sign-in (issue 9): thin modules over the flow engine (mocks/signin/).
  InitiateAuth: initiateAuth,
  AdminInitiateAuth: adminInitiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  AdminRespondToAuthChallenge: adminRespondToAuthChallenge,
  SignUp: signUp,
  ConfirmSignUp: confirmSignUp,
  AdminConfirmSignUp: adminConfirmSignUp,
  ResendConfirmationCode: resendConfirmationCode,
  ForgotPassword: forgotPassword,
  ConfirmForgotPassword: confirmForgotPassword,
  ChangePassword: changePassword,
  AdminSetUserPassword: adminSetUserPassword,
  GetUser: getUser,
  AdminGetUser: adminGetUser,
  AssociateSoftwareToken: associateSoftwareToken,
  VerifySoftwareToken: verifySoftwareToken,
  SetUserMFAPreference: setUserMFAPreference,
  AdminSetUserMFAPreference: adminSetUserMFAPreference,
  SetUserPoolMfaConfig: setUserPoolMfaConfig,
  GetUserPoolMfaConfig: getUserPoolMfaConfig,
  GetTokensFromRefreshToken: getTokensFromRefreshToken,
  GlobalSignOut: globalSignOut,
  RevokeToken: revokeToken,
};
