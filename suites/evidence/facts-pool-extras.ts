// Evidence for managed login branding, terms, user import jobs, replicas and provisioned limits (issue 18 §2). These
// are not in aws-behavior.md: the sources are AWS's API reference and developer guide (read through the docs corpus)
// and the model. Composed into FACTS by facts.ts.
import type { Fact } from "./fact.ts";

const API = (op: string) => `AWS API reference, ${op} (not in aws-behavior.md)`;
const GUIDE = (page: string) => `AWS developer guide, ${page} (not in aws-behavior.md)`;
const MODEL = "the AWS model (reference/cognito-idp-2016-04-18.service-2.json)";
const MOCK = "a choice of the mock (mocks/README.md); AWS's behaviour UNKNOWN";

export const POOL_EXTRA_FACTS = {
  // Managed login branding.
  "s12.branding.per-client": { label: "DOC", says: "a branding style is linked to one app client; a second CreateManagedLoginBranding for the client is ManagedLoginBrandingExistsException", source: `${API("CreateManagedLoginBranding: each style is permanently linked to an app client")}; ${MODEL}` },
  "s12.branding.cognito-values": { label: "DOC", says: "UseCognitoProvidedValues true applies Cognito's default style and requires Settings and Assets to be omitted", source: API("CreateManagedLoginBranding") },
  "s12.branding.shape": { label: "DOC", says: "the answers hold ManagedLoginBranding {ManagedLoginBrandingId (a v4 UUID), UserPoolId, UseCognitoProvidedValues, Settings, Assets, CreationDate, LastModifiedDate}", source: MODEL },
  "s12.branding.update-preserves": { label: "DOC", says: "an update preserves the style settings it does not specify", source: API("UpdateManagedLoginBranding (2 MB request limit note)") },
  "s12.branding.by-client": { label: "DOC", says: "DescribeManagedLoginBrandingByClient answers the client's style; ReturnMergedResources true adds Cognito's defaults to what was set", source: API("DescribeManagedLoginBrandingByClient") },
  "s12.branding.merged-defaults": { label: "UNKNOWN", says: "the content of Cognito's default style document (the mock merges a small labelled stand-in)", source: MOCK },
  "s12.branding.asset-slots": { label: "INFERRED", says: "two assets of one Category and ColorMode in a request are refused (InvalidParameterException; text UNKNOWN)", source: "the branding editor keeps one image per slot; not seen from the API" },
  "s12.branding.not-found": { label: "DOC", says: "an unknown ManagedLoginBrandingId, or a client without a style: ResourceNotFoundException (text UNKNOWN)", source: MODEL },
  // Terms documents.
  "s12.terms.shape": { label: "DOC", says: "CreateTerms takes ClientId, TermsName terms-of-use|privacy-policy, TermsSource LINK, Enforcement NONE and Links by language (cognito:default …); TermsType echoes them with TermsId, CreationDate, LastModifiedDate", source: MODEL },
  "s12.terms.one-per-name": { label: "INFERRED", says: "a client holds one document per TermsName: another of the same name is TermsExistsException (text UNKNOWN)", source: `${API("CreateTerms: each request accepts one type of terms document")}; ${MODEL}` },
  "s12.terms.list": { label: "DOC", says: "ListTerms answers TermsDescriptionType summaries (TermsId, TermsName, Enforcement, dates), MaxResults 1–60 and NextToken", source: MODEL },
  // User import.
  "s12.import.csv-header": { label: "DOC", says: "GetCSVHeader lists name … updated_at (the standard attributes), the custom attributes, then cognito:mfa_enabled and cognito:username", source: GUIDE("Creating the user import CSV file (sample response)") },
  "s12.import.csv-rules": { label: "DOC", says: "every header column must be in the file, in any order; cognito:username and cognito:mfa_enabled are required; email / phone_number when marked verified; the pool's required attributes", source: GUIDE("Creating the user import CSV file") },
  "s12.import.auto-verified": { label: "DOC", says: "each user must have at least one of the pool's auto-verified attributes verified; a pool without auto-verified attributes cannot run an import (the mock: PreconditionNotMetException at start, type INFERRED)", source: GUIDE("Creating the user import CSV file") },
  "s12.import.reset-required": { label: "DOC", says: "imported users are RESET_REQUIRED, created at import time (creation date is not imported)", source: GUIDE("Importing users into user pools from a CSV file") },
  "s12.import.job-shape": { label: "DOC", says: "a new job is Created with its PreSignedUrl, CloudWatchLogsRoleArn and zero counts; statuses Created, Pending, InProgress, Stopping, Expired, Stopped, Failed, Succeeded; counts ImportedUsers, SkippedUsers, FailedUsers", source: MODEL },
  "s12.import.upload-put": { label: "DOC", says: "the CSV is uploaded by HTTP PUT to the job's pre-signed URL before StartUserImportJob", source: GUIDE("Importing users into user pools from a CSV file (steps 3–5)") },
  "s12.import.start-answer": { label: "INFERRED", says: "StartUserImportJob answers the job Pending with its StartDate; the mock runs the import at once, so Describe then shows it finished", source: `CLI examples start-user-import-job; ${MOCK}` },
  "s12.import.row-outcomes": { label: "UNKNOWN", says: "which bad rows count as failed and which as skipped (the mock: a row breaking the rules fails; a username repeated in the file is skipped)", source: MOCK },
  "s12.import.state-rules": { label: "INFERRED", says: "only a Created job starts and only an unfinished job stops; otherwise PreconditionNotMetException (stopping a Created job is a mock choice)", source: `${MODEL}; ${MOCK}` },
  // Replicas.
  "s12.replica.shape": { label: "DOC", says: "UserPoolReplicaType {RegionName, Status CREATING|ACTIVE|INACTIVE|DELETING, Role PRIMARY|SECONDARY, UserPoolArn}; UpdateUserPoolReplica sets Status ACTIVE or INACTIVE", source: MODEL },
  "s12.replica.lifecycle": { label: "UNKNOWN", says: "replication timing, the primary's place in ListUserPoolReplicas, the Region and count rules (the mock: CREATING then ACTIVE at once, the primary listed first, AWS Regions other than the pool's, at most 5)", source: MOCK },
  // Provisioned limits.
  "s12.limits.definition": { label: "DOC", says: "a limit is LimitDefinition {LimitClass API_CATEGORY, Attributes {Category: <category>}}; the answer is Limit {LimitDefinition, ProvisionedLimitValue, FreeLimitValue} in requests per second", source: API("GetProvisionedLimit, LimitType") },
  "s12.limits.range": { label: "DOC", says: "UpdateProvisionedLimit's value must be between the default limit and the account-level maximum in Service Quotas (the mock: below → InvalidParameterException, above 10 × the default → ServiceQuotaExceededException)", source: API("UpdateProvisionedLimit") },
} satisfies Record<string, Fact>;
