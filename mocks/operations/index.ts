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
// Issue 17 §2, users and attributes.
import { addCustomAttributes } from "./add-custom-attributes.ts";
import { adminDeleteUserAttributes } from "./admin-delete-user-attributes.ts";
import { adminDisableUser } from "./admin-disable-user.ts";
import { adminEnableUser } from "./admin-enable-user.ts";
import { adminGetUserAuthFactors } from "./admin-get-user-auth-factors.ts";
import { adminResetUserPassword } from "./admin-reset-user-password.ts";
import { adminSetUserSettings } from "./admin-set-user-settings.ts";
import { adminUpdateUserAttributes } from "./admin-update-user-attributes.ts";
import { adminUserGlobalSignOut } from "./admin-user-global-sign-out.ts";
import { deleteUser } from "./delete-user.ts";
import { deleteUserAttributes } from "./delete-user-attributes.ts";
import { getUserAttributeVerificationCode } from "./get-user-attribute-verification-code.ts";
import { getUserAuthFactors } from "./get-user-auth-factors.ts";
import { completeWebAuthnRegistration } from "./complete-web-authn-registration.ts";
import { deleteWebAuthnCredential } from "./delete-web-authn-credential.ts";
import { listWebAuthnCredentials } from "./list-web-authn-credentials.ts";
import { startWebAuthnRegistration } from "./start-web-authn-registration.ts";
import { listUsers } from "./list-users.ts";
import { setUserSettings } from "./set-user-settings.ts";
import { updateUserAttributes } from "./update-user-attributes.ts";
import { verifyUserAttribute } from "./verify-user-attribute.ts";
import { createGroup } from "./create-group.ts";
import { getGroup } from "./get-group.ts";
import { updateGroup } from "./update-group.ts";
import { deleteGroup } from "./delete-group.ts";
import { listGroups } from "./list-groups.ts";
import { adminAddUserToGroup } from "./admin-add-user-to-group.ts";
import { adminRemoveUserFromGroup } from "./admin-remove-user-from-group.ts";
import { adminListGroupsForUser } from "./admin-list-groups-for-user.ts";
import { listUsersInGroup } from "./list-users-in-group.ts";
import { tagResource } from "./tag-resource.ts";
import { untagResource } from "./untag-resource.ts";
import { listTagsForResource } from "./list-tags-for-resource.ts";
import { createManagedLoginBranding } from "./create-managed-login-branding.ts";
import { describeManagedLoginBranding } from "./describe-managed-login-branding.ts";
import { describeManagedLoginBrandingByClient } from "./describe-managed-login-branding-by-client.ts";
import { updateManagedLoginBranding } from "./update-managed-login-branding.ts";
import { deleteManagedLoginBranding } from "./delete-managed-login-branding.ts";
import { createTerms } from "./create-terms.ts";
import { describeTerms } from "./describe-terms.ts";
import { updateTerms } from "./update-terms.ts";
import { deleteTerms } from "./delete-terms.ts";
import { listTerms } from "./list-terms.ts";
import { getCSVHeader } from "./get-csv-header.ts";
import { createUserImportJob } from "./create-user-import-job.ts";
import { startUserImportJob } from "./start-user-import-job.ts";
import { stopUserImportJob } from "./stop-user-import-job.ts";
import { describeUserImportJob } from "./describe-user-import-job.ts";
import { listUserImportJobs } from "./list-user-import-jobs.ts";
import { createUserPoolReplica } from "./create-user-pool-replica.ts";
import { updateUserPoolReplica } from "./update-user-pool-replica.ts";
import { deleteUserPoolReplica } from "./delete-user-pool-replica.ts";
import { listUserPoolReplicas } from "./list-user-pool-replicas.ts";
import { getProvisionedLimit } from "./get-provisioned-limit.ts";
import { updateProvisionedLimit } from "./update-provisioned-limit.ts";
import { notImplemented, type Plan } from "./not-implemented.ts";
// App clients (issue 17 §2).
import { addUserPoolClientSecret } from "./add-user-pool-client-secret.ts";
import { deleteUserPoolClientSecret } from "./delete-user-pool-client-secret.ts";
import { describeUserPoolClient } from "./describe-user-pool-client.ts";
import { listUserPoolClientSecrets } from "./list-user-pool-client-secrets.ts";
import { listUserPoolClients } from "./list-user-pool-clients.ts";
import { updateUserPoolClient } from "./update-user-pool-client.ts";
import { verifySoftwareToken } from "./verify-software-token.ts";
// Log export (issue 18 §1).
import { getLogDeliveryConfiguration } from "./get-log-delivery-configuration.ts";
import { setLogDeliveryConfiguration } from "./set-log-delivery-configuration.ts";
// Managed login configuration (issue 18 §2): domains, resource servers, identity providers, UI customization, signing certificate.
import { createUserPoolDomain } from "./create-user-pool-domain.ts";
import { describeUserPoolDomain } from "./describe-user-pool-domain.ts";
import { updateUserPoolDomain } from "./update-user-pool-domain.ts";
import { deleteUserPoolDomain } from "./delete-user-pool-domain.ts";
import { createResourceServer } from "./create-resource-server.ts";
import { describeResourceServer } from "./describe-resource-server.ts";
import { updateResourceServer } from "./update-resource-server.ts";
import { deleteResourceServer } from "./delete-resource-server.ts";
import { listResourceServers } from "./list-resource-servers.ts";
import { createIdentityProvider } from "./create-identity-provider.ts";
import { describeIdentityProvider } from "./describe-identity-provider.ts";
import { updateIdentityProvider } from "./update-identity-provider.ts";
import { deleteIdentityProvider } from "./delete-identity-provider.ts";
import { listIdentityProviders } from "./list-identity-providers.ts";
import { getIdentityProviderByIdentifier } from "./get-identity-provider-by-identifier.ts";
import { adminLinkProviderForUser } from "./admin-link-provider-for-user.ts";
import { adminDisableProviderForUser } from "./admin-disable-provider-for-user.ts";
import { getUICustomization } from "./get-ui-customization.ts";
import { setUICustomization } from "./set-ui-customization.ts";
import { getSigningCertificate } from "./get-signing-certificate.ts";
// Devices (issue 19).
import { adminForgetDevice } from "./admin-forget-device.ts";
import { adminGetDevice } from "./admin-get-device.ts";
import { adminListDevices } from "./admin-list-devices.ts";
import { adminUpdateDeviceStatus } from "./admin-update-device-status.ts";
import { confirmDevice } from "./confirm-device.ts";
import { forgetDevice } from "./forget-device.ts";
import { getDevice } from "./get-device.ts";
import { listDevices } from "./list-devices.ts";
import { updateDeviceStatus } from "./update-device-status.ts";

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
  // Issue 17 §2: users and attributes.
  AddCustomAttributes: addCustomAttributes,
  AdminDeleteUserAttributes: adminDeleteUserAttributes,
  AdminDisableUser: adminDisableUser,
  AdminEnableUser: adminEnableUser,
  AdminGetUserAuthFactors: adminGetUserAuthFactors,
  AdminResetUserPassword: adminResetUserPassword,
  AdminSetUserSettings: adminSetUserSettings,
  AdminUpdateUserAttributes: adminUpdateUserAttributes,
  AdminUserGlobalSignOut: adminUserGlobalSignOut,
  DeleteUser: deleteUser,
  DeleteUserAttributes: deleteUserAttributes,
  GetUserAttributeVerificationCode: getUserAttributeVerificationCode,
  GetUserAuthFactors: getUserAuthFactors,
  StartWebAuthnRegistration: startWebAuthnRegistration,
  CompleteWebAuthnRegistration: completeWebAuthnRegistration,
  ListWebAuthnCredentials: listWebAuthnCredentials,
  DeleteWebAuthnCredential: deleteWebAuthnCredential,
  ListUsers: listUsers,
  SetUserSettings: setUserSettings,
  UpdateUserAttributes: updateUserAttributes,
  VerifyUserAttribute: verifyUserAttribute,
  // Groups and tags (issue 17 §2).
  CreateGroup: createGroup,
  GetGroup: getGroup,
  UpdateGroup: updateGroup,
  DeleteGroup: deleteGroup,
  ListGroups: listGroups,
  AdminAddUserToGroup: adminAddUserToGroup,
  AdminRemoveUserFromGroup: adminRemoveUserFromGroup,
  AdminListGroupsForUser: adminListGroupsForUser,
  ListUsersInGroup: listUsersInGroup,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource,
  // Devices (issue 19).
  ConfirmDevice: confirmDevice,
  GetDevice: getDevice,
  ListDevices: listDevices,
  UpdateDeviceStatus: updateDeviceStatus,
  ForgetDevice: forgetDevice,
  AdminGetDevice: adminGetDevice,
  AdminListDevices: adminListDevices,
  AdminUpdateDeviceStatus: adminUpdateDeviceStatus,
  AdminForgetDevice: adminForgetDevice,
  // App clients (issue 17 §2).
  DescribeUserPoolClient: describeUserPoolClient,
  UpdateUserPoolClient: updateUserPoolClient,
  ListUserPoolClients: listUserPoolClients,
  AddUserPoolClientSecret: addUserPoolClientSecret,
  DeleteUserPoolClientSecret: deleteUserPoolClientSecret,
  ListUserPoolClientSecrets: listUserPoolClientSecrets,
  // Log export (issue 18 §1).
  GetLogDeliveryConfiguration: getLogDeliveryConfiguration,
  SetLogDeliveryConfiguration: setLogDeliveryConfiguration,
  // Managed login branding, terms, user import, replicas and provisioned limits (issue 18 §2).
  CreateManagedLoginBranding: createManagedLoginBranding,
  DescribeManagedLoginBranding: describeManagedLoginBranding,
  DescribeManagedLoginBrandingByClient: describeManagedLoginBrandingByClient,
  UpdateManagedLoginBranding: updateManagedLoginBranding,
  DeleteManagedLoginBranding: deleteManagedLoginBranding,
  CreateTerms: createTerms,
  DescribeTerms: describeTerms,
  UpdateTerms: updateTerms,
  DeleteTerms: deleteTerms,
  ListTerms: listTerms,
  GetCSVHeader: getCSVHeader,
  CreateUserImportJob: createUserImportJob,
  StartUserImportJob: startUserImportJob,
  StopUserImportJob: stopUserImportJob,
  DescribeUserImportJob: describeUserImportJob,
  ListUserImportJobs: listUserImportJobs,
  CreateUserPoolReplica: createUserPoolReplica,
  UpdateUserPoolReplica: updateUserPoolReplica,
  DeleteUserPoolReplica: deleteUserPoolReplica,
  ListUserPoolReplicas: listUserPoolReplicas,
  GetProvisionedLimit: getProvisionedLimit,
  UpdateProvisionedLimit: updateProvisionedLimit,
  // Managed login configuration (issue 18 §2).
  CreateUserPoolDomain: createUserPoolDomain,
  DescribeUserPoolDomain: describeUserPoolDomain,
  UpdateUserPoolDomain: updateUserPoolDomain,
  DeleteUserPoolDomain: deleteUserPoolDomain,
  CreateResourceServer: createResourceServer,
  DescribeResourceServer: describeResourceServer,
  UpdateResourceServer: updateResourceServer,
  DeleteResourceServer: deleteResourceServer,
  ListResourceServers: listResourceServers,
  CreateIdentityProvider: createIdentityProvider,
  DescribeIdentityProvider: describeIdentityProvider,
  UpdateIdentityProvider: updateIdentityProvider,
  DeleteIdentityProvider: deleteIdentityProvider,
  ListIdentityProviders: listIdentityProviders,
  GetIdentityProviderByIdentifier: getIdentityProviderByIdentifier,
  AdminLinkProviderForUser: adminLinkProviderForUser,
  AdminDisableProviderForUser: adminDisableProviderForUser,
  GetUICustomization: getUICustomization,
  SetUICustomization: setUICustomization,
  GetSigningCertificate: getSigningCertificate,
} satisfies Partial<Implementations<OperationContext>>;


/** Every operation of the model without a module yet, and the issue that takes it. The mapped type makes this list
 * exactly the operations `emulated` lacks: adding a module without removing its line here (or the reverse) fails
 * the type check. */
export const NOT_EMULATED: { readonly [O in Exclude<OperationName, keyof typeof emulated>]: Plan } = {
};

/** The operations that answer NotImplementedException (the fuzz, the suites and the docs read it from here). */
export const notImplementedOperations: ReadonlySet<OperationName> = new Set(Object.keys(NOT_EMULATED) as OperationName[]);

export const implementations: Implementations<OperationContext> = {
  ...emulated,
  ...(Object.fromEntries([...notImplementedOperations].map((name) => [name, notImplemented(name)])) as Record<keyof typeof NOT_EMULATED, () => never>),
};
