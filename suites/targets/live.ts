// The opt-in for live runs: COGNITO_CONFORMANCE_LIVE=1, a region and credentials. Without all three the run is
// a visible skip, never an attempt.
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { Credentials } from "./signing.ts";

/** Every live pool's name starts with this and carries LIVE_TAG; sweep touches nothing else. */
export const LIVE_PREFIX = "cognito-conformance-";
export const LIVE_TAG = "cognito-conformance";
export const RUN_TAG = "cognito-conformance-run";

export const newRunId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * How a run names and tags its pools. Every target uses it, so answers recorded on AWS and a local run's answers
 * normalize alike (the `run-prefix` normalizer replaces the prefixed run id wherever it appears).
 */
export function runIdentity(runId = newRunId()) {
  const namePrefix = `${LIVE_PREFIX}${runId}`;
  return { runId, namePrefix, tags: { [LIVE_TAG]: "true", [RUN_TAG]: namePrefix } };
}

export type LiveSettings = { ok: true; region: string; credentials: () => Promise<Credentials> } | { ok: false; reason: string };

export async function liveSettings(regionOption: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<LiveSettings> {
  if (env.COGNITO_CONFORMANCE_LIVE !== "1") return { ok: false, reason: "live runs are opt-in: set COGNITO_CONFORMANCE_LIVE=1 (PLUS-tier pools are billed)" };
  const region = regionOption ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!region) return { ok: false, reason: "no region: pass --region or set AWS_REGION" };
  // The SDK's default provider chain (env, profile, SSO, web identity for OIDC in CI, instance roles).
  const provider = new CognitoIdentityProviderClient({ region }).config.credentials;
  try {
    const first = await provider();
    if (!first.accessKeyId) throw new Error("empty access key");
  } catch (e) {
    return { ok: false, reason: `no AWS credentials found (${(e as Error).message.split("\n")[0]})` };
  }
  return { ok: true, region, credentials: async () => provider() };
}
