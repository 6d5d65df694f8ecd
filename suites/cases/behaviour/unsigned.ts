// Unsigned calls (aws-behavior.md §3): an IAM operation without SigV4 is refused before it touches anything;
// UpdateAuthEventFeedback needs no signature (its round trip is in auth-events.ts).
import type { Case } from "../../harness/case.ts";
import { ok, refused, scenario } from "./build.ts";

const MISSING_TOKEN = { message: { equals: "Missing Authentication Token" } };
const unsigned = { sign: false };

export const unsignedCases: Case[] = [
  scenario({
    id: "unsigned-changes-nothing",
    operation: "SetRiskConfiguration",
    rule: "unsigned-refused",
    title: "an unsigned SetRiskConfiguration is refused with MissingAuthenticationTokenException and stores nothing",
    facts: ["s3.missing-token", "s3.sigv4", "s5.describe-unconfigured"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    steps: [
      refused("SetRiskConfiguration", { UserPoolId: "{{userPoolId}}", RiskExceptionConfiguration: { BlockedIPRangeList: ["192.0.2.0/24"] } }, "MissingAuthenticationTokenException", MISSING_TOKEN, unsigned),
      ok("DescribeRiskConfiguration", { UserPoolId: "{{userPoolId}}" }, { bodyAbsent: ["RiskConfiguration.RiskExceptionConfiguration"] }),
    ],
  }),
  scenario({
    id: "unsigned-changes-nothing",
    operation: "UpdateUserPool",
    rule: "unsigned-refused",
    title: "an unsigned UpdateUserPool is refused and the pool keeps its settings",
    facts: ["s3.missing-token", "s3.sigv4"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      refused("UpdateUserPool", { UserPoolId: "{{userPoolId}}", DeletionProtection: "ACTIVE" }, "MissingAuthenticationTokenException", MISSING_TOKEN, unsigned),
      ok("DescribeUserPool", { UserPoolId: "{{userPoolId}}" }, { body: { UserPool: { DeletionProtection: "INACTIVE", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } } } }),
    ],
  }),
  scenario({
    id: "unsigned-changes-nothing",
    operation: "DeleteUserPool",
    rule: "unsigned-refused",
    title: "an unsigned DeleteUserPool is refused and the pool still exists",
    facts: ["s3.missing-token", "s3.sigv4"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      refused("DeleteUserPool", { UserPoolId: "{{userPoolId}}" }, "MissingAuthenticationTokenException", MISSING_TOKEN, unsigned),
      ok("DescribeUserPool", { UserPoolId: "{{userPoolId}}" }),
    ],
  }),
  scenario({
    id: "unsigned-refused",
    operation: "AdminListUserAuthEvents",
    rule: "unsigned-refused",
    title: "an unsigned AdminListUserAuthEvents is refused with MissingAuthenticationTokenException",
    facts: ["s3.missing-token", "s3.sigv4"],
    evidence: "DOC",
    fixtures: ["pool", "user"],
    steps: [refused("AdminListUserAuthEvents", { UserPoolId: "{{userPoolId}}", Username: "{{username}}" }, "MissingAuthenticationTokenException", MISSING_TOKEN, unsigned)],
  }),
];
