// Nothing secret leaves a run: signatures, credentials, tokens and passwords are masked, long values shortened.

const SECRET_HEADERS = new Set(["authorization", "x-amz-security-token", "x-amz-content-sha256"]);
const SECRET_KEYS =
  /^(ClientSecret|Password|TemporaryPassword|PreviousPassword|ProposedPassword|FeedbackToken|SecretAccessKey|SessionToken|AccessToken|RefreshToken|IdToken|SecretHash|Session|Token|SecretCode|UserCode|ConfirmationCode|code|PASSWORD|NEW_PASSWORD|SECRET_HASH|REFRESH_TOKEN|SECRET_BLOCK|PASSWORD_CLAIM_SECRET_BLOCK|PASSWORD_CLAIM_SIGNATURE|SOFTWARE_TOKEN_MFA_CODE|SMS_MFA_CODE|EMAIL_OTP_CODE|SMS_OTP_CODE)$/;
const MAX_STRING = 600;

/**
 * Boundary values (20,000 `a`s, also inside messages that quote them) show as `aaaa…(20000 chars)`; what is still
 * long keeps its start and its length. Only the report shortens: cases send and compare the whole value.
 */
export function shorten(text: string): string {
  // A run of 16 needs 16 UTF-16 units: most texts (ids, names, short messages) are left as they are at once.
  if (text.length < 16) return text;
  // A run is one code point repeated, so its length in code points is its length over that code point's.
  const runs = text.replace(/(.)\1{15,}/gsu, (run: string, c: string) => `${c.repeat(4)}…(${run.length / c.length} chars)`);
  return runs.length > MAX_STRING ? `${runs.slice(0, MAX_STRING)}…(${text.length} chars)` : runs;
}

/** Masks credentials, signatures and feedback tokens (in mailed links) inside free text (messages, raw bodies). */
export function redactText(text: string): string {
  const masked = text
    .replace(/\b(AKIA|ASIA)[A-Z0-9]{12,}\b/g, "<access-key-id>")
    .replace(/Signature=[0-9a-f]{64}/g, "Signature=<redacted>")
    .replace(/Credential=[^,\s]+/g, "Credential=<redacted>")
    .replace(/FeedbackToken=[^&\s"'<>]+/g, "FeedbackToken=<redacted>")
    // Sign-in secrets inside free text (a reason quoting an answer): JWTs and JWEs, and sessions (`AYABe...`).
    .replace(/\beyJ[\w-]*(?:\.[\w-]*){2,4}/g, "<token>")
    .replace(/\bAYABe[\w+/=-]*/g, "<session>");
  return shorten(masked);
}

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, SECRET_HEADERS.has(k.toLowerCase()) ? "<redacted>" : redactText(v)]));
}

/** Redacts a JSON value: secret members masked (their length kept, it is often what a case is about). */
export function redactJson(value: unknown, key = ""): unknown {
  if (typeof value === "string") return SECRET_KEYS.test(key) ? `<redacted ${value.length} chars>` : redactText(value);
  if (Array.isArray(value)) {
    const items = value.slice(0, 20).map((v) => redactJson(v, key));
    return value.length > 20 ? [...items, `…(${value.length} items)`] : items;
  }
  // Keys are shortened too: a map key of maximal length is a value a case chose.
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [shorten(k), redactJson(v, k)]));
  return value;
}

/** A raw body: redacted as JSON when it parses, as text otherwise. */
export function redactBody(body: string): unknown {
  try {
    return redactJson(JSON.parse(body));
  } catch {
    return redactText(body);
  }
}
