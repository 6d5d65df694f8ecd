// The live sign-in state the fuzz mutates from: a pool whose users have passwords, sessions waiting for their
// answer, real tokens, sent codes and a TOTP set-up, plus one valid request per operation built on them (the
// baseline's pools, clients, users and events included). Built through the API, as a user would; every example
// is sent once here and must succeed, so the fuzz's success minimums are reachable by construction.
import { OPERATIONS, type OperationName } from "../../../generated/operations.ts";
import { deviceVerifier, srpStart, totp } from "../../../suites/cases/behaviour/sign-in-client.ts";
import type { CognitoMock } from "../../index.ts";
import { SoftwareAuthenticator } from "../../../suites/cases/behaviour/passkey-client.ts";
import { wireRequest, type Baseline } from "./baseline.ts";

/** A fixed instant for the whole fuzz: sessions (3 minutes), codes and tokens (1 hour) stay live however long it runs. */
export const FUZZ_EPOCH_MS = Date.UTC(2026, 5, 1, 12);
export const fuzzClock = { now: () => FUZZ_EPOCH_MS };

const PASSWORD = "Fuzz-passw0rd-7q!";
const NEW_PASSWORD = "Fuzz-n3w-passw0rd-9z!";
const TEMPORARY = "Fuzz-t3mporary-4x!";
const FLOWS = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];

const LOG_GROUP_ARN = "arn:aws:logs:us-east-1:123456789012:log-group:cognito-exported";
const LOG_ACTIVITY = { LogLevel: "INFO", EventSource: "userAuthEvents", S3Configuration: { BucketArn: "arn:aws:s3:::amzn-s3-demo-logging-bucket" } };
const LOG_NOTIFICATION = { LogLevel: "ERROR", EventSource: "userNotification", CloudWatchLogsConfiguration: { LogGroupArn: LOG_GROUP_ARN } };

export type Examples = Partial<Record<OperationName, readonly unknown[]>>;

export interface SignInState {
  /** Valid requests per operation against the state as built (each succeeds on it). */
  examples: Examples;
  /** Every password, session, token and code the build created: no answer or log may show one. */
  secrets: string[];
}

async function send(mock: CognitoMock, operation: OperationName, input: unknown) {
  const { response } = await mock.respond(wireRequest(operation, input));
  return { status: response.status, body: JSON.parse(response.body) };
}

async function ok(mock: CognitoMock, operation: OperationName, input: unknown): Promise<any> {
  const { status, body } = await send(mock, operation, input);
  if (status !== 200) throw new Error(`${operation} failed while building the fuzz's sign-in state: ${body.__type}`);
  return body;
}

/** Adds the sign-in state to a baseline (its mock must run on `fuzzClock`) and returns the examples. */
export async function addSignInState({ mock, known }: Baseline): Promise<SignInState> {
  const call = (operation: OperationName, input: unknown) => ok(mock, operation, input);
  const UserPoolId = (await call("CreateUserPool", { PoolName: "fuzz-sign-in", MfaConfiguration: "OPTIONAL", AutoVerifiedAttributes: ["email"] })).UserPool.Id as string;
  await call("SetUserPoolMfaConfig", { UserPoolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } });
  const ClientId = (await call("CreateUserPoolClient", { UserPoolId, ClientName: "fuzz-sign-in", ExplicitAuthFlows: FLOWS })).UserPoolClient.ClientId as string;
  const user = async (Username: string, password?: string) => {
    await call("AdminCreateUser", { UserPoolId, Username, MessageAction: "SUPPRESS", ...(password ? {} : { TemporaryPassword: TEMPORARY }), UserAttributes: [{ Name: "email", Value: `${Username}@example.com` }, { Name: "email_verified", Value: "true" }] });
    if (password) await call("AdminSetUserPassword", { UserPoolId, Username, Password: password, Permanent: true });
  };
  for (const name of ["erin", "frank", "gina"]) await user(name, PASSWORD);
  await user("newbie");
  const passwordAuth = (USERNAME: string, PASSWORD_: string) => ({ AuthFlow: "USER_PASSWORD_AUTH", ClientId, AuthParameters: { USERNAME, PASSWORD: PASSWORD_ } });
  const adminAuth = (USERNAME: string, PASSWORD_: string) => ({ UserPoolId, ClientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD: PASSWORD_ } });
  const tokens = (await call("InitiateAuth", passwordAuth("erin", PASSWORD))).AuthenticationResult;
  const gina = (await call("InitiateAuth", passwordAuth("gina", PASSWORD))).AuthenticationResult.AccessToken as string;
  const { SecretCode } = await call("AssociateSoftwareToken", { AccessToken: gina });
  const sessionUser = (await call("InitiateAuth", passwordAuth("newbie", TEMPORARY))).Session as string;
  const sessionAdmin = (await call("AdminInitiateAuth", adminAuth("newbie", TEMPORARY))).Session as string;
  await call("SignUp", { ClientId, Username: "pending", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "pending@example.com" }] });
  await call("ForgotPassword", { ClientId, Username: "frank" });
  const codeOf = (username: string) => mock.control.codes({ userPoolId: UserPoolId, username }).at(-1)?.code as string;
  const [signUpCode, resetCode] = [codeOf("pending"), codeOf("frank")];
  const { SRP_A } = srpStart();
  // A group erin is in, and the pool's ARN for the tag operations.
  await call("CreateGroup", { UserPoolId, GroupName: "staff", Precedence: 1 });
  await call("AdminAddUserToGroup", { UserPoolId, Username: "erin", GroupName: "staff" });
  const ResourceArn = (await call("DescribeUserPool", { UserPoolId })).UserPool.Arn as string;
  // A client with two secrets, for the secret operations (one may be deleted: the other stays).
  const secretClientId = (await call("CreateUserPoolClient", { UserPoolId, ClientName: "fuzz-secret", GenerateSecret: true })).UserPoolClient.ClientId as string;
  const secondSecret = (await call("AddUserPoolClientSecret", { UserPoolId, ClientId: secretClientId })).ClientSecretDescriptor;
  const oneSecretClientId = (await call("CreateUserPoolClient", { UserPoolId, ClientName: "fuzz-one-secret", GenerateSecret: true })).UserPoolClient.ClientId as string;
  // A verification code for gina's email, for VerifyUserAttribute.
  await call("GetUserAttributeVerificationCode", { AccessToken: gina, AttributeName: "email" });
  const verificationCode = codeOf("gina");
  // Managed login, terms, an import job, a replica (issue 18 §2): one of each on the sign-in pool's client.
  const brandingId = (await call("CreateManagedLoginBranding", { UserPoolId, ClientId, UseCognitoProvidedValues: true })).ManagedLoginBranding.ManagedLoginBrandingId as string;
  const termsInput = { UserPoolId, ClientId, TermsSource: "LINK", Enforcement: "NONE", Links: { "cognito:default": "https://example.com/terms" } };
  const TermsId = (await call("CreateTerms", { ...termsInput, TermsName: "terms-of-use" })).Terms.TermsId as string;
  const CloudWatchLogsRoleArn = "arn:aws:iam::123456789012:role/CognitoImport";
  const importJob = (await call("CreateUserImportJob", { UserPoolId, JobName: "fuzz-import", CloudWatchLogsRoleArn })).UserImportJob;
  const header = (await call("GetCSVHeader", { UserPoolId })).CSVHeader as string[];
  const row = (values: Record<string, string>) => header.map((h) => values[h] ?? "").join(",");
  mock.control.uploadImportCsv(importJob.PreSignedUrl, [header.join(","), row({ "cognito:username": "imported", email: "imported@example.com", email_verified: "true", "cognito:mfa_enabled": "false" })].join("\n"));
  await call("CreateUserPoolReplica", { UserPoolId, RegionName: "us-west-2" });
  const LimitDefinition = { LimitClass: "API_CATEGORY", Attributes: { Category: "UserCreation" } };

  // Managed login configuration (issue 18 §2): a domain, a resource server, an identity provider with an identifier,
  // a link to erin, the pool's UI customization and its signing certificate (made here once: RSA key generation is slow).
  await call("CreateUserPoolDomain", { UserPoolId, Domain: "fuzz-login" });
  await call("CreateResourceServer", { UserPoolId, Identifier: "fuzz-api", Name: "fuzz api", Scopes: [{ ScopeName: "read", ScopeDescription: "Read" }] });
  const google = { client_id: "fuzz", client_secret: "fuzz-secret", authorize_scopes: "email" };
  await call("CreateIdentityProvider", { UserPoolId, ProviderName: "Google", ProviderType: "Google", ProviderDetails: google, IdpIdentifiers: ["fuzz.example.com"] });
  const linked = { ProviderName: "Google", ProviderAttributeName: "Cognito_Subject", ProviderAttributeValue: "fuzz-linked" };
  await call("AdminLinkProviderForUser", { UserPoolId, DestinationUser: { ProviderName: "Cognito", ProviderAttributeValue: "erin" }, SourceUser: linked });
  const css = ".banner-customizable { background-color: lightgray; }";
  await call("SetUICustomization", { UserPoolId, ClientId: "ALL", CSS: css });
  await call("GetSigningCertificate", { UserPoolId });

  // Devices (issue 19): a tracked pool where dev has a confirmed, remembered device and a second key still unconfirmed.
  const devices = await addDeviceState(call);
  // Passkeys (issue 19): a pool allowing WEB_AUTHN with a relying party, and a signed-in user of it who registered one
  // software passkey (for Delete) and has a second registration open, its credential made (for Complete).
  const passkeyPoolId = (await call("CreateUserPool", { PoolName: "fuzz-passkeys", Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "WEB_AUTHN"] } } })).UserPool.Id as string;
  await call("SetUserPoolMfaConfig", { UserPoolId: passkeyPoolId, MfaConfiguration: "OFF", WebAuthnConfiguration: { RelyingPartyId: "localhost" } });
  const passkeyClientId = (await call("CreateUserPoolClient", { UserPoolId: passkeyPoolId, ClientName: "fuzz-passkeys", ExplicitAuthFlows: FLOWS })).UserPoolClient.ClientId as string;
  await call("AdminCreateUser", { UserPoolId: passkeyPoolId, Username: "paula", MessageAction: "SUPPRESS" });
  await call("AdminSetUserPassword", { UserPoolId: passkeyPoolId, Username: "paula", Password: PASSWORD, Permanent: true });
  const paula = (await call("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: passkeyClientId, AuthParameters: { USERNAME: "paula", PASSWORD } })).AuthenticationResult.AccessToken as string;
  const registration = async (authenticator: SoftwareAuthenticator) => {
    const { challenge } = (await call("StartWebAuthnRegistration", { AccessToken: paula })).CredentialCreationOptions;
    return authenticator.register({ origin: "http://localhost:5173", rpId: "localhost", challenge });
  };
  const registered = new SoftwareAuthenticator();
  await call("CompleteWebAuthnRegistration", { AccessToken: paula, Credential: await registration(registered) });
  const openRegistration = await registration(new SoftwareAuthenticator());

  const [plus, essentials] = known.UserPoolIdType as string[];
  const [clientA, clientB] = known.ClientIdType as string[];
  const [alice, bob] = known.UsernameType as string[];
  const [eventLow] = known.EventIdType as string[];
  const [tokenLow] = known.TokenModelType as string[];
  const newPassword = { ChallengeName: "NEW_PASSWORD_REQUIRED", ClientId, ChallengeResponses: { USERNAME: "newbie", NEW_PASSWORD } };
  const examples: Examples = {
    // The baseline's threat-protection pool and its events (the first logged event is alice's, Low risk).
    SetRiskConfiguration: [{ UserPoolId: plus, ClientId: clientB, RiskExceptionConfiguration: { SkippedIPRangeList: ["10.0.0.0/8"] } }],
    DescribeRiskConfiguration: [{ UserPoolId: plus }, { UserPoolId: plus, ClientId: clientA }],
    AdminListUserAuthEvents: [{ UserPoolId: plus, Username: alice, MaxResults: 10 }],
    UpdateAuthEventFeedback: [{ UserPoolId: plus, Username: alice, EventId: eventLow, FeedbackToken: tokenLow, FeedbackValue: "Invalid" }],
    AdminUpdateAuthEventFeedback: [{ UserPoolId: plus, Username: alice, EventId: eventLow, FeedbackValue: "Valid" }],
    CreateUserPool: [{ PoolName: "fuzz-new" }],
    DescribeUserPool: [{ UserPoolId: plus }],
    UpdateUserPool: [{ UserPoolId: essentials, MfaConfiguration: "OFF" }],
    DeleteUserPool: [{ UserPoolId: essentials }],
    ListUserPools: [{ MaxResults: 10 }],
    CreateUserPoolClient: [{ UserPoolId: plus, ClientName: "fuzz-new" }],
    DeleteUserPoolClient: [{ UserPoolId: plus, ClientId: clientB }],
    AdminCreateUser: [{ UserPoolId: plus, Username: "zed", MessageAction: "SUPPRESS" }],
    AdminDeleteUser: [{ UserPoolId: plus, Username: bob }],
    AdminGetUser: [{ UserPoolId, Username: "erin" }],
    SetUserPoolMfaConfig: [{ UserPoolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }],
    GetUserPoolMfaConfig: [{ UserPoolId }],
    // Sign-in: the right password, a live session, a real token, the code that was sent.
    InitiateAuth: [passwordAuth("erin", PASSWORD), { AuthFlow: "REFRESH_TOKEN_AUTH", ClientId, AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken } }, { AuthFlow: "USER_SRP_AUTH", ClientId, AuthParameters: { USERNAME: "erin", SRP_A } }, devices.signIn.InitiateAuth],
    AdminInitiateAuth: [adminAuth("erin", PASSWORD)],
    RespondToAuthChallenge: [{ ...newPassword, Session: sessionUser }, devices.signIn.RespondToAuthChallenge],
    AdminRespondToAuthChallenge: [{ ...newPassword, UserPoolId, Session: sessionAdmin }],
    SignUp: [{ ClientId, Username: "fresh", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "fresh@example.com" }] }],
    ConfirmSignUp: [{ ClientId, Username: "pending", ConfirmationCode: signUpCode }],
    AdminConfirmSignUp: [{ UserPoolId, Username: "pending" }],
    ResendConfirmationCode: [{ ClientId, Username: "pending" }],
    ForgotPassword: [{ ClientId, Username: "erin" }],
    ConfirmForgotPassword: [{ ClientId, Username: "frank", ConfirmationCode: resetCode, Password: NEW_PASSWORD }],
    ChangePassword: [{ AccessToken: tokens.AccessToken, PreviousPassword: PASSWORD, ProposedPassword: NEW_PASSWORD }],
    AdminSetUserPassword: [{ UserPoolId, Username: "erin", Password: NEW_PASSWORD, Permanent: true }],
    GetUser: [{ AccessToken: tokens.AccessToken }],
    AssociateSoftwareToken: [{ AccessToken: tokens.AccessToken }],
    VerifySoftwareToken: [{ AccessToken: gina, UserCode: totp(SecretCode, 0, FUZZ_EPOCH_MS) }],
    SetUserMFAPreference: [{ AccessToken: tokens.AccessToken, EmailMfaSettings: { Enabled: true, PreferredMfa: false } }],
    AdminSetUserMFAPreference: [{ UserPoolId, Username: "erin", EmailMfaSettings: { Enabled: true, PreferredMfa: false } }],
    GetTokensFromRefreshToken: [{ ClientId, RefreshToken: tokens.RefreshToken }],
    GlobalSignOut: [{ AccessToken: tokens.AccessToken }],
    RevokeToken: [{ ClientId, Token: tokens.RefreshToken }],
    // Users and attributes (issue 17).
    AddCustomAttributes: [{ UserPoolId, CustomAttributes: [{ Name: "team", AttributeDataType: "String", Mutable: true }] }],
    AdminUpdateUserAttributes: [{ UserPoolId, Username: "erin", UserAttributes: [{ Name: "given_name", Value: "Erin" }] }],
    AdminDeleteUserAttributes: [{ UserPoolId, Username: "erin", UserAttributeNames: ["given_name"] }],
    AdminDisableUser: [{ UserPoolId, Username: "erin" }],
    AdminEnableUser: [{ UserPoolId, Username: "erin" }],
    AdminGetUserAuthFactors: [{ UserPoolId, Username: "erin" }],
    AdminResetUserPassword: [{ UserPoolId, Username: "frank" }],
    AdminSetUserSettings: [{ UserPoolId, Username: "erin", MFAOptions: [] }],
    AdminUserGlobalSignOut: [{ UserPoolId, Username: "erin" }],
    DeleteUser: [{ AccessToken: tokens.AccessToken }],
    UpdateUserAttributes: [{ AccessToken: tokens.AccessToken, UserAttributes: [{ Name: "given_name", Value: "Erin" }] }],
    DeleteUserAttributes: [{ AccessToken: tokens.AccessToken, UserAttributeNames: ["given_name"] }],
    GetUserAttributeVerificationCode: [{ AccessToken: tokens.AccessToken, AttributeName: "email" }],
    VerifyUserAttribute: [{ AccessToken: gina, AttributeName: "email", Code: verificationCode }],
    GetUserAuthFactors: [{ AccessToken: tokens.AccessToken }],
    StartWebAuthnRegistration: [{ AccessToken: paula }],
    ListWebAuthnCredentials: [{ AccessToken: paula }, { AccessToken: paula, MaxResults: 5 }],
    CompleteWebAuthnRegistration: [{ AccessToken: paula, Credential: openRegistration }],
    DeleteWebAuthnCredential: [{ AccessToken: paula, CredentialId: registered.credentialId }],
    SetUserSettings: [{ AccessToken: tokens.AccessToken, MFAOptions: [] }],
    ListUsers: [{ UserPoolId, Filter: 'username ^= "e"', Limit: 2 }],
    // App clients (issue 17).
    DescribeUserPoolClient: [{ UserPoolId, ClientId }],
    UpdateUserPoolClient: [{ UserPoolId, ClientId, ClientName: "fuzz-sign-in", ExplicitAuthFlows: FLOWS }],
    ListUserPoolClients: [{ UserPoolId, MaxResults: 10 }],
    AddUserPoolClientSecret: [{ UserPoolId, ClientId: oneSecretClientId }],
    ListUserPoolClientSecrets: [{ UserPoolId, ClientId: secretClientId }],
    DeleteUserPoolClientSecret: [{ UserPoolId, ClientId: secretClientId, ClientSecretId: secondSecret.ClientSecretId }],
    // Groups and tags (issue 17).
    CreateGroup: [{ UserPoolId, GroupName: "fresh-group", Precedence: 2 }],
    GetGroup: [{ UserPoolId, GroupName: "staff" }],
    UpdateGroup: [{ UserPoolId, GroupName: "staff", Description: "updated" }],
    DeleteGroup: [{ UserPoolId, GroupName: "staff" }],
    ListGroups: [{ UserPoolId, Limit: 10 }],
    AdminAddUserToGroup: [{ UserPoolId, Username: "frank", GroupName: "staff" }],
    AdminRemoveUserFromGroup: [{ UserPoolId, Username: "erin", GroupName: "staff" }],
    AdminListGroupsForUser: [{ UserPoolId, Username: "erin" }],
    ListUsersInGroup: [{ UserPoolId, GroupName: "staff" }],
    TagResource: [{ ResourceArn, Tags: { team: "fuzz" } }],
    UntagResource: [{ ResourceArn, TagKeys: ["team"] }],
    ListTagsForResource: [{ ResourceArn }],
    // Log export (issue 18 §1): the baseline's PLUS pool takes both sources.
    SetLogDeliveryConfiguration: [{ UserPoolId: plus, LogConfigurations: [LOG_ACTIVITY, LOG_NOTIFICATION] }, { UserPoolId, LogConfigurations: [LOG_NOTIFICATION] }],
    GetLogDeliveryConfiguration: [{ UserPoolId: plus }],
    // Managed login branding, terms, user import, replicas, provisioned limits (issue 18 §2).
    CreateManagedLoginBranding: [{ UserPoolId, ClientId: secretClientId, Settings: { categories: { global: { colorSchemeMode: "DARK" } } } }],
    DescribeManagedLoginBranding: [{ UserPoolId, ManagedLoginBrandingId: brandingId, ReturnMergedResources: true }],
    DescribeManagedLoginBrandingByClient: [{ UserPoolId, ClientId }],
    UpdateManagedLoginBranding: [{ UserPoolId, ManagedLoginBrandingId: brandingId, Settings: { categories: { global: { colorSchemeMode: "LIGHT" } } } }],
    DeleteManagedLoginBranding: [{ UserPoolId, ManagedLoginBrandingId: brandingId }],
    CreateTerms: [{ ...termsInput, TermsName: "privacy-policy" }],
    DescribeTerms: [{ UserPoolId, TermsId }],
    UpdateTerms: [{ UserPoolId, TermsId, Links: { "cognito:french": "https://example.com/fr" } }],
    DeleteTerms: [{ UserPoolId, TermsId }],
    ListTerms: [{ UserPoolId, MaxResults: 10 }],
    GetCSVHeader: [{ UserPoolId }],
    CreateUserImportJob: [{ UserPoolId, JobName: "fuzz-new", CloudWatchLogsRoleArn }],
    StartUserImportJob: [{ UserPoolId, JobId: importJob.JobId }],
    StopUserImportJob: [{ UserPoolId, JobId: importJob.JobId }],
    DescribeUserImportJob: [{ UserPoolId, JobId: importJob.JobId }],
    ListUserImportJobs: [{ UserPoolId, MaxResults: 10 }],
    CreateUserPoolReplica: [{ UserPoolId, RegionName: "eu-central-1" }],
    UpdateUserPoolReplica: [{ UserPoolId, RegionName: "us-west-2", Status: "INACTIVE" }],
    DeleteUserPoolReplica: [{ UserPoolId, RegionName: "us-west-2" }],
    ListUserPoolReplicas: [{ UserPoolId }],
    GetProvisionedLimit: [{ LimitDefinition }],
    UpdateProvisionedLimit: [{ LimitDefinition, RequestedLimitValue: 60 }],
    // Managed login configuration (issue 18 §2).
    CreateUserPoolDomain: [{ UserPoolId: plus, Domain: "fuzz-new-login" }],
    DescribeUserPoolDomain: [{ Domain: "fuzz-login" }],
    UpdateUserPoolDomain: [{ UserPoolId, Domain: "fuzz-login", ManagedLoginVersion: 2 }],
    DeleteUserPoolDomain: [{ UserPoolId, Domain: "fuzz-login" }],
    CreateResourceServer: [{ UserPoolId, Identifier: "fuzz-api-2", Name: "second", Scopes: [{ ScopeName: "write", ScopeDescription: "Write" }] }],
    DescribeResourceServer: [{ UserPoolId, Identifier: "fuzz-api" }],
    UpdateResourceServer: [{ UserPoolId, Identifier: "fuzz-api", Name: "renamed", Scopes: [{ ScopeName: "read", ScopeDescription: "Read all" }] }],
    DeleteResourceServer: [{ UserPoolId, Identifier: "fuzz-api" }],
    ListResourceServers: [{ UserPoolId, MaxResults: 10 }],
    CreateIdentityProvider: [{ UserPoolId, ProviderName: "Facebook", ProviderType: "Facebook", ProviderDetails: google }],
    DescribeIdentityProvider: [{ UserPoolId, ProviderName: "Google" }],
    UpdateIdentityProvider: [{ UserPoolId, ProviderName: "Google", AttributeMapping: { email: "email" } }],
    DeleteIdentityProvider: [{ UserPoolId, ProviderName: "Google" }],
    ListIdentityProviders: [{ UserPoolId, MaxResults: 10 }],
    GetIdentityProviderByIdentifier: [{ UserPoolId, IdpIdentifier: "fuzz.example.com" }],
    AdminLinkProviderForUser: [{ UserPoolId, DestinationUser: { ProviderName: "Cognito", ProviderAttributeValue: "frank" }, SourceUser: { ...linked, ProviderAttributeValue: "fuzz-other" } }],
    AdminDisableProviderForUser: [{ UserPoolId, User: linked }],
    GetUICustomization: [{ UserPoolId }, { UserPoolId, ClientId }],
    SetUICustomization: [{ UserPoolId, ClientId, CSS: ".label-customizable { font-weight: 300; }" }],
    GetSigningCertificate: [{ UserPoolId }],
    ...devices.examples,
  };

  // Each example succeeds on the state as built (and is undone, so the next one starts from the same state).
  const built = structuredClone(mock.state);
  for (const [operation, inputs] of Object.entries(examples) as [OperationName, unknown[]][]) {
    if (!OPERATIONS[operation]) throw new Error(`example for ${operation}, which the model does not have`);
    for (const input of inputs) {
      const { status, body } = await send(mock, operation, input);
      mock.restore(structuredClone(built), 0);
      if (status !== 200) throw new Error(`the fuzz's example for ${operation} does not succeed on its state: ${body.__type} ${body.message ?? ""}`);
    }
  }
  known.UserPoolIdType = [...(known.UserPoolIdType ?? []), UserPoolId];
  known.ClientIdType = [...(known.ClientIdType ?? []), ClientId, secretClientId];
  known.UsernameType = [...(known.UsernameType ?? []), "erin", "newbie", "pending"];
  known.TokenModelType = [...(known.TokenModelType ?? []), tokens.AccessToken, tokens.RefreshToken, tokens.IdToken];
  known.PasswordType = [PASSWORD, NEW_PASSWORD, TEMPORARY];
  known.GroupNameType = ["staff"];
  known.ManagedLoginBrandingIdType = [brandingId];
  known.TermsIdType = [TermsId];
  known.UserImportJobIdType = [importJob.JobId];
  known.RegionNameType = ["us-west-2", "eu-central-1"];
  known.DomainType = ["fuzz-login"];
  known.ResourceServerIdentifierType = ["fuzz-api"];
  known.ProviderNameType = ["Google"];
  known.ProviderNameTypeV2 = ["Google"];
  known.ArnType = [...(known.ArnType ?? []), ResourceArn];
  known.SessionType = [sessionUser, sessionAdmin, devices.session];
  known.DeviceKeyType = devices.keys;
  known.ConfirmationCodeType = [signUpCode, resetCode, verificationCode, paula];
  const secrets = [...devices.secrets, secondSecret.ClientSecretValue, PASSWORD, NEW_PASSWORD, TEMPORARY, tokens.AccessToken, tokens.RefreshToken, tokens.IdToken, gina, SecretCode, sessionUser, sessionAdmin, signUpCode, resetCode, verificationCode, paula];
  return { examples, secrets };
}

/** A tracked pool (remembered devices replace MFA) with dev's confirmed device and a second, unconfirmed key. */
async function addDeviceState(call: (operation: OperationName, input: unknown) => Promise<any>) {
  const UserPoolId = (await call("CreateUserPool", { PoolName: "fuzz-devices", DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false } })).UserPool.Id as string;
  const ClientId = (await call("CreateUserPoolClient", { UserPoolId, ClientName: "fuzz-devices", ExplicitAuthFlows: FLOWS })).UserPoolClient.ClientId as string;
  await call("AdminCreateUser", { UserPoolId, Username: "dev", MessageAction: "SUPPRESS" });
  await call("AdminSetUserPassword", { UserPoolId, Username: "dev", Password: PASSWORD, Permanent: true });
  const signIn = (DEVICE_KEY?: string) => call("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId, AuthParameters: { USERNAME: "dev", PASSWORD, ...(DEVICE_KEY && { DEVICE_KEY }) } });
  const first = (await signIn()).AuthenticationResult;
  const { DeviceKey, DeviceGroupKey } = first.NewDeviceMetadata;
  const devicePassword = "fuzz-device-secret-3k";
  await call("ConfirmDevice", { AccessToken: first.AccessToken, DeviceKey, DeviceSecretVerifierConfig: deviceVerifier(DeviceGroupKey, DeviceKey, devicePassword), DeviceName: "fuzz" });
  const second = (await signIn()).AuthenticationResult;
  const session = (await signIn(DeviceKey)).Session as string; // DEVICE_SRP_AUTH
  const AccessToken = first.AccessToken as string;
  const { SRP_A } = srpStart();
  const admin = { UserPoolId, Username: "dev", DeviceKey };
  const examples: Examples = {
    ConfirmDevice: [{ AccessToken: second.AccessToken, DeviceKey: second.NewDeviceMetadata.DeviceKey, DeviceSecretVerifierConfig: deviceVerifier(DeviceGroupKey, second.NewDeviceMetadata.DeviceKey, devicePassword) }],
    GetDevice: [{ AccessToken, DeviceKey }],
    ListDevices: [{ AccessToken, Limit: 10 }],
    UpdateDeviceStatus: [{ AccessToken, DeviceKey, DeviceRememberedStatus: "not_remembered" }],
    ForgetDevice: [{ AccessToken, DeviceKey }],
    AdminGetDevice: [admin],
    AdminListDevices: [{ UserPoolId, Username: "dev", Limit: 1 }],
    AdminUpdateDeviceStatus: [{ ...admin, DeviceRememberedStatus: "remembered" }],
    AdminForgetDevice: [admin],
  };
  const deviceSrp = { ChallengeName: "DEVICE_SRP_AUTH", ClientId, Session: session, ChallengeResponses: { USERNAME: "dev", DEVICE_KEY: DeviceKey, SRP_A } };
  return {
    examples,
    /** Extra examples of the sign-in operations: the device flow's first steps. */
    signIn: { InitiateAuth: { AuthFlow: "USER_PASSWORD_AUTH", ClientId, AuthParameters: { USERNAME: "dev", PASSWORD, DEVICE_KEY: DeviceKey } }, RespondToAuthChallenge: deviceSrp },
    keys: [DeviceKey, second.NewDeviceMetadata.DeviceKey] as string[],
    session,
    secrets: [devicePassword, first.AccessToken, first.RefreshToken, first.IdToken, second.AccessToken, second.RefreshToken, second.IdToken, session] as string[],
  };
}
