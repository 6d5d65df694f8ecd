// awsJson1_1 on the wire: the one place that turns a result or an AwsError into an HTTP answer.
import type { WireResponse } from "../../generated/handlers.ts";
import type { AwsError } from "./errors.ts";
import { bodyOf, Serialized } from "./serialized.ts";

export const CONTENT_TYPE = "application/x-amz-json-1.1";

export function successResponse(output: unknown, requestId: string): WireResponse {
  const response: WireResponse = {
    status: 200,
    headers: { "Content-Type": CONTENT_TYPE, "x-amzn-RequestId": requestId },
    body: bodyOf(output),
  };
  if (output instanceof Serialized && output.bytes) response.bytes = output.bytes;
  return response;
}

/**
 * Header values must be visible ASCII and short: a validation message can quote a 20,000-character value, and
 * clients refuse header sections over 16 KB. The body keeps the full message. (What AWS does here is UNKNOWN.)
 */
export const ERROR_MESSAGE_HEADER_MAX = 1024;
const headerSafe = (s: string) => {
  const ascii = s.replace(/[^\x20-\x7E]/g, "?");
  return ascii.length <= ERROR_MESSAGE_HEADER_MAX ? ascii : `${ascii.slice(0, ERROR_MESSAGE_HEADER_MAX - 3)}...`;
};

export function errorResponse(error: AwsError, requestId: string): WireResponse {
  const headers: Record<string, string> = {
    "Content-Type": CONTENT_TYPE,
    "x-amzn-RequestId": requestId,
    "x-amzn-ErrorType": `${error.type}:`,
  };
  const body: Record<string, string> = { __type: error.type };
  if (error.awsMessage !== undefined) {
    body.message = error.awsMessage;
    headers["x-amzn-ErrorMessage"] = headerSafe(error.awsMessage);
  }
  return { status: error.status, headers, body: JSON.stringify(body) };
}

/** The region a request is for: the SigV4 credential scope, else the endpoint host, else the fallback. */
export function regionOf(headers: Record<string, string>, url: string, fallback: string): string {
  const scope = /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\//.exec(headers["authorization"] ?? "");
  if (scope) return scope[1];
  const host = /^https?:\/\/cognito-idp(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com/.exec(url);
  return host ? host[1] : fallback;
}

/** JSON.parse that treats `null` members as absent, as AWS does for optional members. */
export function parseBody(text: string): unknown {
  // A body that opens with `{` (every SDK request) is not blank: no trimmed copy to make per request.
  if (text.charCodeAt(0) !== 0x7b && text.trim() === "") return {};
  // A reviver costs a call per value, so only bodies that mention null pay for it.
  if (!text.includes("null")) return JSON.parse(text);
  return JSON.parse(text, (_key, value) => (value === null ? undefined : value));
}
