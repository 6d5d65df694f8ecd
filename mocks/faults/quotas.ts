// Cognito's request-rate quota categories (developer guide, "Quotas in Amazon Cognito": the quota is per
// category, shared by every operation in it, per account and Region). Used by the opt-in `cognito-quotas`
// fault preset and to tell read operations from writes.
import type { OperationName } from "../../generated/operations.ts";

export type QuotaCategory =
  | "UserPoolRead"
  | "UserPoolUpdate"
  | "UserPoolClientUpdate"
  | "UserAuthentication"
  | "UserAccountRecovery"
  | "UserCreation"
  | "UserRead"
  | "UserUpdate"
  | "UserResourceRead"
  | "UserResourceUpdate";

/** Default quotas in requests per second (DOC: the quotas table; none of these is adjustable but UserCreation and UserResourceRead). */
export const QUOTA_RPS: Readonly<Record<QuotaCategory, number>> = {
  UserPoolRead: 15,
  UserPoolUpdate: 15,
  UserPoolClientUpdate: 15,
  UserAuthentication: 120,
  UserAccountRecovery: 30,
  UserCreation: 50,
  UserRead: 120,
  UserUpdate: 25,
  UserResourceRead: 50,
  UserResourceUpdate: 25,
};

/**
 * Our operations by category. DOC where the category's description names the operation's kind (pools:
 * "read / create, update, or delete your user pools"; clients; AdminCreateUser under UserCreation);
 * INFERRED for the risk configuration (pool settings), the auth events (user resources) and AdminDeleteUser.
 */
export const QUOTA_CATEGORY: Readonly<Record<OperationName, QuotaCategory>> = {
  DescribeUserPool: "UserPoolRead",
  DescribeRiskConfiguration: "UserPoolRead",
  ListUserPools: "UserPoolRead",
  CreateUserPool: "UserPoolUpdate",
  UpdateUserPool: "UserPoolUpdate",
  DeleteUserPool: "UserPoolUpdate",
  SetRiskConfiguration: "UserPoolUpdate",
  CreateUserPoolClient: "UserPoolClientUpdate",
  DeleteUserPoolClient: "UserPoolClientUpdate",
  AdminCreateUser: "UserCreation",
  AdminDeleteUser: "UserUpdate",
  AdminListUserAuthEvents: "UserResourceRead",
  AdminUpdateAuthEventFeedback: "UserResourceUpdate",
  UpdateAuthEventFeedback: "UserResourceUpdate",
  // Sign-in (issue 9). INFERRED from the developer guide's category table (not yet in aws-behavior.md): sign-in
  // and token calls are UserAuthentication, sign-up and confirmation UserCreation, password reset
  // UserAccountRecovery, user reads UserRead, a user's own settings UserUpdate, the pool's MFA settings pool ones.
  InitiateAuth: "UserAuthentication",
  AdminInitiateAuth: "UserAuthentication",
  RespondToAuthChallenge: "UserAuthentication",
  AdminRespondToAuthChallenge: "UserAuthentication",
  GetTokensFromRefreshToken: "UserAuthentication",
  RevokeToken: "UserAuthentication",
  SignUp: "UserCreation",
  ConfirmSignUp: "UserCreation",
  AdminConfirmSignUp: "UserCreation",
  ResendConfirmationCode: "UserCreation",
  ForgotPassword: "UserAccountRecovery",
  ConfirmForgotPassword: "UserAccountRecovery",
  GetUser: "UserRead",
  AdminGetUser: "UserRead",
  ChangePassword: "UserUpdate",
  AdminSetUserPassword: "UserUpdate",
  AssociateSoftwareToken: "UserUpdate",
  VerifySoftwareToken: "UserUpdate",
  SetUserMFAPreference: "UserUpdate",
  AdminSetUserMFAPreference: "UserUpdate",
  GlobalSignOut: "UserUpdate",
  GetUserPoolMfaConfig: "UserPoolRead",
  SetUserPoolMfaConfig: "UserPoolUpdate",
};

/** True for operations that never change the state (their quota category is a Read one). */
export const isReadOperation = (name: OperationName) => QUOTA_CATEGORY[name].endsWith("Read");
