// Requests signed once with SigV4 (@smithy/signature-v4 via the suites' signer) and then replayed as they are:
// the mock only requires the header by default, cognito-local and moto do not check it.
import { apiRequest } from "../../suites/fixtures/fixtures.ts";
import { createSigner, TEST_CREDENTIALS } from "../../suites/targets/signing.ts";

export interface PresignedRequest {
  method: string;
  /** Full URL the signature was computed for. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

const sign = createSigner({ region: "us-east-1", service: "cognito-idp", credentials: TEST_CREDENTIALS });

export async function presign(baseUrl: string, operation: string, input: unknown): Promise<PresignedRequest> {
  const signed = await sign(apiRequest(operation, input), baseUrl);
  return { method: signed.method, url: signed.url, headers: signed.headers, body: signed.body };
}

/** Sends a presigned request once: the answer's body text, or an error naming what the target said. */
export async function send(request: PresignedRequest): Promise<string> {
  const response = await fetch(request.url, { method: request.method, headers: dropHost(request.headers), body: request.body });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${request.headers["X-Amz-Target"] ?? "request"} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

/** Signs and sends one call (fixture set-up): the parsed answer. */
export async function call(baseUrl: string, operation: string, input: unknown): Promise<any> {
  return JSON.parse((await send(await presign(baseUrl, operation, input))) || "{}");
}

/** fetch sets Host itself and refuses to be told. */
function dropHost(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "host"));
}
