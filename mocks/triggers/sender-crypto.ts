// The code a custom sender gets: AWS encrypts it with the AWS Encryption SDK under the pool's KMSKeyID (DOC). The
// mock has no KMS, so it encrypts with the Encryption SDK and a raw AES-256 keyring whose key it derives from the
// KMSKeyID; decryptSenderCode (exported by the package) is how a test reads the code back, as a function would with
// KMS. The SDK is loaded on the first custom-sender invocation only.
import { createHash } from "node:crypto";

const NAMESPACE = "cognito-conformance";

type Crypto = typeof import("@aws-crypto/client-node");
let loaded: Promise<Crypto> | undefined;

async function keyringFor(kmsKeyId: string) {
  const sdk = await (loaded ??= import("@aws-crypto/client-node"));
  // Not a secret: the mock's stand-in for KMS, documented so any test can decrypt.
  const key = createHash("sha256").update(`cognito-conformance custom sender key:${kmsKeyId}`).digest();
  const keyring = new sdk.RawAesKeyringNode({ keyName: kmsKeyId, keyNamespace: NAMESPACE, unencryptedMasterKey: new Uint8Array(key), wrappingSuite: sdk.RawAesWrappingSuiteIdentifier.AES256_GCM_IV12_TAG16_NO_PADDING });
  return { sdk, keyring };
}

/** Base64 ciphertext of `code`, as the `code` member of a custom sender event. */
export async function encryptSenderCode(kmsKeyId: string, code: string): Promise<string> {
  const { sdk, keyring } = await keyringFor(kmsKeyId);
  const { encrypt } = sdk.buildClient(sdk.CommitmentPolicy.REQUIRE_ENCRYPT_ALLOW_DECRYPT);
  const { result } = await encrypt(keyring, code);
  return Buffer.from(result).toString("base64");
}

/** The plaintext code of a custom sender event's `code`, for tests (what a function does with KMS in AWS). */
export async function decryptSenderCode(kmsKeyId: string, ciphertextBase64: string): Promise<string> {
  const { sdk, keyring } = await keyringFor(kmsKeyId);
  const { decrypt } = sdk.buildClient(sdk.CommitmentPolicy.REQUIRE_ENCRYPT_ALLOW_DECRYPT);
  const { plaintext } = await decrypt(keyring, Buffer.from(ciphertextBase64, "base64"));
  return Buffer.from(plaintext).toString("utf8");
}
