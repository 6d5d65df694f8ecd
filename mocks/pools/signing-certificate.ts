// The pool's SAML signing certificate (GetSigningCertificate): a self-signed RSA-2048 / SHA-256 X.509 certificate,
// made on the first request and kept with the pool, answered as base64 DER without PEM armour (INFERRED: the
// metadata document AWS serves for the pool carries it that way inside <ds:X509Certificate>; the CLI example only
// shows a placeholder). @peculiar/x509 is loaded only here, on that first request.
import { webcrypto } from "node:crypto";

/** Subject and lifetime are the mock's choice (UNKNOWN on AWS): CN names the pool; valid ten years. */
export async function makeSigningCertificate(poolId: string, region: string, nowMs: number): Promise<string> {
  // @peculiar/x509's container (tsyringe) needs the Reflect metadata polyfill loaded first. reflect-metadata is
  // installed as a dependency of @simplewebauthn/server (the passkey work needs it too).
  await import("reflect-metadata");
  const x509 = await import("@peculiar/x509");
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256", publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"])) as CryptoKeyPair;
  const notBefore = new Date(nowMs);
  const notAfter = new Date(nowMs + 10 * 365 * 86_400_000);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: BigInt(nowMs).toString(16).padStart(16, "0"),
    name: `CN=${region}_cognito-idp, O=Amazon Cognito, OU=${poolId}`,
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: algorithm,
  });
  return Buffer.from(certificate.rawData).toString("base64");
}
