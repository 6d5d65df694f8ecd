// A passkey made by a real authenticator: Debian's chromium (playwright-core) with the DevTools virtual authenticator
// (CTAP2, internal, resident keys, user verification) runs the browser side of the ceremonies on a small page served
// here (http://localhost:<port>, the pool's RelyingPartyId "localhost"), through @simplewebauthn/browser; the test
// relays the JSON to `serve` with the SDK, as an app's backend-less client would. Register, list, sign in with
// USER_AUTH + WEB_AUTHN, verify the tokens with aws-jwt-verify; a replayed assertion, an assertion for another user and
// one made on a page of another origin are refused (http://evil.localhost on another port; chromium lets no other
// host claim the RP ID "localhost", so the page asks under its own RP ID, signing the mock's challenge with alice's real
// key, copied into its authenticator as a synced passkey would be); a deleted passkey no longer signs in. AWS's texts for a refused
// assertion are UNKNOWN (§15.10), so only the exception's name is asserted. Skipped, visibly, without chromium.
import {
  CompleteWebAuthnRegistrationCommand,
  DeleteWebAuthnCredentialCommand,
  InitiateAuthCommand,
  ListWebAuthnCredentialsCommand,
  RespondToAuthChallengeCommand,
  SetUserPoolMfaConfigCommand,
  StartWebAuthnRegistrationCommand,
  UpdateUserPoolCommand,
  type InitiateAuthCommandOutput,
} from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { dirname, join } from "node:path";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSignInPool, createSignInUser, fetchJwks, PASSWORD, startSignInServer, type PoolSetup, type SignInWorld } from "./signin-setup.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BUNDLE = readFileSync(join(dirname(createRequire(import.meta.url).resolve("@simplewebauthn/browser")), "..", "dist", "bundle", "index.umd.min.js"), "utf8");
const PAGE = `<!doctype html><meta charset="utf-8"><title>passkey</title><script src="/webauthn.js"></script><p>ready</p>`;

let world: SignInWorld;
let pool: PoolSetup;
let pages: Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let port: number;
/** A second server for the foreign page (another port, reached as evil.localhost). */
let otherPages: Server;
const FOREIGN_HOST = "evil.localhost";

/** The page and the library's UMD bundle (global SimpleWebAuthnBrowser), nothing else. */
function servePages(): Promise<Server> {
  const server = createServer((req, res) => {
    const js = req.url === "/webauthn.js";
    res.writeHead(200, { "content-type": js ? "text/javascript" : "text/html" });
    res.end(js ? BUNDLE : PAGE);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Each page's virtual authenticator, for copying a passkey between them (a synced passkey). */
const authenticators = new Map<Page, { cdp: CDPSession; authenticatorId: string }>();

/** Copies a passkey (its key and counter) from one page's authenticator into another's, under the RP ID given. */
async function copyPasskey(from: Page, to: Page, id: string, rpId: string): Promise<void> {
  const source = authenticators.get(from)!;
  const target = authenticators.get(to)!;
  const { credentials } = await source.cdp.send("WebAuthn.getCredentials", { authenticatorId: source.authenticatorId });
  const passkey = credentials.find((c) => Buffer.from(c.credentialId, "base64").toString("base64url") === id);
  expect(passkey).toBeDefined();
  await target.cdp.send("WebAuthn.addCredential", {
    authenticatorId: target.authenticatorId,
    credential: {
      credentialId: passkey!.credentialId,
      privateKey: passkey!.privateKey,
      signCount: passkey!.signCount,
      isResidentCredential: false, // the foreign page's own registration already holds a resident key for alice
      rpId,
    },
  });
}

async function openPage(host: string, at = port): Promise<Page> {
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  authenticators.set(p, { cdp, authenticatorId });
  await p.goto(`http://${host}:${at}/`);
  return p;
}

const register = (p: Page, optionsJSON: unknown) =>
  p.evaluate((o) => (globalThis as any).SimpleWebAuthnBrowser.startRegistration({ optionsJSON: o }), optionsJSON as any);
const assert = (p: Page, optionsJSON: unknown) =>
  p.evaluate((o) => (globalThis as any).SimpleWebAuthnBrowser.startAuthentication({ optionsJSON: o }), optionsJSON as any);

async function accessToken(username: string): Promise<string> {
  const out = await world.sdk.send(
    new InitiateAuthCommand({ ClientId: pool.clientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: "PASSWORD", PASSWORD } }),
  );
  return out.AuthenticationResult!.AccessToken!;
}

/** USER_AUTH asking for the passkey: the WEB_AUTHN challenge and its request options. */
async function passkeyChallenge(username: string): Promise<{ session: string; options: Record<string, unknown> }> {
  const out: InitiateAuthCommandOutput = await world.sdk.send(
    new InitiateAuthCommand({ ClientId: pool.clientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: "WEB_AUTHN" } }),
  );
  expect(out.ChallengeName).toBe("WEB_AUTHN");
  return { session: out.Session!, options: JSON.parse(out.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS!) };
}

const answer = (username: string, session: string, credential: unknown) =>
  world.sdk.send(
    new RespondToAuthChallengeCommand({
      ClientId: pool.clientId,
      ChallengeName: "WEB_AUTHN",
      Session: session,
      ChallengeResponses: { USERNAME: username, CREDENTIAL: JSON.stringify(credential) },
    }),
  );

async function registerPasskey(p: Page, username: string): Promise<string> {
  const token = await accessToken(username);
  const { CredentialCreationOptions } = await world.sdk.send(new StartWebAuthnRegistrationCommand({ AccessToken: token }));
  const credential = await register(p, CredentialCreationOptions);
  await world.sdk.send(new CompleteWebAuthnRegistrationCommand({ AccessToken: token, Credential: credential }));
  return credential.id as string;
}

describe.skipIf(!existsSync(CHROMIUM))(`passkeys in chromium's virtual authenticator (${CHROMIUM})`, () => {
  let credentialId: string;

  beforeAll(async () => {
    world = await startSignInServer(19_019);
    pool = await createSignInPool(world.sdk, { flows: ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
    await world.sdk.send(new UpdateUserPoolCommand({ UserPoolId: pool.poolId, Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "WEB_AUTHN"] } } }));
    await world.sdk.send(
      new SetUserPoolMfaConfigCommand({ UserPoolId: pool.poolId, WebAuthnConfiguration: { RelyingPartyId: "localhost", UserVerification: "required" } }),
    );
    await createSignInUser(world.sdk, pool.poolId, "alice");
    await createSignInUser(world.sdk, pool.poolId, "bob");
    pages = await servePages();
    port = (pages.address() as AddressInfo).port;
    otherPages = await servePages();
    // *.localhost is a secure context for chromium; the rule keeps its name on this machine's loopback.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", `--host-resolver-rules=MAP ${FOREIGN_HOST} 127.0.0.1`] });
    context = await browser.newContext();
    page = await openPage("localhost");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (pages ? pages.close(resolve) : resolve(undefined)));
    await new Promise((resolve) => (otherPages ? otherPages.close(resolve) : resolve(undefined)));
    await world?.close();
  });

  test("StartWebAuthnRegistration answers AWS's CredentialCreationOptions; the browser's credential completes it", async () => {
    const token = await accessToken("alice");
    const { CredentialCreationOptions: options } = await world.sdk.send(new StartWebAuthnRegistrationCommand({ AccessToken: token }));
    expect(options).toMatchObject({
      rp: { id: "localhost", name: "localhost" },
      user: { name: "alice", displayName: "alice" },
      pubKeyCredParams: [
        { alg: -7, type: "public-key" },
        { alg: -257, type: "public-key" },
      ],
      timeout: 60000,
      excludeCredentials: [],
      authenticatorSelection: { requireResidentKey: true, residentKey: "required", userVerification: "required" },
    });
    expect((options as { challenge: string }).challenge).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const credential = await register(page, options);
    expect(await world.sdk.send(new CompleteWebAuthnRegistrationCommand({ AccessToken: token, Credential: credential }))).toMatchObject({});
    credentialId = credential.id;
    // The challenge is spent: completing twice is refused.
    await expect(world.sdk.send(new CompleteWebAuthnRegistrationCommand({ AccessToken: token, Credential: credential }))).rejects.toMatchObject({
      name: "WebAuthnChallengeNotFoundException",
    });
    const { Credentials } = await world.sdk.send(new ListWebAuthnCredentialsCommand({ AccessToken: token }));
    expect(Credentials).toEqual([
      expect.objectContaining({ CredentialId: credentialId, RelyingPartyId: "localhost", AuthenticatorAttachment: "platform", AuthenticatorTransports: ["internal"] }),
    ]);
  });

  test("USER_AUTH offers WEB_AUTHN; the passkey signs in through serve and aws-jwt-verify accepts the tokens", async () => {
    const select = await world.sdk.send(new InitiateAuthCommand({ ClientId: pool.clientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "alice" } }));
    expect(select.ChallengeName).toBe("SELECT_CHALLENGE");
    expect(select.AvailableChallenges).toEqual(["PASSWORD", "PASSWORD_SRP", "WEB_AUTHN"]);
    const { session, options } = await passkeyChallenge("alice");
    expect(options).toMatchObject({ rpId: "localhost", userVerification: "required", allowCredentials: [{ id: credentialId, type: "public-key" }] });
    const assertion = await assert(page, options);
    const out = await answer("alice", session, assertion);
    const jwks = await fetchJwks(world.url, pool.poolId);
    const verifier = CognitoJwtVerifier.create({ userPoolId: pool.poolId, tokenUse: "access", clientId: pool.clientId });
    verifier.cacheJwks(jwks as never);
    expect(await verifier.verify(out.AuthenticationResult!.AccessToken!)).toMatchObject({ username: "alice", token_use: "access" });
    // The same assertion again, on a fresh challenge: refused (its signed challenge is the old one).
    const again = await passkeyChallenge("alice");
    await expect(answer("alice", again.session, assertion)).rejects.toMatchObject({ name: "NotAuthorizedException" });
    // ...and on its own, spent session.
    await expect(answer("alice", session, assertion)).rejects.toMatchObject({ name: "NotAuthorizedException" });
  });

  test("an assertion for another user's sign-in is refused; the user's own challenge still signs in", async () => {
    await registerPasskey(page, "bob");
    const alice = await passkeyChallenge("alice");
    const bob = await passkeyChallenge("bob");
    // Alice's authenticator answers Bob's challenge with Alice's credential: not Bob's passkey.
    const aliceSigned = await assert(page, { ...bob.options, allowCredentials: [{ id: credentialId, type: "public-key" }] });
    await expect(answer("bob", bob.session, aliceSigned)).rejects.toMatchObject({ name: "NotAuthorizedException" });
    await expect(answer("alice", alice.session, await assert(page, alice.options))).resolves.toHaveProperty("AuthenticationResult");
  });

  test("a page of another origin: its registration and its assertion (alice's real key, the mock's challenge) are refused", async () => {
    const foreign = await openPage(FOREIGN_HOST, (otherPages.address() as AddressInfo).port);
    const originOf = (credential: { response: { clientDataJSON: string } }) => JSON.parse(Buffer.from(credential.response.clientDataJSON, "base64url").toString()).origin;
    try {
      const token = await accessToken("alice");
      const { CredentialCreationOptions } = await world.sdk.send(new StartWebAuthnRegistrationCommand({ AccessToken: token }));
      const fromForeign = await register(foreign, { ...(CredentialCreationOptions as object), rp: { id: FOREIGN_HOST, name: FOREIGN_HOST } });
      expect(originOf(fromForeign)).toMatch(/^http:\/\/evil\.localhost:\d+$/);
      await expect(world.sdk.send(new CompleteWebAuthnRegistrationCommand({ AccessToken: token, Credential: fromForeign }))).rejects.toMatchObject({
        name: "WebAuthnOriginNotAllowedException",
      });
      const control = await passkeyChallenge("alice");
      const rightPage = await assert(page, control.options);
      await copyPasskey(page, foreign, credentialId, FOREIGN_HOST);
      const { session, options } = await passkeyChallenge("alice");
      const signedElsewhere = await assert(foreign, { ...options, rpId: FOREIGN_HOST });
      expect(signedElsewhere.id).toBe(credentialId);
      expect(originOf(signedElsewhere)).toMatch(/^http:\/\/evil\.localhost:/);
      await expect(answer("alice", session, signedElsewhere)).rejects.toMatchObject({ name: "NotAuthorizedException" });
      // The control: the same user, the same moment, the right page.
      await expect(answer("alice", control.session, rightPage)).resolves.toHaveProperty("AuthenticationResult");
    } finally {
      await foreign.close();
    }
  });

  test("a deleted passkey is no longer offered nor accepted", async () => {
    const token = await accessToken("alice");
    const { session, options } = await passkeyChallenge("alice");
    const assertion = await assert(page, options);
    await world.sdk.send(new DeleteWebAuthnCredentialCommand({ AccessToken: token, CredentialId: credentialId }));
    await expect(answer("alice", session, assertion)).rejects.toMatchObject({ name: "NotAuthorizedException" });
    expect((await world.sdk.send(new ListWebAuthnCredentialsCommand({ AccessToken: token }))).Credentials).toEqual([]);
    await expect(world.sdk.send(new DeleteWebAuthnCredentialCommand({ AccessToken: token, CredentialId: credentialId }))).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
  });
});
