// The registry's groups, in the order of the research notes the facts were taken from (aws-behavior.md §1–§15),
// then the facts from elsewhere. A fact's group is its id's prefix (`s9.wrong-password` → s9); docs/evidence.md
// renders the registry in these groups.
export const SECTIONS: Record<string, string> = {
  s1: "§1 Wire protocol (awsJson1_1)",
  s2: "§2 Validation errors (model constraints)",
  s3: "§3 Authentication",
  s4: "§4 Not found",
  s5: "§5 SetRiskConfiguration / DescribeRiskConfiguration",
  s6: "§6 UpdateUserPool / DescribeUserPool",
  s7: "§7 Auth events and feedback",
  s8: "§8 Quotas and throttling",
  s9: "§9 Sign-in flows, challenges and their errors",
  s10: "§10 SRP and tokens",
  s11: "§11 Threat protection on sign-in",
  s12: "§12 The management surface: app clients, users, attributes, groups, tags",
  s13: "§13 Threat protection's user activity log export",
  s14: "§14 Lambda triggers and custom authentication",
  s15: "§15 Devices and passwordless sign-in",
  model: "The AWS model and the spec",
  pub: "Public reports outside the research notes",
  mock: "The mock's own contract",
};

/** The group of a fact id: the part before the first dot. */
export const sectionOf = (id: string) => id.slice(0, id.indexOf("."));
