// Strict SigV4 verification (opt-in): recomputes the signature with @smithy/signature-v4 for the configured
// credentials and answers as AWS does (shared/reference/aws-behavior.md §3). Asynchronous, because the
// signer is; the mock runs it before the synchronous dispatcher and hands the verdict over.
import { timingSafeEqual, createHash } from "node:crypto";
import type { SignatureV4 } from "@smithy/signature-v4";
import type { WireRequest } from "../../generated/handlers.ts";
import { SERVICE } from "../../generated/operations.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import { parseAuthorization, type ParsedAuthorization } from "./authorization-header.ts";
import { checkClockSkew, parseAmzDate } from "./clock-skew.ts";

export interface StaticCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface SignatureVerificationOptions {
  credentials: readonly StaticCredentials[];
  /** Milliseconds since the epoch; default Date.now. */
  now?: () => number;
}

export type VerifySignature = (request: WireRequest) => Promise<AwsError | undefined>;

/** The region the endpoint itself names (the real cognito-idp hosts), which the scope must then match. */
const endpointRegion = (url: string) => /^https?:\/\/cognito-idp(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com/.exec(url)?.[1];

// Loaded on the first verification, not at start: strict mode is opt-in and the signer is a third of serve's start-up.
let signingModules: Promise<{ Sha256: typeof import("@aws-crypto/sha256-js").Sha256; HttpRequest: typeof import("@smithy/protocol-http").HttpRequest; SignatureV4: typeof SignatureV4 }> | undefined;
const loadSigning = () =>
  (signingModules ??= Promise.all([import("@aws-crypto/sha256-js"), import("@smithy/protocol-http"), import("@smithy/signature-v4")]).then(([crypto, http, signer]) => ({
    Sha256: crypto.Sha256,
    HttpRequest: http.HttpRequest,
    SignatureV4: signer.SignatureV4,
  })));

export function createSignatureVerifier(options: SignatureVerificationOptions): VerifySignature {
  const now = options.now ?? Date.now;
  const signers = new Map(
    options.credentials.map((c) => [
      c.accessKeyId,
      async (sessionToken?: string) => {
        const { SignatureV4, Sha256 } = await loadSigning();
        return new SignatureV4({
          credentials: { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken },
          region: "us-east-1",
          service: SERVICE.signingName,
          sha256: Sha256,
          // Sign exactly what the client signed: never add an x-amz-content-sha256 header of our own.
          applyChecksum: false,
        });
      },
    ]),
  );

  return async (request) => {
    const parsed = parseAuthorization(request.headers["authorization"] ?? "");
    if (parsed instanceof AwsError) return parsed;
    const signerFor = signers.get(parsed.accessKeyId);
    if (!signerFor) return errors.unrecognizedClient();
    const amzDate = request.headers["x-amz-date"];
    const signingDate = amzDate === undefined ? undefined : parseAmzDate(amzDate);
    if (!signingDate) {
      return new AwsError("IncompleteSignatureException", "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }
    const skewed = checkClockSkew(amzDate!, signingDate, now());
    if (skewed) return skewed;
    // The scope's date is signed too; the signer below takes the date from X-Amz-Date, so compare it here (wording INFERRED).
    if (parsed.date !== amzDate!.slice(0, 8)) {
      return new AwsError("InvalidSignatureException", `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${parsed.date}' != '${amzDate!.slice(0, 8)}', from '${amzDate}'.`);
    }
    if (!payloadHashMatches(request)) return errors.invalidSignature();
    const expected = await expectedSignature(request, parsed, signingDate, await signerFor(request.headers["x-amz-security-token"]));
    return sameSignature(expected, parsed.signature) ? undefined : errors.invalidSignature();
  };
}

async function expectedSignature(request: WireRequest, auth: ParsedAuthorization, signingDate: Date, signer: SignatureV4): Promise<string> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = request.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const { HttpRequest } = await loadSigning();
  const toSign = new HttpRequest({
    method: request.method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: request.body,
  });
  const signed = await signer.sign(toSign, {
    signingDate,
    // The service computes with its own name and region, whatever the scope claims: a wrong one no longer matches.
    signingService: SERVICE.signingName,
    signingRegion: endpointRegion(request.url) ?? auth.region,
    signableHeaders: new Set(auth.signedHeaders),
  });
  const authorization = String(signed.headers["authorization"] ?? "");
  // The client's SignedHeaders list and credential scope are signed too, exactly as written: a header named but
  // not sent, a name's case, another service or date in the scope must not pass.
  for (const part of [/SignedHeaders=([^,\s]+)/, /Credential=([^,\s]+)/]) {
    if (part.exec(authorization)?.[1] !== part.exec(request.headers["authorization"] ?? "")?.[1]) return "";
  }
  return /Signature=([0-9a-f]+)/.exec(authorization)?.[1] ?? "";
}

/** A client-sent x-amz-content-sha256 must describe the body actually sent (the signer trusts the header). */
function payloadHashMatches(request: WireRequest): boolean {
  const claimed = request.headers["x-amz-content-sha256"];
  return claimed === undefined || claimed === createHash("sha256").update(request.body).digest("hex");
}

function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
