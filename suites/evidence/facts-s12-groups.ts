// Facts of aws-behavior.md §12.3 (groups) and §12.4 (tags), merged into FACTS (suites/evidence/facts.ts).
import type { Fact } from "./facts.ts";

const ref = (section: string, origin?: string) => `aws-behavior.md §${section}${origin ? ` (${origin})` : ""}`;

export const FACTS_S12_GROUPS = {
  "s12.3.group-shape": {
    label: "DOC",
    says: "CreateGroup/GetGroup/UpdateGroup answer {Group: {GroupName, UserPoolId, Description?, RoleArn?, Precedence?, LastModifiedDate, CreationDate}}; unset members are absent",
    source: ref("12.3", "CLI examples create-group.rst, get-group.rst"),
  },
  "s12.3.update-keeps-omitted": {
    label: "DOC",
    says: "UpdateGroup keeps the members it was not sent (the example's output still carries the old RoleArn), unlike UpdateUserPoolClient",
    source: ref("12.3", "CLI example update-group.rst"),
  },
  "s12.3.precedence": {
    label: "DOC",
    says: "Precedence is non-negative, 0 highest, default null; the lowest value sets cognito:preferred_role; a tie with one RoleArn sets it, with different RoleArns leaves it unset",
    source: ref("12.3", "model CreateGroup"),
  },
  "s12.3.groups-claim": {
    label: "CONFIRMED",
    says: "cognito:groups is in both the ID and the access token (a real access token carries it, with no role claims; a real ID token carries cognito:groups and cognito:roles as JSON arrays)",
    source: ref("12.3", "model; kubernetes-sigs/aws-load-balancer-controller#1715; aws-amplify/amplify-js#2390"),
  },
  "s12.3.roles-claims": {
    label: "DOC",
    says: "cognito:roles and cognito:preferred_role are in the ID token only",
    source: ref("12.3", "dev guide groups page"),
  },
  "s12.3.groups-order": {
    label: "UNKNOWN",
    says: "the order of the names inside cognito:groups (examples list the lowest-precedence group first): suites compare as sets",
    source: ref("12.3", "amazon-archives/aws-serverless-auth-reference-app#7, weak"),
  },
  "s12.3.claims-on-refresh": {
    label: "INFERRED",
    says: "a membership change reaches tokens at the next sign-in or refresh; tokens already issued keep their claims",
    source: ref("12.3", "AWS staff comment in amazon-archives/amazon-cognito-identity-js#531; aws-amplify/amplify-js#3730, #1645, #5700"),
  },
  "s12.3.group-not-found": {
    label: "CONFIRMED",
    says: "an unknown group (AdminAddUserToGroup etc.) is ResourceNotFoundException",
    source: ref("12.3", "aws-amplify/amplify-cli#2214"),
    text: ["Group not found."],
  },
  "s12.3.group-exists": { label: "DOC", says: "creating a group whose name is taken is GroupExistsException (text UNKNOWN)", source: ref("12.3", "model") },
  "s12.3.limits": {
    label: "DOC",
    says: "10,000 groups per pool, a user in at most 100 groups, no nesting; exceeding: LimitExceededException INFERRED, text UNKNOWN",
    source: ref("12.3", "dev guide Quotas, 2023"),
  },
  "s12.3.list-paging": { label: "DOC", says: "ListGroups, AdminListGroupsForUser and ListUsersInGroup page with Limit 0–60 and NextToken", source: ref("12.3", "model") },
  "s12.3.delete-with-members": {
    label: "UNKNOWN",
    says: "whether a group with members can be deleted (2023 dev guide: only empty groups; current API reference: deleting removes it from members' claims)",
    source: ref("12.3", "DOC conflict"),
  },
  "s12.4.tag-operations": {
    label: "DOC",
    says: "TagResource/UntagResource/ListTagsForResource take the pool ARN arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>; TagResource answers {}; ListTagsForResource answers {Tags: {k: v}}",
    source: ref("12.4", "CLI example tag-resource.rst; model"),
  },
  "s12.4.limits": {
    label: "DOC",
    says: "50 tags per pool; key 1–128, value 0–256; letters, digits, space and _ . : / = + - @; the aws: prefix is reserved (texts UNKNOWN)",
    source: ref("12.4", "model; dev guide Tagging, 2023"),
  },
  "s12.4.one-store": {
    label: "INFERRED",
    says: "a tag set by TagResource appears in DescribeUserPool's UserPoolTags and the reverse (terraform reads UserPoolTags, writes with TagResource/UntagResource)",
    source: ref("12.4", "terraform-provider-aws user_pool.go, tags_gen.go"),
  },
  "s12.4.unknown-arn": {
    label: "INFERRED",
    says: "an ARN naming no pool answers ResourceNotFoundException (the reference calls the answer to an unknown or malformed ARN UNKNOWN, with this INFERRED guess; its text is UNKNOWN)",
    source: ref("12.4"),
  },
} as const satisfies Record<string, Fact>;
