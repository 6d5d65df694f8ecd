// SetLogDeliveryConfiguration's rules (aws-behavior.md §13.1), beyond the model's shape checks that the generated
// validator already ran: which level and destination go with which source, one configuration per source, the tier.
import type { components } from "../../generated/types.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import type { PoolRecord } from "../state.ts";

type S = components["schemas"];
export type LogConfiguration = S["LogConfigurationType"];
export type EventSource = LogConfiguration["EventSource"];

/** The destination members of one configuration, in the model's order. */
const DESTINATIONS = ["CloudWatchLogsConfiguration", "S3Configuration", "FirehoseConfiguration"] as const;
export type DestinationKind = "cloudwatch-logs" | "s3" | "firehose";

/** The level each source goes with (DOC, export page: "the level is exclusive to the log type"). */
const LEVEL_OF: Record<EventSource, LogConfiguration["LogLevel"]> = { userNotification: "ERROR", userAuthEvents: "INFO" };

/**
 * The request-shape rules floci measured before the pool lookup (INFERRED): their texts, one message, the
 * no-destination clause first.
 */
export function checkLogConfigurations(list: readonly LogConfiguration[]): void {
  const present = list.filter(Boolean);
  const noDestination = present.filter((c) => destinationsOf(c).length === 0).map((c) => c.EventSource);
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const c of present) (seen.has(c.EventSource) ? twice : seen).add(c.EventSource);
  const clauses: string[] = [];
  if (noDestination.length) clauses.push(`Following event sources in request have no destination: [${unique(noDestination).join(", ")}].`);
  if (twice.size) clauses.push(`Following event sources appear more then once in a request: [${[...twice].join(", ")}].`);
  if (clauses.length) throw refused(clauses);
}

/**
 * Which level and destination go with which source (DOC rules, INFERRED checked at set time; type, text and order
 * UNKNOWN). Ours: after the pool lookup, so a request the model's checks should have refused and a mock let through
 * meets the pool lookup, not a pairing refusal of the same type.
 */
export function checkPairing(list: readonly LogConfiguration[]): void {
  const clauses: string[] = [];
  for (const c of list.filter(Boolean)) {
    const destinations = destinationsOf(c);
    if (c.LogLevel !== LEVEL_OF[c.EventSource]) clauses.push(`Log level ${c.LogLevel} is not supported for event source ${c.EventSource}; use ${LEVEL_OF[c.EventSource]}.`);
    if (destinations.length > 1) clauses.push(`Event source ${c.EventSource} must have exactly one destination.`);
    else if (!destinationOf(c).arn) clauses.push(`The destination of event source ${c.EventSource} needs its ARN.`);
    else if (c.EventSource === "userNotification" && destinations[0] !== "CloudWatchLogsConfiguration") {
      clauses.push("Event source userNotification can only be delivered to CloudWatch Logs.");
    }
  }
  if (clauses.length) throw refused(clauses);
}

/** userAuthEvents needs the Plus plan (DOC); AWS's answer on another tier is UNKNOWN, ours is this model error. */
export function requireTierFor(pool: PoolRecord, list: readonly LogConfiguration[]): void {
  const tier = pool.pool.UserPoolTier ?? "ESSENTIALS";
  if (tier !== "PLUS" && list.some((c) => c?.EventSource === "userAuthEvents")) {
    throw new AwsError("FeatureUnavailableInTierException", `User activity log export (userAuthEvents) is not available for the ${tier} pricing tier. Update the user pool to the PLUS tier.`);
  }
}

/**
 * What is stored and answered: only the members given (no null members, DOC), userNotification before userAuthEvents
 * (AWS's order is not stable, CONFIRMED; suites compare as a set).
 */
export function storedConfigurations(list: readonly LogConfiguration[]): LogConfiguration[] {
  return list
    .filter(Boolean)
    .map((c) => {
      const destination = destinationsOf(c)[0]!;
      return { LogLevel: c.LogLevel, EventSource: c.EventSource, [destination]: c[destination] } as LogConfiguration;
    })
    .sort((a, b) => (a.EventSource === b.EventSource ? 0 : a.EventSource === "userNotification" ? -1 : 1));
}

/** The destination of a stored configuration: its kind and the ARN it names. */
export function destinationOf(c: LogConfiguration): { kind: DestinationKind; arn: string } {
  if (c.CloudWatchLogsConfiguration?.LogGroupArn) return { kind: "cloudwatch-logs", arn: c.CloudWatchLogsConfiguration.LogGroupArn };
  if (c.S3Configuration?.BucketArn) return { kind: "s3", arn: c.S3Configuration.BucketArn };
  return { kind: "firehose", arn: c.FirehoseConfiguration?.StreamArn ?? "" };
}

const destinationsOf = (c: LogConfiguration) => DESTINATIONS.filter((d) => c[d] !== undefined && c[d] !== null);
const unique = (values: string[]) => [...new Set(values)];
const refused = (clauses: string[]) => errors.invalidParameter(`Request validation Failed. ${clauses.join(" ")}`);
