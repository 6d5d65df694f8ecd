// RiskExceptionConfiguration's IP range lists: CIDR entries (IPv4 and IPv6) are stored, anything else is
// refused and stores nothing (aws-behavior.md §5: "must be in CIDR format"; the refusal's text is UNKNOWN).
import type { Case } from "../../harness/case.ts";
import { ok, refused, scenario } from "./build.ts";

const LISTS = ["BlockedIPRangeList", "SkippedIPRangeList"] as const;

const VALID: Record<string, string[]> = {
  ipv4: ["192.0.2.0/24", "192.0.2.252/32", "0.0.0.0/0"],
  ipv6: ["2001:db8::/32", "2001:db8:0:1::/64", "::1/128"],
};

/** Each bad entry with a tag (as Smithy's malformed-request tests do); every one becomes its own case. */
const INVALID: Record<string, string> = {
  "not-an-address": "not-an-ip",
  "ipv4-prefix-over-32": "192.0.2.0/33",
  "ipv4-octet-over-255": "192.0.2.256/24",
  "ipv4-three-octets": "192.0.2/24",
  "ipv6-prefix-over-128": "2001:db8::/129",
  "ipv6-two-double-colons": "2001:db8::1::/64",
  "prefix-not-a-number": "192.0.2.0/abc",
  "empty-entry": "",
};

const describeNoExceptions = ok("DescribeRiskConfiguration", { UserPoolId: "{{userPoolId}}" }, { bodyAbsent: ["RiskConfiguration.RiskExceptionConfiguration"] });

const accepted = LISTS.flatMap((list) =>
  Object.entries(VALID).map(([family, entries]) =>
    scenario({
      id: `${list}/${family}-accepted`,
      operation: "SetRiskConfiguration",
      member: `RiskExceptionConfiguration.${list}[]`,
      rule: `cidr-${family}-accepted`,
      title: `${list} takes ${family.toUpperCase()} CIDR ranges (${entries.join(", ")}) and stores them as given`,
      facts: ["s5.cidr-format", "s5.echo"],
      evidence: "DOC",
      fixtures: ["pool"],
      steps: [
        ok("SetRiskConfiguration", { UserPoolId: "{{userPoolId}}", RiskExceptionConfiguration: { [list]: entries } }, {
          body: { RiskConfiguration: { RiskExceptionConfiguration: { [list]: entries } } },
        }),
        ok("DescribeRiskConfiguration", { UserPoolId: "{{userPoolId}}" }, { body: { RiskConfiguration: { RiskExceptionConfiguration: { [list]: entries } } } }),
      ],
    }),
  ),
);

const refusedEntries = LISTS.flatMap((list) =>
  Object.entries(INVALID).map(([tag, entry]) =>
    scenario({
      id: `${list}/${tag}-refused`,
      operation: "SetRiskConfiguration",
      member: `RiskExceptionConfiguration.${list}[]`,
      rule: "cidr-invalid-refused",
      title: `${list} refuses ${JSON.stringify(entry)} next to a valid range, and stores nothing`,
      facts: ["s5.cidr-format", "s5.cidr-refusal"],
      evidence: "INFERRED",
      fixtures: ["pool"],
      notes: ["The refusal's type is INFERRED (InvalidParameterException) and its text UNKNOWN: the message is not asserted."],
      steps: [
        refused("SetRiskConfiguration", { UserPoolId: "{{userPoolId}}", RiskExceptionConfiguration: { [list]: ["192.0.2.0/24", entry] } }, "InvalidParameterException"),
        describeNoExceptions,
      ],
    }),
  ),
);

export const cidrListCases: Case[] = [...accepted, ...refusedEntries];
