// The evidence registry: every fact the suites rely on, once, with its label, its source and (CONFIRMED) the
// verbatim text. Cases cite these ids (`facts: ["s4.pool-not-found"]`) instead of free-text sections, and
// suites/test/evidence.test.ts fails when a case's label is stronger than its facts' or when it asserts an exact
// message that no CONFIRMED fact holds. Seeded from the research notes aws-behavior.md (ids: §-number + name);
// `<…>` in a text stands for a value (an id, a member name, a number). §12–§15 live in their own files, composed
// here; docs/evidence.md renders the whole registry (npm run generate:evidence).
import { ref, type Fact } from "./fact.ts";
import { DEVICE_FACTS } from "./facts-devices.ts";
import { LOG_EXPORT_FACTS } from "./facts-log-export.ts";
import { MANAGEMENT_FACTS } from "./facts-management.ts";
import { TRIGGER_FACTS } from "./facts-triggers.ts";
import { FACTS_S12_USERS } from "./facts-s12-users.ts";
import { FACTS_S12_GROUPS } from "./facts-s12-groups.ts";
import { S12_CLIENT_FACTS } from "./facts-s12-clients.ts";
import { POOL_EXTRA_FACTS } from "./facts-pool-extras.ts";
import { MANAGED_LOGIN_FACTS } from "./facts-managed-login.ts";

export type { Fact } from "./fact.ts";
const ERR_SOURCES = "aws-sdk-cpp#1789, localstack#3201, aws-sdk-swift#296, aws-sdk-php#2183";

export const FACTS = {
  // §1 wire protocol
  "s1.request": { label: "DOC", says: "POST /, Content-Type application/x-amz-json-1.1, X-Amz-Target AWSCognitoIdentityProviderService.<Op>, SigV4 service cognito-idp", source: ref("1", "awsJson1_1 protocol, AWS model") },
  "s1.success": { label: "CONFIRMED", says: "success is 200, application/x-amz-json-1.1, x-amzn-RequestId; no-output operations answer {}; timestamps are epoch seconds with a fraction", source: ref("1", "real answers, e.g. 1547763720.822") },
  "s1.error-shape": { label: "CONFIRMED", says: "client errors are 400 (never the Smithy 403/404/429), InternalErrorException 500; body {__type: short name, message}; x-amzn-ErrorType `<Name>:`, x-amzn-ErrorMessage, x-amzn-RequestId", source: ref("1", ERR_SOURCES) },

  // §2 validation
  "s2.invalid-parameter": {
    label: "CONFIRMED",
    says: "model constraint violations answer InvalidParameterException (never ValidationException) with AWS's validation message",
    source: ref("2"),
    text: ["1 validation error detected: Value 'YOUR_USER_POOL_ID' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+"],
  },
  "s2.member-names": { label: "CONFIRMED", says: "top-level member names print lowerCamelCase (userPoolId, clientId, mfaConfiguration)", source: ref("2") },
  "s2.nested-paths": { label: "UNKNOWN", says: "how nested member paths print (dotted lowerCamelCase is the natural choice)", source: ref("2", "other services of the same framework") },
  "s2.container-clauses": { label: "INFERRED", says: "list items, lists of structures and map entries print the container form of the clause (`Member must satisfy constraint: [...]`, `list.1.member.field`)", source: "the suites' reading of Coral (AWS's validation framework), not seen from Cognito" },
  "s2.acronym-names": { label: "INFERRED", says: "lowerCamelCase of a member name that starts with an acronym (IPRange... -> iPRange...?)", source: "the suites' reading of Coral, not seen from Cognito" },
  "s2.clause-required": { label: "CONFIRMED", says: "a missing required member", source: ref("2"), text: ["Value null at '<m>' failed to satisfy constraint: Member must not be null"] },
  "s2.clause-length": {
    label: "CONFIRMED",
    says: "string and list length clauses",
    source: ref("2"),
    text: ["Member must have length greater than or equal to <n>", "Member must have length less than or equal to <n>"],
  },
  "s2.clause-pattern": { label: "CONFIRMED", says: "the pattern clause (the model's pattern, applied to the whole value)", source: ref("2"), text: ["Member must satisfy regular expression pattern: <pattern>"] },
  "s2.clause-enum": { label: "CONFIRMED", says: "the enum clause", source: ref("2"), text: ["Member must satisfy enum value set: [<values>]"] },
  "s2.clause-value": {
    label: "CONFIRMED",
    says: "integer bound clauses",
    source: ref("2"),
    text: ["Member must have value greater than or equal to <n>", "Member must have value less than or equal to <n>"],
  },
  "s2.several": { label: "CONFIRMED", says: "several violations: `N validation errors detected: <clause>; <clause>`, one clause per member and constraint, in no stable order", source: ref("2"), text: ["<n> validation errors detected: <clauses>"] },
  "s2.sensitive-username-password": { label: "CONFIRMED", says: "username and password clauses print without the value", source: ref("2"), text: ["Value at 'username' failed to satisfy constraint: <clause>"] },
  "s2.sensitive-others": { label: "INFERRED", says: "other sensitive members (ClientId, FeedbackToken, ...) print without the value too", source: ref("2") },
  "s2.malformed-json": { label: "CONFIRMED", says: "malformed JSON: 400 {\"__type\":\"SerializationException\"} with no message key", source: ref("2") },
  "s2.wrong-json-type": { label: "CONFIRMED", says: "a wrong JSON type for a member is a SerializationException", source: ref("2"), text: ["Start of structure or map found where not expected."] },
  "s2.wrong-json-type-texts": { label: "INFERRED", says: "the SerializationException wording for other wrong types (a list, a string where a structure belongs)", source: "the suites' reading of Coral (Jackson wording), by analogy with the CONFIRMED one" },
  "s2.wrong-json-type-body": { label: "INFERRED", says: "a JSON value other than an object as the whole body is a SerializationException", source: "the suites' reading of Coral, by analogy with the CONFIRMED wrong member type" },
  "s2.null-is-absent": { label: "INFERRED", says: "a member sent as JSON null counts as absent (a required one is reported missing)", source: "Coral's JSON reader (AWS SDKs drop nulls); not seen from Cognito" },
  "s2.unknown-target": { label: "UNKNOWN", says: "an unknown X-Amz-Target (the framework's usual answer is 400 UnknownOperationException)", source: ref("2") },

  // §3 authentication
  "s3.sigv4": { label: "DOC", says: "every operation here needs SigV4 except UpdateAuthEventFeedback (model: noAuth)", source: ref("3", "AWS model") },
  "s3.missing-token": { label: "CONFIRMED", says: "an unsigned call to an IAM operation", source: ref("3"), text: ["Missing Authentication Token"] },
  "s3.unrecognized-client": { label: "CONFIRMED", says: "an unknown access key: UnrecognizedClientException", source: ref("3"), text: ["The security token included in the request is invalid."] },
  "s3.invalid-signature": {
    label: "CONFIRMED",
    says: "a bad signature: InvalidSignatureException",
    source: ref("3"),
    text: ["The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."],
  },

  // §4 not found
  "s4.pool-not-found": { label: "CONFIRMED", says: "ResourceNotFoundException for an unknown pool", source: ref("4"), text: ["User pool <id> does not exist."] },
  "s4.client-not-found": { label: "CONFIRMED", says: "ResourceNotFoundException for an unknown app client", source: ref("4"), text: ["User pool client <id> does not exist."] },
  "s4.user-not-found": { label: "CONFIRMED", says: "UserNotFoundException for an unknown user", source: ref("4"), text: ["User does not exist."] },

  // §5 risk configuration
  "s5.scope": { label: "DOC", says: "UserPoolId alone is the pool's configuration; with ClientId the client's, which overrides the pool's for that client", source: ref("5", "SetRiskConfiguration reference") },
  "s5.reset-pool": { label: "DOC", says: "a request with only UserPoolId sets the pool back to defaults", source: ref("5", "SetRiskConfiguration reference") },
  "s5.reset-client": { label: "DOC", says: "only UserPoolId + ClientId makes the client inherit from the pool again", source: ref("5", "SetRiskConfiguration reference") },
  "s5.tier-plus": { label: "DOC", says: "threat protection needs the Plus tier; the model's gating error for the risk operations is UserPoolAddOnNotEnabledException", source: ref("5", "SetRiskConfiguration reference, AWS model") },
  "s5.tier-refusal-text": { label: "UNKNOWN", says: "the exact text of the tier / add-on refusal of the risk operations", source: ref("5") },
  "s5.pre-tier-off-accepted": { label: "CONFIRMED", says: "before feature tiers (2022–2024) SetRiskConfiguration succeeded on pools with threat protection OFF", source: ref("5", "terraform-provider-aws acceptance runs") },
  "s5.notify-false-no-config": { label: "CONFIRMED", says: "Notify=false without NotifyConfiguration is accepted", source: ref("5", "terraform acceptance runs") },
  "s5.notify-true-no-config": { label: "INFERRED", says: "Notify=true without NotifyConfiguration is refused with InvalidParameterException; text UNKNOWN", source: ref("5") },
  "s5.cidr-format": { label: "DOC", says: "IP range lists hold CIDRs (IPv4 or IPv6), e.g. 192.0.2.0/24; the model has only list max 200, so checking is service-side", source: ref("5", "developer guide") },
  "s5.cidr-refusal": { label: "INFERRED", says: "a list entry that is not a CIDR is refused with InvalidParameterException; text UNKNOWN", source: ref("5") },
  "s5.client-of-another-pool": { label: "INFERRED", says: "a ClientId of another pool's client is not found in this pool (ResourceNotFoundException)", source: ref("5") },
  "s5.echo": { label: "DOC", says: "the response echoes the stored configuration under RiskConfiguration, with UserPoolId, ClientId (client scope) and LastModifiedDate in epoch seconds", source: ref("5", "SetRiskConfiguration reference") },
  "s5.describe-unconfigured": { label: "INFERRED", says: "Describe for a pool never configured answers {RiskConfiguration: {UserPoolId}}", source: ref("5") },
  "s5.describe-client-fallback": { label: "INFERRED", says: "Describe with a ClientId that has no client configuration answers the pool's configuration", source: ref("5") },

  // §6 UpdateUserPool / DescribeUserPool
  "s6.update-resets": { label: "DOC", says: "with the exception of UserPoolTier, an attribute not provided is set to its default", source: ref("6", "UpdateUserPool reference") },
  "s6.omitted-auto-verified": { label: "CONFIRMED", says: "AutoVerifiedAttributes is reset when omitted", source: ref("6", "measured on real AWS, 2026, with controls") },
  "s6.omitted-lambda": { label: "CONFIRMED", says: "LambdaConfig is replaced as a whole by an update", source: ref("6", "measured on real AWS, 2026") },
  "s6.omitted-admin-create-only": { label: "CONFIRMED", says: "AdminCreateUserConfig.AllowAdminCreateUserOnly flips back to false when omitted", source: ref("6", "measured on real AWS, 2026") },
  "s6.omitted-add-ons": { label: "CONFIRMED", says: "UserPoolAddOns comes back null when omitted", source: ref("6", "measured on real AWS, 2026") },
  "s6.omitted-mfa-kept": { label: "CONFIRMED", says: "MfaConfiguration is NOT reset by omission", source: ref("6", "measured on real AWS, 2026") },
  "s6.omitted-policies-kept": { label: "CONFIRMED", says: "Policies (PasswordPolicy, SignInPolicy) are NOT reset by omission", source: ref("6", "measured on real AWS, 2026") },
  "s6.omitted-tier-kept": { label: "CONFIRMED", says: "UserPoolTier is never reset by omission", source: ref("6", "measured on real AWS, 2026") },
  "s6.omitted-tags": { label: "INFERRED", says: "an update that omits UserPoolTags removes the tags (2018–2019 reports; may be stale)", source: ref("6") },
  "s6.mfa-on-refused": { label: "CONFIRMED", says: "MfaConfiguration ON on an existing pool is refused with InvalidParameterException (OPTIONAL accepted)", source: ref("6"), text: ["Cannot turn MFA functionality ON, once the user pool has been created."] },
  "s6.tier-feature-unavailable": {
    label: "CONFIRMED",
    says: "threat protection on a non-Plus pool: FeatureUnavailableInTierException, `... for the <TIER> pricing tier configured: <Feature>[, ...]`",
    source: ref("6"),
    text: ["The following features need to be disabled for the <tier> pricing tier configured: <features>"],
  },
  "s6.default-tier": { label: "CONFIRMED", says: "new pools default to ESSENTIALS", source: ref("6") },
  "s6.tier-changes": { label: "CONFIRMED", says: "tier changes LITE→ESSENTIALS→PLUS→LITE are accepted", source: ref("6") },
  "s6.tier-other-tiers": { label: "INFERRED", says: "the FeatureUnavailableInTierException wording for LITE follows the ESSENTIALS one", source: ref("6", "the CONFIRMED pattern") },
  "s6.tier-on-create": { label: "INFERRED", says: "CreateUserPool refuses threat protection below PLUS as UpdateUserPool does", source: ref("6") },
  "s6.upgrade-with-add-on": { label: "INFERRED", says: "one UpdateUserPool may move a pool to PLUS and switch threat protection on", source: ref("6") },
  "s6.add-ons-empty": { label: "DOC", says: "UserPoolAddOns: {} is rejected (AdvancedSecurityMode is required inside it)", source: ref("6", "AWS model") },
  "s6.verification-before-update": {
    label: "CONFIRMED",
    says: "AttributesRequireVerificationBeforeUpdate naming an attribute not in AutoVerifiedAttributes: InvalidParameterException",
    source: ref("6"),
    text: ["All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes"],
  },
  "s6.deletion-protection": {
    label: "CONFIRMED",
    says: "DeleteUserPool with DeletionProtection ACTIVE: InvalidParameterException",
    source: ref("6"),
    text: ["The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first."],
  },
  "s6.describe-defaults": { label: "CONFIRMED", says: "DescribeUserPool: CreationDate/LastModifiedDate epoch seconds; UserPoolTags {}, LambdaConfig {}, MfaConfiguration OFF by default", source: ref("6") },

  // §7 auth events and feedback
  "s7.event-shape": { label: "DOC", says: "AuthEventType members and enums (EventType, EventResponse, EventRisk, ChallengeResponses, EventContextData, EventFeedback)", source: ref("7", "AWS model") },
  "s7.max-results": { label: "DOC", says: "AdminListUserAuthEvents MaxResults 0..60, 0 or absent means 60; NextToken paging", source: ref("7", "AWS model, API reference") },
  "s7.list-needs-threat-protection": { label: "INFERRED", says: "AdminListUserAuthEvents on a pool without threat protection: UserPoolAddOnNotEnabledException (text not shown)", source: ref("7", "another emulator's authors") },
  "s7.feedback-templates": { label: "DOC", says: "feedback tokens arrive in the mail; templates use {one-click-link-valid} and {one-click-link-invalid}", source: ref("7", "seed 003") },
  "s7.feedback-unknown-event": { label: "INFERRED", says: "feedback for an unknown EventId: ResourceNotFoundException; text UNKNOWN", source: ref("7") },
  "s7.feedback-bad-token": { label: "INFERRED", says: "feedback with a bad token: NotAuthorizedException; text UNKNOWN", source: ref("7") },
  "s7.feedback-unknown-user": { label: "INFERRED", says: "feedback for an unknown user: UserNotFoundException `User does not exist.` (the text is CONFIRMED for other operations)", source: ref("7") },
  "s7.empty-list": { label: "INFERRED", says: "a user without events lists an empty AuthEvents and no NextToken", source: ref("7", "the model's shapes; no transcript") },
  "s7.event-order": { label: "UNKNOWN", says: "the order of listed events (the mock lists newest first); the suites assert sets", source: ref("7") },
  "s7.admin-feedback-provider": { label: "INFERRED", says: "AdminUpdateAuthEventFeedback records EventFeedback with Provider Admin", source: ref("7", "model: EventFeedbackType.Provider") },
  "s7.feedback-unknown-pool": { label: "INFERRED", says: "on the feedback operations an unknown pool answers ResourceNotFoundException `User pool <id> does not exist.` (CONFIRMED for other operations)", source: ref("7") },
  "s7.feedback-add-on-gate": { label: "INFERRED", says: "the feedback operations on a pool with threat protection off answer UserPoolAddOnNotEnabledException before any event lookup", source: ref("7", "the model lists the error") },
  "s7.audit-no-action": { label: "DOC", says: "AUDIT records risk but takes no action", source: ref("7", "seed 002, SetRiskConfiguration reference") },
  "s7.enforced-actions": { label: "DOC", says: "ENFORCED applies the configured action per risk level", source: ref("7", "seed 002, SetRiskConfiguration reference") },
  "s7.skipped-ips": { label: "DOC", says: "IPs in SkippedIPRangeList are not evaluated (by adaptive authentication)", source: ref("7", "SetRiskConfiguration reference") },
  "s7.blocked-ips": { label: "DOC", says: "IPs in BlockedIPRangeList are always blocked", source: ref("7", "SetRiskConfiguration reference") },

  // §8 quotas
  "s8.throttling": { label: "CONFIRMED", says: "TooManyRequestsException, 400", source: ref("8"), text: ["Rate exceeded", "Too many requests"] },
  "s8.quotas": { label: "DOC", says: "UserPoolRead and UserPoolUpdate: 15 requests/s per account and region, not adjustable", source: ref("8", "quotas page") },

  // §9 sign-in flows, challenges and their errors
  "s9.error-shape": { label: "CONFIRMED", says: "sign-in errors are 400 in the §1 shape", source: ref("9", "aws-sdk-cpp#1789"), text: ["Invalid Refresh Token."] },
  "s9.flows": { label: "DOC", says: "the flows InitiateAuth and AdminInitiateAuth take, and their AuthParameters", source: ref("9", "AWS model") },
  "s9.flow-wrong-entry": { label: "CONFIRMED", says: "a flow sent to the wrong entry point: InvalidParameterException", source: ref("9", "aws-doc-sdk-examples#5289"), text: ["Initiate Auth method not supported."] },
  "s9.success": { label: "CONFIRMED", says: "success: {ChallengeParameters: {}, AuthenticationResult: {AccessToken, ExpiresIn 3600, TokenType Bearer, RefreshToken, IdToken}}, no ChallengeName, no Session", source: ref("9", "CLI output") },
  "s9.refresh": { label: "DOC", says: "REFRESH_TOKEN_AUTH returns new ID and access tokens, a new RefreshToken only with rotation on", source: ref("9") },
  "s9.amplify-refresh": { label: "CONFIRMED", says: "Amplify v6 (since 6.15) refreshes with GetTokensFromRefreshToken, not InitiateAuth", source: ref("9", "Amplify code") },
  "s9.wrong-password": { label: "CONFIRMED", says: "a wrong password (also ChangePassword's PreviousPassword): NotAuthorizedException", source: ref("9"), text: ["Incorrect username or password."] },
  "s9.unknown-user-legacy": { label: "CONFIRMED", says: "an unknown user with PreventUserExistenceErrors LEGACY (the API default): UserNotFoundException", source: ref("9"), text: ["User does not exist."] },
  "s9.unknown-user-enabled": { label: "CONFIRMED", says: "an unknown user with PreventUserExistenceErrors ENABLED gets the wrong-password answer", source: ref("9"), text: ["Incorrect username or password."] },
  "s9.srp-fake-salt": { label: "DOC", says: "SRP for an unknown user under ENABLED: a simulated PASSWORD_VERIFIER with a stable fake salt", source: ref("9") },
  "s9.lockout": { label: "CONFIRMED", says: "lockout: NotAuthorizedException (no period)", source: ref("9"), text: ["Password attempts exceeded"] },
  "s9.lockout-timing": { label: "DOC", says: "lockout after 5 failures, 1 s doubling up to ~15 min", source: ref("9") },
  "s9.flow-not-enabled": { label: "CONFIRMED", says: "a flow the client does not allow: InvalidParameterException", source: ref("9"), text: ["USER_PASSWORD_AUTH flow not enabled for this client"] },
  "s9.admin-flow-not-enabled": { label: "CONFIRMED", says: "the admin flow not allowed on the client: InvalidParameterException", source: ref("9"), text: ["Auth flow not enabled for this client"] },
  "s9.secret-hash-wrong": { label: "CONFIRMED", says: "a wrong SECRET_HASH: NotAuthorizedException", source: ref("9"), text: ["Unable to verify secret hash for client <clientId>"] },
  "s9.secret-hash-missing": { label: "CONFIRMED", says: "a missing SECRET_HASH for a client with a secret", source: ref("9"), text: ["Client <clientId> is configured with secret but SECRET_HASH was not received"] },
  "s9.secret-hash-formula": { label: "DOC", says: "SECRET_HASH = Base64(HMAC-SHA256(client secret, username + clientId))", source: ref("9") },
  "s9.unconfirmed": { label: "CONFIRMED", says: "an unconfirmed user (even with a wrong password): UserNotConfirmedException", source: ref("9"), text: ["User is not confirmed."] },
  "s9.disabled": { label: "CONFIRMED", says: "a disabled user: NotAuthorizedException", source: ref("9"), text: ["User is disabled."] },
  "s9.session-expired": { label: "CONFIRMED", says: "an expired session: NotAuthorizedException", source: ref("9"), text: ["Invalid session for the user, session is expired."] },
  "s9.session-invalid": { label: "CONFIRMED", says: "a bad or reused session: NotAuthorizedException", source: ref("9"), text: ["Invalid session for the user."] },
  "s9.mfa-code-mismatch": { label: "CONFIRMED", says: "a wrong MFA code: CodeMismatchException", source: ref("9"), text: ["Invalid code or auth state for the user."] },
  "s9.verification-code-mismatch": { label: "CONFIRMED", says: "a wrong confirmation or reset code: CodeMismatchException", source: ref("9"), text: ["Invalid verification code provided, please try again."] },
  "s9.code-expired": { label: "CONFIRMED", says: "an expired code: ExpiredCodeException", source: ref("9"), text: ["Invalid code provided, please request a code again."] },
  "s9.code-validity": { label: "DOC", says: "codes are valid 24 h", source: ref("9") },
  "s9.refresh-invalid": { label: "CONFIRMED", says: "an invalid refresh token: NotAuthorizedException", source: ref("9"), text: ["Invalid Refresh Token."] },
  "s9.refresh-revoked": { label: "CONFIRMED", says: "a revoked refresh token: NotAuthorizedException", source: ref("9"), text: ["Refresh Token has been revoked"] },
  "s9.access-revoked": { label: "CONFIRMED", says: "a revoked access token: NotAuthorizedException", source: ref("9"), text: ["Access Token has been revoked"] },
  "s9.access-invalid": { label: "CONFIRMED", says: "an invalid access token: NotAuthorizedException", source: ref("9"), text: ["Invalid Access Token"] },
  "s9.totp-verify-mismatch": { label: "CONFIRMED", says: "VerifySoftwareToken with a wrong code: EnableSoftwareTokenMFAException", source: ref("9"), text: ["Code mismatch and fail enable Software Token MFA"] },
  "s9.totp-not-found": { label: "CONFIRMED", says: "SoftwareTokenMFANotFoundException", source: ref("9"), text: ["Software Token MFA does not exist for the user."] },
  "s9.totp-enable-before-verify": { label: "CONFIRMED", says: "enabling TOTP before verifying it: InvalidParameterException", source: ref("9"), text: ["User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA"] },
  "s9.username-exists": { label: "CONFIRMED", says: "UsernameExistsException (SignUp); the email wording when the username is an email", source: ref("9"), text: ["User already exists", "An account with the given email already exists."] },
  "s9.confirm-confirmed": { label: "CONFIRMED", says: "ConfirmSignUp of a confirmed user: NotAuthorizedException", source: ref("9"), text: ["User cannot be confirmed. Current status is CONFIRMED"] },
  "s9.signup-admin-only": { label: "CONFIRMED", says: "SignUp on an admin-only pool: NotAuthorizedException", source: ref("9"), text: ["SignUp is not permitted for this user pool"] },
  "s9.limit-exceeded": { label: "CONFIRMED", says: "LimitExceededException", source: ref("9"), text: ["Attempt limit exceeded, please try after some time."] },
  "s9.missing-srp-a": { label: "CONFIRMED", says: "USER_SRP_AUTH without SRP_A: InvalidParameterException", source: ref("9"), text: ["Missing required parameter SRP_A"] },
  "s9.password-policy": {
    label: "INFERRED",
    says: "InvalidPasswordException `Password did not conform with policy: <rule>` (not long enough / uppercase / lowercase / symbol characters), one rule at a time",
    source: ref("9", "apps match these strings; no transcript"),
  },
  "s9.password-policy-numeric": { label: "UNKNOWN", says: "the text of the numeric-character password rule", source: ref("9") },
  "s9.password-reset-required": { label: "INFERRED", says: "PasswordResetRequiredException `Password reset required for the user`", source: ref("9", "apps match this string") },
  "s9.password-too-short": {
    label: "CONFIRMED",
    says: "a password under 6 characters fails model validation first (sensitive: no value)",
    source: ref("9"),
    text: ["1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length greater than or equal to 6"],
  },
  "s9.new-password-required": { label: "CONFIRMED", says: "NEW_PASSWORD_REQUIRED: Session `AYABe…`, ChallengeParameters USER_ID_FOR_SRP, requiredAttributes and userAttributes as JSON strings, no USERNAME", source: ref("9", "CLI outputs") },
  "s9.new-password-answer": { label: "DOC", says: "the NEW_PASSWORD_REQUIRED answer {NEW_PASSWORD, USERNAME, userAttributes.<n>}", source: ref("9") },
  "s9.sms-mfa": { label: "INFERRED", says: "SMS_MFA: answer SMS_MFA_CODE; parameters CODE_DELIVERY_DELIVERY_MEDIUM / CODE_DELIVERY_DESTINATION", source: ref("9", "Amplify") },
  "s9.email-otp": { label: "DOC", says: "EMAIL_OTP: answer EMAIL_OTP_CODE", source: ref("9") },
  "s9.software-token-mfa": { label: "DOC", says: "SOFTWARE_TOKEN_MFA: answer SOFTWARE_TOKEN_MFA_CODE (6 digits)", source: ref("9") },
  "s9.software-token-mfa-parameters": { label: "UNKNOWN", says: "the ChallengeParameters of SOFTWARE_TOKEN_MFA", source: ref("9") },
  "s9.select-mfa-type": { label: "DOC", says: "SELECT_MFA_TYPE: answer ANSWER, choices in MFAS_CAN_CHOOSE (a JSON array string)", source: ref("9") },
  "s9.mfa-setup": { label: "DOC", says: "MFA_SETUP (MFAS_CAN_SETUP), AssociateSoftwareToken → {SecretCode, Session}, VerifySoftwareToken → {Status SUCCESS, Session}, then MFA_SETUP → tokens", source: ref("9") },
  "s9.totp-secret": { label: "INFERRED", says: "SecretCode is a base32 TOTP key (RFC 6238, 30 s, 6 digits)", source: ref("9") },
  "s9.session-shape": { label: "CONFIRMED", says: "sessions are opaque strings beginning AYABe", source: ref("9") },
  "s9.session-validity": { label: "DOC", says: "sessions are valid AuthSessionValidity minutes (3–15)", source: ref("9") },
  "s9.session-default-validity": { label: "INFERRED", says: "the default AuthSessionValidity is 3 minutes", source: ref("9") },
  "s9.password-verifier-timing": { label: "DOC", says: "PASSWORD_VERIFIER must be answered within a few seconds", source: ref("9") },
  "s9.user-auth": { label: "DOC", says: "USER_AUTH without PREFERRED_CHALLENGE answers SELECT_CHALLENGE with AvailableChallenges; needs ALLOW_USER_AUTH and ESSENTIALS or higher", source: ref("9") },
  "s9.user-auth-wire": { label: "UNKNOWN", says: "USER_AUTH on the wire (no transcript)", source: ref("9") },
  "s9.client-default-flows": { label: "DOC", says: "a new app client without ExplicitAuthFlows allows ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH", source: ref("9") },
  "s9.user-lifecycle": { label: "DOC", says: "SignUp/ConfirmSignUp/AdminSetUserPassword/AdminCreateUser statuses (UNCONFIRMED, CONFIRMED, EXTERNAL_PROVIDER, RESET_REQUIRED, FORCE_CHANGE_PASSWORD)", source: ref("9", "AWS model") },
  "s9.destination-masked": { label: "CONFIRMED", says: "CodeDeliveryDetails.Destination is masked (s***@g***)", source: ref("9", "2023 CLI output") },
  "s9.forgot-password-unknown-enabled": { label: "CONFIRMED", says: "ForgotPassword for an unknown user under ENABLED answers 200 with simulated CodeDeliveryDetails", source: ref("9", "headers") },

  // §10 SRP and tokens
  "s10.srp": { label: "INFERRED", says: "the SRP computation of the AWS-authored clients (N 3072-bit, g 2, k, u, x, S, HKDF 'Caldera Derived Key', TIMESTAMP, PASSWORD_CLAIM_SIGNATURE)", source: ref("10", "amazon-cognito-identity-js, Amplify v6, pycognito: they agree and work against the service") },
  "s10.srp-bad-timestamp": { label: "INFERRED", says: "a padded day, a wrong weekday or a far clock gets `Incorrect username or password.`", source: ref("10", "third-party measurement") },
  "s10.password-verifier": { label: "CONFIRMED", says: "USER_SRP_AUTH answers PASSWORD_VERIFIER with SALT, SECRET_BLOCK, SRP_B, USERNAME, USER_ID_FOR_SRP; no Session seen", source: ref("10", "boto3 dump, pycognito#78") },
  "s10.password-verifier-answer": { label: "DOC", says: "the PASSWORD_VERIFIER answer {USERNAME, PASSWORD_CLAIM_SECRET_BLOCK, TIMESTAMP, PASSWORD_CLAIM_SIGNATURE, SECRET_HASH?, DEVICE_KEY?}", source: ref("10") },
  "s10.moto-no-srp": { label: "CONFIRMED", says: "moto does not verify SRP (any password passes)", source: ref("10", "moto's source") },
  "s10.token-header": { label: "CONFIRMED", says: "JWT header exactly {\"kid\":\"<44-char base64>\",\"alg\":\"RS256\"}; ID and access tokens use different keys", source: ref("10", "decoded real tokens") },
  "s10.jwks": { label: "DOC", says: "JWKS at https://cognito-idp.<region>.amazonaws.com/<poolId>/.well-known/jwks.json with two RSA keys (bodies CONFIRMED)", source: ref("10") },
  "s10.access-claims": { label: "CONFIRMED", says: "access token claims in order: sub, (cognito:groups), iss, client_id, origin_jti, event_id, token_use access, scope, auth_time, exp, iat, jti, username; no aud", source: ref("10", "decoded real tokens") },
  "s10.id-claims": { label: "CONFIRMED", says: "ID token claims: sub, iss, cognito:username, origin_jti, aud, event_id, token_use id, auth_time, exp, attributes, iat, jti", source: ref("10", "decoded real tokens") },
  "s10.refresh-token": { label: "CONFIRMED", says: "the refresh token is a compact JWE {cty JWT, enc A256GCM, alg RSA-OAEP}, opaque", source: ref("10", "decoded real tokens") },
  "s10.refresh-keeps": { label: "CONFIRMED", says: "a refresh keeps auth_time, origin_jti and event_id and mints a new jti", source: ref("10", "decoded real tokens") },
  "s10.validities": { label: "DOC", says: "1 h access/ID, 30 days refresh by default", source: ref("10") },
  "s10.aws-jwt-verify": { label: "CONFIRMED", says: "aws-jwt-verify derives issuer and JWKS URL from the pool id; tests hand the JWKS over with cacheJwks()", source: ref("10", "its code") },
  "s10.amplify-config": { label: "CONFIRMED", says: "Amplify v6 posts every call to userPoolEndpoint, unsigned, region from the pool id; signIn defaults to USER_SRP_AUTH", source: ref("10", "its code") },

  // §11 threat protection on sign-in
  "s11.blocked-ip-message": { label: "CONFIRMED", says: "a sign-in from a BlockedIPRangeList address: NotAuthorizedException", source: ref("11", "PFML portal useAuthLogic.js"), text: ["Request not allowed due to security reasons."] },
  "s11.block-action-message": { label: "CONFIRMED", says: "a sign-in blocked by an adaptive-authentication BLOCK action: NotAuthorizedException", source: ref("11", "PFML portal; three independent clients"), text: ["Unable to login because of security reasons."] },
  "s11.srp-block-step": { label: "UNKNOWN", says: "which SRP call fails when a sign-in is blocked (INFERRED: the PASSWORD_VERIFIER answer)", source: ref("11") },
  "s11.compromised-sign-up": { label: "CONFIRMED", says: "a compromised password with BLOCK on SignUp (and ConfirmForgotPassword): InvalidPasswordException", source: ref("11", "boto3 sign_up"), text: ["Provided password cannot be used for security reasons."] },
  "s11.compromised-sign-in-flows": { label: "DOC", says: "on sign-in the compromised-credentials check runs only for USER_PASSWORD_AUTH and ADMIN_USER_PASSWORD_AUTH", source: ref("11") },
  "s11.compromised-block-reset": { label: "DOC", says: "compromised-credentials BLOCK on sign-in sets the user to RESET_REQUIRED", source: ref("11") },
  "s11.compromised-sign-in-text": { label: "UNKNOWN", says: "the error text of a compromised-credentials block on sign-in", source: ref("11") },
  "s11.event-filter": { label: "DOC", says: "EventFilter SIGN_IN / SIGN_UP / PASSWORD_CHANGE (default all)", source: ref("11", "AWS model") },
  "s11.lists-enforced": { label: "DOC", says: "always-block and always-allow lists exist in ENFORCED (full-function) mode", source: ref("11") },
  "s11.blocked-no-risk-level": { label: "DOC", says: "a blocked address gets no risk level and can neither sign up nor sign in", source: ref("11") },
  "s11.lists-not-refresh": { label: "DOC", says: "the lists don't affect token refresh", source: ref("11") },
  "s11.skip-keeps-compromised": { label: "DOC", says: "always-allow skips adaptive authentication but not the compromised-credentials check", source: ref("11") },
  "s11.mfa-if-configured": { label: "DOC", says: "MFA_IF_CONFIGURED challenges if the user can do MFA, else allows", source: ref("11", "AWS model") },
  "s11.mfa-required": { label: "DOC", says: "MFA_REQUIRED challenges if possible, else blocks (the console page says it prompts MFA setup: the docs disagree)", source: ref("11", "AWS model") },
  "s11.risk-mfa-ordinary": { label: "INFERRED", says: "risk-triggered MFA is an ordinary MFA challenge", source: ref("11") },
  "s11.mfa-needs-optional": { label: "DOC", says: "risk-based MFA needs the pool's MfaConfiguration OPTIONAL", source: ref("11") },
  "s11.console-defaults": { label: "DOC", says: "console defaults: block at all levels, no notification", source: ref("11") },
  "s11.context-data": { label: "DOC", says: "ContextData on AdminInitiateAuth / AdminRespondToAuthChallenge (IpAddress, ServerName, ServerPath, HttpHeaders required)", source: ref("11") },
  "s11.user-context-data": { label: "DOC", says: "UserContextData carries IpAddress only for a client with a secret and EnablePropagateAdditionalUserContextData; else the caller's source address", source: ref("11") },
  "s11.bad-ip-validation": { label: "UNKNOWN", says: "server-side validation of a bad IpAddress", source: ref("11") },
  "s11.failed-sign-in-event": {
    label: "CONFIRMED",
    says: "a failed password sign-in: SignIn, Fail, EventRisk {RiskDecision NoRisk, CompromisedCredentialsDetected false} without RiskLevel, ChallengeResponses Password/Failure, EventContextData",
    source: ref("11", "a real boto3 AdminListUserAuthEvents answer"),
  },
  "s11.challenged-event": { label: "DOC", says: "a risky challenged sign-in: EventResponse InProgress, RiskDecision AccountTakeover, RiskLevel Medium, Password/Success", source: ref("11", "API reference examples") },
  "s11.passed-risky-event": { label: "DOC", says: "passed sign-ins with RiskDecision AccountTakeover, RiskLevel Low/Medium, EventResponse Pass", source: ref("11", "API reference examples") },
  "s11.blocked-event": { label: "INFERRED", says: "a blocked sign-in is recorded RiskDecision Block, EventResponse Fail", source: ref("11") },
  "s11.audit-records": { label: "DOC", says: "AUDIT records events", source: ref("11") },
  "s11.token-event-id": { label: "CONFIRMED", says: "tokens carry the sign-in's event id (event_id)", source: ref("11", "DOC + decoded tokens") },
  "s11.next-token": { label: "DOC", says: "AdminListUserAuthEvents' NextToken looks like `<EventId>#<ISO time>` (clients treat it as opaque)", source: ref("11", "API reference example") },
  "s11.mails": { label: "DOC", says: "per-level Notify; BlockEmail / MfaEmail / NoActionEmail by outcome; placeholders {username} {ip-address} {city} {country} {login-time} {device-name} {one-click-link-valid} {one-click-link-invalid} {event-id} {feedback-token}", source: ref("11") },
  "s11.mail-subjects": { label: "DOC", says: "default subjects `Blocked sign-in attempt` and `New sign-in attempt`", source: ref("11") },
  "s11.mail-recipient": { label: "INFERRED", says: "the notification goes to the user's email attribute", source: ref("11", "the developer guide says the user is mailed") },
  "s11.mail-unknowns": { label: "UNKNOWN", says: "the link format, the recipient rules and whether AUDIT mails", source: ref("11") },
  "s11.custom-auth-mode": { label: "DOC", says: "UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode AUDIT|ENFORCED (Plus)", source: ref("11") },
  "s11.custom-auth-blocked": { label: "UNKNOWN", says: "CUSTOM_AUTH's wire behaviour when blocked", source: ref("11") },
  "s11.emulators": { label: "CONFIRMED", says: "fakecloud, ministack, cognito-local and moto implement little of threat protection on sign-in (read 2026)", source: ref("11", "their code") },

  // §12–§15: the management surface, log export, Lambda triggers, devices and passwordless sign-in.
  ...MANAGEMENT_FACTS,
  // Issue 17's facts, section by section (12.1 clients, 12.2 users, 12.3 groups, 12.4 tags).
  ...S12_CLIENT_FACTS,
  ...FACTS_S12_USERS,
  ...FACTS_S12_GROUPS,
  ...POOL_EXTRA_FACTS,
  ...MANAGED_LOGIN_FACTS,
  ...LOG_EXPORT_FACTS,
  ...TRIGGER_FACTS,
  ...DEVICE_FACTS,

  // The model and the spec (not in aws-behavior.md): what a request may hold and which errors an operation lists.
  "model.constraints": { label: "DOC", says: "a member's type, lengths, list sizes, integer bounds, pattern, enum and required flag", source: "the AWS model (reference/cognito-idp-2016-04-18.service-2.json) through spec/aws-model.facts.json" },
  "model.errors": { label: "DOC", says: "the errors an operation lists", source: "the AWS model (reference/cognito-idp-2016-04-18.service-2.json)" },
  "model.members": { label: "DOC", says: "an operation's input and output members and their documentation", source: "the AWS model (reference/cognito-idp-2016-04-18.service-2.json)" },

  // Public reports outside aws-behavior.md.
  "pub.scope-does-not-exist": { label: "INFERRED", says: "ScopeDoesNotExistException `Invalid scope requested: <scope>`", source: "github.com/awsdocs/aws-cloudformation-user-guide/issues/564 quotes `Invalid scope requested: Cognito` (not in aws-behavior.md)" },
  "pub.client-credentials-needs-secret": {
    label: "INFERRED",
    says: "client_credentials on a client without a secret: InvalidOAuthFlowException `client_credentials flow can not be selected if client does not have a client secret.` (the text from a console answer, the type INFERRED)",
    source: "jobairkhan.com/2019/02/10/aws-cognito-user-pools-client-credentials (not in aws-behavior.md)",
  },

  // The mock's own contract: cases that use it need the control-api capability, so they never run on AWS.
  "mock.control-api": { label: "DOC", says: "simulated sign-ins answer EventId and FeedbackToken; the outbox lists each mail with its template, recipient, bodies and feedback links", source: "mocks/README.md (documented by this project)" },
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof FACTS;

export const fact = (id: FactId): Fact => FACTS[id];
