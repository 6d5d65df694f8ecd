// Operation name -> implementation. Each lives in its own module: a function of (input, context).
import type { OperationContext } from "../context.ts";
import type { OperationName } from "../../generated/operations.ts";
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
import { notImplemented, type Plan } from "./not-implemented.ts";
// App clients (issue 17 §2).
import { addUserPoolClientSecret } from "./add-user-pool-client-secret.ts";
import { deleteUserPoolClientSecret } from "./delete-user-pool-client-secret.ts";
import { describeUserPoolClient } from "./describe-user-pool-client.ts";
import { listUserPoolClientSecrets } from "./list-user-pool-client-secrets.ts";
import { listUserPoolClients } from "./list-user-pool-clients.ts";
import { updateUserPoolClient } from "./update-user-pool-client.ts";
import { verifySoftwareToken } from "./verify-software-token.ts";

const emulated = {
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
  // App clients (issue 17 §2).
  DescribeUserPoolClient: describeUserPoolClient,
  UpdateUserPoolClient: updateUserPoolClient,
  ListUserPoolClients: listUserPoolClients,
  AddUserPoolClientSecret: addUserPoolClientSecret,
  DeleteUserPoolClientSecret: deleteUserPoolClientSecret,
  ListUserPoolClientSecrets: listUserPoolClientSecrets,
} satisfies Partial<Implementations<OperationContext>>;

const I17: Plan = "issue 17 (management surface)";
const I18: Plan = "issue 18 (log export, managed login, remaining operations)";
const I19: Plan = "issue 19 (devices and passwordless)";

/** Every operation of the model without a module yet, and the issue that takes it. The mapped type makes this list
 * exactly the operations `emulated` lacks: adding a module without removing its line here (or the reverse) fails
 * the type check. */
export const NOT_EMULATED: { readonly [O in Exclude<OperationName, keyof typeof emulated>]: Plan } = {
  AddCustomAttributes: I17,
  AdminAddUserToGroup: I17,
  AdminDeleteUserAttributes: I17,
  AdminDisableUser: I17,
  AdminEnableUser: I17,
  AdminGetUserAuthFactors: I17,
  AdminListGroupsForUser: I17,
  AdminRemoveUserFromGroup: I17,
  AdminResetUserPassword: I17,
  AdminSetUserSettings: I17,
  AdminUpdateUserAttributes: I17,
  AdminUserGlobalSignOut: I17,
  CreateGroup: I17,
  DeleteGroup: I17,
  DeleteUser: I17,
  DeleteUserAttributes: I17,
  GetGroup: I17,
  GetUserAttributeVerificationCode: I17,
  GetUserAuthFactors: I17,
  ListGroups: I17,
  ListTagsForResource: I17,
  ListUsers: I17,
  ListUsersInGroup: I17,
  SetUserSettings: I17,
  TagResource: I17,
  UntagResource: I17,
  UpdateGroup: I17,
  UpdateUserAttributes: I17,
  VerifyUserAttribute: I17,
  AdminDisableProviderForUser: I18,
  AdminLinkProviderForUser: I18,
  CreateIdentityProvider: I18,
  CreateManagedLoginBranding: I18,
  CreateResourceServer: I18,
  CreateTerms: I18,
  CreateUserImportJob: I18,
  CreateUserPoolDomain: I18,
  CreateUserPoolReplica: I18,
  DeleteIdentityProvider: I18,
  DeleteManagedLoginBranding: I18,
  DeleteResourceServer: I18,
  DeleteTerms: I18,
  DeleteUserPoolDomain: I18,
  DeleteUserPoolReplica: I18,
  DescribeIdentityProvider: I18,
  DescribeManagedLoginBranding: I18,
  DescribeManagedLoginBrandingByClient: I18,
  DescribeResourceServer: I18,
  DescribeTerms: I18,
  DescribeUserImportJob: I18,
  DescribeUserPoolDomain: I18,
  GetCSVHeader: I18,
  GetIdentityProviderByIdentifier: I18,
  GetLogDeliveryConfiguration: I18,
  GetProvisionedLimit: I18,
  GetSigningCertificate: I18,
  GetUICustomization: I18,
  ListIdentityProviders: I18,
  ListResourceServers: I18,
  ListTerms: I18,
  ListUserImportJobs: I18,
  ListUserPoolReplicas: I18,
  SetLogDeliveryConfiguration: I18,
  SetUICustomization: I18,
  StartUserImportJob: I18,
  StopUserImportJob: I18,
  UpdateIdentityProvider: I18,
  UpdateManagedLoginBranding: I18,
  UpdateProvisionedLimit: I18,
  UpdateResourceServer: I18,
  UpdateTerms: I18,
  UpdateUserPoolDomain: I18,
  UpdateUserPoolReplica: I18,
  AdminForgetDevice: I19,
  AdminGetDevice: I19,
  AdminListDevices: I19,
  AdminUpdateDeviceStatus: I19,
  CompleteWebAuthnRegistration: I19,
  ConfirmDevice: I19,
  DeleteWebAuthnCredential: I19,
  ForgetDevice: I19,
  GetDevice: I19,
  ListDevices: I19,
  ListWebAuthnCredentials: I19,
  StartWebAuthnRegistration: I19,
  UpdateDeviceStatus: I19,
};

/** The operations that answer NotImplementedException (the fuzz, the suites and the docs read it from here). */
export const notImplementedOperations: ReadonlySet<OperationName> = new Set(Object.keys(NOT_EMULATED) as OperationName[]);

export const implementations: Implementations<OperationContext> = {
  ...emulated,
  ...(Object.fromEntries([...notImplementedOperations].map((name) => [name, notImplemented(name)])) as Record<keyof typeof NOT_EMULATED, () => never>),
};
