// The business errors of AdminCreateUser and CreateUserPoolClient, and AdminUpdateAuthEventFeedback's unknown
// event: each provoked by one cheap request against a fresh pool (the model lists them for the operation).
import type { Case } from "../../harness/case.ts";
import { model, ok, publicReport, refused, scenario } from "./build.ts";

const POOL = { UserPoolId: "{{userPoolId}}" };
const OAUTH = { ...POOL, AllowedOAuthFlowsUserPoolClient: true, CallbackURLs: ["https://example.com/callback"] };

export const userAndClientCases: Case[] = [
  scenario({
    id: "username-exists",
    operation: "AdminCreateUser",
    member: "Username",
    rule: "username-exists",
    title: "creating a user whose username is taken is refused with UsernameExistsException",
    sources: [model("AdminCreateUser errors")],
    facts: ["model.errors"],
    evidence: "DOC",
    notes: ["AdminCreateUser's text is not in the evidence (SignUp's is `User already exists`, aws-behavior.md §9): the mock's `User account already exists` is advisory."],
    fixtures: ["pool"],
    steps: [
      ok("AdminCreateUser", { ...POOL, Username: "twice-created", MessageAction: "SUPPRESS" }, { body: { User: { Username: "twice-created", UserStatus: "FORCE_CHANGE_PASSWORD" } } }),
      refused("AdminCreateUser", { ...POOL, Username: "twice-created", MessageAction: "SUPPRESS" }, "UsernameExistsException", { message: { equals: "User account already exists" }, messageStrength: "advisory" }),
    ],
  }),
  scenario({
    id: "resend-missing-user",
    operation: "AdminCreateUser",
    member: "MessageAction",
    rule: "resend-needs-user",
    title: "MessageAction RESEND for a user that does not exist answers UserNotFoundException",
    sources: [model("AdminCreateUserRequest.MessageAction")],
    facts: ["model.errors", "s4.user-not-found"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    notes: ["`User does not exist.` is CONFIRMED for other operations; on RESEND INFERRED: the message is advisory."],
    steps: [
      refused("AdminCreateUser", { ...POOL, Username: "never-invited", MessageAction: "RESEND" }, "UserNotFoundException", {
        message: { equals: "User does not exist." },
        messageStrength: "advisory",
      }),
    ],
  }),
  scenario({
    id: "temporary-password-policy",
    operation: "AdminCreateUser",
    member: "TemporaryPassword",
    rule: "password-policy",
    title: "a TemporaryPassword shorter than the pool's MinimumLength is refused with InvalidPasswordException, and no user is created",
    sources: [model("AdminCreateUserRequest.TemporaryPassword"), model("PasswordPolicyType.MinimumLength")],
    facts: ["model.errors", "model.members"],
    evidence: "DOC",
    fixtures: ["pool"],
    notes: ["The wording (`Password did not conform with policy: ...`) is INFERRED from user reports: advisory."],
    steps: [
      ok("UpdateUserPool", { ...POOL, Policies: { PasswordPolicy: { MinimumLength: 12, RequireUppercase: false, RequireLowercase: false, RequireNumbers: false, RequireSymbols: false } } }),
      refused("AdminCreateUser", { ...POOL, Username: "short-password", TemporaryPassword: "elevenchars", MessageAction: "SUPPRESS" }, "InvalidPasswordException", {
        message: { pattern: "^Password did not conform with policy: " },
        messageStrength: "advisory",
      }),
      // The same password passes once it is long enough, so the refusal was about the length.
      ok("AdminCreateUser", { ...POOL, Username: "short-password", TemporaryPassword: "twelve-chars", MessageAction: "SUPPRESS" }),
    ],
  }),
  scenario({
    id: "scope-does-not-exist",
    operation: "CreateUserPoolClient",
    member: "AllowedOAuthScopes",
    rule: "scope-exists",
    title: "a custom scope no resource server defines is refused with ScopeDoesNotExistException",
    sources: [model("CreateUserPoolClientRequest.AllowedOAuthScopes"), publicReport("github.com/awsdocs/aws-cloudformation-user-guide/issues/564 (`Invalid scope requested: Cognito`, ScopeDoesNotExistException)")],
    facts: ["model.errors", "pub.scope-does-not-exist"],
    evidence: "INFERRED",
    notes: ["The text is quoted in a public issue for another scope, not in the evidence: advisory."],
    fixtures: ["pool"],
    steps: [
      refused("CreateUserPoolClient", { ...OAUTH, ClientName: "scoped", AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid", "conformance-api/read"] }, "ScopeDoesNotExistException", {
        message: { equals: "Invalid scope requested: conformance-api/read" },
        messageStrength: "advisory",
      }),
      ok("CreateUserPoolClient", { ...OAUTH, ClientName: "standard", AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"] }),
    ],
  }),
  scenario({
    id: "client-credentials-needs-secret",
    operation: "CreateUserPoolClient",
    member: "AllowedOAuthFlows",
    rule: "oauth-flow",
    title: "the client_credentials flow on a client without a secret is refused with InvalidOAuthFlowException",
    sources: [model("CreateUserPoolClientRequest.AllowedOAuthFlows"), publicReport("jobairkhan.com/2019/02/10/aws-cognito-user-pools-client-credentials (the console's answer quoted)")],
    facts: ["pub.client-credentials-needs-secret"],
    evidence: "INFERRED",
    notes: ["The text is CONFIRMED from a console answer, the __type INFERRED: the message is advisory."],
    fixtures: ["pool"],
    steps: [
      refused("CreateUserPoolClient", { ...OAUTH, ClientName: "machine", AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["openid"] }, "InvalidOAuthFlowException", {
        message: { equals: "client_credentials flow can not be selected if client does not have a client secret." },
        messageStrength: "advisory",
      }),
    ],
  }),
  scenario({
    id: "unknown-event",
    operation: "AdminUpdateAuthEventFeedback",
    member: "EventId",
    rule: "feedback-event-not-found",
    title: "admin feedback for an event id the user never had is refused as not found",
    sources: [model("AdminUpdateAuthEventFeedback errors")],
    facts: ["s7.feedback-unknown-event"],
    evidence: "INFERRED",
    fixtures: ["pool", "user"],
    notes: ["Error type INFERRED (ResourceNotFoundException), text UNKNOWN: not asserted."],
    steps: [
      refused("AdminUpdateAuthEventFeedback", { ...POOL, Username: "{{username}}", EventId: "00000000-0000-0000-0000-000000000000", FeedbackValue: "Valid" }, "ResourceNotFoundException"),
    ],
  }),
];
