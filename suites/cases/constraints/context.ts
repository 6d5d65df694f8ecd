// What makes an accepted boundary valid in context: the spec says what a member may hold, these rows say what the
// rest of the request (and the state) must hold so that only the constraint under test sits at its boundary.
// Rows are data, matched by operation (or any), member path and rule; a new operation plugs in with rows, not code.
import type { Step } from "../../harness/case.ts";
import { control, ok } from "../behaviour/build.ts";
import { DEVICE_ROWS } from "./context-devices.ts";
import { SIGN_IN_ROWS } from "./context-sign-in.ts";
import { POOL_EXTRA_ROWS } from "./context-pool-extras.ts";
import { USER_ROWS } from "./context-users.ts";
import { LOG_EXPORT_ROWS } from "./context-log-export.ts";
import { MANAGED_LOGIN_ROWS } from "./context-managed-login.ts";
import { loadFacts } from "./facts.ts";

export interface ProbeContext {
  /** No request can hold this boundary and be valid (the service's own rules exclude it): no case, the reason in coverage. */
  unreachable?: string;
  /**
   * Members the request needs besides the one under test (may depend on the value). The member under test keeps
   * its value; a map or structure that holds it gets the other entries merged in (AuthParameters{key} keeps
   * USERNAME and PASSWORD beside the probed entry).
   */
  with?: Record<string, unknown> | ((value: unknown) => Record<string, unknown>);
  /** The i-th valid item of a list at `path` (also used for the lists on the way to a nested member). */
  items?: Record<string, (i: number) => unknown>;
  /** Makes the boundary value valid in context, keeping what is tested (its length, its pattern, its letters). */
  shape?: (value: string) => string;
  /** Steps that give the value its context: the user it names, a sign-in for an event (`key`: unique per case). */
  setup?: (value: unknown, key: string) => Step[];
  /** Fixtures beyond those the request's placeholders name; setup steps change state, so the case gets its own set. */
  fixtures?: string[];
  /**
   * true: the request leaves state behind that later requests of a shared set would trip over, so the case gets its
   * own fixtures. Setup steps imply it, unless false (they create what they need under the case's own key).
   */
  fresh?: boolean;
  /**
   * The value is an id the service issues (pool, client, event), so no real fixture has one of the boundary length:
   * a target with the `id-alias` capability (the mock) makes the fixture reachable under it; elsewhere the named
   * refusal applies. `of`: the placeholder of the fixture to alias (default: the base request's pool, client, event).
   */
  alias?: { kind: "pool" | "client" | "event"; refusal: string; reason: string; of?: string };
  /** The request creates the user it names (AdminCreateUser, SignUp): each case gets a username of its own. */
  createsUser?: boolean;
  /** A refusal other targets may answer, and why (never InvalidParameterException: that would hide a validation bug). */
  refusal?: { errorType: string; reason: string };
}

export interface Row extends ProbeContext {
  /** Operation names; absent = every operation. */
  ops?: string[];
  path: string | RegExp;
  rule?: RegExp;
  /** Matches the member's pattern in the spec facts (e.g. every ARN member). */
  pattern?: RegExp;
}

const LENGTH = /^length-/;
const USER = { UserPoolId: "{{userPoolId}}" };
const createUser = (username: unknown): Step => ok("AdminCreateUser", { ...USER, Username: username, MessageAction: "SUPPRESS" });
/** A sign-in of this user (the mock's control API; skipped on targets without it, then the named refusal applies). */
const signIn = (username: unknown): Step => ({ ...control("signIn", { ...USER, Username: username, IpAddress: "198.51.100.90" }), optional: "control-api" });
const signUp = (username: unknown): Step => ok("SignUp", { ClientId: "{{clientId}}", Username: username, Password: "{{password}}" });
const FEEDBACK_OPS = ["AdminUpdateAuthEventFeedback", "UpdateAuthEventFeedback"];
const NO_EVENT = { errorType: "ResourceNotFoundException", reason: "the event comes from a sign-in, which only the mock's control API simulates" };
/** Distinct IPv4 CIDRs, as many as a list may hold. */
const cidr = (i: number) => `10.${(i >> 8) & 255}.${i & 255}.0/24`;
/** Operations that name an existing group (aws-behavior.md §12.3): each case creates one of its own. */
const GROUP_OPS = ["GetGroup", "UpdateGroup", "DeleteGroup", "ListUsersInGroup", "AdminAddUserToGroup", "AdminRemoveUserFromGroup"];
const createGroup = (name: unknown, capture = false): Step => ok("CreateGroup", { ...USER, GroupName: name }, {}, capture ? { groupName: "Group.GroupName" } : {});
const TAG_OPS = ["TagResource", "UntagResource", "ListTagsForResource"];
/** The operations that take an app client's settings. */
const CLIENT_SETTINGS_OPS = ["CreateUserPoolClient", "UpdateUserPoolClient"];
const OAUTH_CLIENT = { GenerateSecret: true, AllowedOAuthFlowsUserPoolClient: true, CallbackURLs: ["https://example.com/callback"], AllowedOAuthScopes: ["openid"] };

const ROWS: Row[] = [
  {
    path: /./,
    pattern: /^arn:/,
    rule: /^length-min-accepted$/,
    unreachable: "a real ARN names partition, service, region and a 12-digit account (arn:aws:sns:us-east-1:123456789012:x is 36 characters): none is 20",
  },
  // Ids the service issues.
  { path: "UserPoolId", rule: LENGTH, alias: { kind: "pool", refusal: "ResourceNotFoundException", reason: "pool ids are issued by the service (region_ + 9 characters): none is this long" } },
  { path: "ClientId", rule: LENGTH, fixtures: ["client"], alias: { kind: "client", refusal: "ResourceNotFoundException", reason: "client ids are issued by the service (26 characters): none is this long" } },
  { path: "Session", rule: /./, unreachable: "a Session is issued by the service: a made-up value of the boundary length is an invalid session, not a valid request" },
  { path: "NextToken", rule: /./, unreachable: "NextToken is issued by the service: a made-up value of the boundary length is an invalid token, not a valid request" },
  // Feedback needs a real event of the user it names, and (unsigned) its token.
  { ops: FEEDBACK_OPS, path: /./, with: { EventId: "{{EventId}}", FeedbackToken: "{{FeedbackToken}}" }, setup: () => [signIn("{{username}}")], fixtures: ["user"], refusal: NO_EVENT },
  { ops: FEEDBACK_OPS, path: "EventId", rule: LENGTH, with: { FeedbackToken: "{{FeedbackToken}}" }, alias: { kind: "event", ...NO_EVENT, refusal: NO_EVENT.errorType, reason: "event ids are issued by the service (36 characters): none is this long" } },
  { ops: FEEDBACK_OPS, path: "Username", with: { EventId: "{{EventId}}", FeedbackToken: "{{FeedbackToken}}" }, setup: (name) => [createUser(name), signIn(name)] },
  // Lookups of the user the request names: create it first.
  { ops: ["AdminDeleteUser", "AdminListUserAuthEvents", "AdminGetUser", "AdminSetUserMFAPreference", "AdminSetUserPassword"], path: "Username", setup: (name) => [createUser(name)] },
  { ops: ["AdminCreateUser", "SignUp"], path: /./, createsUser: true },
  { ops: ["AdminCreateUser"], path: "MessageAction", rule: /RESEND$/, setup: () => [createUser("resend-user")], with: { Username: "resend-user" } },
  // Passwords meet the pool's default policy (upper, lower, digit, symbol) whatever their length.
  { path: /^(TemporaryPassword|Password|ProposedPassword)$/, shape: (v) => (v.length >= 8 ? `Aa1!${v.slice(4)}` : v) },
  // SignUp needs a password the pool's policy takes (the fixture user's random one).
  { ops: ["SignUp", "AdminSetUserPassword"], path: /./, with: { Password: "{{password}}" }, fixtures: ["user", "password"] },
  // AdminConfirmSignUp confirms a user who signed up and is UNCONFIRMED.
  { ops: ["AdminConfirmSignUp"], path: /./, setup: () => [signUp("signed-up-user")], with: { Username: "signed-up-user" }, fixtures: ["user", "password"] },
  { ops: ["AdminConfirmSignUp"], path: "Username", setup: (name) => [signUp(name)] },
  { ops: ["AdminCreateUser", "SignUp"], path: /^UserAttributes\[\]/, items: { "UserAttributes[]": () => ({ Name: "given_name", Value: "Conformance" }) } },
  {
    ops: ["AdminCreateUser", "SignUp"],
    path: "UserAttributes[].Name",
    rule: /./,
    unreachable: "an attribute name must be in the pool's schema: standard names are 3–18 ASCII characters, custom ones `custom:` + at most 20 (SchemaAttributeType.Name)",
  },
  // Lists of structures and strings hold distinct valid items.
  { ops: ["CreateUserPool"], path: /^Schema/, items: { "Schema[]": (i) => ({ Name: `attr${i}`, AttributeDataType: "String" }) } },
  { path: /IPRangeList$/, items: { "RiskExceptionConfiguration.BlockedIPRangeList[]": cidr, "RiskExceptionConfiguration.SkippedIPRangeList[]": cidr } },
  { path: /IPRangeList\[\]$/, rule: LENGTH, unreachable: "entries must be CIDRs (4 to 43 characters, aws-behavior.md §5): the model's 0 and 131072 fit none" },
  { ops: CLIENT_SETTINGS_OPS, path: /^(Read|Write)Attributes\[\]$/, rule: LENGTH, unreachable: "an entry must name a pool attribute (3–27 characters): none is 1 or 2048 long" },
  {
    ops: CLIENT_SETTINGS_OPS,
    path: /^AllowedOAuthScopes/,
    rule: LENGTH,
    unreachable: "scopes must exist: the 5 standard ones (5–29 characters) or a resource server's `identifier/scope`",
  },
  // Groups: a group of the case's own in the operation's shared pool; a probed GroupName is the group created.
  { ops: ["CreateGroup"], path: /./, fresh: true },
  { ops: GROUP_OPS, path: /./, fresh: false, setup: (_, key) => [createGroup(`group-${key}`.slice(0, 128), true)], with: { GroupName: "{{groupName}}" } },
  { ops: GROUP_OPS, path: "GroupName", setup: (name) => [createGroup(name)] },
  { ops: GROUP_OPS, path: "Username", setup: (name, key) => [createUser(name), createGroup(`group-${key}`.slice(0, 128), true)] },
  { ops: ["AdminListGroupsForUser"], path: "Username", setup: (name) => [createUser(name)] },
  // Tags: the request names the pool by the ARN DescribeUserPool shows.
  { ops: TAG_OPS, path: /./, fresh: false, setup: () => [ok("DescribeUserPool", USER, {}, { poolArn: "UserPool.Arn" })], with: { ResourceArn: "{{poolArn}}" } },
  {
    ops: TAG_OPS,
    path: "ResourceArn",
    rule: /./,
    unreachable: "ResourceArn must name a pool: arn:aws:cognito-idp:<region>:<12-digit account>:userpool/<pool id>, of one length per region, never 2048",
  },
  // Sign-in operations (when the spec has them): a password sign-in of the fixture user through a client that
  // allows it (the sign-in fixtures of fixtures/sign-in.ts). Other flows need their own context rows.
  {
    ops: ["InitiateAuth"],
    path: /./,
    with: { AuthFlow: "USER_PASSWORD_AUTH", ClientId: "{{signInClientId}}", AuthParameters: { USERNAME: "{{username}}", PASSWORD: "{{password}}" } },
    fixtures: ["user", "signInClient", "password"],
  },
  {
    ops: ["AdminInitiateAuth"],
    path: /./,
    with: { AuthFlow: "ADMIN_USER_PASSWORD_AUTH", ClientId: "{{signInClientId}}", AuthParameters: { USERNAME: "{{username}}", PASSWORD: "{{password}}" } },
    fixtures: ["user", "signInClient", "password"],
  },
  { ops: ["AdminInitiateAuth"], path: /^ContextData/, with: { ContextData: { IpAddress: "198.51.100.11", ServerName: "example.com", ServerPath: "/login", HttpHeaders: [] } } },
  { ops: ["AdminInitiateAuth"], path: "ContextData.IpAddress", rule: LENGTH, unreachable: "IpAddress must be an IPv4 or IPv6 address (7–45 characters): none is 0 or 131072 long" },
  {
    ops: ["InitiateAuth"],
    path: "AuthFlow",
    rule: /(ADMIN_NO_SRP_AUTH|ADMIN_USER_PASSWORD_AUTH)$/,
    unreachable: "an admin flow sent to InitiateAuth is refused: `Initiate Auth method not supported.` (aws-behavior.md §9, CONFIRMED)",
  },
  { ops: ["AdminInitiateAuth"], path: "AuthFlow", rule: /USER_PASSWORD_AUTH$/, unreachable: "USER_PASSWORD_AUTH sent to AdminInitiateAuth is refused: `Initiate Auth method not supported.` (aws-behavior.md §9, CONFIRMED)" },
  {
    ops: ["InitiateAuth", "AdminInitiateAuth"],
    path: "ClientId",
    rule: LENGTH,
    fixtures: ["user", "signInClient", "password"],
    alias: { kind: "client", of: "{{signInClientId}}", refusal: "ResourceNotFoundException", reason: "client ids are issued by the service (26 characters): none is this long" },
  },
  // Challenge answers: NEW_PASSWORD_REQUIRED of a user of the case's own with a temporary password, its Session from
  // the sign-in (in the operation's shared set: creating a user is cheaper than a pool per case).
  ...(["RespondToAuthChallenge", "AdminRespondToAuthChallenge"] as const).map((op): Row => {
    const admin = op === "AdminRespondToAuthChallenge";
    const user = (key: string) => `challenged-${key}`.slice(0, 128);
    return {
      ops: [op],
      path: /./,
      fresh: false,
      setup: (_, key) => [
        ok("AdminCreateUser", { ...USER, Username: user(key), TemporaryPassword: "{{temporaryPassword}}", MessageAction: "SUPPRESS" }, {}, { challengedUser: "User.Username" }),
        ok(admin ? "AdminInitiateAuth" : "InitiateAuth", {
          ...(admin && USER),
          AuthFlow: admin ? "ADMIN_USER_PASSWORD_AUTH" : "USER_PASSWORD_AUTH",
          ClientId: "{{signInClientId}}",
          AuthParameters: { USERNAME: user(key), PASSWORD: "{{temporaryPassword}}" },
        }, {}, { session: "Session" }),
      ],
      with: () => ({ ChallengeName: "NEW_PASSWORD_REQUIRED", ClientId: "{{signInClientId}}", Session: "{{session}}", ChallengeResponses: { USERNAME: "{{challengedUser}}", NEW_PASSWORD: "{{newPassword}}" } }),
      fixtures: ["signInClient", "tempUser"],
    };
  }),
  // Token operations: the tokens of a password sign-in of the fixture user.
  ...([
    ["GetTokensFromRefreshToken", { RefreshToken: "{{refreshToken}}", ClientId: "{{signInClientId}}" }, false],
    ["RevokeToken", { Token: "{{refreshToken}}", ClientId: "{{signInClientId}}" }, false],
    ["ChangePassword", { AccessToken: "{{accessToken}}", PreviousPassword: "{{password}}", ProposedPassword: "{{password}}Zz9" }, true],
  ] as const).map(([op, members, fresh]): Row => ({
    ops: [op],
    path: /./,
    fresh,
    setup: () => [
      ok("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: "{{signInClientId}}", AuthParameters: { USERNAME: "{{username}}", PASSWORD: "{{password}}" } }, {}, {
        refreshToken: "AuthenticationResult.RefreshToken",
        accessToken: "AuthenticationResult.AccessToken",
      }),
    ],
    with: members,
    fixtures: ["user", "signInClient", "password"],
  })),
  // Cross-member rules.
  { ops: ["CreateUserPool"], path: "UserPoolAddOns.AdvancedSecurityMode", rule: /(AUDIT|ENFORCED)$/, with: { UserPoolTier: "PLUS" } },
  // The stored setting outlives an update that omits it (aws-nuke#477), so the case gets its own pool.
  { path: "UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate[]", with: (v) => ({ AutoVerifiedAttributes: [v] }), fresh: true },
  { ops: ["UpdateUserPool"], path: "MfaConfiguration", rule: /ON$/, unreachable: "ON is refused on an existing pool (aws-behavior.md §6, behaviour/UpdateUserPool/mfa-on-refused)" },
  // SOFTWARE_TOKEN "is not currently supported as a first auth factor. Do not include this value" (the model's own
  // documentation, s15.software-token-first-factor), and five distinct factors must include it.
  {
    ops: ["CreateUserPool", "UpdateUserPool"],
    path: /^Policies\.SignInPolicy\.AllowedFirstAuthFactors/,
    rule: /^(enum-accepted-SOFTWARE_TOKEN|length-max-accepted)$/,
    unreachable: "SOFTWARE_TOKEN is not supported as a first auth factor (model documentation of AllowedFirstAuthFactors; s15.software-token-first-factor), and five distinct factors include it",
  },
  // A list of factors is built without SOFTWARE_TOKEN, so past the max only the list's length can refuse it.
  {
    ops: ["CreateUserPool", "UpdateUserPool"],
    path: "Policies.SignInPolicy.AllowedFirstAuthFactors",
    items: { "Policies.SignInPolicy.AllowedFirstAuthFactors[]": (i) => ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"][i % 4] },
  },
  // Omitted Policies are kept (CONFIRMED, §6), so a shared pool may hold a passwordless factor a LITE pool refuses
  // (s15.passwordless-tier): the update names the password-only policy beside the tier under test.
  { ops: ["UpdateUserPool"], path: "UserPoolTier", rule: /LITE$/, with: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD"] } } } },
  // Code and implicit flows need a callback URL (CONFIRMED, aws-behavior.md §12.1).
  { ops: CLIENT_SETTINGS_OPS, path: /^AllowedOAuthFlows/, with: { CallbackURLs: ["https://example.com/callback"] } },
  {
    ops: ["CreateUserPoolClient"],
    path: /^AllowedOAuthFlows/,
    rule: /^(length-max|enum-accepted-client_credentials)/,
    with: OAUTH_CLIENT,
    refusal: { errorType: "InvalidOAuthFlowException", reason: "users report that AWS refuses client_credentials together with code or implicit, or without a custom scope (not in the evidence)" },
  },
  {
    ops: ["UpdateUserPoolClient"],
    path: /^AllowedOAuthFlows/,
    rule: /^(length-max|enum-accepted-client_credentials)/,
    with: { ClientId: "{{secretClientId}}", AllowedOAuthFlowsUserPoolClient: true, CallbackURLs: ["https://example.com/callback"], AllowedOAuthScopes: ["openid"] },
    fixtures: ["secretClient"],
    refusal: { errorType: "InvalidOAuthFlowException", reason: "users report that AWS refuses client_credentials together with code or implicit, or without a custom scope (not in the evidence)" },
  },
  // A validity at the model's maximum is in range only in seconds (access/ID 1 day, refresh 10 years: §12.1).
  ...(["AccessToken", "IdToken", "RefreshToken"] as const).map((token): Row => ({
    ops: CLIENT_SETTINGS_OPS,
    path: `${token}Validity`,
    rule: /^value-max/,
    with: { TokenValidityUnits: { [token]: "seconds" } },
  })),
  // Client secrets (aws-behavior.md §12.1): only a client with a secret takes another, up to 2; deleting one needs two.
  { ops: ["AddUserPoolClientSecret", "DeleteUserPoolClientSecret"], path: /./, with: { ClientId: "{{secretClientId}}" }, fixtures: ["secretClient"], fresh: true },
  { ops: ["AddUserPoolClientSecret", "DeleteUserPoolClientSecret"], path: "ClientId", rule: LENGTH, alias: { kind: "client", of: "{{secretClientId}}", refusal: "ResourceNotFoundException", reason: "client ids are issued by the service (26 characters): none is this long" } },
  {
    ops: ["DeleteUserPoolClientSecret"],
    path: /./,
    setup: () => [ok("AddUserPoolClientSecret", { ...USER, ClientId: "{{secretClientId}}" }, {}, { secretId: "ClientSecretDescriptor.ClientSecretId" })],
    with: { ClientId: "{{secretClientId}}", ClientSecretId: "{{secretId}}" },
  },
  { ops: ["DeleteUserPoolClientSecret"], path: "ClientSecretId", rule: LENGTH, unreachable: "secret ids are issued by the service (`<client-id>--<epoch-create-time>`, about 40 characters): none is 1 or 128 long" },
  // The sign-in operations (issue 9).
  ...SIGN_IN_ROWS,
  // Users and attributes (issue 17 §2).
  ...USER_ROWS,
  // Log export (issue 18 §1).
  ...LOG_EXPORT_ROWS,
  // Managed login branding, terms, user import, replicas, provisioned limits (issue 18 §2).
  ...POOL_EXTRA_ROWS,
  // Managed login configuration (issue 18 §2).
  ...MANAGED_LOGIN_ROWS,
  // Devices (issue 19).
  ...DEVICE_ROWS,
];

const patternOf = (operation: string, path: string) => loadFacts().operations[operation]?.input[path]?.pattern ?? "";
const matches = (row: Row, operation: string, path: string, rule: string) =>
  (!row.ops || row.ops.includes(operation)) &&
  (typeof row.path === "string" ? row.path === path : row.path.test(path)) &&
  (!row.rule || row.rule.test(rule)) &&
  (!row.pattern || row.pattern.test(patternOf(operation, path)));

/** Every matching row, later rows refining earlier ones (`with`, `items` merge; the rest replace). */
export function contextOf(operation: string, path: string, rule: string): ProbeContext {
  const out: ProbeContext = {};
  for (const row of ROWS.filter((r) => matches(r, operation, path, rule))) {
    const { ops: _o, path: _p, rule: _r, pattern: _q, ...ctx } = row;
    const prev = out.with;
    Object.assign(out, ctx, {
      items: { ...out.items, ...ctx.items },
      with: prev && ctx.with ? (v: unknown) => ({ ...resolveWith(prev, v), ...resolveWith(ctx.with!, v) }) : (ctx.with ?? prev),
    });
  }
  return out;
}

export const resolveWith = (w: ProbeContext["with"], value: unknown) => (typeof w === "function" ? w(value) : (w ?? {}));
