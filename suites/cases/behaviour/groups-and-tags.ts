// Groups and tags (aws-behavior.md §12.3, §12.4): a group's life (create, get, update keeping omitted members,
// delete), lists in pages, memberships, the group claims of fresh and refreshed tokens, and a pool's tags through
// TagResource/UntagResource/ListTagsForResource agreeing with DescribeUserPool.
import type { Case, Step } from "../../harness/case.ts";
import { defineComputation } from "../../harness/compute.ts";
import { later, ok, refused, scenario } from "./build.ts";
import { compute, passwordAuth, POOL, saveTokens, SIGNED_IN, signInScenario } from "./sign-in-steps.ts";

const USER = { ...POOL, Username: "{{username}}" };
const ROLE_A = "arn:aws:iam::123456789012:role/conformance-admins";
const ROLE_B = "arn:aws:iam::123456789012:role/conformance-editors";
const NO_POOL = "us-east-1_NoSuchPool0";
const groupNotFound = { message: { equals: "Group not found." } };
/** The same CONFIRMED text, on operations where the reports do not show it: advisory. */
const groupNotFoundAdvisory = { ...groupNotFound, messageStrength: "advisory" as const };
const poolNotFound = { message: { equals: `User pool ${NO_POOL} does not exist.` } };
const userNotFound = { message: { equals: "User does not exist." }, messageStrength: "advisory" as const };

const createGroup = (GroupName: string, extra: Record<string, unknown> = {}) => ok("CreateGroup", { ...POOL, GroupName, ...extra });
const addUser = (GroupName: string, Username = "{{username}}") => ok("AdminAddUserToGroup", { ...POOL, Username, GroupName });
const createUser = (Username: string) => ok("AdminCreateUser", { ...POOL, Username, MessageAction: "SUPPRESS" });

/**
 * The group claims of a token, order-free (the order inside cognito:groups is UNKNOWN, §12.3): names and roles
 * sorted and joined with commas, `(absent)` for a claim the token lacks. Only public claims come back.
 */
defineComputation("groupClaims", (args: { token: string }) => {
  const claims = JSON.parse(Buffer.from(args.token.split(".")[1] ?? "", "base64url").toString("utf8"));
  const list = (v: unknown) => (Array.isArray(v) ? [...v].map(String).sort().join(",") : v === undefined ? "(absent)" : `not a list: ${JSON.stringify(v)}`);
  return { groups: list(claims["cognito:groups"]), roles: list(claims["cognito:roles"]), preferredRole: claims["cognito:preferred_role"] ?? "(absent)" };
});
const claimsOf = (token: string, expected: { groups: string; roles?: string; preferredRole?: string }): Step =>
  compute("groupClaims", { token }, { body: { roles: "(absent)", preferredRole: "(absent)", ...expected } });

const signIn = (prefix = "") => ok("InitiateAuth", passwordAuth(), SIGNED_IN, saveTokens(prefix));

/**
 * Two pages of a list of three at Limit 2: two items and a NextToken, then the third (no NextToken), none twice.
 * `items` is the answer's list member, `name` the item member matching `^<prefix>`.
 */
function twoPages(operation: string, body: Record<string, unknown>, items: string, name: string, prefix: string): Step[] {
  const item = { [name]: { $pattern: `^${prefix}` } };
  return [
    ok(operation, { ...body, Limit: 2 }, { body: { [items]: [item, item], NextToken: { $pattern: "." } } }, { first: `${items}.0.${name}`, second: `${items}.1.${name}`, next: "NextToken" }),
    ok(operation, { ...body, Limit: 2, NextToken: "{{next}}" }, {
      body: { [items]: [{ [name]: { $pattern: `^${prefix}`, $not: { $pattern: "^({{first}}|{{second}})$" } } }] },
      bodyAbsent: [`${items}.1`, "NextToken"],
    }),
  ];
}

export const groupCases: Case[] = [
  scenario({
    id: "create-and-get",
    operation: "CreateGroup",
    rule: "group-shape",
    title: "CreateGroup and GetGroup answer the group with the members it was given; unset members are absent",
    facts: ["s12.3.group-shape"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      ok("CreateGroup", { ...POOL, GroupName: "full", Description: "all members", RoleArn: ROLE_A, Precedence: 3 }, {
        body: { Group: { GroupName: "full", UserPoolId: "{{userPoolId}}", Description: "all members", RoleArn: ROLE_A, Precedence: 3, CreationDate: { $gt: 0 }, LastModifiedDate: { $gt: 0 } } },
      }),
      ok("GetGroup", { ...POOL, GroupName: "full" }, { body: { Group: { GroupName: "full", UserPoolId: "{{userPoolId}}", Description: "all members", RoleArn: ROLE_A, Precedence: 3 } } }),
      ok("CreateGroup", { ...POOL, GroupName: "bare" }, { body: { Group: { GroupName: "bare", UserPoolId: "{{userPoolId}}" } }, bodyAbsent: ["Group.Description", "Group.RoleArn", "Group.Precedence"] }),
      ok("GetGroup", { ...POOL, GroupName: "bare" }, { body: { Group: { GroupName: "bare" } }, bodyAbsent: ["Group.Description", "Group.RoleArn", "Group.Precedence"] }),
    ],
  }),
  scenario({
    id: "group-exists",
    operation: "CreateGroup",
    member: "GroupName",
    rule: "group-exists",
    title: "creating a group whose name is taken is refused with GroupExistsException",
    facts: ["s12.3.group-exists", "model.errors"],
    evidence: "DOC",
    notes: ["The text is UNKNOWN (aws-behavior.md §12.3): not asserted."],
    fixtures: ["pool"],
    steps: [createGroup("twice"), refused("CreateGroup", { ...POOL, GroupName: "twice" }, "GroupExistsException")],
  }),
  scenario({
    id: "unknown-pool",
    operation: "CreateGroup",
    member: "UserPoolId",
    rule: "pool-exists",
    title: "CreateGroup in a pool that does not exist is ResourceNotFoundException `User pool <id> does not exist.`",
    facts: ["s4.pool-not-found", "model.errors"],
    evidence: "DOC",
    fixtures: [],
    steps: [refused("CreateGroup", { UserPoolId: NO_POOL, GroupName: "orphan" }, "ResourceNotFoundException", poolNotFound)],
  }),
  scenario({
    id: "unknown-group",
    operation: "GetGroup",
    member: "GroupName",
    rule: "group-exists",
    title: "GetGroup of a group that does not exist is ResourceNotFoundException",
    facts: ["s12.3.group-not-found", "model.errors"],
    evidence: "DOC",
    notes: ["`Group not found.` is CONFIRMED on AdminAddUserToGroup; here it is advisory."],
    fixtures: ["pool"],
    steps: [refused("GetGroup", { ...POOL, GroupName: "never-created" }, "ResourceNotFoundException", groupNotFoundAdvisory)],
  }),
  scenario({
    id: "update-keeps-omitted",
    operation: "UpdateGroup",
    rule: "omitted-members-kept",
    title: "UpdateGroup with Description and Precedence keeps the RoleArn it was not sent, and moves LastModifiedDate",
    facts: ["s12.3.update-keeps-omitted", "s12.3.group-shape"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      ok("CreateGroup", { ...POOL, GroupName: "kept", Description: "before", RoleArn: ROLE_A, Precedence: 1 }, {}, { created: "Group.LastModifiedDate" }),
      later(
        ok("UpdateGroup", { ...POOL, GroupName: "kept", Description: "after", Precedence: 2 }, {
          body: { Group: { GroupName: "kept", Description: "after", RoleArn: ROLE_A, Precedence: 2, LastModifiedDate: { $gt: "{{created}}" } } },
        }),
      ),
      ok("GetGroup", { ...POOL, GroupName: "kept" }, { body: { Group: { Description: "after", RoleArn: ROLE_A, Precedence: 2 } } }),
    ],
  }),
  scenario({
    id: "unknown-group",
    operation: "UpdateGroup",
    member: "GroupName",
    rule: "group-exists",
    title: "UpdateGroup of a group that does not exist is ResourceNotFoundException",
    facts: ["s12.3.group-not-found", "model.errors"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [refused("UpdateGroup", { ...POOL, GroupName: "never-created", Description: "x" }, "ResourceNotFoundException", groupNotFoundAdvisory)],
  }),
  scenario({
    id: "delete",
    operation: "DeleteGroup",
    rule: "deleted",
    title: "a deleted group is gone: GetGroup and a second DeleteGroup answer ResourceNotFoundException",
    facts: ["s12.3.group-not-found", "model.errors"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      createGroup("short-lived"),
      ok("DeleteGroup", { ...POOL, GroupName: "short-lived" }, { bodyEquals: {} }),
      refused("GetGroup", { ...POOL, GroupName: "short-lived" }, "ResourceNotFoundException", groupNotFoundAdvisory),
      refused("DeleteGroup", { ...POOL, GroupName: "short-lived" }, "ResourceNotFoundException", groupNotFoundAdvisory),
    ],
  }),
  scenario({
    id: "paging",
    operation: "ListGroups",
    member: "Limit",
    rule: "paging",
    title: "ListGroups pages with Limit and NextToken: 3 groups at Limit 2 come as 2, then 1 with no NextToken, none twice",
    facts: ["s12.3.list-paging"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      createGroup("page-a"),
      createGroup("page-b"),
      createGroup("page-c"),
      ...twoPages("ListGroups", POOL, "Groups", "GroupName", "page-"),
    ],
  }),
  scenario({
    id: "unknown-pool",
    operation: "ListGroups",
    member: "UserPoolId",
    rule: "pool-exists",
    title: "ListGroups of a pool that does not exist is ResourceNotFoundException `User pool <id> does not exist.`",
    facts: ["s4.pool-not-found", "model.errors"],
    evidence: "DOC",
    fixtures: [],
    steps: [refused("ListGroups", { UserPoolId: NO_POOL }, "ResourceNotFoundException", poolNotFound)],
  }),
  scenario({
    id: "membership",
    operation: "AdminAddUserToGroup",
    rule: "membership",
    title: "a user added to a group is listed by AdminListGroupsForUser and ListUsersInGroup (ListUsers' item shape); adding again changes nothing",
    facts: ["model.members", "s12.3.group-shape"],
    evidence: "DOC",
    fixtures: ["pool", "user"],
    steps: [
      createGroup("members", { Precedence: 4 }),
      addUser("members"),
      addUser("members"),
      ok("AdminListGroupsForUser", USER, { body: { Groups: [{ GroupName: "members", UserPoolId: "{{userPoolId}}", Precedence: 4 }] }, bodyAbsent: ["Groups.1", "NextToken"] }),
      ok("ListUsersInGroup", { ...POOL, GroupName: "members" }, {
        body: { Users: [{ Username: "{{username}}", Attributes: { $contains: { Name: "sub" } }, Enabled: true, UserStatus: "FORCE_CHANGE_PASSWORD" }] },
        bodyAbsent: ["Users.1", "NextToken", "Users.0.UserAttributes"],
      }),
    ],
  }),
  scenario({
    id: "unknown-group",
    operation: "AdminAddUserToGroup",
    member: "GroupName",
    rule: "group-exists",
    title: "adding a user to a group that does not exist is ResourceNotFoundException `Group not found.`",
    facts: ["s12.3.group-not-found"],
    evidence: "CONFIRMED",
    fixtures: ["pool", "user"],
    steps: [refused("AdminAddUserToGroup", { ...USER, GroupName: "never-created" }, "ResourceNotFoundException", groupNotFound)],
  }),
  ...(["AdminAddUserToGroup", "AdminRemoveUserFromGroup"] as const).map((operation) =>
    scenario({
      id: "unknown-user",
      operation,
      member: "Username",
      rule: "user-exists",
      title: `${operation} for a user that does not exist answers UserNotFoundException`,
      facts: ["s4.user-not-found", "model.errors"],
      evidence: "DOC",
      fixtures: ["pool"],
      steps: [createGroup("lonely"), refused(operation, { ...POOL, Username: "nobody-here", GroupName: "lonely" }, "UserNotFoundException", userNotFound)],
    }),
  ),
  scenario({
    id: "remove",
    operation: "AdminRemoveUserFromGroup",
    rule: "membership",
    title: "a user removed from a group is no longer listed, on either side",
    facts: ["model.members"],
    evidence: "DOC",
    fixtures: ["pool", "user"],
    steps: [
      createGroup("leaving"),
      addUser("leaving"),
      ok("AdminRemoveUserFromGroup", { ...USER, GroupName: "leaving" }, { bodyEquals: {} }),
      ok("AdminListGroupsForUser", USER, { body: { Groups: [] } }),
      ok("ListUsersInGroup", { ...POOL, GroupName: "leaving" }, { body: { Users: [] } }),
    ],
  }),
  scenario({
    id: "unknown-group",
    operation: "AdminRemoveUserFromGroup",
    member: "GroupName",
    rule: "group-exists",
    title: "removing a user from a group that does not exist is ResourceNotFoundException",
    facts: ["s12.3.group-not-found", "model.errors"],
    evidence: "DOC",
    fixtures: ["pool", "user"],
    steps: [refused("AdminRemoveUserFromGroup", { ...USER, GroupName: "never-created" }, "ResourceNotFoundException", groupNotFoundAdvisory)],
  }),
  scenario({
    id: "paging",
    operation: "AdminListGroupsForUser",
    member: "Limit",
    rule: "paging",
    title: "AdminListGroupsForUser pages with Limit and NextToken: 3 groups at Limit 2 come as 2, then 1, none twice",
    facts: ["s12.3.list-paging"],
    evidence: "DOC",
    fixtures: ["pool", "user"],
    steps: [
      ...["mine-a", "mine-b", "mine-c"].flatMap((name) => [createGroup(name), addUser(name)]),
      ...twoPages("AdminListGroupsForUser", USER, "Groups", "GroupName", "mine-"),
    ],
  }),
  scenario({
    id: "unknown-user",
    operation: "AdminListGroupsForUser",
    member: "Username",
    rule: "user-exists",
    title: "AdminListGroupsForUser of a user that does not exist is UserNotFoundException",
    facts: ["s4.user-not-found", "model.errors"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [refused("AdminListGroupsForUser", { ...POOL, Username: "nobody-here" }, "UserNotFoundException", userNotFound)],
  }),
  scenario({
    id: "unknown-pool",
    operation: "AdminListGroupsForUser",
    member: "UserPoolId",
    rule: "pool-exists",
    title: "AdminListGroupsForUser in a pool that does not exist is ResourceNotFoundException `User pool <id> does not exist.`",
    facts: ["s4.pool-not-found", "model.errors"],
    evidence: "DOC",
    fixtures: [],
    steps: [refused("AdminListGroupsForUser", { UserPoolId: NO_POOL, Username: "nobody-here" }, "ResourceNotFoundException", poolNotFound)],
  }),
  scenario({
    id: "paging",
    operation: "ListUsersInGroup",
    member: "Limit",
    rule: "paging",
    title: "ListUsersInGroup pages with Limit and NextToken: 3 members at Limit 2 come as 2, then 1, none twice; non-members are not listed",
    facts: ["s12.3.list-paging"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      createGroup("crowd"),
      ...["member-a", "member-b", "member-c"].flatMap((name) => [createUser(name), addUser("crowd", name)]),
      createUser("outsider"),
      ...twoPages("ListUsersInGroup", { ...POOL, GroupName: "crowd" }, "Users", "Username", "member-"),
    ],
  }),
  scenario({
    id: "unknown-group",
    operation: "ListUsersInGroup",
    member: "GroupName",
    rule: "group-exists",
    title: "ListUsersInGroup of a group that does not exist is ResourceNotFoundException",
    facts: ["s12.3.group-not-found", "model.errors"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [refused("ListUsersInGroup", { ...POOL, GroupName: "never-created" }, "ResourceNotFoundException", groupNotFoundAdvisory)],
  }),

  // The group claims (§12.3): in a fresh token, and after a refresh that follows a membership change.
  signInScenario({
    id: "group-claims",
    operation: "InitiateAuth",
    member: "AuthFlow",
    rule: "group-claims",
    title: "a member's ID token carries cognito:groups, cognito:roles and the lowest precedence's cognito:preferred_role; the access token only cognito:groups",
    facts: ["s12.3.groups-claim", "s12.3.roles-claims", "s12.3.precedence"],
    evidence: "DOC",
    notes: ["The order inside cognito:groups is UNKNOWN (§12.3): names and roles are compared as sets."],
    steps: [
      createGroup("admins", { Precedence: 1, RoleArn: ROLE_A }),
      createGroup("editors", { Precedence: 5, RoleArn: ROLE_B }),
      createGroup("readers"),
      addUser("editors"),
      addUser("admins"),
      addUser("readers"),
      signIn(),
      claimsOf("{{idToken}}", { groups: "admins,editors,readers", roles: [ROLE_A, ROLE_B].sort().join(","), preferredRole: ROLE_A }),
      claimsOf("{{accessToken}}", { groups: "admins,editors,readers" }),
    ],
  }),
  signInScenario({
    id: "preferred-role-ties",
    operation: "InitiateAuth",
    member: "AuthFlow",
    rule: "preferred-role-ties",
    title: "groups tied at the lowest precedence set cognito:preferred_role when they share a RoleArn, and leave it out when their roles differ",
    facts: ["s12.3.precedence", "s12.3.roles-claims"],
    evidence: "DOC",
    steps: [
      createGroup("tie-a", { Precedence: 2, RoleArn: ROLE_A }),
      createGroup("tie-b", { Precedence: 2, RoleArn: ROLE_A }),
      addUser("tie-a"),
      addUser("tie-b"),
      signIn("same"),
      claimsOf("{{sameidToken}}", { groups: "tie-a,tie-b", roles: ROLE_A, preferredRole: ROLE_A }),
      ok("UpdateGroup", { ...POOL, GroupName: "tie-b", RoleArn: ROLE_B }),
      signIn("differ"),
      claimsOf("{{differidToken}}", { groups: "tie-a,tie-b", roles: [ROLE_A, ROLE_B].sort().join(",") }),
    ],
  }),
  signInScenario({
    id: "group-claims-after-refresh",
    operation: "InitiateAuth",
    member: "AuthParameters",
    rule: "refresh-reflects-membership",
    title: "REFRESH_TOKEN_AUTH after AdminAddUserToGroup carries the new group; GetTokensFromRefreshToken after AdminRemoveUserFromGroup drops it",
    facts: ["s12.3.claims-on-refresh", "s12.3.groups-claim"],
    evidence: "INFERRED",
    steps: [
      signIn(),
      claimsOf("{{idToken}}", { groups: "(absent)" }),
      createGroup("late", { Precedence: 0, RoleArn: ROLE_A }),
      addUser("late"),
      ok("InitiateAuth", { AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: "{{signInClientId}}", AuthParameters: { REFRESH_TOKEN: "{{refreshToken}}" } }, {}, saveTokens("added")),
      claimsOf("{{addedidToken}}", { groups: "late", roles: ROLE_A, preferredRole: ROLE_A }),
      claimsOf("{{addedaccessToken}}", { groups: "late" }),
      ok("AdminRemoveUserFromGroup", { ...USER, GroupName: "late" }),
      ok("GetTokensFromRefreshToken", { ClientId: "{{signInClientId}}", RefreshToken: "{{refreshToken}}" }, {}, saveTokens("removed")),
      claimsOf("{{removedidToken}}", { groups: "(absent)" }),
      claimsOf("{{removedaccessToken}}", { groups: "(absent)" }),
    ],
  }),
];

// Tags (§12.4): one stored set per pool, whichever operation reads or writes it.
const describeArn = ok("DescribeUserPool", POOL, {}, { poolArn: "UserPool.Arn" });
const ARN = { ResourceArn: "{{poolArn}}" };

export const tagCases: Case[] = [
  scenario({
    id: "round-trip",
    operation: "TagResource",
    member: "Tags",
    rule: "round-trip",
    title: "TagResource answers {} and its tags show in ListTagsForResource and DescribeUserPool's UserPoolTags; UntagResource removes only the keys named",
    facts: ["s12.4.tag-operations", "s12.4.one-store"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    steps: [
      describeArn,
      ok("TagResource", { ...ARN, Tags: { team: "blue", "cost-center": "1234" } }, { bodyEquals: {} }),
      ok("ListTagsForResource", ARN, { body: { Tags: { team: "blue", "cost-center": "1234" } } }),
      ok("DescribeUserPool", POOL, { body: { UserPool: { UserPoolTags: { team: "blue", "cost-center": "1234" } } } }),
      ok("TagResource", { ...ARN, Tags: { team: "green" } }, { bodyEquals: {} }),
      ok("UntagResource", { ...ARN, TagKeys: ["cost-center", "never-set"] }, { bodyEquals: {} }),
      ok("ListTagsForResource", ARN, { body: { Tags: { team: "green" } }, bodyAbsent: ["Tags.cost-center"] }),
      ok("DescribeUserPool", POOL, { body: { UserPool: { UserPoolTags: { team: "green" } } }, bodyAbsent: ["UserPool.UserPoolTags.cost-center"] }),
    ],
  }),
  scenario({
    id: "pool-tags",
    operation: "ListTagsForResource",
    member: "ResourceArn",
    rule: "pool-tags",
    title: "a pool created with UserPoolTags lists them through ListTagsForResource on its ARN",
    facts: ["s12.4.tag-operations", "s12.4.one-store"],
    evidence: "INFERRED",
    fixtures: [],
    steps: [
      ok("CreateUserPool", { PoolName: "{{poolNamePrefix}}-tagged", UserPoolTags: { owner: "conformance" } }, {}, { taggedArn: "UserPool.Arn" }),
      ok("ListTagsForResource", { ResourceArn: "{{taggedArn}}" }, { body: { Tags: { owner: "conformance" } } }),
    ],
  }),
  scenario({
    id: "reserved-prefix",
    operation: "TagResource",
    member: "Tags",
    rule: "aws-prefix",
    title: "a tag key with the reserved aws: prefix is refused with InvalidParameterException, and no tag is stored",
    facts: ["s12.4.limits", "model.errors"],
    evidence: "INFERRED",
    notes: ["The prefix is reserved (DOC); the error type is the model's InvalidParameterException (INFERRED), the text UNKNOWN."],
    fixtures: ["pool"],
    steps: [
      describeArn,
      refused("TagResource", { ...ARN, Tags: { "aws:owner": "x", fine: "y" } }, "InvalidParameterException"),
      ok("ListTagsForResource", ARN, { bodyAbsent: ["Tags.fine", "Tags.aws:owner"] }),
      ok("DescribeUserPool", POOL, { bodyAbsent: ["UserPool.UserPoolTags.fine"] }),
    ],
  }),
  ...(["TagResource", "UntagResource", "ListTagsForResource"] as const).map((operation) =>
    scenario({
      id: "deleted-pool",
      operation,
      member: "ResourceArn",
      rule: "resource-exists",
      title: `${operation} on the ARN of a deleted pool is ResourceNotFoundException`,
      facts: ["s12.4.unknown-arn", "model.errors"],
      evidence: "INFERRED",
      notes: ["The text is UNKNOWN (§12.4): not asserted."],
      fixtures: [],
      steps: [
        ok("CreateUserPool", { PoolName: "{{poolNamePrefix}}-gone" }, {}, { goneArn: "UserPool.Arn", goneId: "UserPool.Id" }),
        ok("DeleteUserPool", { UserPoolId: "{{goneId}}" }),
        refused(operation, { ResourceArn: "{{goneArn}}", ...(operation === "TagResource" && { Tags: { a: "b" } }), ...(operation === "UntagResource" && { TagKeys: ["a"] }) }, "ResourceNotFoundException"),
      ],
    }),
  ),
];
