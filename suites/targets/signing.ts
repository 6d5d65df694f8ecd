// SigV4 for raw awsJson requests (the real library, not a hand-written signer).
import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { Checksum, SourceData } from "@smithy/types";
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

const bytes = (data: SourceData): Buffer =>
  typeof data === "string" ? Buffer.from(data, "utf8") : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);

/**
 * SHA-256 (an HMAC when given a secret) on node's crypto, as the SDK's own node hash (@smithy/hash-node) does:
 * the JavaScript SHA-256 the signer was given before cost a fifth of a conformance run against the mock, most of it
 * hashing the bodies of boundary cases (tens of kilobytes each).
 */
class NodeSha256 implements Checksum {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.start();
  }
  private start(): Hash | Hmac {
    return this.secret === undefined ? createHash("sha256") : createHmac("sha256", bytes(this.secret));
  }
  update(data: Uint8Array): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.start();
  }
}

export function createSigner(options: { region: string; service: string; credentials: Credentials | (() => Promise<Credentials>) }) {
  const signer = new SignatureV4({ service: options.service, region: options.region, credentials: options.credentials, sha256: NodeSha256 });
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
