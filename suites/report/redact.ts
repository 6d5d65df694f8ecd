// Nothing secret leaves a run: signatures, credentials, tokens and passwords are masked, long values shortened.

const SECRET_HEADERS = new Set(["authorization", "x-amz-security-token", "x-amz-content-sha256"]);
const SECRET_KEYS =
  /^(ClientSecret|ClientSecretValue|client_secret|private_key|PasswordVerifier|Code|Password|TemporaryPassword|PreviousPassword|ProposedPassword|FeedbackToken|SecretAccessKey|SessionToken|AccessToken|RefreshToken|IdToken|SecretHash|Session|Token|SecretCode|UserCode|ConfirmationCode|code|PASSWORD|NEW_PASSWORD|SECRET_HASH|REFRESH_TOKEN|SECRET_BLOCK|PASSWORD_CLAIM_SECRET_BLOCK|PASSWORD_CLAIM_SIGNATURE|SOFTWARE_TOKEN_MFA_CODE|SMS_MFA_CODE|EMAIL_OTP_CODE|SMS_OTP_CODE)$/;
const MAX_STRING = 600;

const RUN = /(.)\1{15,}/su;
const RUN_AT = /(.)\1{15,}/suy;
/** 16 code points of two UTF-16 units each: a run seen starting in a window is seen whole up to its 16th. */
const RUN_UNITS = 32;

/** Where the run of `c` that starts at `start` ends. */
function runEnd(text: string, start: number, c: string): number {
  const code = c.charCodeAt(0);
  if (c.length > 1 || (code >= 0xd800 && code <= 0xdfff)) {
    // A surrogate pair, or a lone surrogate (which may pair with what follows): as the regular expression sees it.
    RUN_AT.lastIndex = start;
    return start + RUN_AT.exec(text)![0].length;
  }
  let end = start;
  while (end < text.length && text.charCodeAt(end) === code) end++;
  return end;
}

/**
 * Boundary values (20,000 `a`s, also inside messages that quote them) show as `aaaa…(20000 chars)`; what is still
 * long keeps its start and its length. Only the report shortens: cases send and compare the whole value.
 * The same as replacing every run of 16 or more (`/(.)\1{15,}/gsu`) and cutting the result at MAX_STRING, but it
 * reads only what decides the first MAX_STRING units: a run gives test bodies of 131,072 units, and the report
 * shortened ~90 MB of text per run of the suite.
 */
export function shorten(text: string): string {
  if (text.length < 16) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const room = MAX_STRING + 1 - out.length; // plain units that would settle the cut
    if (room <= 0) break;
    const found = RUN.exec(text.slice(i, i + room + RUN_UNITS));
    if (!found || found.index >= room) {
      out += text.slice(i, i + room);
      break;
    }
    const start = i + found.index;
    const c = found[1];
    const end = runEnd(text, start, c);
    out += `${text.slice(i, start)}${c.repeat(4)}…(${(end - start) / c.length} chars)`;
    i = end;
  }
  return out.length > MAX_STRING ? `${out.slice(0, MAX_STRING)}…(${text.length} chars)` : out;
}

/**
 * What is masked inside free text, each with a piece of text every match contains: the search for that piece
 * (a plain substring search) spares the pattern's scan of texts that cannot match, most of them boundary values.
 */
const MASKS: readonly { has: readonly string[]; pattern: RegExp; mask: string }[] = [
  { has: ["AKIA", "ASIA"], pattern: /\b(AKIA|ASIA)[A-Z0-9]{12,}\b/g, mask: "<access-key-id>" },
  { has: ["Signature="], pattern: /Signature=[0-9a-f]{64}/g, mask: "Signature=<redacted>" },
  { has: ["Credential="], pattern: /Credential=[^,\s]+/g, mask: "Credential=<redacted>" },
  { has: ["FeedbackToken="], pattern: /FeedbackToken=[^&\s"'<>]+/g, mask: "FeedbackToken=<redacted>" },
  // Sign-in secrets inside free text (a reason quoting an answer): JWTs and JWEs, and sessions (`AYABe...`).
  { has: ["eyJ"], pattern: /\beyJ[\w-]*(?:\.[\w-]*){2,4}/g, mask: "<token>" },
  { has: ["AYABe"], pattern: /\bAYABe[\w+/=-]*/g, mask: "<session>" },
];

/** Masks credentials, signatures and feedback tokens (in mailed links) inside free text (messages, raw bodies). */
export function redactText(text: string): string {
  let masked = text;
  for (const { has, pattern, mask } of MASKS) if (has.some((piece) => masked.includes(piece))) masked = masked.replace(pattern, mask);
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
