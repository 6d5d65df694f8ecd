// Log-export variants of our mock for the mutation check (issue 18 §1): each is wrong in one way a weaker emulator
// is, and names the scenarios that must catch it. Records are read through the control API, so the record variants
// break `control.logs`; the configuration variant rewrites the request.
import type { Mutant } from "./mutants.ts";
import { operationOf, parse } from "./mutants-sign-in.ts";
import type { LogsSnapshot } from "../../mocks/logs/delivery.ts";

type Snapshot = LogsSnapshot;
type Entry = Snapshot["records"][number];

/** Breaks every record the control API shows. */
const recordsBy = (change: (records: Entry[]) => Entry[]): Mutant["wrap"] => (dispatch, mock) => {
  const logs = mock.control.logs;
  mock.control.logs = (filter) => {
    const snapshot = logs(filter);
    return { ...snapshot, records: change(snapshot.records) };
  };
  return dispatch;
};

const withoutRiskDecision = (entry: Entry): Entry => {
  const { riskDecision: _dropped, ...message } = entry.record.message;
  return { ...entry, record: { ...entry.record, message } };
};

export const LOG_EXPORT_MUTANTS: Record<string, Mutant> = {
  "a record written twice": {
    wrap: recordsBy((records) => records.flatMap((r) => [r, r])),
    caught: ["behaviour/AdminInitiateAuth/sign-in-record-cloudwatch-logs"],
  },
  "a record missing its risk decision": {
    wrap: recordsBy((records) => records.map(withoutRiskDecision)),
    caught: ["behaviour/AdminInitiateAuth/sign-in-record-cloudwatch-logs", "behaviour/AdminInitiateAuth/sign-in-record-s3", "behaviour/AdminInitiateAuth/sign-in-record-firehose"],
  },
  "a userNotification record sent to S3 (the configuration accepted)": {
    rewrite: {
      // The variant takes S3 for userNotification: it files the bucket as a log group, so the request passes.
      request: (r) => {
        if (operationOf(r) !== "SetLogDeliveryConfiguration") return r;
        const body = parse(r.body);
        for (const item of Array.isArray(body?.LogConfigurations) ? body.LogConfigurations : []) {
          if (item?.EventSource === "userNotification" && item.S3Configuration) {
            item.CloudWatchLogsConfiguration = { LogGroupArn: "arn:aws:logs:us-east-1:123456789012:log-group:from-s3" };
            delete item.S3Configuration;
          }
        }
        return { ...r, body: JSON.stringify(body) };
      },
    },
    caught: ["behaviour/SetLogDeliveryConfiguration/notification-to-s3"],
  },
};
