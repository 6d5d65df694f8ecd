// Evidence registry, §15 of the research notes: device tracking, device SRP, passwordless sign-in (USER_AUTH, OTP,
// passkeys). "CLI example" is an AWS-authored example of the AWS CLI reference (DOC); client code that runs against
// the real service (Amplify, amazon-cognito-identity-js, pycognito, the .NET extension) is INFERRED. Composed into
// FACTS by facts.ts.
import { ref, type Fact } from "./fact.ts";

const CLIENTS = "Amplify, amazon-cognito-identity-js, pycognito, the AWS .NET extension, the AWS Java example";

export const DEVICE_FACTS = {
  // §15.1 device tracking configuration
  "s15.device-configuration": { label: "DOC", says: "DeviceConfiguration on Create/Update/DescribeUserPool is null when device remembering is off; giving any member turns it on", source: ref("15.1", "AWS model") },
  "s15.device-configuration-omitted": { label: "INFERRED", says: "omitting DeviceConfiguration in UpdateUserPool resets it like other omitted members (§6); not measured", source: ref("15.1") },
  "s15.console-mapping": { label: "INFERRED", says: "DeviceOnlyRememberedOnUserPrompt true = User opt-in, false = Always; ChallengeRequiredOnNewDevice true = remembered devices may replace the MFA challenge", source: ref("15.1", "cloudformation-coverage-roadmap#448, model text") },
  "s15.remembered-replaces-mfa": { label: "DOC", says: "with ChallengeRequiredOnNewDevice a remembered device signs in with device authentication instead of SMS/TOTP; unremembered devices still get the second factor; only in pools with MFA active", source: ref("15.1", "AWS model, developer guide") },
  "s15.confirm-device-answer": { label: "DOC", says: "DeviceOnlyRememberedOnUserPrompt false: ConfirmDevice remembers at once and answers {UserConfirmationNecessary: false}; true: the answer is true and the app calls UpdateDeviceStatus (seen under opt-in, INFERRED)", source: ref("15.1", "AWS model, CLI example confirm-device; aws-amplify/amplify-js#9616") },
  "s15.old-guide-risk-mfa": { label: "DOC", says: "the old guide: with Always + suppress MFA, the medium/high-risk MFA settings are ignored for remembered devices; its SRP-only claim is stale (the CLI example shows tracking with USER_PASSWORD_AUTH)", source: ref("15.1", "awsdocs developer guide device tracking page (2016–2022); CLI example initiate-auth") },

  // §15.2 NewDeviceMetadata and key formats
  "s15.new-device-metadata": { label: "CONFIRMED", says: "with tracking on, a sign-in without DEVICE_KEY ends with AuthenticationResult.NewDeviceMetadata {DeviceKey, DeviceGroupKey}, a new key each time (DOC, model)", source: ref("15.2", "aws-amplify/amplify-js#4635; amazon-cognito-identity-js#637") },
  "s15.new-device-metadata-where": { label: "DOC", says: "NewDeviceMetadata appears on USER_PASSWORD_AUTH, after NEW_PASSWORD_REQUIRED and SOFTWARE_TOKEN_MFA, and after admin MFA_SETUP", source: ref("15.2", "CLI examples initiate-auth, respond-to-auth-challenge; AWS Java example") },
  "s15.no-metadata-custom-srp": { label: "CONFIRMED", says: "no NewDeviceMetadata after a CUSTOM_AUTH flow that began with SRP, while USER_SRP_AUTH on the same pool returned it", source: ref("15.2", "aws-amplify/amplify-js#14909, #12220") },
  "s15.metadata-user-auth": { label: "INFERRED", says: "USER_AUTH and passkey sign-ins return NewDeviceMetadata", source: ref("15.2", "Amplify handleWebAuthnSignInResult") },
  "s15.device-key-format": { label: "CONFIRMED", says: "DeviceKey is <region>_<lowercase uuid> (DOC: pattern [\\w-]+_[0-9a-f-]+, 1..55), e.g. us-east-1_e5aa0983-759e-478c-bf4b-6fa73b2af7a5", source: ref("15.2", "aws/aws-sdk-java-v2#3418 (a CloudTrail record); developer guide") },
  "s15.device-group-key": { label: "DOC", says: "DeviceGroupKey is a short opaque string beginning with -, 9 characters in the examples (-v7w9UcY6)", source: ref("15.2", "CLI examples") },
  "s15.device-group-key-scope": { label: "UNKNOWN", says: "whether DeviceGroupKey is per user or per pool, and its alphabet (mock: per user, - + 8 base62 characters)", source: ref("15.2") },
  "s15.device-key-claim": { label: "CONFIRMED", says: "access tokens of a device-tracking sign-in carry a device_key claim", source: ref("15.2", "aws-amplify/amplify-js#4635 decoded payload") },

  // §15.3 ConfirmDevice
  "s15.confirm-device-request": { label: "DOC", says: "ConfirmDevice: AccessToken, DeviceKey, DeviceSecretVerifierConfig {PasswordVerifier, Salt}, DeviceName (1..1024); token-authorized (noAuth)", source: ref("15.3", "AWS model") },
  "s15.device-verifier": { label: "INFERRED", says: "clients send a random device password, a 16-byte salt and v = g^x mod N with x = H(padHex(salt) ‖ H(DeviceGroupKey ‖ DeviceKey ‖ \":\" ‖ password)), both as base64 of unsigned big-endian bytes", source: ref("15.3", CLIENTS) },
  "s15.device-name": { label: "DOC", says: "DeviceName is optional (a user agent, a host name, or nothing); a device confirmed without one has no device_name attribute", source: ref("15.3", "CLI example list-devices") },
  "s15.verifier-not-checked": { label: "INFERRED", says: "ConfirmDevice cannot check the verifier's math; a bad one shows only at the next device SRP", source: ref("15.3") },
  "s15.invalid-device-key": { label: "CONFIRMED", says: "ConfirmDevice for a key the service will not track, or a DEVICE_KEY that is not this user's confirmed device in a challenge answer: InvalidParameterException, 400", source: ref("15.3", "boto/boto3#4059, amazon-cognito-identity-dart-2#184, #167, aws-amplify/amplify-js#2087, #2705, #4047"), text: ["Invalid device key given."] },
  "s15.device-key-exists": { label: "DOC", says: "confirming an already-confirmed key: DeviceKeyExistsException (message UNKNOWN)", source: ref("15.3", "AWS model") },

  // §15.4 device SRP
  "s15.device-srp-when": { label: "INFERRED", says: "a sign-in presenting a remembered device's DEVICE_KEY gets ChallengeName DEVICE_SRP_AUTH where it would otherwise get MFA (or tokens); the model says it comes once previous challenges passed (DOC)", source: ref("15.4", "Amplify signInHelpers, older model text") },
  "s15.device-srp-mfa-off": { label: "UNKNOWN", says: "whether DEVICE_SRP_AUTH is asked with MFA OFF (the old guide: on every sign-in with Always); the mock asks whenever the key names a remembered device", source: ref("15.4") },
  "s15.not-remembered-device": { label: "DOC", says: "a not_remembered device is treated as if it never took part: no device SRP, MFA as usual", source: ref("15.4", "Amplify gen1 device features page") },
  "s15.device-srp-answer": { label: "DOC", says: "DEVICE_SRP_AUTH answer {USERNAME, DEVICE_KEY, SRP_A} (+ SECRET_HASH); SRP_A in hex, parsed case-insensitively (INFERRED: the .NET extension sends uppercase)", source: ref("15.4", `AWS model example; ${CLIENTS}`) },
  "s15.device-srp-no-session": { label: "INFERRED", says: "the service accepts DEVICE_SRP_AUTH with or without the previous Session", source: ref("15.4", "amazon-cognito-identity-js, pycognito, the AWS Java example send none") },
  "s15.device-password-verifier": { label: "INFERRED", says: "its answer: DEVICE_PASSWORD_VERIFIER, a Session, ChallengeParameters SRP_B, SALT (the ConfirmDevice salt, hex), SECRET_BLOCK, USERNAME, DEVICE_KEY", source: ref("15.4", CLIENTS) },
  "s15.device-password-verifier-answer": { label: "DOC", says: "DEVICE_PASSWORD_VERIFIER answer {USERNAME, PASSWORD_CLAIM_SECRET_BLOCK, TIMESTAMP, PASSWORD_CLAIM_SIGNATURE, DEVICE_KEY} (+ SECRET_HASH) and the Session", source: ref("15.4", "AWS model example") },
  "s15.device-srp-math": { label: "INFERRED", says: "the math of §10 with DeviceGroupKey in the pool-name slot and DeviceKey in the user slot; the server uses the stored verifier", source: ref("15.4", CLIENTS) },
  "s15.device-srp-success": { label: "INFERRED", says: "success returns tokens without NewDeviceMetadata; a wrong device signature's text is UNKNOWN (INFERRED `Incorrect username or password.`)", source: ref("15.4") },
  "s15.device-not-found": { label: "CONFIRMED", says: "an unknown or forgotten DEVICE_KEY at any step: ResourceNotFoundException; AWS clients retry the sign-in without device data (INFERRED)", source: ref("15.4", "aws-amplify/amplify-android#2605, amazon-cognito-identity-js#200, amplify-js#12188, aws-sdk-net-extensions-cognito#10"), text: ["Device does not exist."] },

  // §15.5 refresh with a device
  "s15.refresh-needs-device": { label: "CONFIRMED", says: "with tracking on, REFRESH_TOKEN_AUTH without the DEVICE_KEY of a confirmed device: NotAuthorizedException (the token endpoint answers invalid_grant)", source: ref("15.5", "aws-sdk-net-extensions-cognito#85, aws-sdk-java#2841, aws-sdk-cpp#851, aws-sdk-java-v2#3418"), text: ["Invalid Refresh Token."] },
  "s15.get-tokens-device-key": { label: "DOC", says: "GetTokensFromRefreshToken takes DeviceKey; without a registered key the service issues a new one; with tracking on the confirmed key must be given", source: ref("15.5", "AWS model") },
  "s15.forget-device-refresh": { label: "DOC", says: "ForgetDevice invalidates that device's refresh tokens", source: ref("15.5", "AWS mobile blog, quoted in aws-amplify/amplify-js#2962") },

  // §15.6 device operations
  "s15.device-operations": { label: "DOC", says: "ConfirmDevice, GetDevice, ListDevices, UpdateDeviceStatus, ForgetDevice take an access token; the Admin* variants UserPoolId + Username with SigV4", source: ref("15.6", "AWS model") },
  "s15.list-devices-paging": { label: "DOC", says: "List/AdminListDevices: Limit 0..60, PaginationToken; answer {Devices, PaginationToken}; default page size and token format UNKNOWN (mock: 60, opaque)", source: ref("15.6", "AWS model") },
  "s15.list-devices-remembered": { label: "INFERRED", says: "ListDevices returns only remembered devices (0 after an opt-in sign-in, 1 after remembering, 0 after ForgetDevice); whether AdminListDevices lists not_remembered ones is UNKNOWN", source: ref("15.6", "aws-sdk-android tests, amplify-js#12171") },
  "s15.get-device-not-remembered": { label: "INFERRED", says: "GetDevice on a not_remembered device: ResourceNotFoundException, while AdminGetDevice returns it with dev:device_remembered_status not_remembered; UpdateDeviceStatus after ForgetDevice: `Device does not exist.`", source: ref("15.6", "aws-sdk-android testRememberDevice") },
  "s15.update-device-status": { label: "DOC", says: "Update/AdminUpdateDeviceStatus: DeviceRememberedStatus remembered|not_remembered (optional), answer {}; an absent status is UNKNOWN", source: ref("15.6", "AWS model, CLI examples") },
  "s15.device-type": { label: "CONFIRMED", says: "DeviceType {DeviceKey, DeviceAttributes, DeviceCreateDate, DeviceLastModifiedDate, DeviceLastAuthenticatedDate} in epoch seconds; create and modified dates carry milliseconds, last authenticated whole seconds", source: ref("15.6", "AWS model, CLI examples; amplify-js#12171 console output") },
  "s15.device-attributes-user": { label: "CONFIRMED", says: "user APIs list device_status valid, device_name, last_ip_used (IPv4 or IPv6), in that order", source: ref("15.6", "CLI example list-devices; amplify-js#12171") },
  "s15.device-attributes-admin": { label: "DOC", says: "Get/AdminGet/AdminListDevices add dev:device_arn (arn:aws:cognito-idp:<region>:<account>:owner/<username>.<poolId>/device/<DeviceKey>), dev:device_owner, dev:device_remembered_status, dev:device_sdk; whether user ListDevices hides them is UNKNOWN", source: ref("15.6", "CLI examples get-device, admin-get-device, admin-list-devices") },
  "s15.device-limit": { label: "INFERRED", says: "no per-user device limit is enforced (weak)", source: ref("15.6", "third-party test notes") },

  // §15.7 passwordless
  "s15.user-auth-request": { label: "DOC", says: "USER_AUTH: AuthParameters USERNAME, PREFERRED_CHALLENGE?, PASSWORD?, SRP_A?, SECRET_HASH?, DEVICE_KEY?; without PREFERRED_CHALLENGE the answer is SELECT_CHALLENGE with top-level AvailableChallenges and a Session", source: ref("15.7", "AWS model; Amplify sends these shapes, INFERRED") },
  "s15.available-challenges": { label: "DOC", says: "AvailableChallenges values PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP, WEB_AUTHN (those the user is eligible for); order and eligibility rules UNKNOWN", source: ref("15.7", "AWS model") },
  "s15.preferred-unavailable": { label: "UNKNOWN", says: "a PREFERRED_CHALLENGE the user cannot use (mock: falls back to SELECT_CHALLENGE)", source: ref("15.7") },
  "s15.select-challenge-answers": { label: "DOC", says: "SELECT_CHALLENGE answers {USERNAME, ANSWER PASSWORD, PASSWORD}, {ANSWER PASSWORD_SRP, SRP_A}, {ANSWER WEB_AUTHN, CREDENTIAL}, {ANSWER EMAIL_OTP|SMS_OTP} (sends a code); ANSWER WEB_AUTHN alone must be accepted too (INFERRED, Amplify)", source: ref("15.7", "AWS model") },
  "s15.otp-challenges": { label: "DOC", says: "EMAIL_OTP / SMS_OTP challenges carry CODE_DELIVERY_DELIVERY_MEDIUM and CODE_DELIVERY_DESTINATION (masked); answers {USERNAME, EMAIL_OTP_CODE} / {USERNAME, SMS_OTP_CODE}; code length UNKNOWN", source: ref("15.7", "AWS model, Amplify") },
  "s15.confirm-sign-up-session": { label: "DOC", says: "ConfirmSignUp returns a Session; passing it to USER_AUTH signs the user in without a second code, once, within the session lifetime", source: ref("15.7", "AWS model") },
  "s15.user-auth-gates": { label: "DOC", says: "USER_AUTH needs ALLOW_USER_AUTH on the client and Essentials or Plus; the error when either is missing is UNKNOWN", source: ref("15.7", "AWS model") },
  "s15.software-token-parameters": { label: "DOC", says: "SOFTWARE_TOKEN_MFA ChallengeParameters {FRIENDLY_DEVICE_NAME}, plus USER_ID_FOR_SRP on AdminInitiateAuth", source: ref("15.7", "CLI examples respond-to-auth-challenge, admin-initiate-auth") },

  // §15.8 sign-in policy and WebAuthn configuration
  "s15.allowed-first-factors": { label: "DOC", says: "SignInPolicy.AllowedFirstAuthFactors: 1..5 of PASSWORD|EMAIL_OTP|SMS_OTP|WEB_AUTHN|SOFTWARE_TOKEN (SOFTWARE_TOKEN not yet supported as a first factor); default password only", source: ref("15.8", "AWS model, CDK") },
  "s15.first-factors-need-password": { label: "INFERRED", says: "a list without PASSWORD seems refused (weak); the rule and text are UNKNOWN", source: ref("15.8", "a public Terraform module's comment") },
  "s15.web-authn-with-mfa": { label: "CONFIRMED", says: "with MfaConfiguration ON, WEB_AUTHN as a first factor needs FactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION: InvalidParameterException", source: ref("15.8", "hashicorp/terraform-provider-aws#50110"), text: ["WEB_AUTHN cannot be used as an auth factor when MFA is enabled if not configured for MFA."] },
  "s15.web-authn-configuration": { label: "DOC", says: "WebAuthnConfiguration {RelyingPartyId 1..127, UserVerification required|preferred, FactorConfiguration} lives in Set/GetUserPoolMfaConfig; FactorConfiguration absent means single factor", source: ref("15.8", "AWS model, CLI examples") },
  "s15.relying-party": { label: "DOC", says: "RelyingPartyId is typically the pool domain (the custom domain when one is used); with neither, StartWebAuthnRegistration answers WebAuthnConfigurationMissingException", source: ref("15.8", "AWS model") },
  "s15.relying-party-default": { label: "INFERRED", says: "with only a prefix domain the default RP id is <prefix>.auth.<region>.amazoncognito.com; the default UserVerification (preferred) is UNKNOWN on the wire", source: ref("15.8") },

  // §15.9–§15.11 passkeys
  "s15.start-registration": { label: "DOC", says: "StartWebAuthnRegistration → {CredentialCreationOptions} as an object: rp {id, name}, user {id = base64url(sub), name, displayName}, 22-char challenge, pubKeyCredParams -7 / -257, timeout 60000, excludeCredentials, authenticatorSelection (resident key required); no attestation key", source: ref("15.9", "CLI example; Amplify fixture, INFERRED") },
  "s15.complete-registration": { label: "DOC", says: "CompleteWebAuthnRegistration(AccessToken, Credential = RegistrationResponseJSON) → 200 {}", source: ref("15.9", "AWS model") },
  "s15.credential-not-valid": { label: "CONFIRMED", says: "a credential without transports / authenticatorData from an ngrok origin: InvalidParameterException (which check failed is not known)", source: ref("15.9", "aws/aws-sdk-net#4386"), text: ["Credential data is not valid"] },
  "s15.registration-challenge": { label: "CONFIRMED", says: "the registration challenge is 22 base64url characters; its lifetime is UNKNOWN (mock: the 60 s timeout plus leeway, then WebAuthnChallengeNotFoundException)", source: ref("15.9", "aws/aws-sdk-net#4386") },
  "s15.list-credentials": { label: "DOC", says: "ListWebAuthnCredentials (MaxResults 0..20, NextToken) → {Credentials [{CredentialId, FriendlyCredentialName, RelyingPartyId, AuthenticatorAttachment?, AuthenticatorTransports, CreatedAt}]}; the CLI example lacks AuthenticatorTransports; the naming rule is UNKNOWN", source: ref("15.9", "AWS model, CLI example") },
  "s15.delete-credential": { label: "DOC", says: "DeleteWebAuthnCredential → {}; an unknown id: ResourceNotFoundException (text UNKNOWN)", source: ref("15.9", "AWS model") },
  "s15.passkey-limit": { label: "UNKNOWN", says: "the number of passkeys per user behind LimitExceededException (mock: 20)", source: ref("15.9") },
  "s15.web-authn-challenge": { label: "INFERRED", says: "WEB_AUTHN challenge: CREDENTIAL_REQUEST_OPTIONS is a JSON string with challenge, timeout 180000, rpId, allowCredentials, userVerification, hints, attestation none", source: ref("15.10", "Amplify handleWebAuthnSignInResult and fixture") },
  "s15.web-authn-answer": { label: "DOC", says: "the WEB_AUTHN answer {USERNAME, CREDENTIAL = JSON of AuthenticationResponseJSON} and the Session; success returns tokens", source: ref("15.10", "AWS model; Amplify serde, INFERRED") },
  "s15.web-authn-sign-in-errors": { label: "UNKNOWN", says: "errors for a bad assertion, wrong origin or unknown credential at sign-in (INFERRED NotAuthorizedException)", source: ref("15.10") },
  "s15.web-authn-exceptions": { label: "DOC", says: "WebAuthnNotEnabled, ConfigurationMissing, ChallengeNotFound, RelyingPartyMismatch, OriginNotAllowed, ClientMismatch, CredentialNotSupported exceptions with the model's meanings (400 INFERRED; every message UNKNOWN)", source: ref("15.11", "AWS model") },
  "s15.web-authn-not-enabled-when": { label: "UNKNOWN", says: "when WebAuthnNotEnabledException fires (mock: WEB_AUTHN not an allowed first factor)", source: ref("15.11") },
  "s15.web-authn-origins": { label: "INFERRED", says: "accepted origins are the RP id host and its subdomains over https, http://localhost in testing (weak); exact rules UNKNOWN", source: ref("15.11", "Amplify fixtures") },

  // §15.12 threat protection and devices
  "s15.event-device-name": { label: "INFERRED", says: "EventContextData.DeviceName is a parsed user agent (`0 Botocore 1, Other`, CONFIRMED in §11), not the ConfirmDevice name; events have no device member (DOC)", source: ref("15.12", "AWS model") },
  "s15.risk-inputs": { label: "DOC", says: "risk inputs: IP address, user agent, distance from other sign-ins and the device fingerprint in EncodedData; device tracking associates activity logs with devices", source: ref("15.12", "developer guide adaptive authentication and device tracking pages") },
  "s15.remembered-device-risk": { label: "UNKNOWN", says: "whether a remembered device lowers the risk score (mock: a remembered device skips a risk MFA challenge but not a BLOCK)", source: ref("15.12") },

  // devices: what the mock's device emulation (issue 19) adds beyond the facts above
  "s15.device-refresh-get-tokens": { label: "INFERRED", says: "GetTokensFromRefreshToken applies REFRESH_TOKEN_AUTH's device rule to its DeviceKey (mock: a key never issued is refused, not replaced)", source: ref("15.5", "AWS model; Amplify refreshAuthTokens") },
  "s15.admin-unknown-user": { label: "UNKNOWN", says: "AdminGetDevice / AdminListDevices list no UserNotFoundException; an unknown user's answer (mock: ResourceNotFoundException `User does not exist.`)", source: ref("15.6", "AWS model error lists") },
  "s15.device-mfa-not-replaced": { label: "INFERRED", says: "without ChallengeRequiredOnNewDevice a remembered device still gets MFA, then DEVICE_SRP_AUTH (mock order; UNKNOWN on the wire)", source: ref("15.1", "AWS model text") },

  // §15.12 threat protection and devices, as the mock's risk hook takes them (issue 19, devices part)
  "s15.event-no-device-member": { label: "DOC", says: "AuthEventType has no device member and EventContextData {IpAddress, DeviceName, Timezone, City, Country} no device key: AdminListUserAuthEvents never shows a DeviceKey", source: ref("15.12", "AWS model AuthEventType, EventContextDataType") },
  "s15.device-risk-input": { label: "UNKNOWN", says: "whether AWS's risk model uses the DEVICE_KEY a sign-in presents (documented inputs: IP, user agent, distance, the EncodedData fingerprint); mock: the presented confirmed device (remembered or not) reaches the one risk hook, where a control-API DeviceKey rule can match it", source: ref("15.12") },
  "s15.device-proof-settles-event": { label: "UNKNOWN", says: "how an event is recorded when a remembered device's proof replaces its MFA; mock: InProgress until DEVICE_PASSWORD_VERIFIER, then Pass or Fail with no ChallengeResponses entry (the model's ChallengeName is Password|Mfa)", source: ref("15.12", "AWS model ChallengeResponseType") },
} as const satisfies Record<string, Fact>;
