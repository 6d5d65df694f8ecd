// The generated validators, one constraint kind at a time: the exact boundary is accepted, one past it is refused,
// and the AWS message names the member the way the service does. Bounds are read from the spec's facts, not copied.
import { describe, expect, test } from "vitest";
import { check, fact, message, POOL } from "./validator-helpers.ts";

describe("string length", () => {
  const { min, max } = fact("SetRiskConfiguration", "UserPoolId");
  const id = (n: number) => `us-east-1_${"a".repeat(n - 10)}`;
  test("max accepted, max+1 refused", () => {
    expect(check("SetRiskConfiguration", { UserPoolId: id(max!) })).toBeUndefined();
    expect(message("SetRiskConfiguration", { UserPoolId: id(max! + 1) })).toBe(
      `InvalidParameterException: 1 validation error detected: Value '${id(max! + 1)}' at 'userPoolId' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
  });
  test("min-1 (empty) refused with the length and pattern clauses", () => {
    const e = check("SetRiskConfiguration", { UserPoolId: "" })!;
    expect(min).toBe(1);
    expect(e.awsMessage).toMatch(/^2 validation errors detected: /);
    expect(e.awsMessage).toContain("Value '' at 'userPoolId' failed to satisfy constraint: Member must have length greater than or equal to 1");
    expect(e.awsMessage).toContain("Value '' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+");
  });
});

describe("lengths count code points (the generated validators' fast path for text without surrogates)", () => {
  const path = "AccountTakeoverRiskConfiguration.NotifyConfiguration.BlockEmail.Subject";
  const { max } = fact("SetRiskConfiguration", path);
  const withSubject = (Subject: string) => ({
    UserPoolId: POOL,
    AccountTakeoverRiskConfiguration: {
      NotifyConfiguration: { SourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com", BlockEmail: { Subject, TextBody: "a text body" } },
      Actions: { HighAction: { EventAction: "BLOCK", Notify: true } },
    },
  });
  const tooLong = (subject: string) => message("SetRiskConfiguration", withSubject(subject)).includes("Member must have length less than or equal to");
  test("max ASCII accepted, max+1 refused", () => {
    expect(check("SetRiskConfiguration", withSubject("a".repeat(max!)))).toBeUndefined();
    expect(tooLong("a".repeat(max! + 1))).toBe(true);
  });
  test("a surrogate pair is one: max emoji (2*max UTF-16 units) accepted, max+1 refused", () => {
    expect(check("SetRiskConfiguration", withSubject("😀".repeat(max!)))).toBeUndefined();
    expect(tooLong("😀".repeat(max! + 1))).toBe(true);
  });
  test("mixed text: max-1 ASCII and one emoji accepted, two emoji past it refused", () => {
    expect(tooLong(`${"a".repeat(max! - 1)}😀`)).toBe(false);
    expect(tooLong(`${"a".repeat(max! - 1)}😀😀`)).toBe(true);
  });
  test("minimums count code points too: min emoji accepted, min-1 emoji (2*min-2 UTF-16 units, at least min) refused", () => {
    const bodyPath = "AccountTakeoverRiskConfiguration.NotifyConfiguration.BlockEmail.TextBody";
    const { min } = fact("SetRiskConfiguration", bodyPath);
    expect(min).toBeGreaterThan(1);
    const withBody = (TextBody: string) => {
      const input = withSubject("subject");
      input.AccountTakeoverRiskConfiguration.NotifyConfiguration.BlockEmail.TextBody = TextBody;
      return input;
    };
    const tooShort = (body: string) => message("SetRiskConfiguration", withBody(body)).includes("Member must have length greater than or equal to");
    expect(check("SetRiskConfiguration", withBody("😀".repeat(min!)))).toBeUndefined();
    expect(tooShort("😀".repeat(min! - 1))).toBe(true);
    expect(tooShort(`${"a".repeat(min! - 2)}😀`)).toBe(true);
  });
});

describe("patterns apply to the whole value", () => {
  test("a value that only contains a match is refused", () => {
    expect(message("DescribeUserPool", { UserPoolId: `!${POOL}!` })).toContain("Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+");
    expect(check("DescribeUserPool", { UserPoolId: POOL })).toBeUndefined();
  });
  test("unicode letters, marks and symbols satisfy [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+ (Username), whitespace does not", () => {
    const { max } = fact("AdminDeleteUser", "Username");
    for (const name of ["josé", "Ωμέγα", "名前", "e\u0301", "a€b", "١٢٣", "x".repeat(max!)]) {
      expect(check("AdminDeleteUser", { UserPoolId: POOL, Username: name }), name).toBeUndefined();
    }
    expect(message("AdminDeleteUser", { UserPoolId: POOL, Username: "two words" })).toBe(
      "InvalidParameterException: 1 validation error detected: Value at 'username' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+",
    );
    expect(message("AdminDeleteUser", { UserPoolId: POOL, Username: "x".repeat(max! + 1) })).toContain(
      `Value at 'username' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
  });
  test("Java's (?s) flag: .* spans newlines; without it . does not", () => {
    const invite = (SMSMessage: string) => ({ UserPoolId: POOL, AdminCreateUserConfig: { InviteMessageTemplate: { SMSMessage } } });
    expect(fact("UpdateUserPool", "AdminCreateUserConfig.InviteMessageTemplate.SMSMessage").pattern).toBe("(?s).*");
    expect(check("UpdateUserPool", invite("Hello\n{username} {####}"))).toBeUndefined();
    expect(fact("UpdateUserPool", "SmsAuthenticationMessage").pattern).toBe(".*\\{####\\}.*");
    expect(check("UpdateUserPool", { UserPoolId: POOL, SmsAuthenticationMessage: "code {####}" })).toBeUndefined();
    expect(message("UpdateUserPool", { UserPoolId: POOL, SmsAuthenticationMessage: "code\n{####}" })).toContain(
      "at 'smsAuthenticationMessage' failed to satisfy constraint: Member must satisfy regular expression pattern: .*\\{####\\}.*",
    );
  });
});

describe("enums", () => {
  const values = fact("UpdateUserPool", "UserPoolAddOns.AdvancedSecurityMode").enum!;
  test.each(values)("%s accepted", (mode) => {
    expect(check("UpdateUserPool", { UserPoolId: POOL, UserPoolAddOns: { AdvancedSecurityMode: mode } })).toBeUndefined();
  });
  test("a value outside the set refused, nested path dotted and lowerCamel", () => {
    expect(message("UpdateUserPool", { UserPoolId: POOL, UserPoolAddOns: { AdvancedSecurityMode: "audit" } })).toBe(
      `InvalidParameterException: 1 validation error detected: Value 'audit' at 'userPoolAddOns.advancedSecurityMode' failed to satisfy constraint: Member must satisfy enum value set: [${values.join(", ")}]`,
    );
  });
});

describe("integers", () => {
  const { min, max } = fact("AdminListUserAuthEvents", "MaxResults");
  const base = { UserPoolId: POOL, Username: "u" };
  test("min and max accepted", () => {
    expect(check("AdminListUserAuthEvents", { ...base, MaxResults: min })).toBeUndefined();
    expect(check("AdminListUserAuthEvents", { ...base, MaxResults: max })).toBeUndefined();
  });
  test("min-1 and max+1 refused", () => {
    expect(message("AdminListUserAuthEvents", { ...base, MaxResults: min! - 1 })).toContain(
      `Value '${min! - 1}' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to ${min}`,
    );
    expect(message("AdminListUserAuthEvents", { ...base, MaxResults: max! + 1 })).toContain(
      `Value '${max! + 1}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${max}`,
    );
  });
});

describe("lists", () => {
  const { max } = fact("SetRiskConfiguration", "RiskExceptionConfiguration.BlockedIPRangeList");
  const ips = (n: number) => Array.from({ length: n }, (_, i) => `10.0.${i >> 8}.${i & 255}/32`);
  test("max items accepted, max+1 refused", () => {
    expect(check("SetRiskConfiguration", { UserPoolId: POOL, RiskExceptionConfiguration: { BlockedIPRangeList: ips(max!) } })).toBeUndefined();
    expect(message("SetRiskConfiguration", { UserPoolId: POOL, RiskExceptionConfiguration: { BlockedIPRangeList: ips(max! + 1) } })).toContain(
      `at 'riskExceptionConfiguration.blockedIPRangeList' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
  });
  test("a bad item is reported on the list (Coral's container form)", () => {
    expect(message("UpdateUserPool", { UserPoolId: POOL, AutoVerifiedAttributes: ["email", "fax"] })).toBe(
      "InvalidParameterException: 1 validation error detected: Value '[email, fax]' at 'autoVerifiedAttributes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [phone_number, email]]",
    );
  });
});

describe("maps", () => {
  const key = fact("UpdateUserPool", "UserPoolTags{key}");
  const value = fact("UpdateUserPool", "UserPoolTags{value}");
  test("key and value at their max accepted", () => {
    expect(check("UpdateUserPool", { UserPoolId: POOL, UserPoolTags: { ["k".repeat(key.max!)]: "v".repeat(value.max!) } })).toBeUndefined();
  });
  test("key and value one over refused", () => {
    const m = message("UpdateUserPool", { UserPoolId: POOL, UserPoolTags: { ["k".repeat(key.max! + 1)]: "v" } });
    expect(m).toContain(`Map keys must satisfy constraint: [Member must have length less than or equal to ${key.max}]`);
    const v = message("UpdateUserPool", { UserPoolId: POOL, UserPoolTags: { k: "v".repeat(value.max! + 1) } });
    expect(v).toContain(`Map value must satisfy constraint: [Member must have length less than or equal to ${value.max}]`);
  });
});

describe("required members", () => {
  test("missing members are `Value null at`, one clause each, plural count", () => {
    const e = check("UpdateAuthEventFeedback", {})!;
    expect(e.type).toBe("InvalidParameterException");
    expect(e.awsMessage).toMatch(/^5 validation errors detected: /);
    const clauses = e.awsMessage!.replace(/^\d+ validation errors detected: /, "").split("; ").sort();
    expect(clauses).toEqual(
      ["eventId", "feedbackToken", "feedbackValue", "userPoolId", "username"].map(
        (m) => `Value null at '${m}' failed to satisfy constraint: Member must not be null`,
      ),
    );
  });
  test("a required member inside a nested structure", () => {
    const input = { UserPoolId: POOL, AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "BLOCK" } } } };
    expect(message("SetRiskConfiguration", input)).toBe(
      "InvalidParameterException: 1 validation error detected: Value null at 'accountTakeoverRiskConfiguration.actions.highAction.notify' failed to satisfy constraint: Member must not be null",
    );
  });
  test("JSON null counts as absent", () => {
    // parseBody drops nulls; the validator then sees the member missing.
    expect(check("DescribeUserPool", {})?.awsMessage).toContain("Value null at 'userPoolId'");
  });
});

describe("wrong JSON types are SerializationException", () => {
  test.each([
    [{ UserPoolId: { a: 1 } }, "Start of structure or map found where not expected."],
    [{ UserPoolId: ["x"] }, "Start of list found where not expected."],
    [{ UserPoolId: 5 }, "NUMBER_VALUE can not be converted to String"],
  ])("%j", (input, text) => {
    const e = check("DescribeUserPool", input)!;
    expect(e.type).toBe("SerializationException");
    expect(e.awsMessage).toBe(text);
  });
  test("a string where an integer belongs", () => {
    expect(check("AdminListUserAuthEvents", { UserPoolId: POOL, Username: "u", MaxResults: "5" })?.type).toBe("SerializationException");
  });
});
