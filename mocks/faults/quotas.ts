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
  | "UserResourceUpdate"
  | "UserPoolClientRead"
  | "UserPoolResourceRead"
  | "UserPoolResourceUpdate"
  | "UserList";

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
  // INFERRED (the developer guide's category table, not yet in aws-behavior.md): the categories of the operations
  // that entered the spec with issue 17.
  UserPoolClientRead: 15,
  UserPoolResourceRead: 20,
  UserPoolResourceUpdate: 15,
  UserList: 30,
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
  // The operations that entered the spec with issue 17 (all of the model's). INFERRED from the developer guide's
  // category table and each operation's kind (read or write; pool, client, pool resource, user, user resource).
  AddCustomAttributes: "UserPoolUpdate",
  AddUserPoolClientSecret: "UserPoolClientUpdate",
  AdminAddUserToGroup: "UserUpdate",
  AdminDeleteUserAttributes: "UserUpdate",
  AdminDisableProviderForUser: "UserUpdate",
  AdminDisableUser: "UserUpdate",
  AdminEnableUser: "UserUpdate",
  AdminForgetDevice: "UserResourceUpdate",
  AdminGetDevice: "UserResourceRead",
  AdminGetUserAuthFactors: "UserRead",
  AdminLinkProviderForUser: "UserUpdate",
  AdminListDevices: "UserResourceRead",
  AdminListGroupsForUser: "UserResourceRead",
  AdminRemoveUserFromGroup: "UserUpdate",
  AdminResetUserPassword: "UserAccountRecovery",
  AdminSetUserSettings: "UserUpdate",
  AdminUpdateDeviceStatus: "UserResourceUpdate",
  AdminUpdateUserAttributes: "UserUpdate",
  AdminUserGlobalSignOut: "UserUpdate",
  CompleteWebAuthnRegistration: "UserResourceUpdate",
  ConfirmDevice: "UserResourceUpdate",
  CreateGroup: "UserPoolResourceUpdate",
  CreateIdentityProvider: "UserPoolResourceUpdate",
  CreateManagedLoginBranding: "UserPoolResourceUpdate",
  CreateResourceServer: "UserPoolResourceUpdate",
  CreateTerms: "UserPoolResourceUpdate",
  CreateUserImportJob: "UserPoolResourceUpdate",
  CreateUserPoolDomain: "UserPoolResourceUpdate",
  CreateUserPoolReplica: "UserPoolUpdate",
  DeleteGroup: "UserPoolResourceUpdate",
  DeleteIdentityProvider: "UserPoolResourceUpdate",
  DeleteManagedLoginBranding: "UserPoolResourceUpdate",
  DeleteResourceServer: "UserPoolResourceUpdate",
  DeleteTerms: "UserPoolResourceUpdate",
  DeleteUser: "UserUpdate",
  DeleteUserAttributes: "UserUpdate",
  DeleteUserPoolClientSecret: "UserPoolClientUpdate",
  DeleteUserPoolDomain: "UserPoolResourceUpdate",
  DeleteUserPoolReplica: "UserPoolUpdate",
  DeleteWebAuthnCredential: "UserResourceUpdate",
  DescribeIdentityProvider: "UserPoolResourceRead",
  DescribeManagedLoginBranding: "UserPoolResourceRead",
  DescribeManagedLoginBrandingByClient: "UserPoolResourceRead",
  DescribeResourceServer: "UserPoolResourceRead",
  DescribeTerms: "UserPoolResourceRead",
  DescribeUserImportJob: "UserPoolResourceRead",
  DescribeUserPoolClient: "UserPoolClientRead",
  DescribeUserPoolDomain: "UserPoolResourceRead",
  ForgetDevice: "UserResourceUpdate",
  GetCSVHeader: "UserPoolResourceRead",
  GetDevice: "UserResourceRead",
  GetGroup: "UserPoolResourceRead",
  GetIdentityProviderByIdentifier: "UserPoolResourceRead",
  GetLogDeliveryConfiguration: "UserPoolRead",
  GetProvisionedLimit: "UserPoolRead",
  GetSigningCertificate: "UserPoolRead",
  GetUICustomization: "UserPoolResourceRead",
  GetUserAttributeVerificationCode: "UserUpdate",
  GetUserAuthFactors: "UserRead",
  ListDevices: "UserResourceRead",
  ListGroups: "UserPoolResourceRead",
  ListIdentityProviders: "UserPoolResourceRead",
  ListResourceServers: "UserPoolResourceRead",
  ListTagsForResource: "UserPoolResourceRead",
  ListTerms: "UserPoolResourceRead",
  ListUserImportJobs: "UserPoolResourceRead",
  ListUserPoolClientSecrets: "UserPoolClientRead",
  ListUserPoolClients: "UserPoolClientRead",
  ListUserPoolReplicas: "UserPoolRead",
  ListUsers: "UserList",
  ListUsersInGroup: "UserList",
  ListWebAuthnCredentials: "UserResourceRead",
  SetLogDeliveryConfiguration: "UserPoolUpdate",
  SetUICustomization: "UserPoolResourceUpdate",
  SetUserSettings: "UserUpdate",
  StartUserImportJob: "UserPoolResourceUpdate",
  StartWebAuthnRegistration: "UserResourceUpdate",
  StopUserImportJob: "UserPoolResourceUpdate",
  TagResource: "UserPoolResourceUpdate",
  UntagResource: "UserPoolResourceUpdate",
  UpdateDeviceStatus: "UserResourceUpdate",
  UpdateGroup: "UserPoolResourceUpdate",
  UpdateIdentityProvider: "UserPoolResourceUpdate",
  UpdateManagedLoginBranding: "UserPoolResourceUpdate",
  UpdateProvisionedLimit: "UserPoolUpdate",
  UpdateResourceServer: "UserPoolResourceUpdate",
  UpdateTerms: "UserPoolResourceUpdate",
  UpdateUserAttributes: "UserUpdate",
  UpdateUserPoolClient: "UserPoolClientUpdate",
  UpdateUserPoolDomain: "UserPoolResourceUpdate",
  UpdateUserPoolReplica: "UserPoolUpdate",
  VerifyUserAttribute: "UserUpdate",
};

/** True for operations that never change the state (their quota category is a Read one). GetSigningCertificate
 * is a read for AWS's quotas but makes the pool's certificate on its first call (mocks/pools/signing-certificate.ts). */
export const isReadOperation = (name: OperationName) =>
  name !== "GetSigningCertificate" && (QUOTA_CATEGORY[name].endsWith("Read") || QUOTA_CATEGORY[name] === "UserList");
