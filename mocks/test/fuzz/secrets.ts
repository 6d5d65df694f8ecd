// Finding a secret (password, code, session, token) in text a user may see: reports, logs, error messages.

/**
 * Whether a text shows a secret, in any position. A long secret counts anywhere; a short one (a six-digit code) counts
 * wherever it stands as its own word, so in free text too, but not as digits inside a longer number or id.
 */
export function shows(text: string, secret: string): boolean {
  if (secret.length >= 10) return text.includes(secret);
  const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![A-Za-z0-9_.])${escaped}(?![A-Za-z0-9_]|\\.\\d)`).test(text);
}
