// Threat protection's log export (aws-behavior.md §13): Set/GetLogDeliveryConfiguration's rules, and the records
// real sign-ins export. Records are read through the mock's control API (`logs`), so those scenarios run where it
// exists; which destination a record went to is the control API's own report. Lists compare as sets (order CONFIRMED
// unstable); texts the evidence only INFERs are advisory; fields the docs leave open are never asserted.
import type { Case } from "../../harness/case.ts";
import { call, citing, control, createPool, inferred, ok, refused, scenario } from "./build.ts";
import { adminSignInBody } from "./risk-sign-ins.ts";
import { signInScenario } from "./sign-in-steps.ts";

const POOL = { UserPoolId: "{{userPoolId}}" };
const GROUP_ARN = "arn:aws:logs:us-east-1:123456789012:log-group:cognito-exported";
const BUCKET_ARN = "arn:aws:s3:::amzn-s3-demo-logging-bucket";
const STREAM_ARN = "arn:aws:firehose:us-east-1:123456789012:deliverystream/example-user-pool-activity-exported";
const NOTIFICATION = { LogLevel: "ERROR", EventSource: "userNotification", CloudWatchLogsConfiguration: { LogGroupArn: GROUP_ARN } };
const activity = (destination: Record<string, unknown>) => ({ LogLevel: "INFO", EventSource: "userAuthEvents", ...destination });
const TO_GROUP = activity({ CloudWatchLogsConfiguration: { LogGroupArn: GROUP_ARN } });
const TO_BUCKET = activity({ S3Configuration: { BucketArn: BUCKET_ARN } });
const TO_STREAM = activity({ FirehoseConfiguration: { StreamArn: STREAM_ARN } });
const set = (list: unknown[], expect = {}, UserPoolId = "{{userPoolId}}") => ok("SetLogDeliveryConfiguration", { UserPoolId, LogConfigurations: list }, expect);
/** The stored list, as a set keyed by EventSource: these entries in any order, and no others. */
const holds = (entries: unknown[]) => ({
  body: { LogDeliveryConfiguration: { UserPoolId: "{{userPoolId}}", LogConfigurations: { $all: entries } } },
  ...(entries.length <= 1 && { bodyEquals: { LogDeliveryConfiguration: { UserPoolId: "{{userPoolId}}", LogConfigurations: entries } } }),
});
const refusal = (list: unknown[]) => ({ UserPoolId: "{{userPoolId}}", LogConfigurations: list });
/** The pool's exported records, as the mock's control API reports them. */
const logs = (expect: object) => control("logs", { userPoolId: "{{userPoolId}}" }, expect);
const STRING = { $pattern: "^" };
/** A sign-in from a fixed address; its own answer is other scenarios' business (set-up here). */
const signIn = () => ok("AdminInitiateAuth", adminSignInBody("192.0.2.44"));

/** The documented leaves of a sign-in's record (export page, DOC); the open ones only as strings. */
const SIGN_IN_RECORD = {
  eventTimestamp: { $pattern: "^\\d{13}$" },
  logLevel: "INFO",
  logSourceId: { userPoolId: "{{userPoolId}}" },
  message: {
    version: "1",
    eventId: { $pattern: "^[0-9a-f-]{36}$" },
    userSub: { $pattern: "^[0-9a-f-]{36}$" },
    userName: "{{username}}",
    userPoolId: "{{userPoolId}}",
    creationDate: { $pattern: "^[A-Z][a-z]{2} [A-Z][a-z]{2} \\d{2} \\d{2}:\\d{2}:\\d{2} UTC \\d{4}$" },
    riskLevel: "",
    ipAddress: "192.0.2.44",
    idpName: "",
    compromisedCredentialDetected: "false",
    eventFeedbackValue: "",
    eventFeedbackDate: "",
    eventFeedbackProvider: "",
    deviceName: STRING,
    city: STRING,
    country: STRING,
    requestId: STRING,
    hasContextData: STRING,
  },
};

const configurationCases: Case[] = [
  scenario({
    id: "set-then-get",
    operation: "SetLogDeliveryConfiguration",
    rule: "log-delivery-echo",
    title: "Set answers the stored configuration and Get returns the same entries, each with only its destination (compared as a set)",
    facts: ["s13.log-delivery-shape", "s13.set-echo", "s13.response-order"],
    evidence: "DOC",
    steps: [
      citing(["s13.set-echo", "s13.response-order"], set([TO_BUCKET, NOTIFICATION], holds([TO_BUCKET, NOTIFICATION]))),
      citing(["s13.set-echo", "s13.response-order"], ok("GetLogDeliveryConfiguration", POOL, holds([NOTIFICATION, TO_BUCKET]))),
    ],
  }),
  scenario({
    id: "replace-and-clear",
    operation: "SetLogDeliveryConfiguration",
    rule: "log-delivery-replace",
    title: "Set replaces the whole list (entries are not merged) and an empty list clears it",
    facts: ["s13.set-replaces"],
    evidence: "INFERRED",
    steps: [
      set([TO_STREAM, NOTIFICATION]),
      set([TO_GROUP]),
      citing(["s13.set-replaces"], ok("GetLogDeliveryConfiguration", POOL, holds([TO_GROUP]))),
      set([]),
      // Empty versus absent is UNKNOWN: only that no entry is left.
      citing(["s13.set-replaces"], ok("GetLogDeliveryConfiguration", POOL, { bodyAbsent: ["LogDeliveryConfiguration.LogConfigurations.0"] })),
    ],
  }),
  scenario({
    id: "notification-without-plus",
    operation: "SetLogDeliveryConfiguration",
    rule: "log-delivery-tier",
    title: "userNotification export needs no Plus plan: an ESSENTIALS pool takes it",
    facts: ["s13.plus-for-user-activity"],
    evidence: "DOC",
    fixtures: [],
    steps: [
      createPool("behaviour-log-essentials", { UserPoolTier: "ESSENTIALS" }),
      citing(["s13.plus-for-user-activity"], set([NOTIFICATION], { body: { LogDeliveryConfiguration: { UserPoolId: "{{otherPoolId}}", LogConfigurations: [NOTIFICATION] } } }, "{{otherPoolId}}")),
    ],
  }),
  scenario({
    id: "no-destination",
    operation: "SetLogDeliveryConfiguration",
    rule: "log-delivery-destination",
    title: "an item without a destination is refused, and nothing is stored",
    facts: ["s13.no-destination", "s13.pairing-rules"],
    evidence: "INFERRED",
    steps: [
      set([NOTIFICATION]),
      citing(
        ["s13.no-destination"],
        refused("SetLogDeliveryConfiguration", refusal([{ LogLevel: "ERROR", EventSource: "userNotification" }]), "InvalidParameterException", {
          message: { equals: "Request validation Failed. Following event sources in request have no destination: [userNotification]." },
          messageStrength: "advisory",
        }),
      ),
      citing(["s13.no-destination"], ok("GetLogDeliveryConfiguration", POOL, holds([NOTIFICATION]))),
    ],
  }),
  scenario({
    id: "source-twice",
    operation: "SetLogDeliveryConfiguration",
    rule: "log-delivery-one-per-source",
    title: "the same event source twice is refused: at most one configuration per source",
    facts: ["s13.source-twice", "s13.pairing-rules"],
    evidence: "INFERRED",
    steps: [
      citing(
        ["s13.source-twice"],
        refused("SetLogDeliveryConfiguration", refusal([TO_GROUP, TO_BUCKET]), "InvalidParameterException", {
          message: { equals: "Request validation Failed. Following event sources appear more then once in a request: [userAuthEvents]." },
          messageStrength: "advisory",
        }),
      ),
    ],
  }),
  ...(
    [
      ["notification-to-s3", "userNotification to S3", { LogLevel: "ERROR", EventSource: "userNotification", S3Configuration: { BucketArn: BUCKET_ARN } }],
      ["notification-to-firehose", "userNotification to Firehose", { LogLevel: "ERROR", EventSource: "userNotification", FirehoseConfiguration: { StreamArn: STREAM_ARN } }],
      ["activity-two-destinations", "userAuthEvents to two destinations", activity({ S3Configuration: { BucketArn: BUCKET_ARN }, FirehoseConfiguration: { StreamArn: STREAM_ARN } })],
      ["activity-at-error", "userAuthEvents at ERROR", { ...TO_GROUP, LogLevel: "ERROR" }],
    ] as const
  ).map(([id, what, item]) =>
    scenario({
      id,
      operation: "SetLogDeliveryConfiguration",
      rule: "log-delivery-pairing",
      title: `${what} is refused (the error's type and text are UNKNOWN: only a 400 is asserted)`,
      facts: ["s13.pairing-rules", "s13.pairing-checked"],
      evidence: "INFERRED",
      steps: [citing(["s13.pairing-rules", "s13.pairing-checked"], call("SetLogDeliveryConfiguration", refusal([item]), { status: 400 }))],
    }),
  ),
  scenario({
    id: "log-group-arn-star",
    operation: "SetLogDeliveryConfiguration",
    member: "LogConfigurations[].CloudWatchLogsConfiguration.LogGroupArn",
    rule: "pattern",
    title: "a log-group ARN ending in :* fails the pattern, reported at the 1-based member path",
    facts: ["s13.arn-star-suffix", "s13.nested-member-path"],
    evidence: "CONFIRMED",
    steps: [
      refused("SetLogDeliveryConfiguration", refusal([{ ...NOTIFICATION, CloudWatchLogsConfiguration: { LogGroupArn: `${GROUP_ARN}:*` } }]), "InvalidParameterException", {
        message: {
          equals: `1 validation error detected: Value '${GROUP_ARN}:*' at 'logConfigurations.1.member.cloudWatchLogsConfiguration.logGroupArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?`,
        },
      }),
    ],
  }),
  ...(["SetLogDeliveryConfiguration", "GetLogDeliveryConfiguration"] as const).map((operation) =>
    scenario({
      id: "unknown-pool",
      operation,
      rule: "pool-not-found",
      title: `${operation} on a pool that does not exist: ResourceNotFoundException`,
      facts: ["s13.unknown-pool"],
      evidence: "INFERRED",
      fixtures: [],
      steps: [refused(operation, { UserPoolId: "us-east-1_NoSuchPool0", ...(operation === "SetLogDeliveryConfiguration" && { LogConfigurations: [NOTIFICATION] }) }, "ResourceNotFoundException")],
    }),
  ),
];

/** A record of the sign-in just made, for the destination the pool's configuration names. */
const exported = (destination: { kind: string; arn: string }, message: Record<string, unknown> = {}, only = false) =>
  logs({ body: { records: [{ destination, record: { ...SIGN_IN_RECORD, message: { ...SIGN_IN_RECORD.message, ...message } } }] }, ...(only && { bodyAbsent: ["records.1"] }) });

const recordCases: Case[] = [
  ...(
    [
      ["cloudwatch-logs", TO_GROUP, GROUP_ARN],
      ["s3", TO_BUCKET, BUCKET_ARN],
      ["firehose", TO_STREAM, STREAM_ARN],
    ] as const
  ).map(([kind, configuration, arn]) =>
    signInScenario({
      id: `sign-in-record-${kind}`,
      operation: "AdminInitiateAuth",
      rule: "log-export-record",
      title: `an ENFORCED pool's sign-in becomes one user-activity record in the documented shape, for its ${kind} destination`,
      facts: ["s13.activity-record", "s13.record-envelope", "s13.activity-record-inferred", "s13.event-types-recorded"],
      evidence: "INFERRED",
      steps: [
        set([configuration]),
        signIn(),
        citing(
          ["s13.activity-record", "s13.record-envelope", "s13.activity-record-inferred"],
          exported({ kind, arn }, { eventType: "SignIn", eventResponse: "Pass", riskDecision: "PASS", clientId: "{{signInClientId}}" }),
        ),
        // One event (it passes at once, no challenge), so one record: the count per sign-in is UNKNOWN only for an
        // InProgress event that completes later.
        inferred("an event is one record; this sign-in is one event, stored once (AdminListUserAuthEvents)", exported({ kind, arn }, {}, true), ["s13.one-record-per-event"]),
      ],
    }),
  ),
  signInScenario({
    id: "audit-exports",
    operation: "AdminInitiateAuth",
    rule: "log-export-mode",
    title: "AUDIT exports the same sign-in record, with no action taken",
    facts: ["s13.records-need-threat-protection", "s13.audit-records"],
    evidence: "INFERRED",
    steps: [
      ok("UpdateUserPool", { ...POOL, UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" } }),
      set([TO_GROUP]),
      signIn(),
      citing(["s13.audit-records"], exported({ kind: "cloudwatch-logs", arn: GROUP_ARN }, { eventType: "SignIn", eventResponse: "Pass" })),
    ],
  }),
  signInScenario({
    id: "off-exports-nothing",
    operation: "AdminInitiateAuth",
    rule: "log-export-mode",
    title: "threat protection OFF exports nothing, though a userAuthEvents destination is configured",
    facts: ["s13.records-need-threat-protection"],
    evidence: "DOC",
    notes: ["Whether Set refuses userAuthEvents while the mode is OFF is UNKNOWN: the configuration is set before the mode changes."],
    steps: [
      set([TO_GROUP]),
      ok("UpdateUserPool", { ...POOL, UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "OFF" } }),
      signIn(),
      citing(["s13.records-need-threat-protection"], logs({ bodyAbsent: ["records.0"] })),
    ],
  }),
  signInScenario({
    id: "notifications-only-export-no-activity",
    operation: "AdminInitiateAuth",
    rule: "log-export-source",
    title: "a pool exporting only userNotification exports no user-activity record of a sign-in",
    facts: ["s13.delivery-best-effort", "s13.pairing-rules"],
    evidence: "DOC",
    steps: [set([NOTIFICATION]), signIn(), citing(["s13.delivery-best-effort"], logs({ bodyAbsent: ["records.0"] }))],
  }),
  signInScenario({
    id: "failed-sign-in-record",
    operation: "AdminInitiateAuth",
    rule: "log-export-record",
    title: "a wrong password is exported too, as a SignIn whose eventResponse is Fail",
    facts: ["s13.activity-record-inferred", "s13.event-types-recorded"],
    evidence: "INFERRED",
    steps: [
      set([TO_GROUP]),
      citing(["s9.wrong-password"], refused("AdminInitiateAuth", adminSignInBody("192.0.2.44", { password: "Wr0ng-password!" }), "NotAuthorizedException")),
      inferred(
        "a failed sign-in is an auth event (AdminListUserAuthEvents shows it as Fail, §11), and every stored event is exported",
        exported({ kind: "cloudwatch-logs", arn: GROUP_ARN }, { eventType: "SignIn", eventResponse: "Fail" }),
        ["s13.activity-record-inferred", "s13.event-types-recorded"],
      ),
    ],
  }),
];

export const logExportCases: Case[] = [...configurationCases, ...recordCases];

