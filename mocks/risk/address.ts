// Where an authentication event comes from: which request member (or the connection) gives the address, and
// what the recorded EventContextData says about the device (aws-behavior.md §11). Pure.
import type { Caller } from "../context.ts";
import { parseIpAddress } from "./cidr.ts";
import type { AuthEventAddress } from "./assess.ts";

/** ContextData of AdminInitiateAuth / AdminRespondToAuthChallenge (the spec enforces the model's required members). */
export interface AdminContextData {
  IpAddress: string;
  ServerName?: string;
  ServerPath?: string;
  HttpHeaders?: { headerName?: string; headerValue?: string }[];
  EncodedData?: string;
}

/** UserContextData of the public operations. */
export interface UserContextData {
  IpAddress?: string;
  EncodedData?: string;
}

export interface AddressSources {
  /** The socket's address under `serve`, `createCognitoMock({ defaultSourceIp })` in-process (127.0.0.1). */
  caller: Caller;
  /** Admin operations only. */
  contextData?: AdminContextData;
  /** Public operations only. */
  userContextData?: UserContextData;
  /** The app client the request names (its secret and EnablePropagateAdditionalUserContextData decide). */
  client?: { ClientSecret?: string; EnablePropagateAdditionalUserContextData?: boolean };
}

/**
 * DOC (§11): ContextData.IpAddress on the admin flows; UserContextData.IpAddress only when the client has a secret
 * and EnablePropagateAdditionalUserContextData; otherwise the caller's own address. The device comes from
 * EncodedData when it is our JSON convention (below), else from the end user's User-Agent (the HttpHeaders of
 * ContextData on admin flows, the request's own header on public ones).
 */
export function resolveAddress(sources: AddressSources): AuthEventAddress {
  const { caller, contextData, userContextData, client } = sources;
  const propagates = client?.ClientSecret !== undefined && client.EnablePropagateAdditionalUserContextData === true;
  const ip = contextData?.IpAddress ?? (propagates ? userContextData?.IpAddress : undefined) ?? caller.sourceIp;
  const encodedData = contextData?.EncodedData ?? userContextData?.EncodedData;
  const userAgent = contextData ? headerValue(contextData.HttpHeaders, "user-agent") : caller.userAgent;
  const fromData = decodeEncodedData(encodedData);
  const deviceName = fromData.DeviceName ?? (userAgent ? deviceNameFromUserAgent(userAgent) : undefined);
  return {
    ip: normalizeIp(ip),
    ...(deviceName !== undefined && { deviceName }),
    ...(fromData.City !== undefined && { city: fromData.City }),
    ...(fromData.Country !== undefined && { country: fromData.Country }),
    ...(fromData.Timezone !== undefined && { timezone: fromData.Timezone }),
    ...(encodedData !== undefined && { encodedData }),
  };
}

/** `::ffff:203.0.113.9` (a dual-stack socket) is recorded as the IPv4 address it is; anything else as given. */
function normalizeIp(text: string): string {
  return parseIpAddress(text)?.toString() ?? text;
}

function headerValue(headers: AdminContextData["HttpHeaders"], name: string): string | undefined {
  return headers?.find((h) => h.headerName?.toLowerCase() === name)?.headerValue;
}

type DeviceFields = Partial<Record<"DeviceName" | "City" | "Country" | "Timezone", string>>;

/**
 * Real EncodedData is the opaque output of AWS's context-data library; we can't read it (UNKNOWN). Our convention for
 * tests: JSON, or base64 of JSON, with any of DeviceName, City, Country, Timezone as strings. Anything else is opaque.
 */
export function decodeEncodedData(encodedData: string | undefined): DeviceFields {
  if (!encodedData) return {};
  for (const text of [encodedData, Buffer.from(encodedData, "base64").toString("utf8")]) {
    if (!text.trimStart().startsWith("{")) continue;
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      const fields: DeviceFields = {};
      for (const name of ["DeviceName", "City", "Country", "Timezone"] as const) {
        const value = parsed[name];
        if (typeof value === "string" && value !== "") fields[name] = value.slice(0, 256);
      }
      return fields;
    } catch {
      // not JSON: opaque
    }
  }
  return {};
}

const BROWSERS: [RegExp, string][] = [
  [/\bEdg\/(\d+)/, "Edge"],
  [/\bFirefox\/(\d+)/, "Firefox"],
  [/\bChrome\/(\d+)/, "Chrome"],
  [/\bVersion\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/i, "Windows"],
  [/Android/i, "Android"],
  [/iPhone|iPad|iOS/, "iOS"],
  [/Mac OS X|macOS|os\/macos/i, "Mac OS X"],
  [/Linux|os\/linux/i, "Linux"],
];

/**
 * "<agent> <major version>, <system>", the shape of the CONFIRMED boto3 event (`... Botocore 1, Other`): a known
 * browser, else the first product token; the system from the User-Agent, else `Other`. Our reading (INFERRED).
 */
export function deviceNameFromUserAgent(userAgent: string): string {
  let agent: string | undefined;
  for (const [pattern, name] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (match) {
      agent = `${name} ${match[1]}`;
      break;
    }
  }
  if (!agent) {
    const product = /^([A-Za-z][\w.-]*)\/v?(\d+)/.exec(userAgent.trim());
    agent = product ? `${product[1]} ${product[2]}` : userAgent.trim().split(/\s/)[0]!.slice(0, 64) || "Other";
  }
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? "Other";
  return `${agent}, ${system}`;
}
