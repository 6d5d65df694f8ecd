// Passkeys (aws-behavior.md §15.8–15.11): the pool's relying party, registration (Start/CompleteWebAuthnRegistration),
// listing and deletion. Attestation and assertion are verified by @simplewebauthn/server (loaded on first use, never
// at start-up); this module only decides what AWS decides: the RP ID, the origins it accepts, the challenge and the
// error names. Messages of the WebAuthn* exceptions are UNKNOWN: the model's sentences, and suites match `__type` only.
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import type { PasskeyRecord, PoolRecord, UserRecord } from "../state.ts";
import { subOf } from "./user-state.ts";

type Server = typeof import("@simplewebauthn/server");
let server: Promise<Server> | undefined;
/** The verification library, loaded by the first passkey request (start-up time is a measured target). */
export const webAuthnServer = (): Promise<Server> => (server ??= import("@simplewebauthn/server"));

/** StartWebAuthnRegistration's `timeout` (DOC, CLI example); the challenge lives that long plus a minute of leeway. */
export const REGISTRATION_TIMEOUT_MS = 60_000;
const REGISTRATION_LEEWAY_MS = 60_000;
/** Per-user passkey limit: UNKNOWN on AWS (LimitExceededException is in the model); the mock's choice. */
export const MAX_PASSKEYS = 20;

export const passkeyErrors = {
  notEnabled: () => new AwsError("WebAuthnNotEnabledException", "Passkey sign-in is not enabled for this user pool."),
  configurationMissing: () => new AwsError("WebAuthnConfigurationMissingException", "The user pool doesn't have a configured relying party id or a user pool domain."),
  challengeNotFound: () => new AwsError("WebAuthnChallengeNotFoundException", "The challenge was not found or has expired."),
  rpMismatch: () => new AwsError("WebAuthnRelyingPartyMismatchException", "The credential does not match the relying party id."),
  originNotAllowed: () => new AwsError("WebAuthnOriginNotAllowedException", "The origin of the registration is not allowed."),
  clientMismatch: () => new AwsError("WebAuthnClientMismatchException", "The access token was issued to a different app client than the registration."),
  invalidCredential: () => new AwsError("InvalidParameterException", "Credential data is not valid"), // CONFIRMED text (§15.9)
  limit: () => new AwsError("LimitExceededException", "The maximum number of passkeys for this user has been reached."),
  notFound: () => new AwsError("ResourceNotFoundException", "Credential does not exist."),
};

/** WEB_AUTHN among the pool's first factors (the mock's reading of WebAuthnNotEnabledException, §15.11 UNKNOWN). */
export const passkeysAllowed = (pool: PoolRecord) => (pool.pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? []).includes("WEB_AUTHN");

export interface RelyingParty {
  id: string;
  userVerification: "required" | "preferred";
}

/**
 * WebAuthnConfiguration.RelyingPartyId, else the custom domain, else the prefix domain's host (INFERRED); none of
 * them: WebAuthnConfigurationMissingException (DOC). UserVerification defaults to `preferred` (§15.8).
 */
export function relyingParty(ctx: OperationContext, pool: PoolRecord): RelyingParty {
  const config = pool.mfaConfig?.WebAuthnConfiguration;
  const id = config?.RelyingPartyId ?? pool.pool.CustomDomain ?? (pool.pool.Domain && `${pool.pool.Domain}.auth.${ctx.region}.amazoncognito.com`);
  if (!id) throw passkeyErrors.configurationMissing();
  return { id, userVerification: config?.UserVerification === "required" ? "required" : "preferred" };
}

/**
 * Origins a ceremony may come from: https on the RP ID's host or a subdomain, any port; http only for localhost
 * (WebAuthn's secure-context exception, which the Amplify fixtures' `rpId: "localhost"` suggests AWS accepts).
 * Exact AWS rules are UNKNOWN (§15.11).
 */
export function originAllowed(origin: string, rpId: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false; // no path, query or user info: an origin, serialized as browsers do
  const host = url.hostname;
  const onRp = host === rpId || host.endsWith(`.${rpId}`);
  if (url.protocol === "https:") return onRp;
  return url.protocol === "http:" && rpId === "localhost" && host === "localhost";
}

/** The `origin` inside a credential's clientDataJSON (plain base64url JSON, no CBOR), undefined when unreadable. */
export function originOf(credential: unknown): string | undefined {
  try {
    const data = (credential as { response: { clientDataJSON: string } }).response.clientDataJSON;
    const origin = JSON.parse(Buffer.from(data, "base64url").toString("utf8")).origin;
    return typeof origin === "string" ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** 16 bytes from the seeded ids as 22 base64url characters (the length AWS sends, CONFIRMED §15.9). */
export const newChallenge = (ctx: OperationContext) => Buffer.from(ctx.ids.uuid().replaceAll("-", ""), "hex").toString("base64url");

/** StartWebAuthnRegistration: CredentialCreationOptions in AWS's shape (§15.9 DOC); the challenge waits on the user. */
export function startRegistration(ctx: OperationContext, pool: PoolRecord, clientId: string, user: UserRecord): Record<string, unknown> {
  if (!passkeysAllowed(pool)) throw passkeyErrors.notEnabled();
  const rp = relyingParty(ctx, pool);
  if ((user.passkeys?.length ?? 0) >= MAX_PASSKEYS) throw passkeyErrors.limit();
  const challenge = newChallenge(ctx);
  user.passkeyRegistration = { challenge, clientId, rpId: rp.id, userVerification: rp.userVerification, expiresAt: ctx.nowMs() + REGISTRATION_TIMEOUT_MS + REGISTRATION_LEEWAY_MS };
  const username = user.user.Username!;
  return {
    challenge,
    rp: { id: rp.id, name: rp.id },
    user: { id: Buffer.from(subOf(user), "utf8").toString("base64url"), name: username, displayName: username },
    pubKeyCredParams: [
      { alg: -7, type: "public-key" },
      { alg: -257, type: "public-key" },
    ],
    timeout: REGISTRATION_TIMEOUT_MS,
    excludeCredentials: (user.passkeys ?? []).map((p) => ({ id: p.credentialId, type: "public-key" })),
    authenticatorSelection: { requireResidentKey: true, residentKey: "required", userVerification: rp.userVerification },
  };
}

/**
 * CompleteWebAuthnRegistration, checks that need no library first (synchronously): an open, unexpired challenge from
 * the same app client, an allowed origin. A refused credential leaves the challenge open (a refusal changes no state;
 * what AWS does is UNKNOWN); completeRegistration spends it.
 */
export function takeRegistration(ctx: OperationContext, user: UserRecord, clientId: string, credential: unknown) {
  const pending = user.passkeyRegistration;
  if (!pending || ctx.nowMs() > pending.expiresAt) throw passkeyErrors.challengeNotFound();
  if (pending.clientId !== clientId) throw passkeyErrors.clientMismatch();
  const origin = originOf(credential);
  if (origin === undefined) throw passkeyErrors.invalidCredential();
  if (!originAllowed(origin, pending.rpId)) throw passkeyErrors.originNotAllowed();
  return { ...pending, origin };
}

/** Verifies the attestation (the library) and then, synchronously, stores the passkey. */
export async function completeRegistration(ctx: OperationContext, user: UserRecord, pending: ReturnType<typeof takeRegistration>, credential: unknown): Promise<void> {
  const { verifyRegistrationResponse } = await webAuthnServer();
  let result: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    result = await verifyRegistrationResponse({
      response: credential as Parameters<typeof verifyRegistrationResponse>[0]["response"],
      expectedChallenge: pending.challenge,
      expectedOrigin: pending.origin,
      expectedRPID: pending.rpId,
      requireUserVerification: pending.userVerification === "required",
    });
  } catch (e) {
    // The library names the failed check in its message: an RP ID hash mismatch has AWS's own exception.
    if (e instanceof Error && /RP ID/i.test(e.message)) throw passkeyErrors.rpMismatch();
    throw passkeyErrors.invalidCredential();
  }
  if (!result.verified) throw passkeyErrors.invalidCredential();
  const info = result.registrationInfo;
  // Synchronously from here: the challenge must still be open (a concurrent Complete of it may have won), then spent.
  if (user.passkeyRegistration?.challenge !== pending.challenge) throw passkeyErrors.challengeNotFound();
  if ((user.passkeys ?? []).some((p) => p.credentialId === info.credential.id)) throw passkeyErrors.invalidCredential();
  delete user.passkeyRegistration;
  const attachment = (credential as { authenticatorAttachment?: unknown }).authenticatorAttachment;
  const record: PasskeyRecord = {
    credentialId: info.credential.id,
    publicKey: Buffer.from(info.credential.publicKey).toString("base64url"),
    counter: info.credential.counter,
    rpId: pending.rpId,
    transports: info.credential.transports ?? [],
    ...(typeof attachment === "string" && { attachment }),
    friendlyName: friendlyName(typeof attachment === "string" ? attachment : undefined),
    createdAt: ctx.now(),
  };
  user.passkeys = [...(user.passkeys ?? []), record];
}

/** "automatically-generated" names (DOC); the rule is UNKNOWN, the CLI example shows `Roaming passkey`. */
const friendlyName = (attachment: string | undefined) => (attachment === "cross-platform" ? "Roaming passkey" : attachment === "platform" ? "Platform passkey" : "Passkey");

/** ListWebAuthnCredentials' item (the model's WebAuthnCredentialDescription). */
export const describePasskey = (p: PasskeyRecord) => ({
  CredentialId: p.credentialId,
  FriendlyCredentialName: p.friendlyName,
  RelyingPartyId: p.rpId,
  ...(p.attachment !== undefined && { AuthenticatorAttachment: p.attachment }),
  AuthenticatorTransports: [...p.transports],
  CreatedAt: p.createdAt,
});

export function deletePasskey(user: UserRecord, credentialId: string): void {
  const rest = (user.passkeys ?? []).filter((p) => p.credentialId !== credentialId);
  if (rest.length === (user.passkeys ?? []).length) throw passkeyErrors.notFound();
  user.passkeys = rest;
}
