// Pools, clients and users for the threat-protection tests, created through the SDK like a user would.
import {
  AdminCreateUserCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetRiskConfigurationCommand,
  type AdvancedSecurityModeType,
  type CognitoIdentityProviderClient,
  type NotifyConfigurationType,
  type UserPoolMfaType,
  type UserPoolTierType,
} from "@aws-sdk/client-cognito-identity-provider";

export interface PoolOptions {
  mode?: AdvancedSecurityModeType;
  tier?: UserPoolTierType;
  mfa?: UserPoolMfaType;
}

/** A PLUS pool with threat protection ENFORCED unless told otherwise. */
export async function createPool(client: CognitoIdentityProviderClient, options: PoolOptions = {}): Promise<string> {
  const tier = options.tier ?? "PLUS";
  const mode = options.mode ?? (tier === "PLUS" ? "ENFORCED" : undefined);
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({
      PoolName: "risk-pool",
      UserPoolTier: tier,
      ...(mode && { UserPoolAddOns: { AdvancedSecurityMode: mode } }),
      ...(options.mfa && { MfaConfiguration: options.mfa }),
    }),
  );
  return UserPool!.Id!;
}

export async function createClient(client: CognitoIdentityProviderClient, UserPoolId: string): Promise<string> {
  const { UserPoolClient } = await client.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "app" }));
  return UserPoolClient!.ClientId!;
}

/** A user with a verified email address (so it can receive mail and, in an MFA pool, an email code). */
export async function createUser(
  client: CognitoIdentityProviderClient,
  UserPoolId: string,
  Username = "alice",
  attributes: Record<string, string> = { email: "alice@example.com", email_verified: "true" },
): Promise<string> {
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username,
      MessageAction: "SUPPRESS",
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    }),
  );
  return Username;
}

/** High-risk sign-ins blocked and mailed (with these templates), so a sign-in yields a mail with feedback links. */
export async function blockAndNotifyHighRisk(
  client: CognitoIdentityProviderClient,
  UserPoolId: string,
  NotifyConfiguration: NotifyConfigurationType = { SourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com" },
): Promise<void> {
  await client.send(
    new SetRiskConfigurationCommand({
      UserPoolId,
      AccountTakeoverRiskConfiguration: { NotifyConfiguration, Actions: { HighAction: { EventAction: "BLOCK", Notify: true } } },
    }),
  );
}
