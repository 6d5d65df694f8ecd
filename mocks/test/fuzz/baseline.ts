// The state every fuzzed request starts from: pools on each tier, clients with and without their own risk
// configuration, users in a case-sensitive and an email-username pool, logged events with feedback tokens.
// Built through the dispatcher and the control API, like a user would; its ids feed the generators.
import type { WireRequest } from "../../../generated/handlers.ts";
import { OPERATIONS, type OperationName } from "../../../generated/operations.ts";
import { createCognitoMock, type CognitoMock, type CognitoMockCore } from "../../index.ts";
import type { KnownValues } from "./schema-arbitrary.ts";
import { JSON_CONTENT_TYPE, SIGNED } from "./request-arbitrary.ts";

// Setup calls handle(), which is synchronous: every operation's module loads first (they load on first call otherwise).
await createCognitoMock().loadOperations();

export const wireRequest = (operation: OperationName, input: unknown): WireRequest => ({
  method: "POST",
  url: "http://127.0.0.1/",
  headers: { "content-type": JSON_CONTENT_TYPE, "x-amz-target": OPERATIONS[operation].target, authorization: SIGNED },
  body: JSON.stringify(input),
});

/** Calls an operation on the mock and returns its output; throws on an error answer. */
export function call(mock: CognitoMockCore, operation: OperationName, input: unknown): any {
  const { response } = mock.handle(wireRequest(operation, input));
  if (response.status !== 200) throw new Error(`${operation} failed during setup: ${response.body}`);
  return JSON.parse(response.body);
}

const NOTIFY = {
  SourceArn: "arn:aws:ses:us-east-1:123456789012:identity/security@example.com",
  From: "security@example.com",
  BlockEmail: { Subject: "Blocked", TextBody: "Blocked {username} {one-click-link-invalid}" },
  MfaEmail: { Subject: "MFA", TextBody: "MFA for {username} {one-click-link-valid}" },
  NoActionEmail: { Subject: "Seen", TextBody: "Seen {username} {one-click-link-valid}" },
};
const notifying = { Notify: true, EventAction: "MFA_IF_CONFIGURED" };

export interface Baseline {
  mock: CognitoMock;
  known: KnownValues;
}

export function createBaseline(seed: number, options: Parameters<typeof createCognitoMock>[0] = {}): Baseline {
  const mock = createCognitoMock({ seed, ...options });
  const pool = (input: object) => call(mock, "CreateUserPool", input).UserPool.Id as string;
  const plus = pool({ PoolName: "fuzz-plus", UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" }, MfaConfiguration: "OPTIONAL", AutoVerifiedAttributes: ["email"] });
  const essentials = pool({ PoolName: "fuzz-essentials" });
  const protectedPool = pool({ PoolName: "fuzz-protected", UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" }, DeletionProtection: "ACTIVE" });
  const byEmail = pool({ PoolName: "fuzz-email", UsernameAttributes: ["email"], UsernameConfiguration: { CaseSensitive: false } });
  const client = (UserPoolId: string) => call(mock, "CreateUserPoolClient", { UserPoolId, ClientName: "fuzz" }).UserPoolClient.ClientId as string;
  const clients = [client(plus), client(plus), client(protectedPool)];
  const user = (UserPoolId: string, Username: string, email: string) =>
    call(mock, "AdminCreateUser", { UserPoolId, Username, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: email }, { Name: "email_verified", Value: "true" }] }).User.Username as string;
  const users = [user(plus, "alice", "alice@example.com"), user(plus, "Bob", "bob@example.com"), user(protectedPool, "carol", "carol@example.com")];
  const emailUser = user(byEmail, "dave@example.com", "dave@example.com");
  call(mock, "SetRiskConfiguration", {
    UserPoolId: plus,
    AccountTakeoverRiskConfiguration: { NotifyConfiguration: NOTIFY, Actions: { LowAction: notifying, MediumAction: notifying, HighAction: { Notify: true, EventAction: "BLOCK" } } },
    CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" } },
    RiskExceptionConfiguration: { SkippedIPRangeList: ["10.0.0.0/8"] },
  });
  call(mock, "SetRiskConfiguration", { UserPoolId: plus, ClientId: clients[0], RiskExceptionConfiguration: { BlockedIPRangeList: ["192.0.2.0/24", "2001:db8::/32"] } });
  const events: string[] = [];
  const tokens: string[] = [];
  for (const [i, RiskLevel] of (["Low", "Medium", "High", "High"] as const).entries()) {
    const signIn = mock.control.signIn({ UserPoolId: plus, Username: users[i % 2], IpAddress: `198.51.100.${i + 1}`, RiskLevel });
    if (signIn.EventId) events.push(signIn.EventId);
    if (signIn.FeedbackToken) tokens.push(signIn.FeedbackToken);
  }
  const page = call(mock, "AdminListUserAuthEvents", { UserPoolId: plus, Username: users[0], MaxResults: 1 });
  return {
    mock,
    known: {
      UserPoolIdType: [plus, essentials, protectedPool, byEmail, "us-east-1_nothere1"],
      ClientIdType: [...clients, "0123456789abcdefghijklmnop"],
      UsernameType: [...users, emailUser, "dave@example.com", "ALICE", "nobody"],
      EventIdType: events,
      TokenModelType: tokens,
      PaginationKey: page.NextToken ? [page.NextToken] : [],
    },
  };
}
