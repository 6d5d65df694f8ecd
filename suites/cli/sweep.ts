// `cognito-conformance sweep --older-than 2h`: removes leftover pools of earlier live runs (prefix and tag only).
import { parseArgs } from "node:util";
import { awsTarget } from "../targets/aws.ts";
import { liveSettings } from "../targets/live.ts";
import { parseDuration, sweep } from "../targets/sweep.ts";

const USAGE = `usage: cognito-conformance sweep --older-than DURATION [--region R] [--dry-run]

Deletes pools named ${"cognito-conformance-"}<run id> that carry the cognito-conformance tag and are older than
DURATION (90s, 30m, 2h, 7d). Needs the same opt-in as live runs: COGNITO_CONFORMANCE_LIVE=1, credentials, region.`;

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { "older-than": { type: "string" }, region: { type: "string" }, "dry-run": { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
    }));
  } catch (e) {
    return console.error(`${(e as Error).message}\n\n${USAGE}`), 2;
  }
  if (values.help) return console.log(USAGE), 0;
  if (!values["older-than"]) return console.error(`--older-than is required\n\n${USAGE}`), 2;
  let olderThanMs: number;
  try {
    olderThanMs = parseDuration(values["older-than"]);
  } catch (e) {
    return console.error((e as Error).message), 2;
  }
  const live = await liveSettings(values.region);
  if (!live.ok) return console.error(`SKIP: ${live.reason}`), 0;
  const target = awsTarget({ region: live.region, credentials: live.credentials });
  const result = await sweep((r) => target.send(r), { olderThanMs, dryRun: values["dry-run"] });
  for (const id of result.deleted) console.log(`deleted ${id}`);
  for (const k of result.kept) console.log(`kept ${k.id} (${k.name}): ${k.reason}`);
  console.log(`sweep: ${result.deleted.length} deleted, ${result.kept.length} kept`);
  return result.kept.some((k) => k.reason.startsWith("delete failed")) ? 1 : 0;
}
