// Groups and tags through the real AWS SDK v3 against `serve` (aws-behavior.md §12.3, §12.4): a group's life,
// memberships on both sides and what deleting either side does, paging with the SDK's own paginators, the limits,
// the group claims (checked with aws-jwt-verify's `groups` option) in fresh and refreshed tokens, and a pool's tags
// through TagResource/UntagResource/ListTagsForResource agreeing with DescribeUserPool. Then boto3 makes the calls
// Terraform's provider makes.
import {
  AdminAddUserToGroupCommand,
  AdminDeleteUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  CreateGroupCommand,
  CreateUserPoolCommand,
  AdminCreateUserCommand,
  DeleteGroupCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  GetGroupCommand,
  GetTokensFromRefreshTokenCommand,
  InitiateAuthCommand,
  ListGroupsCommand,
  ListTagsForResourceCommand,
  ListUsersInGroupCommand,
  paginateAdminListGroupsForUser,
  paginateListGroups,
  paginateListUsersInGroup,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateGroupCommand,
  UpdateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { CognitoJwtInvalidGroupError } from "aws-jwt-verify/error";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { awsCli, hasAws, hasBoto3, runPython } from "./cli-tools.ts";
import { failure } from "./pools-harness.ts";
import { createSignInPool, createSignInUser, decodeJwt, fetchJwks, PASSWORD, startSignInServer, type PoolSetup, type SignInWorld } from "./signin-setup.ts";

const ROLE_A = "arn:aws:iam::123456789012:role/admins";
const ROLE_B = "arn:aws:iam::123456789012:role/editors";

let world: SignInWorld;
let pool: PoolSetup;

beforeAll(async () => {
  world = await startSignInServer(71);
  pool = await createSignInPool(world.sdk);
});
afterAll(() => world?.close());

const P = () => ({ UserPoolId: pool.poolId });
let serial = 0;
/** A group name of this test's own (the tests share one pool). */
const fresh = (stem: string) => `${stem}-${++serial}`;

async function signIn(username: string) {
  const out = await world.sdk.send(new InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId: pool.clientId, AuthParameters: { USERNAME: username, PASSWORD } }));
  return out.AuthenticationResult!;
}

describe("a group's life", () => {
  test("CreateGroup answers the group with the members given, unset ones absent; GetGroup answers the same", async () => {
    const name = fresh("full");
    const created = await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: name, Description: "d", RoleArn: ROLE_A, Precedence: 0 }));
    expect(created.Group).toEqual({ GroupName: name, UserPoolId: pool.poolId, Description: "d", RoleArn: ROLE_A, Precedence: 0, LastModifiedDate: expect.any(Date), CreationDate: expect.any(Date) });
    expect((await world.sdk.send(new GetGroupCommand({ ...P(), GroupName: name }))).Group).toEqual(created.Group);
    const bare = await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: fresh("bare") }));
    expect(Object.keys(bare.Group!).sort()).toEqual(["CreationDate", "GroupName", "LastModifiedDate", "UserPoolId"]);
  });

  test("a taken name is GroupExistsException (400); an unknown group is ResourceNotFoundException `Group not found.`", async () => {
    const name = fresh("twice");
    await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: name }));
    const exists = await failure(world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: name })));
    expect([exists.name, exists.$metadata.httpStatusCode]).toEqual(["GroupExistsException", 400]);
    expect(exists.message).toBe(`A group with the name ${name} already exists.`);
    for (const command of [new GetGroupCommand({ ...P(), GroupName: "nope" }), new DeleteGroupCommand({ ...P(), GroupName: "nope" }), new ListUsersInGroupCommand({ ...P(), GroupName: "nope" })]) {
      const e = await failure(world.sdk.send(command as never));
      expect([e.name, e.message]).toEqual(["ResourceNotFoundException", "Group not found."]);
    }
    // Group names are case-sensitive: another case is another group.
    await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: name.toUpperCase() }));
  });

  test("UpdateGroup keeps the members it was not sent and moves LastModifiedDate only", async () => {
    const name = fresh("kept");
    const created = (await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: name, Description: "before", RoleArn: ROLE_A, Precedence: 7 }))).Group!;
    await new Promise((r) => setTimeout(r, 5));
    const updated = (await world.sdk.send(new UpdateGroupCommand({ ...P(), GroupName: name, Precedence: 1 }))).Group!;
    expect(updated).toMatchObject({ Description: "before", RoleArn: ROLE_A, Precedence: 1, CreationDate: created.CreationDate });
    expect(updated.LastModifiedDate!.getTime()).toBeGreaterThan(created.LastModifiedDate!.getTime());
    expect((await world.sdk.send(new GetGroupCommand({ ...P(), GroupName: name }))).Group).toEqual(updated);
  });
});

describe("memberships", () => {
  test("both sides list a membership; adding twice changes nothing; removing a non-member is accepted", async () => {
    const [g1, g2] = [fresh("m"), fresh("m")];
    await createSignInUser(world.sdk, pool.poolId, "member-1");
    for (const g of [g1, g2]) await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: g }));
    await world.sdk.send(new AdminAddUserToGroupCommand({ ...P(), Username: "member-1", GroupName: g2 }));
    await world.sdk.send(new AdminAddUserToGroupCommand({ ...P(), Username: "member-1", GroupName: g1 }));
    await world.sdk.send(new AdminAddUserToGroupCommand({ ...P(), Username: "member-1", GroupName: g2 }));
    const groups = (await world.sdk.send(new AdminListGroupsForUserCommand({ ...P(), Username: "member-1" }))).Groups!;
    expect(groups.map((g) => g.GroupName)).toEqual([g2, g1]);
    const users = (await world.sdk.send(new ListUsersInGroupCommand({ ...P(), GroupName: g1 }))).Users!;
    expect(users.map((u) => u.Username)).toEqual(["member-1"]);
    expect(Object.keys(users[0]!).sort()).toEqual(["Attributes", "Enabled", "UserCreateDate", "UserLastModifiedDate", "UserStatus", "Username"]);
    await world.sdk.send(new AdminRemoveUserFromGroupCommand({ ...P(), Username: "member-1", GroupName: g1 }));
    await world.sdk.send(new AdminRemoveUserFromGroupCommand({ ...P(), Username: "member-1", GroupName: g1 }));
    expect((await world.sdk.send(new AdminListGroupsForUserCommand({ ...P(), Username: "member-1" }))).Groups!.map((g) => g.GroupName)).toEqual([g2]);
  });

  test("an unknown user is UserNotFoundException, on either side of a membership", async () => {
    const g = fresh("u");
    await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: g }));
    const e = await failure(world.sdk.send(new AdminAddUserToGroupCommand({ ...P(), Username: "ghost", GroupName: g })));
    expect([e.name, e.message]).toEqual(["UserNotFoundException", "User does not exist."]);
    const e2 = await failure(world.sdk.send(new AdminListGroupsForUserCommand({ ...P(), Username: "ghost" })));
    expect(e2.name).toBe("UserNotFoundException");
  });

  test("deleting a group drops it from its members; deleting a user drops its memberships (a new user of that name starts with none)", async () => {
    const [kept, gone] = [fresh("kept"), fresh("gone")];
    await createSignInUser(world.sdk, pool.poolId, "member-2");
    for (const g of [kept, gone]) {
      await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: g }));
      await world.sdk.send(new AdminAddUserToGroupCommand({ ...P(), Username: "member-2", GroupName: g }));
    }
    await world.sdk.send(new DeleteGroupCommand({ ...P(), GroupName: gone }));
    expect((await world.sdk.send(new AdminListGroupsForUserCommand({ ...P(), Username: "member-2" }))).Groups!.map((g) => g.GroupName)).toEqual([kept]);
    // A new group of the deleted one's name has no members.
    await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: gone }));
    expect((await world.sdk.send(new ListUsersInGroupCommand({ ...P(), GroupName: gone }))).Users).toEqual([]);
    await world.sdk.send(new AdminDeleteUserCommand({ ...P(), Username: "member-2" }));
    expect((await world.sdk.send(new ListUsersInGroupCommand({ ...P(), GroupName: kept }))).Users).toEqual([]);
    await createSignInUser(world.sdk, pool.poolId, "member-2");
    expect((await world.sdk.send(new AdminListGroupsForUserCommand({ ...P(), Username: "member-2" }))).Groups).toEqual([]);
  });

  test("a user in 100 groups cannot join a 101st: LimitExceededException", async () => {
    await createSignInUser(world.sdk, pool.poolId, "joiner");
    const names = Array.from({ length: 101 }, () => fresh("many"));
    for (const g of names) await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: g }));
    for (const g of names.slice(0, 100)) await world.sdk.send(new AdminAddUserToGroupCommand({ ...P(), Username: "joiner", GroupName: g }));
    const e = await failure(world.sdk.send(new AdminAddUserToGroupCommand({ ...P(), Username: "joiner", GroupName: names[100] })));
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(["LimitExceededException", 400]);
    // Rejoining a group already held is not a new membership.
    await world.sdk.send(new AdminAddUserToGroupCommand({ ...P(), Username: "joiner", GroupName: names[0] }));
  });
});

describe("paging with the SDK's paginators", () => {
  test("ListGroups, AdminListGroupsForUser and ListUsersInGroup: every item once, pages of Limit (0 = 60)", async () => {
    const { UserPool } = await world.sdk.send(new CreateUserPoolCommand({ PoolName: "paging" }));
    const id = UserPool!.Id!;
    const names = Array.from({ length: 130 }, (_, i) => `g${String(i).padStart(3, "0")}`);
    for (const g of names) await world.sdk.send(new CreateGroupCommand({ UserPoolId: id, GroupName: g }));
    await createSignInUser(world.sdk, id, "pager");
    for (const g of names.slice(0, 70)) await world.sdk.send(new AdminAddUserToGroupCommand({ UserPoolId: id, Username: "pager", GroupName: g }));
    for (let i = 0; i < 65; i++) {
      await createSignInUser(world.sdk, id, `u${i}`, { permanent: false });
      await world.sdk.send(new AdminAddUserToGroupCommand({ UserPoolId: id, Username: `u${i}`, GroupName: "g000" }));
    }
    const sizes: number[] = [];
    const listed: string[] = [];
    for await (const page of paginateListGroups({ client: world.sdk, pageSize: 50 }, { UserPoolId: id })) {
      sizes.push(page.Groups!.length);
      listed.push(...page.Groups!.map((g) => g.GroupName!));
    }
    expect(sizes).toEqual([50, 50, 30]);
    expect(listed).toEqual(names);
    const mine: string[] = [];
    for await (const page of paginateAdminListGroupsForUser({ client: world.sdk, pageSize: 0 }, { UserPoolId: id, Username: "pager" })) mine.push(...page.Groups!.map((g) => g.GroupName!));
    expect(mine).toEqual(names.slice(0, 70));
    const first = await world.sdk.send(new AdminListGroupsForUserCommand({ UserPoolId: id, Username: "pager", Limit: 0 }));
    expect(first.Groups).toHaveLength(60);
    const members: string[] = [];
    for await (const page of paginateListUsersInGroup({ client: world.sdk, pageSize: 20 }, { UserPoolId: id, GroupName: "g000" })) members.push(...page.Users!.map((u) => u.Username!));
    expect(members).toEqual(["pager", ...Array.from({ length: 65 }, (_, i) => `u${i}`)]);
    const bad = await failure(world.sdk.send(new ListGroupsCommand({ UserPoolId: id, NextToken: "not-a-token" })));
    expect([bad.name, bad.message]).toEqual(["InvalidParameterException", "Invalid pagination token."]);
    await world.sdk.send(new DeleteUserPoolCommand({ UserPoolId: id }));
  });
});

describe("group claims (aws-jwt-verify checks cognito:groups)", () => {
  let jwks: { keys: Record<string, string>[] };
  const verifier = (tokenUse: "id" | "access", groups: string | string[]) => {
    const v = CognitoJwtVerifier.create({ userPoolId: pool.poolId, tokenUse, clientId: pool.clientId, groups });
    v.cacheJwks(jwks as never);
    return v;
  };

  beforeAll(async () => {
    await createSignInUser(world.sdk, pool.poolId, "claimant");
    await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: "c-editors", Precedence: 5, RoleArn: ROLE_B }));
    await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: "c-admins", Precedence: 1, RoleArn: ROLE_A }));
    await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: "c-readers" }));
    for (const g of ["c-readers", "c-editors", "c-admins"]) await world.sdk.send(new AdminAddUserToGroupCommand({ ...P(), Username: "claimant", GroupName: g }));
    await signIn("claimant"); // makes the pool's keys
    jwks = await fetchJwks(world.url, pool.poolId);
  });

  test("the ID token: cognito:groups (lowest precedence first), cognito:roles, cognito:preferred_role; verified with the groups option", async () => {
    const tokens = await signIn("claimant");
    const payload = await verifier("id", "c-admins").verify(tokens.IdToken!);
    expect(payload["cognito:groups"]).toEqual(["c-admins", "c-editors", "c-readers"]);
    expect(payload["cognito:roles"]).toEqual([ROLE_A, ROLE_B]);
    expect(payload["cognito:preferred_role"]).toBe(ROLE_A);
    expect(Object.keys(payload).slice(0, 5)).toEqual(["sub", "cognito:groups", "cognito:preferred_role", "cognito:roles", "iss"]);
    await expect(verifier("id", "c-outsiders").verify(tokens.IdToken!)).rejects.toBeInstanceOf(CognitoJwtInvalidGroupError);
  });

  test("the access token: cognito:groups right after sub, and no role claims", async () => {
    const tokens = await signIn("claimant");
    const payload = await verifier("access", ["c-readers"]).verify(tokens.AccessToken!);
    expect(Object.keys(payload).slice(0, 3)).toEqual(["sub", "cognito:groups", "iss"]);
    expect(payload["cognito:groups"]).toEqual(["c-admins", "c-editors", "c-readers"]);
    expect(payload).not.toHaveProperty("cognito:roles");
    expect(payload).not.toHaveProperty("cognito:preferred_role");
  });

  test("a refresh reflects membership changes; tokens issued before keep their claims", async () => {
    await createSignInUser(world.sdk, pool.poolId, "refresher");
    const first = await signIn("refresher");
    expect(decodeJwt(first.IdToken!).payload).not.toHaveProperty("cognito:groups");
    await world.sdk.send(new AdminAddUserToGroupCommand({ ...P(), Username: "refresher", GroupName: "c-editors" }));
    const refreshed = await world.sdk.send(new InitiateAuthCommand({ AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: pool.clientId, AuthParameters: { REFRESH_TOKEN: first.RefreshToken! } }));
    const id = await verifier("id", "c-editors").verify(refreshed.AuthenticationResult!.IdToken!);
    expect([id["cognito:groups"], id["cognito:preferred_role"]]).toEqual([["c-editors"], ROLE_B]);
    await verifier("access", "c-editors").verify(refreshed.AuthenticationResult!.AccessToken!);
    expect(decodeJwt(first.AccessToken!).payload).not.toHaveProperty("cognito:groups");
    // Membership and the group itself change: a GetTokensFromRefreshToken sees both.
    await world.sdk.send(new UpdateGroupCommand({ ...P(), GroupName: "c-editors", RoleArn: ROLE_A }));
    const again = await world.sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId: pool.clientId, RefreshToken: first.RefreshToken! }));
    expect(decodeJwt(again.AuthenticationResult!.IdToken!).payload["cognito:roles"]).toEqual([ROLE_A]);
    await world.sdk.send(new AdminRemoveUserFromGroupCommand({ ...P(), Username: "refresher", GroupName: "c-editors" }));
    const last = await world.sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId: pool.clientId, RefreshToken: first.RefreshToken! }));
    for (const token of [last.AuthenticationResult!.IdToken!, last.AuthenticationResult!.AccessToken!]) {
      expect(decodeJwt(token).payload).not.toHaveProperty("cognito:groups");
    }
    await world.sdk.send(new UpdateGroupCommand({ ...P(), GroupName: "c-editors", RoleArn: ROLE_B }));
  });

  test("preferred role: a tie at the lowest precedence names it only when the tied groups share a RoleArn; groups without a role never win", async () => {
    await createSignInUser(world.sdk, pool.poolId, "tied");
    const [a, b, none] = [fresh("tie"), fresh("tie"), fresh("norole")];
    await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: a, Precedence: 3, RoleArn: ROLE_A }));
    await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: b, Precedence: 3, RoleArn: ROLE_A }));
    await world.sdk.send(new CreateGroupCommand({ ...P(), GroupName: none, Precedence: 0 }));
    for (const g of [a, b, none]) await world.sdk.send(new AdminAddUserToGroupCommand({ ...P(), Username: "tied", GroupName: g }));
    const same = decodeJwt((await signIn("tied")).IdToken!).payload;
    expect([same["cognito:groups"], same["cognito:roles"], same["cognito:preferred_role"]]).toEqual([[none, a, b], [ROLE_A], ROLE_A]);
    await world.sdk.send(new UpdateGroupCommand({ ...P(), GroupName: b, RoleArn: ROLE_B }));
    const differ = decodeJwt((await signIn("tied")).IdToken!).payload;
    expect(differ["cognito:roles"]).toEqual([ROLE_A, ROLE_B]);
    expect(differ).not.toHaveProperty("cognito:preferred_role");
  });
});

describe("tags: one stored set per pool", () => {
  test("TagResource/UntagResource/ListTagsForResource on the pool's ARN agree with DescribeUserPool's UserPoolTags", async () => {
    const { UserPool } = await world.sdk.send(new CreateUserPoolCommand({ PoolName: "tagged", UserPoolTags: { owner: "me" } }));
    const arn = UserPool!.Arn!;
    expect(arn).toBe(`arn:aws:cognito-idp:us-east-1:${arn.split(":")[4]}:userpool/${UserPool!.Id}`);
    expect((await world.sdk.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags).toEqual({ owner: "me" });
    expect(await world.sdk.send(new TagResourceCommand({ ResourceArn: arn, Tags: { team: "blue", owner: "you" } }))).toMatchObject({ $metadata: { httpStatusCode: 200 } });
    expect((await world.sdk.send(new DescribeUserPoolCommand({ UserPoolId: UserPool!.Id }))).UserPool!.UserPoolTags).toEqual({ owner: "you", team: "blue" });
    await world.sdk.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ["owner", "absent"] }));
    expect((await world.sdk.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags).toEqual({ team: "blue" });
    expect((await world.sdk.send(new DescribeUserPoolCommand({ UserPoolId: UserPool!.Id }))).UserPool!.UserPoolTags).toEqual({ team: "blue" });
    // UpdateUserPool writes the same set (and an update that omits UserPoolTags empties it, §6).
    await world.sdk.send(new UpdateUserPoolCommand({ UserPoolId: UserPool!.Id, UserPoolTags: { env: "test" } }));
    expect((await world.sdk.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags).toEqual({ env: "test" });
    await world.sdk.send(new UpdateUserPoolCommand({ UserPoolId: UserPool!.Id }));
    expect((await world.sdk.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags).toEqual({});
    await world.sdk.send(new DeleteUserPoolCommand({ UserPoolId: UserPool!.Id }));
    const gone = await failure(world.sdk.send(new ListTagsForResourceCommand({ ResourceArn: arn })));
    expect([gone.name, gone.message]).toEqual(["ResourceNotFoundException", `Resource ${arn} does not exist.`]);
  });

  test("limits: 50 tags in all, no aws: prefix, only the allowed characters; a refused request stores nothing", async () => {
    const { UserPool } = await world.sdk.send(new CreateUserPoolCommand({ PoolName: "limits", UserPoolTags: { k0: "v" } }));
    const arn = UserPool!.Arn!;
    const many = Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`t${i}`, "v"]));
    await world.sdk.send(new TagResourceCommand({ ResourceArn: arn, Tags: many }));
    const over = await failure(world.sdk.send(new TagResourceCommand({ ResourceArn: arn, Tags: { one: "more" } })));
    expect(over.name).toBe("InvalidParameterException");
    await world.sdk.send(new TagResourceCommand({ ResourceArn: arn, Tags: { k0: "overwritten: still 50" } }));
    for (const tags of [{ "aws:x": "v" }, { "AWS:x": "v" }, { "a#b": "v" }, { ok: "v;" }] as Record<string, string>[]) {
      await world.sdk.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ["t0"] }));
      const e = await failure(world.sdk.send(new TagResourceCommand({ ResourceArn: arn, Tags: tags })));
      expect(e.name, JSON.stringify(tags)).toBe("InvalidParameterException");
      await world.sdk.send(new TagResourceCommand({ ResourceArn: arn, Tags: { t0: "v" } }));
    }
    await world.sdk.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ["t0"] }));
    await world.sdk.send(new TagResourceCommand({ ResourceArn: arn, Tags: { "Name_1 .:/=+-@": "Ünïcode wörds 1" } }));
    expect(Object.keys((await world.sdk.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags!)).toHaveLength(50);
  });

  test("an ARN naming no pool of this account and region: ResourceNotFoundException", async () => {
    const arn = (await world.sdk.send(new DescribeUserPoolCommand(P()))).UserPool!.Arn!;
    for (const other of [arn.replace(":us-east-1:", ":eu-west-1:"), arn.replace(/:\d{12}:/, ":000000000000:"), `${arn}x`, "arn:aws:sns:us-east-1:123456789012:topic"]) {
      const e = await failure(world.sdk.send(new ListTagsForResourceCommand({ ResourceArn: other })));
      expect(e.name, other).toBe("ResourceNotFoundException");
    }
  });
});

// boto3 (botocore's serializers and SigV4) makes the calls Terraform's provider makes for aws_cognito_user_group,
// aws_cognito_user_in_group, data.aws_cognito_user_groups and a pool's tags. Prints names and flags, no secrets.
const BOTO3 = String.raw`
import json, sys, boto3
a = json.load(sys.stdin)
c = boto3.client("cognito-idp", endpoint_url=a["url"], region_name="us-east-1", aws_access_key_id="AKIDBOTO", aws_secret_access_key="boto-secret")
p = c.create_user_pool(PoolName="tf-like")["UserPool"]
c.admin_create_user(UserPoolId=p["Id"], Username="tf-user", MessageAction="SUPPRESS")
g = c.create_group(UserPoolId=p["Id"], GroupName="tf-group", Description="d", Precedence=2, RoleArn="arn:aws:iam::123456789012:role/tf")["Group"]
c.update_group(UserPoolId=p["Id"], GroupName="tf-group", Description="d2")
c.admin_add_user_to_group(UserPoolId=p["Id"], Username="tf-user", GroupName="tf-group")
out = {"created": sorted(g), "get": c.get_group(UserPoolId=p["Id"], GroupName="tf-group")["Group"]["RoleArn"]}
out["groups"] = [x["GroupName"] for page in c.get_paginator("list_groups").paginate(UserPoolId=p["Id"]) for x in page["Groups"]]
out["forUser"] = [x["GroupName"] for page in c.get_paginator("admin_list_groups_for_user").paginate(UserPoolId=p["Id"], Username="tf-user") for x in page["Groups"]]
out["inGroup"] = [x["Username"] for page in c.get_paginator("list_users_in_group").paginate(UserPoolId=p["Id"], GroupName="tf-group") for x in page["Users"]]
out["tag"] = c.tag_resource(ResourceArn=p["Arn"], Tags={"env": "dev", "team": "a"})["ResponseMetadata"]["HTTPStatusCode"]
c.untag_resource(ResourceArn=p["Arn"], TagKeys=["team"])
out["tags"] = c.list_tags_for_resource(ResourceArn=p["Arn"])["Tags"]
out["describeTags"] = c.describe_user_pool(UserPoolId=p["Id"])["UserPool"]["UserPoolTags"]
c.admin_remove_user_from_group(UserPoolId=p["Id"], Username="tf-user", GroupName="tf-group")
c.delete_group(UserPoolId=p["Id"], GroupName="tf-group")
try:
    c.get_group(UserPoolId=p["Id"], GroupName="tf-group")
except c.exceptions.ResourceNotFoundException as e:
    out["deleted"] = e.response["Error"]["Message"]
print(json.dumps(out))
`;

describe.skipIf(!hasBoto3)("boto3 against serve: the calls Terraform makes (needs python3 with boto3)", () => {
  test("groups, memberships, paginators and tags", async () => {
    const run = await runPython(BOTO3, JSON.stringify({ url: world.url }));
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({
      created: ["CreationDate", "Description", "GroupName", "LastModifiedDate", "Precedence", "RoleArn", "UserPoolId"],
      get: "arn:aws:iam::123456789012:role/tf",
      groups: ["tf-group"],
      forUser: ["tf-group"],
      inGroup: ["tf-user"],
      tag: 200,
      tags: { env: "dev" },
      describeTags: { env: "dev" },
      deleted: "Group not found.",
    });
  });
});

// The AWS CLI (its own paging, `--page-size`) for the group and tag commands a team's scripts run.
describe.skipIf(!hasAws)("the AWS CLI against serve: groups and tags (needs `aws` on PATH)", () => {
  test("create-group, admin-add-user-to-group, list-groups and list-users-in-group page by page, tag-resource and list-tags-for-resource", async () => {
    const aws = (args: string[]) => awsCli(world.url, args);
    const UserPoolId = (await world.sdk.send(new CreateUserPoolCommand({ PoolName: "cli-groups" }))).UserPool!.Id!;
    await world.sdk.send(new AdminCreateUserCommand({ UserPoolId, Username: "cli-user", MessageAction: "SUPPRESS" }));
    for (const name of ["cli-a", "cli-b", "cli-c"]) expect((await aws(["create-group", "--user-pool-id", UserPoolId, "--group-name", name])).code).toBe(0);
    expect((await aws(["admin-add-user-to-group", "--user-pool-id", UserPoolId, "--username", "cli-user", "--group-name", "cli-b"])).code).toBe(0);
    const listed = await aws(["list-groups", "--user-pool-id", UserPoolId, "--page-size", "2"]);
    expect(listed.json.Groups.map((g: { GroupName: string }) => g.GroupName).sort()).toEqual(["cli-a", "cli-b", "cli-c"]);
    const members = await aws(["list-users-in-group", "--user-pool-id", UserPoolId, "--group-name", "cli-b"]);
    expect(members.json.Users.map((u: { Username: string }) => u.Username)).toEqual(["cli-user"]);
    const arn = (await world.sdk.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool!.Arn!;
    expect((await aws(["tag-resource", "--resource-arn", arn, "--tags", "env=dev,team=identity"])).code).toBe(0);
    expect((await aws(["list-tags-for-resource", "--resource-arn", arn])).json.Tags).toEqual({ env: "dev", team: "identity" });
    const missing = await aws(["get-group", "--user-pool-id", UserPoolId, "--group-name", "nope"]);
    expect(missing.code).toBe(255); // the AWS CLI v1 exit status for a service error
    expect(missing.stderr).toContain("An error occurred (ResourceNotFoundException) when calling the GetGroup operation: Group not found.");
  });
});
