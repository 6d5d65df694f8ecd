// Lambda triggers (issue 20, aws-behavior.md §14): per trigger, what its answer changes, the triggerSource and the
// event members the function sees (the echo function's refusal shows them), and the errors a failing or garbled
// function gives the caller. The pools name the conformance functions (suites/fixtures/conformance-triggers.ts), so
// every scenario here needs a target that runs them (trigger-steps.ts).
import type { Case } from "../../harness/case.ts";
import { MIGRATED_PREFIX } from "../../fixtures/conformance-triggers.ts";
import { citing, control, inferred, ok, refused } from "./build.ts";
import { adminPasswordAuth, passwordAuth, POOL, SIGNED_IN, SIGNED_UP as SIGNED_UP_FIXTURES, saveTokens } from "./sign-in-steps.ts";
import { newPasswordAnswer, newPasswordChallenge } from "./sign-in-challenges.ts";
import { claimsOf, echoed, echoScenario, FN, refusedBy, triggerScenario, withTriggers } from "./trigger-steps.ts";

const NEW_NAME = "conformance-signup";
const signUp = (extra: Record<string, unknown> = {}) => ({
  ClientId: "{{signInClientId}}",
  Username: NEW_NAME,
  Password: "{{password}}",
  UserAttributes: [{ Name: "email", Value: "conformance-signup@example.com" }],
  ...extra,
});
const getNewUser = (expect: object) => ok("AdminGetUser", { ...POOL, Username: NEW_NAME }, expect);
const PRE_SIGN_UP_RESPONSE = ["autoConfirmUser", "autoVerifyEmail", "autoVerifyPhone"];
const signIn = (prefix = "") => citing(["s9.success"], ok("InitiateAuth", passwordAuth(), SIGNED_IN, saveTokens(prefix)));
const refresh = (prefix = "") =>
  ok("InitiateAuth", { AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: "{{signInClientId}}", AuthParameters: { REFRESH_TOKEN: "{{refreshToken}}" } }, { errorType: null }, { [`${prefix}idToken`]: "AuthenticationResult.IdToken", [`${prefix}accessToken`]: "AuthenticationResult.AccessToken" });
/** What custom message sees: its source, the app client of the request (null for admin operations), the placeholders. */
const message = (triggerSource: string, userName: string, clientId: string | null) => ({
  triggerSource,
  userName,
  clientId,
  request: ["codeParameter", "linkParameter", "userAttributes", "usernameParameter"],
  response: ["emailMessage", "emailSubject", "smsMessage"],
});
/** The fixture user with a verified email (where reset and verification codes go). */
const verifiedEmail = ok("AdminUpdateUserAttributes", { ...POOL, Username: "{{username}}", UserAttributes: [{ Name: "email", Value: "conformance-user@example.com" }, { Name: "email_verified", Value: "true" }] });
const resetCode = citing(["mock.control-api"], control("outbox", { userPoolId: "{{userPoolId}}", username: "{{username}}", kind: "code" }, { body: { codes: { $contains: { purpose: "ForgotPassword" } } } }, { resetCode: "codes.0.code" }));

export const triggerCases: Case[] = [
  // PreSignUp
  triggerScenario({
    id: "pre-sign-up-auto-confirm",
    operation: "SignUp",
    member: "LambdaConfig.PreSignUp",
    rule: "pre-sign-up-answer",
    title: "A pre sign-up function answering autoConfirmUser and autoVerifyEmail: SignUp answers UserConfirmed true, the user is CONFIRMED with email_verified",
    facts: ["s14.pre-sign-up"],
    evidence: "DOC",
    steps: [
      withTriggers({ PreSignUp: FN.autoConfirm }),
      citing(["s14.pre-sign-up"], ok("SignUp", signUp(), { body: { UserConfirmed: true } })),
      citing(["s14.pre-sign-up"], getNewUser({ body: { UserStatus: "CONFIRMED", UserAttributes: { $all: [{ Name: "email_verified", Value: "true" }] } } })),
    ],
  }),
  triggerScenario({
    id: "pre-sign-up-refused",
    operation: "SignUp",
    member: "LambdaConfig.PreSignUp",
    rule: "pre-sign-up-refusal",
    title: "A pre sign-up function that throws: UserLambdaValidationException `PreSignUp failed with error <message>.`, and no user was made",
    facts: ["s14.pre-sign-up-refuse", "s14.trigger-failed", "s14.mock-pre-sign-up-order"],
    evidence: "INFERRED",
    steps: [
      withTriggers({ PreSignUp: FN.refuse }),
      refusedBy("PreSignUp", "SignUp", signUp()),
      inferred("pre sign-up answers before the user is stored (s14.mock-pre-sign-up-order)", refused("AdminGetUser", { ...POOL, Username: NEW_NAME }, "UserNotFoundException"), ["s14.mock-pre-sign-up-order"]),
    ],
  }),
  echoScenario({
    id: "pre-sign-up-event",
    operation: "SignUp",
    trigger: "PreSignUp",
    title: "The pre sign-up event: PreSignUp_SignUp, the app client's id, request userAttributes, validationData and clientMetadata, response flags",
    facts: ["s14.pre-sign-up", "s14.event-shape", "s14.trigger-failed"],
    evidence: "DOC",
    body: signUp({ ValidationData: [{ Name: "invite", Value: "x" }], ClientMetadata: { origin: "conformance" } }),
    echo: {
        triggerSource: "PreSignUp_SignUp",
        userName: NEW_NAME,
        clientId: "{{signInClientId}}",
        request: ["clientMetadata", "userAttributes", "validationData"],
        response: PRE_SIGN_UP_RESPONSE,
    },
  }),
  echoScenario({
    id: "pre-sign-up-admin-create-user",
    operation: "AdminCreateUser",
    trigger: "PreSignUp",
    title: "AdminCreateUser runs pre sign-up with PreSignUp_AdminCreateUser and no app client",
    facts: ["s14.pre-sign-up", "s14.event-shape", "s14.trigger-failed", "s14.client-id-null", "s14.mock-pre-sign-up-admin"],
    evidence: "INFERRED",
    body: { ...POOL, Username: NEW_NAME, MessageAction: "SUPPRESS", ClientMetadata: { origin: "conformance" } },
    echo: {
        triggerSource: "PreSignUp_AdminCreateUser",
        userName: NEW_NAME,
        clientId: null,
        request: ["clientMetadata", "userAttributes", "validationData"],
        response: PRE_SIGN_UP_RESPONSE,
    },
  }),
  triggerScenario({
    id: "trigger-unrecognizable-output",
    operation: "SignUp",
    member: "LambdaConfig.PreSignUp",
    rule: "trigger-output",
    title: "A function answering something other than the event: InvalidLambdaResponseException `Unrecognizable lambda output`",
    facts: ["s14.unrecognizable-output"],
    evidence: "CONFIRMED",
    steps: [withTriggers({ PreSignUp: FN.garbage }), refused("SignUp", signUp(), "InvalidLambdaResponseException", { message: { equals: "Unrecognizable lambda output" } })],
  }),
  // PostConfirmation
  triggerScenario({
    id: "post-confirmation-event",
    operation: "AdminConfirmSignUp",
    member: "LambdaConfig.PostConfirmation",
    rule: "post-confirmation-event",
    title: "AdminConfirmSignUp runs post confirmation (PostConfirmation_ConfirmSignUp, no app client, request userAttributes); its failure reaches the caller",
    facts: ["s14.post-confirmation", "s14.event-shape", "s14.trigger-failed", "s14.client-id-null"],
    evidence: "INFERRED",
    steps: [
      citing(["s9.user-lifecycle"], ok("SignUp", signUp(), { body: { UserConfirmed: false } })),
      withTriggers({ PostConfirmation: FN.echo }),
      echoed("PostConfirmation", "AdminConfirmSignUp", { ...POOL, Username: NEW_NAME }, { triggerSource: "PostConfirmation_ConfirmSignUp", userName: NEW_NAME, clientId: null, request: ["userAttributes"], response: [] }),
    ],
  }),
  // PreAuthentication
  triggerScenario({
    id: "pre-authentication-refused",
    operation: "InitiateAuth",
    member: "LambdaConfig.PreAuthentication",
    rule: "pre-authentication-refusal",
    title: "A pre authentication function that throws refuses the sign-in: UserLambdaValidationException `PreAuthentication failed with error <message>.`",
    facts: ["s14.pre-authentication", "s14.trigger-failed", "s14.trigger-failed-others"],
    evidence: "INFERRED",
    steps: [withTriggers({ PreAuthentication: FN.refuse }), refusedBy("PreAuthentication", "InitiateAuth", passwordAuth())],
  }),
  echoScenario({
    id: "pre-authentication-event",
    operation: "InitiateAuth",
    trigger: "PreAuthentication",
    title: "The pre authentication event: PreAuthentication_Authentication, request userAttributes and validationData (the ClientMetadata)",
    facts: ["s14.pre-authentication", "s14.event-shape", "s14.trigger-failed", "s14.trigger-failed-others", "s14.client-metadata"],
    evidence: "INFERRED",
    body: { ...passwordAuth(), ClientMetadata: { origin: "conformance" } },
    echo: {
        triggerSource: "PreAuthentication_Authentication",
        userName: "{{username}}",
        clientId: "{{signInClientId}}",
        request: ["userAttributes", "validationData"],
        response: [],
    },
  }),
  // PostAuthentication
  echoScenario({
    id: "post-authentication-event",
    operation: "AdminInitiateAuth",
    trigger: "PostAuthentication",
    title: "Post authentication runs after a right password (PostAuthentication_Authentication, request userAttributes and newDeviceUsed); its failure fails the sign-in",
    facts: ["s14.post-authentication", "s14.post-authentication-failure", "s14.event-shape", "s14.trigger-failed", "s14.trigger-failed-others"],
    evidence: "INFERRED",
    body: adminPasswordAuth(),
    echo: {
        triggerSource: "PostAuthentication_Authentication",
        userName: "{{username}}",
        clientId: "{{signInClientId}}",
        request: ["newDeviceUsed", "userAttributes"],
        response: [],
    },
  }),
  // PreTokenGeneration
  triggerScenario({
    id: "pre-token-v1-claims",
    operation: "InitiateAuth",
    member: "LambdaConfig.PreTokenGeneration",
    rule: "pre-token-answer",
    title: "Pre token generation V1_0: the ID token carries the added claim and lacks the suppressed one; the source is TokenGeneration_Authentication, then TokenGeneration_RefreshTokens on a refresh",
    facts: ["s14.pre-token-v1", "s14.pre-token-sources"],
    evidence: "DOC",
    steps: [
      ok("AdminUpdateUserAttributes", { ...POOL, Username: "{{username}}", UserAttributes: [{ Name: "email", Value: "conformance-user@example.com" }] }),
      withTriggers({ PreTokenGeneration: FN.claimsV1 }),
      signIn(),
      claimsOf("{{idToken}}", { conformance_source: "TokenGeneration_Authentication", email: "(absent)", token_use: "id" }),
      refresh("refreshed"),
      claimsOf("{{refreshedidToken}}", { conformance_source: "TokenGeneration_RefreshTokens" }),
    ],
  }),
  triggerScenario({
    id: "pre-token-v2-claims",
    operation: "InitiateAuth",
    member: "LambdaConfig.PreTokenGenerationConfig",
    rule: "pre-token-answer",
    title: "Pre token generation V2_0: a claim added to each token and a scope added to the access token",
    facts: ["s14.pre-token-v2", "s14.pre-token-sources", "s14.event-version"],
    evidence: "INFERRED",
    steps: [
      withTriggers({ PreTokenGenerationV2: FN.claimsV2 }),
      signIn(),
      claimsOf("{{idToken}}", { conformance_source: "TokenGeneration_Authentication" }),
      claimsOf("{{accessToken}}", { conformance_access: "version 2", scope: { $pattern: "(^| )conformance/extra( |$)" } }),
    ],
  }),
  triggerScenario({
    id: "pre-token-new-password",
    operation: "RespondToAuthChallenge",
    member: "LambdaConfig.PreTokenGeneration",
    rule: "pre-token-source",
    title: "Tokens issued by answering NEW_PASSWORD_REQUIRED come from pre token generation with TokenGeneration_NewPasswordChallenge",
    facts: ["s14.pre-token-v1", "s14.pre-token-sources"],
    evidence: "DOC",
    fixtures: ["pool", "signInClient", "tempUser"],
    steps: [
      withTriggers({ PreTokenGeneration: FN.claimsV1 }),
      citing(["s9.new-password-required", "s9.session-shape"], newPasswordChallenge()),
      citing(["s9.new-password-answer", "s9.success"], ok("RespondToAuthChallenge", newPasswordAnswer(), SIGNED_IN, saveTokens())),
      claimsOf("{{idToken}}", { conformance_source: "TokenGeneration_NewPasswordChallenge" }),
    ],
  }),
  triggerScenario({
    id: "pre-token-refused",
    operation: "InitiateAuth",
    member: "LambdaConfig.PreTokenGeneration",
    rule: "pre-token-refusal",
    title: "A pre token generation function that throws: UserLambdaValidationException `PreTokenGeneration failed with error <message>.`",
    facts: ["s14.trigger-failed"],
    evidence: "CONFIRMED",
    steps: [withTriggers({ PreTokenGeneration: FN.refuse }), refusedBy("PreTokenGeneration", "InitiateAuth", passwordAuth())],
  }),
  // UserMigration
  triggerScenario({
    id: "migrate-user",
    operation: "InitiateAuth",
    member: "LambdaConfig.UserMigration",
    rule: "migrate-user-answer",
    title: "USER_PASSWORD_AUTH for a name the pool lacks runs migrate user; its userAttributes and finalUserStatus CONFIRMED make the user, signed in with the typed password",
    facts: ["s14.migrate-user"],
    evidence: "DOC",
    steps: [
      withTriggers({ UserMigration: FN.migrate }),
      citing(["s14.migrate-user", "s9.success"], ok("InitiateAuth", passwordAuth({ username: `${MIGRATED_PREFIX}someone` }), SIGNED_IN)),
      citing(["s14.migrate-user"], ok("AdminGetUser", { ...POOL, Username: `${MIGRATED_PREFIX}someone` }, { body: { UserStatus: "CONFIRMED", UserAttributes: { $all: [{ Name: "email", Value: `${MIGRATED_PREFIX}someone@example.com` }] } } })),
      citing(["s14.migrate-user", "s9.success"], ok("InitiateAuth", passwordAuth({ username: `${MIGRATED_PREFIX}someone` }), SIGNED_IN)),
    ],
  }),
  echoScenario({
    id: "migrate-user-event",
    operation: "InitiateAuth",
    trigger: "UserMigration",
    title: "The migrate user event: UserMigration_Authentication, request password, validationData and clientMetadata, response members",
    facts: ["s14.migrate-user", "s14.event-shape", "s14.trigger-failed", "s14.trigger-failed-others", "s14.client-metadata"],
    evidence: "INFERRED",
    body: { ...passwordAuth({ username: "unknown-name" }), ClientMetadata: { origin: "conformance" } },
    echo: {
        triggerSource: "UserMigration_Authentication",
        userName: "unknown-name",
        clientId: "{{signInClientId}}",
        request: ["clientMetadata", "password", "validationData"],
        response: ["desiredDeliveryMediums", "enableSMSMFA", "finalUserStatus", "forceAliasCreation", "messageAction", "userAttributes"],
    },
  }),
  // CustomMessage
  triggerScenario({
    id: "custom-message-event",
    operation: "SignUp",
    member: "LambdaConfig.CustomMessage",
    rule: "custom-message-event",
    title: "SignUp's code message runs custom message with CustomMessage_SignUp and the placeholders; then ResendConfirmationCode with CustomMessage_ResendCode",
    facts: ["s14.custom-message", "s14.event-shape", "s14.trigger-failed", "s14.trigger-failed-others", "s14.mock-message-client-id"],
    evidence: "INFERRED",
    steps: [
      withTriggers({ CustomMessage: FN.echo }, { AutoVerifiedAttributes: ["email"] }),
      echoed("CustomMessage", "SignUp", signUp(), message("CustomMessage_SignUp", NEW_NAME, "{{signInClientId}}")),
      echoed("CustomMessage", "ResendConfirmationCode", { ClientId: "{{signInClientId}}", Username: NEW_NAME }, message("CustomMessage_ResendCode", NEW_NAME, "{{signInClientId}}")),
    ],
  }),
  triggerScenario({
    id: "custom-message-sources",
    operation: "UpdateUserAttributes",
    member: "LambdaConfig.CustomMessage",
    rule: "custom-message-event",
    title: "Custom message sources: CustomMessage_ForgotPassword (ForgotPassword), _UpdateUserAttribute (UpdateUserAttributes), _VerifyUserAttribute (GetUserAttributeVerificationCode), _AdminCreateUser (AdminCreateUser)",
    facts: ["s14.custom-message", "s14.event-shape", "s14.trigger-failed", "s14.trigger-failed-others", "s14.mock-message-client-id"],
    evidence: "INFERRED",
    steps: [
      verifiedEmail,
      signIn(),
      withTriggers({ CustomMessage: FN.echo }, { AutoVerifiedAttributes: ["email"] }),
      echoed("CustomMessage", "ForgotPassword", { ClientId: "{{signInClientId}}", Username: "{{username}}" }, message("CustomMessage_ForgotPassword", "{{username}}", "{{signInClientId}}")),
      echoed("CustomMessage", "UpdateUserAttributes", { AccessToken: "{{accessToken}}", UserAttributes: [{ Name: "email", Value: "conformance-changed@example.com" }] }, message("CustomMessage_UpdateUserAttribute", "{{username}}", "{{signInClientId}}")),
      echoed("CustomMessage", "GetUserAttributeVerificationCode", { AccessToken: "{{accessToken}}", AttributeName: "email" }, message("CustomMessage_VerifyUserAttribute", "{{username}}", "{{signInClientId}}")),
      echoed("CustomMessage", "AdminCreateUser", { ...POOL, Username: NEW_NAME, UserAttributes: [{ Name: "email", Value: "conformance-signup@example.com" }], DesiredDeliveryMediums: ["EMAIL"] }, message("CustomMessage_AdminCreateUser", NEW_NAME, null)),
    ],
  }),
  triggerScenario({
    id: "post-confirmation-forgot-password",
    operation: "ConfirmForgotPassword",
    member: "LambdaConfig.PostConfirmation",
    rule: "post-confirmation-event",
    title: "ConfirmForgotPassword runs post confirmation with PostConfirmation_ConfirmForgotPassword after the new password is stored",
    facts: ["s14.post-confirmation", "s14.event-shape", "s14.trigger-failed", "s14.trigger-failed-others", "mock.control-api"],
    evidence: "INFERRED",
    steps: [
      verifiedEmail,
      ok("ForgotPassword", { ClientId: "{{signInClientId}}", Username: "{{username}}" }),
      resetCode,
      withTriggers({ PostConfirmation: FN.echo }),
      echoed("PostConfirmation", "ConfirmForgotPassword", { ClientId: "{{signInClientId}}", Username: "{{username}}", ConfirmationCode: "{{resetCode}}", Password: "{{newPassword}}", ClientMetadata: { origin: "conformance" } }, {
        triggerSource: "PostConfirmation_ConfirmForgotPassword",
        userName: "{{username}}",
        clientId: "{{signInClientId}}",
        request: ["clientMetadata", "userAttributes"],
        response: [],
      }),
      inferred("post confirmation runs after the new password is stored (docs/triggers.md atomicity), so the new password signs in", ok("InitiateAuth", passwordAuth({ password: "{{newPassword}}" }), SIGNED_IN), ["s14.post-confirmation"]),
    ],
    fixtures: [...SIGNED_UP_FIXTURES, "tempUser"],
  }),
  triggerScenario({
    id: "migrate-user-forgot-password",
    operation: "ForgotPassword",
    member: "LambdaConfig.UserMigration",
    rule: "migrate-user-answer",
    title: "ForgotPassword for a name the pool lacks runs migrate user (UserMigration_ForgotPassword, no password); the migrated user is RESET_REQUIRED and the code goes to the verified email",
    facts: ["s14.migrate-user", "s14.migrate-user-forgot-password"],
    evidence: "DOC",
    steps: [
      withTriggers({ UserMigration: FN.migrate }),
      citing(["s14.migrate-user-forgot-password"], ok("ForgotPassword", { ClientId: "{{signInClientId}}", Username: `${MIGRATED_PREFIX}resetter` }, { body: { CodeDeliveryDetails: { DeliveryMedium: "EMAIL", AttributeName: "email" } } })),
      citing(["s14.migrate-user"], ok("AdminGetUser", { ...POOL, Username: `${MIGRATED_PREFIX}resetter` }, { body: { UserStatus: "RESET_REQUIRED" } })),
    ],
  }),
  echoScenario({
    id: "migrate-user-forgot-password-event",
    operation: "ForgotPassword",
    trigger: "UserMigration",
    title: "The forgot-password migrate user event: UserMigration_ForgotPassword without a password member",
    facts: ["s14.migrate-user-forgot-password", "s14.event-shape", "s14.trigger-failed", "s14.trigger-failed-others"],
    evidence: "INFERRED",
    body: { ClientId: "{{signInClientId}}", Username: "unknown-name" },
    echo: {
        triggerSource: "UserMigration_ForgotPassword",
        userName: "unknown-name",
        clientId: "{{signInClientId}}",
        request: [],
        response: ["desiredDeliveryMediums", "enableSMSMFA", "finalUserStatus", "forceAliasCreation", "messageAction", "userAttributes"],
    },
  }),
];
