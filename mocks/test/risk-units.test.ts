// The pure threat-protection modules: CIDR parsing, the decision engine, template rendering.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { inRanges, isIPv4Cidr, parseCidr, parseIpAddress, requireCidrList } from "../risk/cidr.ts";
import { decideRisk, type RiskFacts } from "../risk/decision.ts";
import { fillPlaceholders, renderEmail, type TemplateValues } from "../risk/templates.ts";

describe("CIDR entries", () => {
  test.each(["192.0.2.0/24", "192.0.2.252/32", "0.0.0.0/0", "2001:db8::/32", "::1/128", "::ffff:192.0.2.0/120"])("%s is CIDR", (entry) => {
    expect(parseCidr(entry)).toBeDefined();
  });
  test.each(["192.0.2.0", "192.0.2.0/33", "2001:db8::/129", "10/8", "0x0a.0.0.0/8", "192.0.2.0/", "/24", "fe80::1%eth0/64", "192.0.2.0/2a", "", "not-an-ip/8", "192.0.2.256/24"])(
    "%s is refused",
    (entry) => {
      expect(parseCidr(entry)).toBeUndefined();
    },
  );
  test("the one-scan IPv4 check agrees with parseCidr on every entry without a colon", () => {
    const near = ["10.0.0.0/8", "0.0.0.0/0", "255.255.255.255/32", "01.2.3.4/8", "1.2.3.4/032", "1.2.3.4/0008", "256.1.1.1/8", "1.2.3/8", "1.2.3.4.5/8", "1.2.3.4/33", "1.2.3.4/", "1..2.3/8", "1.2.3.4/8 ", " 1.2.3.4/8", "1.2.3.4//8", "1000.1.1.1/8", "00.1.1.1/8", "9.9.9.9/09"];
    for (const entry of near) expect(isIPv4Cidr(entry), entry).toBe(parseCidr(entry) !== undefined);
    const pieces = fc.constantFrom("0", "1", "9", "25", "255", "256", "01", "32", "33", "1000", ".", "/", "x", " ", "-");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((p) => p.join("")), (entry) => isIPv4Cidr(entry) === (parseCidr(entry) !== undefined)),
      { numRuns: 5_000 },
    );
  });
  test("a bad entry is named in an InvalidParameterException", () => {
    expect(() => requireCidrList("SkippedIPRangeList", ["10.0.0.0/8", "10.0.0.300/8"])).toThrowError(
      expect.objectContaining({ type: "InvalidParameterException", awsMessage: expect.stringContaining("'10.0.0.300/8'") }),
    );
    expect(() => requireCidrList("SkippedIPRangeList", ["10.0.0.0/8", "2001:db8::/48"])).not.toThrow();
  });
  test("membership, IPv4 and IPv6, and IPv4-mapped addresses", () => {
    const ip = (text: string) => parseIpAddress(text)!;
    expect(inRanges(ip("192.0.2.77"), ["192.0.2.0/24"])).toBe(true);
    expect(inRanges(ip("192.0.3.1"), ["192.0.2.0/24"])).toBe(false);
    expect(inRanges(ip("2001:db8::5"), ["2001:db8::/32"])).toBe(true);
    expect(inRanges(ip("2001:db9::5"), ["2001:db8::/32", "192.0.2.0/24"])).toBe(false);
    expect(inRanges(ip("::ffff:192.0.2.9"), ["192.0.2.0/24"])).toBe(true);
    expect(inRanges(ip("192.0.2.9"), ["::ffff:192.0.2.0/120"])).toBe(true);
    expect(parseIpAddress("192.0.2.1/32")).toBeUndefined();
    expect(parseIpAddress("localhost")).toBeUndefined();
  });
});

describe("risk decisions", () => {
  const facts = (over: Partial<RiskFacts> = {}): RiskFacts => ({
    mode: "ENFORCED",
    ip: parseIpAddress("198.51.100.7")!,
    compromisedCredentials: false,
    eventType: "SignIn",
    userCanMfa: true,
    ...over,
  });
  const takeover = (action: "BLOCK" | "MFA_REQUIRED" | "MFA_IF_CONFIGURED" | "NO_ACTION", Notify = false) => ({
    AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: action, Notify } } },
  });

  test("OFF records nothing", () => {
    expect(decideRisk(facts({ mode: "OFF", riskLevel: "High", configuration: takeover("BLOCK") }))).toEqual({ record: false, action: "allow", eventResponse: "Pass" });
  });
  test("AUDIT records the risk, takes no action, mails nothing; the lists don't act (DOC: they belong to ENFORCED)", () => {
    const lists = { RiskExceptionConfiguration: { BlockedIPRangeList: ["198.51.100.0/24"], SkippedIPRangeList: ["198.51.100.0/24"] } };
    const outcome = decideRisk(facts({ mode: "AUDIT", riskLevel: "High", compromisedCredentials: true, configuration: { ...takeover("BLOCK", true), ...lists } }));
    expect(outcome).toEqual({
      record: true,
      action: "allow",
      eventResponse: "Pass",
      eventRisk: { RiskDecision: "AccountTakeover", RiskLevel: "High", CompromisedCredentialsDetected: true },
    });
    expect(decideRisk(facts({ mode: "AUDIT", configuration: lists }))).toMatchObject({ eventResponse: "Pass", eventRisk: { RiskDecision: "NoRisk" } });
  });
  test("a blocked address is blocked without a risk level (DOC); block wins over skip", () => {
    const exceptions = (BlockedIPRangeList: string[], SkippedIPRangeList: string[]) => ({ RiskExceptionConfiguration: { BlockedIPRangeList, SkippedIPRangeList } });
    expect(decideRisk(facts({ riskLevel: "High", compromisedCredentials: true, configuration: exceptions(["198.51.100.0/24"], []) }))).toEqual({
      record: true,
      action: "block-ip",
      eventResponse: "Fail",
      eventRisk: { RiskDecision: "Block", CompromisedCredentialsDetected: false },
    });
    expect(decideRisk(facts({ configuration: exceptions(["198.51.100.7/32"], ["198.51.100.0/24"]) })).action).toBe("block-ip");
  });
  test("a skipped address skips adaptive authentication (no level, no action) but not the compromised check (DOC)", () => {
    const skip = { RiskExceptionConfiguration: { SkippedIPRangeList: ["198.51.100.0/24"] } };
    expect(decideRisk(facts({ riskLevel: "High", configuration: { ...takeover("BLOCK"), ...skip } }))).toEqual({
      record: true,
      action: "allow",
      eventResponse: "Pass",
      eventRisk: { RiskDecision: "NoRisk", CompromisedCredentialsDetected: false },
    });
    const blockCompromised = { CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" as const } } };
    expect(decideRisk(facts({ riskLevel: "High", compromisedCredentials: true, configuration: { ...blockCompromised, ...skip } }))).toEqual({
      record: true,
      action: "block-compromised",
      eventResponse: "Fail",
      eventRisk: { RiskDecision: "Block", CompromisedCredentialsDetected: true },
    });
  });
  test("a wrong password is a failed sign-in without risk, unless the address is blocked", () => {
    expect(decideRisk(facts({ passwordCorrect: false, riskLevel: "High", compromisedCredentials: true, configuration: takeover("BLOCK") }))).toEqual({
      record: true,
      action: "allow",
      eventResponse: "Fail",
      eventRisk: { RiskDecision: "NoRisk", CompromisedCredentialsDetected: false },
    });
    const blocked = { RiskExceptionConfiguration: { BlockedIPRangeList: ["198.51.100.0/24"] } };
    expect(decideRisk(facts({ passwordCorrect: false, configuration: blocked })).action).toBe("block-ip");
  });
  test("compromised credentials: BLOCK fails only events in the filter; the filter defaults to all", () => {
    const compromised = (EventFilter?: ("SIGN_IN" | "SIGN_UP" | "PASSWORD_CHANGE")[]) => ({
      CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" as const }, ...(EventFilter && { EventFilter }) },
    });
    const run = (eventType: RiskFacts["eventType"], EventFilter?: ("SIGN_IN" | "SIGN_UP" | "PASSWORD_CHANGE")[]) =>
      decideRisk(facts({ compromisedCredentials: true, eventType, configuration: compromised(EventFilter) }));
    expect(run("SignIn")).toMatchObject({ action: "block-compromised", eventResponse: "Fail", eventRisk: { RiskDecision: "Block", CompromisedCredentialsDetected: true } });
    expect(run("PasswordChange")).toMatchObject({ eventResponse: "Fail" });
    expect(run("SignUp", ["SIGN_IN"])).toMatchObject({ eventResponse: "Pass", eventRisk: { CompromisedCredentialsDetected: false } });
    expect(run("SignUp", ["SIGN_UP"])).toMatchObject({ eventResponse: "Fail" });
    expect(run("SignUp", [])).toMatchObject({ eventResponse: "Fail" });
    // The confirmation of a reset carries the new password: a password change for the filter.
    expect(run("ForgotPassword", ["PASSWORD_CHANGE"])).toMatchObject({ eventResponse: "Fail" });
    expect(run("ForgotPassword", ["SIGN_IN"])).toMatchObject({ eventResponse: "Pass", eventRisk: { CompromisedCredentialsDetected: false } });
    expect(run("ResendCode")).toMatchObject({ eventResponse: "Pass", eventRisk: { CompromisedCredentialsDetected: false } });
    const noAction = decideRisk(facts({ compromisedCredentials: true, configuration: { CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "NO_ACTION" } } } }));
    expect(noAction).toMatchObject({ eventResponse: "Pass", eventRisk: { RiskDecision: "NoRisk", CompromisedCredentialsDetected: true } });
  });
  test.each([
    ["BLOCK", true, "Fail", "Block", "BlockEmail", "block-risk"],
    ["MFA_REQUIRED", true, "InProgress", "AccountTakeover", "MfaEmail", "mfa"],
    ["MFA_REQUIRED", false, "Fail", "AccountTakeover", "BlockEmail", "block-risk"],
    ["MFA_IF_CONFIGURED", true, "InProgress", "AccountTakeover", "MfaEmail", "mfa"],
    ["MFA_IF_CONFIGURED", false, "Pass", "AccountTakeover", "NoActionEmail", "allow"],
    ["NO_ACTION", true, "Pass", "AccountTakeover", "NoActionEmail", "allow"],
  ] as const)("account takeover %s (user can MFA: %s) -> %s, %s, mails %s, flow: %s", (action, userCanMfa, response, decision, template, flowAction) => {
    expect(decideRisk(facts({ riskLevel: "High", userCanMfa, configuration: takeover(action, true) }))).toEqual({
      record: true,
      action: flowAction,
      eventResponse: response,
      eventRisk: { RiskDecision: decision, RiskLevel: "High", CompromisedCredentialsDetected: false },
      notify: template,
    });
    expect(decideRisk(facts({ riskLevel: "High", userCanMfa, configuration: takeover(action, false) })).notify).toBeUndefined();
  });
  test("a level without a configured action, or no configuration at all, passes without mail, recorded as AccountTakeover", () => {
    expect(decideRisk(facts({ riskLevel: "Low", configuration: takeover("BLOCK", true) }))).toMatchObject({
      eventResponse: "Pass",
      eventRisk: { RiskDecision: "AccountTakeover", RiskLevel: "Low" },
    });
    expect(decideRisk(facts({ riskLevel: "High" }))).toEqual({
      record: true,
      action: "allow",
      eventResponse: "Pass",
      eventRisk: { RiskDecision: "AccountTakeover", RiskLevel: "High", CompromisedCredentialsDetected: false },
    });
    expect(decideRisk(facts({}))).toMatchObject({ eventRisk: { RiskDecision: "NoRisk" } });
  });
});

describe("templates", () => {
  const values: TemplateValues = {
    username: "<b>{city}</b>",
    "ip-address": "192.0.2.1",
    city: "Lyon",
    country: "France",
    "login-time": "2025-01-02T03:04:05.678Z",
    "device-name": "Firefox",
    "one-click-link-valid": "https://x.invalid/?a=1&b=2",
    "one-click-link-invalid": "https://x.invalid/?a=1&b=3",
    "event-id": "e-1",
    "feedback-token": "t-1",
  };
  test("every placeholder is filled, once, and values are HTML-escaped only in the HTML body", () => {
    const template = "{username} {ip-address} {city} {country} {login-time} {device-name} {one-click-link-valid} {one-click-link-invalid} {event-id} {feedback-token} {unknown}";
    expect(fillPlaceholders(template, values)).toBe(
      "<b>{city}</b> 192.0.2.1 Lyon France 2025-01-02T03:04:05.678Z Firefox https://x.invalid/?a=1&b=2 https://x.invalid/?a=1&b=3 e-1 t-1 {unknown}",
    );
    expect(renderEmail({ Subject: "Hi {username}", HtmlBody: "<p>{username} {one-click-link-valid}</p>" }, values)).toEqual({
      subject: "Hi <b>{city}</b>",
      htmlBody: "<p>&lt;b&gt;{city}&lt;/b&gt; https://x.invalid/?a=1&amp;b=2</p>",
    });
  });
});
