// IP ranges of RiskExceptionConfiguration: strict CIDR parsing (IPv4 dotted quad or IPv6) and membership checks.
import ipaddr from "ipaddr.js";
import { errors } from "../protocol/errors.ts";

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;
export type IpRange = [IpAddress, number];

const DIGITS = /^\d{1,3}$/;

/** Parsed entries by text. Lists of up to 200 entries are re-sent and re-evaluated on every sign-in; parsing is pure. */
const parsed = new Map<string, IpRange | null>();
const PARSED_MAX = 50_000;

/**
 * One CIDR entry, or undefined when it isn't one. ipaddr.js alone would also take forms AWS's
 * "CIDR format, e.g. 192.0.2.0/24" doesn't mean (hex or short IPv4, IPv6 zone ids), so those are refused first.
 */
export function parseCidr(entry: string): IpRange | undefined {
  let range = parsed.get(entry);
  if (range === undefined) {
    if (parsed.size >= PARSED_MAX) parsed.clear();
    range = parseCidrUncached(entry) ?? null;
    parsed.set(entry, range);
  }
  return range ?? undefined;
}

function parseCidrUncached(entry: string): IpRange | undefined {
  const slash = entry.indexOf("/");
  if (slash < 0) return undefined;
  const address = entry.slice(0, slash);
  const prefix = entry.slice(slash + 1);
  if (!DIGITS.test(prefix)) return undefined;
  const isV6 = address.includes(":");
  const wellFormed = isV6 ? ipaddr.IPv6.isValid(address) && !address.includes("%") : ipaddr.IPv4.isValidFourPartDecimal(address);
  if (!wellFormed || Number(prefix) > (isV6 ? 128 : 32)) return undefined;
  // The family's own parser: ipaddr.parseCIDR tries IPv6 first and throws and catches for every IPv4 entry.
  return isV6 ? ipaddr.IPv6.parseCIDR(entry) : ipaddr.IPv4.parseCIDR(entry);
}

/** A dotted quad without leading zeros, parts up to 255, then a prefix of 1-3 digits up to 32 (leading zeros allowed). */
const IPV4_CIDR = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\/0?(?:0?\d|[12]\d|3[0-2])$/;

/**
 * Whether `entry` is an IPv4 CIDR entry as parseCidr takes it, in one regular-expression test. A full
 * SetRiskConfiguration checks 200 entries per request, and parseCidr's cache lookup (hashing every freshly parsed
 * string) cost twice as much (issue 21). A test holds it to parseCidr's answer.
 */
export function isIPv4Cidr(entry: string): boolean {
  return IPV4_CIDR.test(entry);
}

/** Every entry of a list, or InvalidParameterException naming the first bad one (message: our choice, UNKNOWN on AWS). */
export function requireCidrList(listName: string, entries: readonly string[] | undefined): void {
  for (const entry of entries ?? []) {
    if (!isIPv4Cidr(entry) && !parseCidr(entry)) {
      throw errors.invalidParameter(
        `Invalid IP range in ${listName}: '${entry}'. IP ranges must be in CIDR format, e.g. 192.0.2.0/24 or 2001:db8::/32.`,
      );
    }
  }
}

/** A single address as a client would send it (IPv4 dotted quad or IPv6); IPv4-mapped IPv6 counts as IPv4. */
export function parseIpAddress(text: string): IpAddress | undefined {
  const isV6 = text.includes(":");
  const wellFormed = isV6 ? ipaddr.IPv6.isValid(text) && !text.includes("%") : ipaddr.IPv4.isValidFourPartDecimal(text);
  return wellFormed ? ipaddr.process(text) : undefined;
}

/** Whether the address lies in any of the (already validated) CIDR entries. */
export function inRanges(address: IpAddress, entries: readonly string[] | undefined): boolean {
  for (const entry of entries ?? []) {
    const range = parseCidr(entry);
    if (!range) continue;
    const [network, bits] = range;
    if (network.kind() === address.kind() && address.match(network, bits)) return true;
    // An IPv4-mapped IPv6 range (::ffff:192.0.2.0/120) also covers the plain IPv4 addresses in it.
    if (address.kind() === "ipv4" && network.kind() === "ipv6" && (network as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
      if (address.match((network as ipaddr.IPv6).toIPv4Address(), bits - 96)) return true;
    }
  }
  return false;
}
