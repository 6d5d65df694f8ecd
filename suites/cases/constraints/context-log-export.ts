// Context rows for SetLogDeliveryConfiguration's accepted boundaries (aws-behavior.md §13.1): each item pairs its
// source with its level and a destination it may use (DOC). The fixture pool is PLUS, which userAuthEvents needs.
import type { Row } from "./context.ts";

const OPS = ["SetLogDeliveryConfiguration"];
const NOTIFICATION = { EventSource: "userNotification", LogLevel: "ERROR" };
const ACTIVITY = { EventSource: "userAuthEvents", LogLevel: "INFO" };
const GROUP = { CloudWatchLogsConfiguration: { LogGroupArn: "arn:aws:logs:us-east-1:123456789012:log-group:cognito-exported" } };
const BUCKET = { S3Configuration: { BucketArn: "arn:aws:s3:::amzn-s3-demo-logging-bucket" } };
/** The list's i-th valid item: one per source (a source may appear once). */
const item = (i: number) => (i % 2 === 0 ? { ...NOTIFICATION, ...structuredClone(GROUP) } : { ...ACTIVITY, ...structuredClone(BUCKET) });

export const LOG_EXPORT_ROWS: Row[] = [
  { ops: OPS, path: /^LogConfigurations/, items: { "LogConfigurations[]": item } },
  // The member under test decides the item: its source's level and destination, or its level's source.
  { ops: OPS, path: /^LogConfigurations\[\]\.(EventSource|LogLevel)$/, rule: /-(userAuthEvents|INFO)$/, items: { "LogConfigurations[]": () => item(1) } },
  { ops: OPS, path: /^LogConfigurations\[\]\.(EventSource|LogLevel)$/, rule: /-(userNotification|ERROR)$/, items: { "LogConfigurations[]": () => item(0) } },
  // A destination under test: only user activity goes to S3 and Firehose; CloudWatch Logs takes either.
  { ops: OPS, path: /^LogConfigurations\[\]\.(S3|Firehose)Configuration/, items: { "LogConfigurations[]": () => ({ ...ACTIVITY }) } },
  { ops: OPS, path: /^LogConfigurations\[\]\.CloudWatchLogsConfiguration/, items: { "LogConfigurations[]": () => ({ ...NOTIFICATION }) } },
];
