// The request bodies benchmarked: what a pool needs, and a full SetRiskConfiguration (all three actions,
// the three notify templates, 200 CIDRs: 100 blocked IPv4 ranges, 100 skipped ranges half IPv4 half IPv6).
export const PLUS_POOL = { PoolName: "bench-pool", UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" }, DeletionProtection: "INACTIVE" };

const template = (what: string) => ({
  Subject: `${what}: sign-in for {username}`,
  HtmlBody: `<html><body><p>${what}: a sign-in for {username} from {ip-address} in {city}, {country} at {login-time} on {device-name}.</p><p><a href="{one-click-link-valid}">It was me</a> <a href="{one-click-link-invalid}">It was not me</a></p></body></html>`,
  TextBody: `${what}: a sign-in for {username} from {ip-address} in {city}, {country} at {login-time}. Yes: {one-click-link-valid} No: {one-click-link-invalid}`,
});

const blocked = Array.from({ length: 100 }, (_, i) => `10.${i}.0.0/16`);
const skipped = Array.from({ length: 100 }, (_, i) => (i % 2 ? `172.16.${i}.0/24` : `2001:db8:${i.toString(16)}::/48`));

export function fullRiskConfiguration(UserPoolId: string) {
  return {
    UserPoolId,
    CompromisedCredentialsRiskConfiguration: { EventFilter: ["SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP"], Actions: { EventAction: "BLOCK" } },
    AccountTakeoverRiskConfiguration: {
      NotifyConfiguration: {
        From: "security@example.com",
        ReplyTo: "support@example.com",
        SourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com",
        BlockEmail: template("Blocked"),
        NoActionEmail: template("Noticed"),
        MfaEmail: template("MFA required"),
      },
      Actions: {
        LowAction: { EventAction: "NO_ACTION", Notify: true },
        MediumAction: { EventAction: "MFA_IF_CONFIGURED", Notify: true },
        HighAction: { EventAction: "BLOCK", Notify: true },
      },
    },
    RiskExceptionConfiguration: { BlockedIPRangeList: blocked, SkippedIPRangeList: skipped },
  };
}
