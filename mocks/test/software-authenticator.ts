// A software passkey authenticator for tests that run without a browser (the fuzz, the passwordless tests): an ES256
// key from node:crypto, CBOR from @simplewebauthn/server's isoCBOR, `none` attestation. It answers what a browser
// would send (RegistrationResponseJSON, AuthenticationResponseJSON), and lets a test lie about the origin, the RP ID,
// the user or the counter, which is what a refused ceremony needs. The real ceremony: signin-passkey-browser.test.ts.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const b64url = (data: Buffer | Uint8Array) => Buffer.from(data).toString("base64url");

/** Flags: user present, user verified (and attested credential data on registration). */
const UP_UV = 0x05;
const ATTESTED = 0x40;

export interface Ceremony {
  /** The `origin` written into clientDataJSON (a browser writes the page's). */
  origin: string;
  /** The RP ID whose hash the authenticator data carries (a browser uses the options' rpId). */
  rpId: string;
  challenge: string;
}

export class SoftwareAuthenticator {
  readonly credentialId = b64url(randomBytes(16));
  private readonly key: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  counter = 0;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.key = privateKey;
    const jwk = publicKey.export({ format: "jwk" });
    this.publicJwk = { x: jwk.x!, y: jwk.y! };
  }

  /** RegistrationResponseJSON for CompleteWebAuthnRegistration's Credential. */
  register({ origin, rpId, challenge }: Ceremony): Record<string, unknown> {
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
    const authData = Buffer.concat([this.header(rpId, UP_UV | ATTESTED), Buffer.alloc(16), length, id, cose]);
    const attestationObject = isoCBOR.encode(new Map<string, string | Map<string, never> | Uint8Array>([["fmt", "none"], ["attStmt", new Map()], ["authData", authData]]));
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
  assert({ origin, rpId, challenge }: Ceremony, userHandle?: string, counter = ++this.counter): Record<string, unknown> {
    const authData = this.header(rpId, UP_UV, counter);
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
