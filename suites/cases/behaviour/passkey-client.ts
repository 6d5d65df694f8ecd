// A software passkey authenticator for scenarios and tests that run without a browser (the behaviour suite, the fuzz,
// the passwordless tests): an ES256 key from node:crypto, CBOR from @simplewebauthn/server's isoCBOR, `none`
// attestation. It answers what a browser would send (RegistrationResponseJSON, AuthenticationResponseJSON), and lets
// a caller lie about the origin, the RP ID, the user or the counter, which is what a refused ceremony needs. The real
// ceremony: mocks/test/signin-passkey-browser.test.ts (chromium's virtual authenticator).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { defineComputation } from "../../harness/compute.ts";

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const b64url = (data: Buffer | Uint8Array) => Buffer.from(data).toString("base64url");

/** Flags: user present, user verified (and attested credential data on registration). */
const UP = 0x01;
const UV = 0x04;
const ATTESTED = 0x40;

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** A RegistrationResponseJSON or AuthenticationResponseJSON, as JSON. */
export type CredentialJson = { [key: string]: JsonValue };

export interface Ceremony {
  /** The `origin` written into clientDataJSON (a browser writes the page's). */
  origin: string;
  /** The RP ID whose hash the authenticator data carries (a browser uses the options' rpId). */
  rpId: string;
  challenge: string;
}

/** What a scenario keeps of an authenticator between steps (as `{{vars}}`): its credential id and private key. */
export interface PasskeyKey {
  credentialId: string;
  /** PKCS#8 DER, base64url. */
  privateKey: string;
}

export class SoftwareAuthenticator {
  readonly credentialId: string;
  private readonly key: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  counter = 0;
  /** Whether its assertions claim user verification (a PIN or biometric); a security key without one does not. */
  verifiesUser = true;

  constructor(saved?: PasskeyKey) {
    this.credentialId = saved?.credentialId ?? b64url(randomBytes(16));
    this.key = saved ? createPrivateKey({ key: Buffer.from(saved.privateKey, "base64url"), format: "der", type: "pkcs8" }) : generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    const jwk = createPublicKey(this.key).export({ format: "jwk" });
    this.publicJwk = { x: jwk.x!, y: jwk.y! };
  }

  saved(): PasskeyKey {
    return { credentialId: this.credentialId, privateKey: b64url(this.key.export({ format: "der", type: "pkcs8" })) };
  }

  /** RegistrationResponseJSON for CompleteWebAuthnRegistration's Credential (the CBOR library loads on first use). */
  async register({ origin, rpId, challenge }: Ceremony): Promise<CredentialJson> {
    const { isoCBOR } = await import("@simplewebauthn/server/helpers");
    const cose = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty EC2
        [3, -7], // alg ES256
        [-1, 1], // crv P-256
        [-2, Buffer.from(this.publicJwk.x, "base64url")],
        [-3, Buffer.from(this.publicJwk.y, "base64url")],
      ]),
    );
    const id = Buffer.from(this.credentialId, "base64url");
    const length = Buffer.alloc(2);
    length.writeUInt16BE(id.length);
    const authData = Buffer.concat([this.header(rpId, UP | UV | ATTESTED), Buffer.alloc(16), length, id, cose]);
    const attestationObject = isoCBOR.encode(new Map<string, string | Map<string, never> | Uint8Array>([["fmt", "none"], ["attStmt", new Map<string, never>()], ["authData", authData]]));
    const clientDataJSON = JSON.stringify({ type: "webauthn.create", challenge, origin, crossOrigin: false });
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: "public-key",
      response: { clientDataJSON: b64url(Buffer.from(clientDataJSON)), attestationObject: b64url(attestationObject), transports: ["internal"] },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }

  /** AuthenticationResponseJSON for the WEB_AUTHN answer; each assertion raises the counter unless told its value. */
  assert({ origin, rpId, challenge }: Ceremony, userHandle?: string, counter = ++this.counter): CredentialJson {
    const authData = this.header(rpId, this.verifiesUser ? UP | UV : UP, counter);
    const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge, origin, crossOrigin: false }));
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientDataJSON)]), this.key);
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: "public-key",
      response: { clientDataJSON: b64url(clientDataJSON), authenticatorData: b64url(authData), signature: b64url(signature), ...(userHandle && { userHandle }) },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }

  private header(rpId: string, flags: number, counter = 0): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([sha256(rpId), Buffer.from([flags]), count]);
  }
}

/**
 * Scenario steps: `passkeyRegister` makes a new authenticator's registration for a StartWebAuthnRegistration
 * challenge (its parts as variables, the Credential object is rebuilt from them); `passkeyAssert` signs a WEB_AUTHN
 * challenge's CREDENTIAL_REQUEST_OPTIONS with a registered key, at the counter given, as the CREDENTIAL string.
 */
defineComputation("passkeyRegister", async (args: { challenge: string; rpId: string; origin: string; as?: string }) => {
  const authenticator = new SoftwareAuthenticator();
  const credential = (await authenticator.register(args)) as { response: { clientDataJSON: string; attestationObject: string } };
  const p = args.as ?? "passkey";
  const { credentialId, privateKey } = authenticator.saved();
  return { [`${p}Id`]: credentialId, [`${p}Key`]: privateKey, [`${p}ClientData`]: credential.response.clientDataJSON, [`${p}Attestation`]: credential.response.attestationObject };
});
defineComputation("passkeyAssert", (args: { id: string; key: string; options: string; origin: string; rpId?: string; counter: string; as?: string }) => {
  const options = JSON.parse(args.options) as { challenge: string; rpId: string };
  const authenticator = new SoftwareAuthenticator({ credentialId: args.id, privateKey: args.key });
  const assertion = authenticator.assert({ origin: args.origin, rpId: args.rpId ?? options.rpId, challenge: options.challenge }, undefined, Number(args.counter));
  return { [args.as ?? "passkeyAssertion"]: JSON.stringify(assertion) };
});

/** The Credential of CompleteWebAuthnRegistration from `passkeyRegister`'s variables (prefix `p`). */
export const registrationCredential = (p = "passkey") => ({
  id: `{{${p}Id}}`,
  rawId: `{{${p}Id}}`,
  type: "public-key",
  response: { clientDataJSON: `{{${p}ClientData}}`, attestationObject: `{{${p}Attestation}}`, transports: ["internal"] },
  clientExtensionResults: {},
  authenticatorAttachment: "platform",
});
