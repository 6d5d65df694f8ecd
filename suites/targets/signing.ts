// SigV4 for raw awsJson requests (the real library, not a hand-written signer).
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ResolvedRequest } from "../harness/target.ts";

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Test credentials for mocks and emulators; never valid anywhere. */
export const TEST_CREDENTIALS: Credentials = { accessKeyId: "AKIDCONFORMANCETEST", secretAccessKey: "conformance-test-secret" };

export interface SignedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

export function createSigner(options: { region: string; service: string; credentials: Credentials | (() => Promise<Credentials>) }) {
  const signer = new SignatureV4({ service: options.service, region: options.region, credentials: options.credentials, sha256: Sha256 });
  /** Adds host (and Authorization, X-Amz-Date when `sign` is not false) to a resolved request. */
  return async function prepare(request: ResolvedRequest, endpoint: string): Promise<SignedRequest> {
    const url = new URL(request.path ?? "/", endpoint);
    const headers: Record<string, string> = { host: url.host, ...request.headers };
    const method = request.method ?? "POST";
    if (request.sign === false) return { url: url.toString(), method, headers, body: request.body };
    const http = new HttpRequest({ method, protocol: url.protocol, hostname: url.hostname, port: url.port ? Number(url.port) : undefined, path: url.pathname, headers, body: request.body });
    const signed = await signer.sign(http);
    return { url: url.toString(), method, headers: signed.headers as Record<string, string>, body: request.body };
  };
}

export const lowerCaseHeaders = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
