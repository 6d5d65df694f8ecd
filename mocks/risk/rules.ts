// Risk rules: how a test decides the risk level of an event. AWS's risk model can't be reproduced, so the level
// is deterministic and visible: the first rule whose every given criterion matches; none matching means no risk.
import type { MockState, RiskRule } from "../state.ts";
import { errors } from "../protocol/errors.ts";
import { inRanges, parseCidr, type IpAddress } from "./cidr.ts";
import type { RiskLevel } from "./decision.ts";

export type { RiskRule };

const LEVELS: readonly string[] = ["Low", "Medium", "High"];
const CRITERIA = ["IpRange", "Username", "DeviceMarker", "DeviceKey"] as const;
const MEMBERS: readonly string[] = ["RiskLevel", "UserPoolId", ...CRITERIA];
const MAX_RULES = 1_000;

/** What an event is matched on. */
export interface RuleSubject {
  userPoolId: string;
  username: string;
  ip: IpAddress;
  /** The client's device fingerprint (UserContextData/ContextData EncodedData), searched for DeviceMarker. */
  encodedData?: string;
  /** The confirmed device the request presents (DEVICE_KEY), matched by DeviceKey. */
  deviceKey?: string;
}

export function riskLevelFor(state: MockState, subject: RuleSubject): RiskLevel | undefined {
  for (const rule of state.riskRules ?? []) {
    if (rule.UserPoolId !== undefined && rule.UserPoolId !== subject.userPoolId) continue;
    if (rule.IpRange !== undefined && !inRanges(subject.ip, [rule.IpRange])) continue;
    if (rule.Username !== undefined && rule.Username !== subject.username) continue;
    if (rule.DeviceMarker !== undefined && !subject.encodedData?.includes(rule.DeviceMarker)) continue;
    if (rule.DeviceKey !== undefined && rule.DeviceKey !== subject.deviceKey) continue;
    return rule.RiskLevel;
  }
  return undefined;
}

/** Replaces the rules after checking every one (control API input, unchecked JSON): all or nothing. */
export function setRiskRules(state: MockState, rules: unknown): RiskRule[] {
  if (!Array.isArray(rules)) throw errors.invalidParameter("rules must be a list of risk rules.");
  if (rules.length > MAX_RULES) throw errors.invalidParameter(`At most ${MAX_RULES} risk rules.`);
  const checked = rules.map(checkRule);
  state.riskRules = checked;
  return checked;
}

export function listRiskRules(state: MockState): RiskRule[] {
  return state.riskRules ?? [];
}

function checkRule(value: unknown, index: number): RiskRule {
  const where = `rules[${index}]`;
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw errors.invalidParameter(`${where} must be an object.`);
  const rule = value as Record<string, unknown>;
  const unknown = Object.keys(rule).filter((k) => !MEMBERS.includes(k));
  if (unknown.length) throw errors.invalidParameter(`${where} has unknown member(s): ${unknown.join(", ")}. Use ${MEMBERS.join(", ")}.`);
  if (!LEVELS.includes(rule.RiskLevel as string)) throw errors.invalidParameter(`${where}.RiskLevel must be one of: ${LEVELS.join(", ")}.`);
  for (const name of ["UserPoolId", ...CRITERIA]) {
    if (rule[name] !== undefined && (typeof rule[name] !== "string" || rule[name] === "")) throw errors.invalidParameter(`${where}.${name} must be a non-empty string.`);
  }
  if (!CRITERIA.some((name) => rule[name] !== undefined)) throw errors.invalidParameter(`${where} needs at least one of ${CRITERIA.join(", ")}.`);
  if (rule.IpRange !== undefined && !parseCidr(rule.IpRange as string)) {
    throw errors.invalidParameter(`${where}.IpRange must be a CIDR range, e.g. 192.0.2.0/24 or 2001:db8::/32.`);
  }
  return Object.fromEntries(MEMBERS.filter((k) => rule[k] !== undefined).map((k) => [k, rule[k]])) as unknown as RiskRule;
}
