// What the real-client sign-in tests share: `serve` on 127.0.0.1 port 0, and a pool, app client and users made
// through the AWS SDK v3 as a user would (AdminCreateUser, then AdminSetUserPassword Permanent for CONFIRMED users).
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
  type ExplicitAuthFlowsType,
} from "@aws-sdk/client-cognito-identity-provider";
import { generateSync } from "otplib";
import { startServer, type RunningServer } from "../server/server.ts";

/** Test-only passwords that satisfy the default policy (8+, upper, lower, digit, symbol). Never printed. */
export const PASSWORD = "Corr3ct-horse!";
export const NEW_PASSWORD = "N3w-battery-staple!";
export const TEMPORARY_PASSWORD = "Tempor4ry-pass!";

export const ALL_FLOWS: ExplicitAuthFlowsType[] = [
  "ALLOW_USER_SRP_AUTH",
  "ALLOW_USER_PASSWORD_AUTH",
  "ALLOW_ADMIN_USER_PASSWORD_AUTH",
  "ALLOW_REFRESH_TOKEN_AUTH",
];

export interface SignInWorld {
  server: RunningServer;
  url: string;
  sdk: CognitoIdentityProviderClient;
  region: string;
  close(): Promise<void>;
}

export async function startSignInServer(seed: number, region = "us-east-1"): Promise<SignInWorld> {
  const server = await startServer({ port: 0, seed, region });
  const sdk = new CognitoIdentityProviderClient({
    endpoint: server.url,
    region,
    credentials: { accessKeyId: "AKIDSIGNIN", secretAccessKey: "signin-secret" },
    maxAttempts: 1,
  });
  return { server, url: server.url, sdk, region, close: async () => (sdk.destroy(), await server.close()) };
}

export interface PoolSetup {
  poolId: string;
  clientId: string;
  clientSecret?: string;
}

/** A pool with TOTP available (MFA OPTIONAL) and one app client allowing the given flows. */
export async function createSignInPool(
  sdk: CognitoIdentityProviderClient,
  options: { flows?: ExplicitAuthFlowsType[]; secret?: boolean; totp?: boolean } = {},
): Promise<PoolSetup> {
  const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: "signin-pool" }));
  const poolId = UserPool!.Id!;
  if (options.totp) {
    await sdk.send(
      new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }),
    );
  }
  const { UserPoolClient } = await sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: "signin-app",
      ExplicitAuthFlows: options.flows ?? ALL_FLOWS,
      GenerateSecret: options.secret ?? false,
    }),
  );
  return { poolId, clientId: UserPoolClient!.ClientId!, clientSecret: UserPoolClient!.ClientSecret };
}

/** A CONFIRMED user with a permanent password, or (permanent: false) a FORCE_CHANGE_PASSWORD one with a temporary password. */
export async function createSignInUser(
  sdk: CognitoIdentityProviderClient,
  poolId: string,
  username: string,
  options: { permanent?: boolean; email?: string } = {},
): Promise<void> {
  const email = options.email ?? `${username}@example.com`;
  await sdk.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: username,
      MessageAction: "SUPPRESS",
      TemporaryPassword: TEMPORARY_PASSWORD,
      UserAttributes: [
        { Name: "email", Value: email },
        { Name: "email_verified", Value: "true" },
      ],
    }),
  );
  if (options.permanent !== false) {
    await sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: PASSWORD, Permanent: true }));
  }
}

/**
 * A TOTP code from otplib (an implementation we did not write) for `offsetSteps` 30 s windows from now. Tests that
 * need two codes in a row use the next window for the second, since a code once accepted may not be accepted again.
 */
export function totpCode(secret: string, offsetSteps = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}

/** Six digits that match none of the windows a server may accept around now (-2..+2 steps). */
export function wrongTotpCode(secret: string): string {
  const near = new Set([-2, -1, 0, 1, 2].map((step) => totpCode(secret, step)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, "0");
    if (!near.has(candidate)) return candidate;
  }
}

/** The JWKS the server publishes for a pool, as a client would fetch it. */
export async function fetchJwks(url: string, poolId: string): Promise<{ keys: Record<string, string>[] }> {
  const res = await fetch(`${url}/${poolId}/.well-known/jwks.json`);
  if (res.status !== 200) throw new Error(`JWKS answered ${res.status}`);
  return res.json();
}

/** A JWT's decoded header and payload, without verifying anything. */
export function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [h, p] = token.split(".");
  const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  return { header: decode(h), payload: decode(p) };
}
