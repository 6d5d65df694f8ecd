// Deletion protection (aws-behavior.md §6) and the not-found answers with AWS's messages (§4, CONFIRMED).
import type { Case } from "../../harness/case.ts";
import { citing, createPool, MISSING_CLIENT_ID, MISSING_POOL_ID, ok, refused, scenario } from "./build.ts";

const PROTECTED_MESSAGE = "The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.";
const poolNotFound = { message: { equals: `User pool ${MISSING_POOL_ID} does not exist.` } };
const clientNotFound = { message: { equals: `User pool client ${MISSING_CLIENT_ID} does not exist.` } };
const userNotFound = { message: { equals: "User does not exist." } };
const GONE_POOL = { message: { pattern: "^User pool \\S+ does not exist\\.$" } };

const deletion: Case[] = [
  scenario({
    id: "deletion-protection",
    operation: "DeleteUserPool",
    member: "DeletionProtection",
    rule: "deletion-protection",
    title: "a pool with DeletionProtection ACTIVE is not deleted; once INACTIVE it is, and then it is not found",
    facts: ["s6.deletion-protection", "s4.pool-not-found"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    steps: [
      ok("UpdateUserPool", { UserPoolId: "{{userPoolId}}", DeletionProtection: "ACTIVE" }),
      citing(["s6.deletion-protection"], refused("DeleteUserPool", { UserPoolId: "{{userPoolId}}" }, "InvalidParameterException", { message: { equals: PROTECTED_MESSAGE } })),
      citing(["s6.deletion-protection"], ok("DescribeUserPool", { UserPoolId: "{{userPoolId}}" }, { body: { UserPool: { DeletionProtection: "ACTIVE" } } })),
      ok("UpdateUserPool", { UserPoolId: "{{userPoolId}}", DeletionProtection: "INACTIVE" }),
      // "Deletion protection must be inactivated first": once it is, the pool deletes ({} as every empty output)
      citing(["s6.deletion-protection", "s1.success"], ok("DeleteUserPool", { UserPoolId: "{{userPoolId}}" }, { bodyEquals: {} })),
      citing(["s4.pool-not-found"], refused("DescribeUserPool", { UserPoolId: "{{userPoolId}}" }, "ResourceNotFoundException", GONE_POOL)),
    ],
  }),
  scenario({
    id: "deletion-protection-at-creation",
    operation: "DeleteUserPool",
    member: "DeletionProtection",
    rule: "deletion-protection",
    title: "a pool created with DeletionProtection ACTIVE refuses deletion with AWS's message",
    facts: ["s6.deletion-protection"],
    evidence: "CONFIRMED",
    fixtures: [],
    steps: [
      createPool("behaviour-protected", { DeletionProtection: "ACTIVE" }),
      refused("DeleteUserPool", { UserPoolId: "{{otherPoolId}}" }, "InvalidParameterException", { message: { equals: PROTECTED_MESSAGE } }),
    ],
  }),
];

/** [operation, body, error type, message] for every lookup the in-scope operations make. */
const NOT_FOUND: [string, string, Record<string, unknown>, string, object][] = [
  ["DescribeUserPool", "pool", { UserPoolId: MISSING_POOL_ID }, "ResourceNotFoundException", poolNotFound],
  ["UpdateUserPool", "pool", { UserPoolId: MISSING_POOL_ID }, "ResourceNotFoundException", poolNotFound],
  ["DeleteUserPool", "pool", { UserPoolId: MISSING_POOL_ID }, "ResourceNotFoundException", poolNotFound],
  ["CreateUserPoolClient", "pool", { UserPoolId: MISSING_POOL_ID, ClientName: "c" }, "ResourceNotFoundException", poolNotFound],
  ["AdminCreateUser", "pool", { UserPoolId: MISSING_POOL_ID, Username: "someone" }, "ResourceNotFoundException", poolNotFound],
  ["SetRiskConfiguration", "pool", { UserPoolId: MISSING_POOL_ID }, "ResourceNotFoundException", poolNotFound],
  ["DescribeRiskConfiguration", "pool", { UserPoolId: MISSING_POOL_ID }, "ResourceNotFoundException", poolNotFound],
  ["AdminListUserAuthEvents", "pool", { UserPoolId: MISSING_POOL_ID, Username: "someone" }, "ResourceNotFoundException", poolNotFound],
  ["SetRiskConfiguration", "client", { UserPoolId: "{{userPoolId}}", ClientId: MISSING_CLIENT_ID }, "ResourceNotFoundException", clientNotFound],
  ["DescribeRiskConfiguration", "client", { UserPoolId: "{{userPoolId}}", ClientId: MISSING_CLIENT_ID }, "ResourceNotFoundException", clientNotFound],
  ["DeleteUserPoolClient", "client", { UserPoolId: "{{userPoolId}}", ClientId: MISSING_CLIENT_ID }, "ResourceNotFoundException", clientNotFound],
  ["AdminListUserAuthEvents", "user", { UserPoolId: "{{userPoolId}}", Username: "nobody-here" }, "UserNotFoundException", userNotFound],
  ["AdminDeleteUser", "user", { UserPoolId: "{{userPoolId}}", Username: "nobody-here" }, "UserNotFoundException", userNotFound],
  ["AdminDeleteUser", "pool", { UserPoolId: MISSING_POOL_ID, Username: "someone" }, "ResourceNotFoundException", poolNotFound],
];

const NOT_FOUND_FACT = { pool: "s4.pool-not-found", client: "s4.client-not-found", user: "s4.user-not-found" } as const;

const notFound: Case[] = [
  ...NOT_FOUND.map(([operation, what, body, type, expect]) =>
    scenario({
      id: `${what}-not-found`,
      operation,
      rule: "not-found",
      title: `${operation} naming a ${what} that does not exist answers ${type} with AWS's message`,
      facts: [NOT_FOUND_FACT[what as keyof typeof NOT_FOUND_FACT]],
      evidence: "CONFIRMED",
      fixtures: what === "pool" ? [] : ["pool"],
      steps: [refused(operation, body, type, expect)],
    }),
  ),
  // The feedback operations' not-found texts are INFERRED (aws-behavior.md §7), as on UpdateAuthEventFeedback.
  scenario({
    id: "pool-not-found",
    operation: "AdminUpdateAuthEventFeedback",
    rule: "not-found",
    title: "AdminUpdateAuthEventFeedback naming a pool that does not exist answers ResourceNotFoundException",
    facts: ["s4.pool-not-found", "s7.feedback-unknown-pool"],
    evidence: "INFERRED",
    fixtures: [],
    notes: ["The pool message is CONFIRMED for other operations; on the feedback operations INFERRED: advisory."],
    steps: [
      refused("AdminUpdateAuthEventFeedback", { UserPoolId: MISSING_POOL_ID, Username: "someone", EventId: "00000000-0000-0000-0000-000000000000", FeedbackValue: "Valid" }, "ResourceNotFoundException", {
        ...poolNotFound,
        messageStrength: "advisory",
      }),
    ],
  }),
];

export const poolLifecycleCases: Case[] = [...deletion, ...notFound];
