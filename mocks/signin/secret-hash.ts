// SECRET_HASH for app clients with a secret: Base64(HMAC-SHA256(client secret, username + clientId)), as AWS
// documents it (aws-behavior.md §9, DOC) and amazon-cognito-identity-js / Amplify compute it.
import { createHmac, timingSafeEqual } from "node:crypto";

const digest = (clientSecret: string, username: string, clientId: string) => createHmac("sha256", clientSecret).update(username + clientId, "utf8").digest();

export function secretHash(clientSecret: string, username: string, clientId: string): string {
  return digest(clientSecret, username, clientId).toString("base64");
}

/** Compares the decoded digests in constant time; anything that is not the 32-byte digest's Base64 is refused. */
export function secretHashMatches(clientSecret: string, username: string, clientId: string, presented: string): boolean {
  if (typeof presented !== "string") return false;
  const expected = digest(clientSecret, username, clientId);
  const given = Buffer.from(presented, "base64");
  return given.length === expected.length && given.toString("base64") === presented && timingSafeEqual(given, expected);
}
