// Evidence registry, §13 of the research notes: threat protection's user activity log export
// (Set/GetLogDeliveryConfiguration, the exported record, delivery). "export page" is the developer guide's "Exporting
// logs from Amazon Cognito user pools". Composed into FACTS by facts.ts.
import { ref, type Fact } from "./fact.ts";

const FLOCI = "floci-io/floci#2867 tests, an emulator author who measured on a live pool";

export const LOG_EXPORT_FACTS = {
  // §13.1 the operations
  "s13.log-delivery-shape": { label: "DOC", says: "SetLogDeliveryConfiguration takes UserPoolId and LogConfigurations (0..2 items of LogLevel ERROR|INFO, EventSource userNotification|userAuthEvents, one of CloudWatchLogsConfiguration / S3Configuration / FirehoseConfiguration); both operations answer {LogDeliveryConfiguration {UserPoolId, LogConfigurations}}", source: ref("13.1", "AWS model") },
  "s13.log-delivery-errors": { label: "DOC", says: "Set lists InvalidParameterException, InternalErrorException, TooManyRequestsException, NotAuthorizedException, ResourceNotFoundException, FeatureUnavailableInTierException; Get the same without the tier error", source: ref("13.1", "AWS model") },
  "s13.pairing-rules": { label: "DOC", says: "userNotification goes with ERROR and CloudWatch Logs only; userAuthEvents with INFO and exactly one of CloudWatch Logs, Firehose or S3; so at most one configuration per event source", source: ref("13.1", "export page, LogConfigurationType") },
  "s13.pairing-checked": { label: "INFERRED", says: "the service checks those pairings at set time", source: ref("13.1", "terraform-provider-aws#47790, #49220") },
  "s13.pairing-refusal": { label: "UNKNOWN", says: "the error type and text for a wrong level, a wrong destination or two destinations in one item (mock: InvalidParameterException `Request validation Failed. ...`; suites assert the type only)", source: ref("13.1") },
  "s13.plus-for-user-activity": { label: "DOC", says: "user-activity export needs the Plus plan and active threat protection; message-delivery (userNotification) export does not need Plus", source: ref("13.1", "export page, AWS model") },
  "s13.tier-refusal": { label: "UNKNOWN", says: "what Set with userAuthEvents answers on a LITE or ESSENTIALS pool (mock: FeatureUnavailableInTierException)", source: ref("13.1") },
  "s13.plus-threat-protection-off": { label: "UNKNOWN", says: "whether Set refuses userAuthEvents on a Plus pool with AdvancedSecurityMode OFF (mock: accepts, emits nothing)", source: ref("13.1") },
  "s13.nested-member-path": {
    label: "CONFIRMED",
    says: "nested members print dotted lowerCamelCase, list elements as `<list>.<n>.member.<field>` counting from 1, ARN values printed (settles §2's nested-path question for Cognito)",
    source: ref("13.1", "aws/aws-cdk#31241, a real CloudFormation-handler failure; floci-io/floci#2867"),
    text: [
      "1 validation error detected: Value '<arn>' at 'logConfigurations.1.member.cloudWatchLogsConfiguration.logGroupArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?",
    ],
  },
  "s13.bad-log-level": { label: "INFERRED", says: "a bad level: `1 validation error detected: Value 'TRACE' at 'logConfigurations.1.member.logLevel' failed to satisfy constraint: Member must satisfy enum value set: [ERROR, INFO]`", source: ref("13.1", FLOCI) },
  "s13.bad-event-source": { label: "INFERRED", says: "a bad source: `... at 'logConfigurations.1.member.eventSource' failed to satisfy constraint: Member must satisfy enum value set: [userAuthEvents, userNotification]` (listed alphabetically)", source: ref("13.1", FLOCI) },
  "s13.no-destination": { label: "INFERRED", says: "an item with no destination: `Request validation Failed. Following event sources in request have no destination: [userNotification].`", source: ref("13.1", FLOCI) },
  "s13.source-twice": { label: "INFERRED", says: "the same source twice: `Request validation Failed. Following event sources appear more then once in a request: [userNotification].` (\"more then\" as the service spells it); with both problems, one message, the no-destination clause first", source: ref("13.1", FLOCI) },
  "s13.three-items": { label: "INFERRED", says: "three items: the length clause on 'logConfigurations' with the value printed as the service's Java object dump (`[LogConfigurationType(logLevel=ERROR, ...)]`), first among several errors", source: ref("13.1", FLOCI) },
  "s13.missing-list": { label: "INFERRED", says: "a missing LogConfigurations: `1 validation error detected: Value null at 'logConfigurations' failed to satisfy constraint: Member must not be null`", source: ref("13.1", FLOCI) },
  "s13.wrong-list-type": { label: "INFERRED", says: "LogConfigurations as a string or a list of numbers: {\"__type\":\"SerializationException\"}; a null element is dropped", source: ref("13.1", FLOCI) },
  "s13.shape-before-pool": { label: "INFERRED", says: "request-shape checks run before the pool lookup", source: ref("13.1", FLOCI) },
  "s13.arn-forms": { label: "DOC", says: "LogGroupArn and StreamArn: ArnType (20..2048, arn:<partition>:<service>:<region>:<digits>:<resource>); BucketArn: S3ArnType (3..1024, arn:<partition>:s3:::<name>)", source: ref("13.1", "AWS model") },
  "s13.arn-examples": { label: "DOC", says: "documented values arn:aws:logs:us-west-2:123456789012:log-group:cognito-exported, arn:aws:firehose:us-west-2:123456789012:deliverystream/example-user-pool-activity-exported, arn:aws:s3:::amzn-s3-demo-logging-bucket", source: ref("13.1", "export page, API reference") },
  "s13.arn-star-suffix": { label: "CONFIRMED", says: "a log-group ARN ending in `:*` (what CDK and CloudFormation return) fails the pattern; clients build it without `:*` (INFERRED)", source: ref("13.1", "aws/aws-cdk#31241") },
  "s13.log-group-requirements": { label: "DOC", says: "the log group must not be KMS-encrypted and must be in the pool's account", source: ref("13.1", "AWS model") },
  "s13.arn-service-checked": { label: "UNKNOWN", says: "whether the service checks that an ARN names the right service or an existing resource (mock: the model patterns only)", source: ref("13.1") },
  "s13.set-replaces": { label: "INFERRED", says: "Set replaces the whole list; [] clears the configuration (the model allows 0 items, DOC)", source: ref("13.1", "terraform-provider-aws log_delivery_configuration.go") },
  "s13.set-echo": { label: "DOC", says: "Set answers the stored configuration; each entry shows only its destination, no null members; Get after Set returns the same entries", source: ref("13.1", "AWS model, CLI and API reference examples") },
  "s13.get-unconfigured": { label: "UNKNOWN", says: "Get on a pool never configured (mock: LogConfigurations []; suites must not assert empty versus absent)", source: ref("13.1") },
  "s13.unknown-pool": { label: "INFERRED", says: "an unknown pool on Get and Set: ResourceNotFoundException, probably `User pool <id> does not exist.`", source: ref("13.1", "terraform-provider-aws, floci") },
  "s13.response-order": { label: "CONFIRMED", says: "LogConfigurations come back in no stable order (seen in both orders); suites compare them as a set keyed by EventSource", source: ref("13.1", "hashicorp/terraform-provider-aws#43550, #49202") },
  "s13.iam": { label: "DOC", says: "both operations are IAM-authorized; CloudWatch, S3 and Firehose destinations need the caller's logs:/s3:/firehose:/iam: delivery permissions (vended logs); Cognito assumes a service-linked role", source: ref("13.1", "export page") },
  "s13.cfn-permissions": { label: "INFERRED", says: "the CloudFormation handler declares the same logs: permissions, later adding s3:, firehose:TagDeliveryStream and iam:CreateServiceLinkedRole", source: ref("13.1", "aws-cloudformation/cfn-lint provider schema") },
  "s13.destination-side": { label: "DOC", says: "log groups get a resource policy for delivery.logs.amazonaws.com (over 5120 characters: use /aws/vendedlogs); Firehose streams must be tagged LogDeliveryEnabled=true; S3 may get an AWSLogs folder", source: ref("13.1", "AWS model, export page") },
  "s13.destination-failure": { label: "INFERRED", says: "a missing or unauthorized destination fails at set time, not silently; its type and text are UNKNOWN (mock: accepts any ARN matching the pattern)", source: ref("13.1", "export page, terraform-provider-aws#49220") },

  // §13.2 the exported record
  "s13.record-envelope": { label: "DOC", says: "every record: eventTimestamp (epoch ms as a string), eventSource, logLevel, message (an object), logSourceId {userPoolId}; nothing else; leaves are strings; the schema is \"subject to change\"", source: ref("13.2", "export page example") },
  "s13.record-event-source": { label: "UNKNOWN", says: "eventSource of user-activity records: USER_ACTIVITY in the doc's example, USER_AUTH_EVENTS in client code (mock: USER_AUTH_EVENTS); message-delivery records say USER_NOTIFICATION (DOC)", source: ref("13.2") },
  "s13.notification-record": { label: "DOC", says: "a userNotification ERROR record's message is {details: <text>}; the detail texts are UNKNOWN", source: ref("13.2", "export page") },
  "s13.activity-record": { label: "DOC", says: "a user-activity message: version \"1\", eventId, eventType, userSub, userName, userPoolId, clientId, creationDate (Java Date.toString form), eventResponse, riskLevel (\"\" when none), riskDecision \"PASS\", challenges, deviceName \"Other, Other\", ipAddress, requestId, idpName, compromisedCredentialDetected \"false\", city, country, eventFeedback* \"\", hasContextData", source: ref("13.2", "export page example") },
  "s13.activity-record-inferred": { label: "INFERRED", says: "eventId equals AdminListUserAuthEvents' EventId; eventType takes SignIn|SignUp|ForgotPassword|PasswordChange|ResendCode; eventResponse Pass|Fail|InProgress; requestId is the x-amzn-RequestId; compromisedCredentialDetected is a string in real logs; fields are queried as message.<field>", source: ref("13.2", "the export page's presentation; non-97/storage-browser-for-s3-sample-app") },
  "s13.activity-record-unknowns": { label: "UNKNOWN", says: "riskLevel casing, riskDecision values other than PASS, the challenges element shape, idpName of federated users", source: ref("13.2") },
  "s13.record-absent-fields": { label: "DOC", says: "the record has no time zone, user agent or session id", source: ref("13.2", "absent from the export page example") },

  // §13.3 delivery and §13.4 which events
  "s13.delivery-best-effort": { label: "DOC", says: "delivery is best effort; only INFO user-activity events are exported", source: ref("13.3", "export page") },
  "s13.delivery-layout": { label: "UNKNOWN", says: "CloudWatch stream names, S3 key layout and compression, Firehose framing, latency and ordering; suites poll with a timeout and compare as sets", source: ref("13.3") },
  "s13.records-need-threat-protection": { label: "DOC", says: "records are produced only with threat protection AUDIT or ENFORCED on a Plus pool (OFF produces none)", source: ref("13.4", "export page") },
  "s13.audit-records": { label: "INFERRED", says: "AUDIT exports the same events, with no action taken", source: ref("13.4", "§7") },
  "s13.event-types-recorded": { label: "INFERRED", says: "sign-in, sign-up, forgot password, password change and resend code produce records (the doc's example is a SignUp InProgress, DOC)", source: ref("13.4", "the model's EventType") },
  "s13.refresh-no-record": { label: "INFERRED", says: "token refresh produces no record", source: ref("13.4", "§11: the lists don't act on refresh; no EventType") },
  "s13.custom-auth-records": { label: "INFERRED", says: "CUSTOM_AUTH produces records only with AdvancedSecurityAdditionalFlows.CustomAuthMode", source: ref("13.4", "§11") },
  // Issue 18 §1 (i18log): what the mock's delivery and the suites rest on beyond the notes above.
  "s13.one-record-per-event": { label: "INFERRED", says: "each stored auth event is exported once: the page presents the exported records as the events AdminListUserAuthEvents lists, so a sign-in that passes at once (one event, no challenge) is one record", source: ref("13.2", "export page; §13.4") },
  "s13.delivery-sdk-endpoint": { label: "DOC", says: "the SDKs resolve a service's endpoint from AWS_ENDPOINT_URL_<SERVICE_ID> (CLOUDWATCH_LOGS, S3, FIREHOSE), then AWS_ENDPOINT_URL, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true (the mock's delivery follows it; without one, records stay with the control API)", source: ref("13.3", "AWS SDKs and Tools reference guide, service-specific endpoints; the SDK v3 code, @smithy/core getEndpointUrlConfig") },
  "s13.record-unknowns": { label: "UNKNOWN", says: "whether sign-out, completing an InProgress event or feedback emit records (mock: one record per event at creation, none for sign-out or feedback)", source: ref("13.4") },
} as const satisfies Record<string, Fact>;
