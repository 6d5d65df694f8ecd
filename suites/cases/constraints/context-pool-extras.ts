// Context rows for managed login branding, terms, user import jobs, replicas and provisioned limits (issue 18 §2):
// the style, document, job or replica a request names is created first; ids the service issues and values only
// one form of which is valid (Region names, the limit's attributes) are unreachable at other lengths.
import type { Step } from "../../harness/case.ts";
import { ok } from "../behaviour/build.ts";
import type { Row } from "./context.ts";

const POOL = { UserPoolId: "{{userPoolId}}" };
const ISSUED = (what: string) => `${what} is issued by the service: a made-up value of the boundary length names nothing`;
const BRANDING_OPS = ["DescribeManagedLoginBranding", "UpdateManagedLoginBranding", "DeleteManagedLoginBranding"];
const TERMS_OPS = ["DescribeTerms", "UpdateTerms", "DeleteTerms"];
const JOB_OPS = ["DescribeUserImportJob", "StartUserImportJob", "StopUserImportJob"];
const REPLICA_OPS = ["UpdateUserPoolReplica", "DeleteUserPoolReplica"];
const LIMIT_OPS = ["GetProvisionedLimit", "UpdateProvisionedLimit"];
const LINKS = { "cognito:default": "https://example.com/terms" };
const CATEGORIES = [
  "FAVICON_ICO", "FAVICON_SVG", "EMAIL_GRAPHIC", "SMS_GRAPHIC", "AUTH_APP_GRAPHIC", "PASSWORD_GRAPHIC", "PASSKEY_GRAPHIC", "PAGE_HEADER_LOGO",
  "PAGE_HEADER_BACKGROUND", "PAGE_FOOTER_LOGO", "PAGE_FOOTER_BACKGROUND", "PAGE_BACKGROUND", "FORM_BACKGROUND", "FORM_LOGO", "IDP_BUTTON_ICON",
];
const MODES = ["LIGHT", "DARK", "DYNAMIC"];
/** Distinct assets: one per Category and ColorMode (two assets of one slot are refused, s12.branding.asset-slots). */
const asset = (i: number) => ({ Category: CATEGORIES[i % CATEGORIES.length], ColorMode: MODES[Math.floor(i / CATEGORIES.length) % MODES.length], Extension: "PNG", Bytes: "iVBORw0KGgo=" });

const createBranding: Step = ok("CreateManagedLoginBranding", { ...POOL, ClientId: "{{clientId}}", UseCognitoProvidedValues: true }, {}, { brandingId: "ManagedLoginBranding.ManagedLoginBrandingId" });
const createTerms: Step = ok("CreateTerms", { ...POOL, ClientId: "{{clientId}}", TermsName: "terms-of-use", TermsSource: "LINK", Enforcement: "NONE", Links: LINKS }, {}, { termsId: "Terms.TermsId" });
const createJob: Step = ok("CreateUserImportJob", { ...POOL, JobName: "conformance-import", CloudWatchLogsRoleArn: "arn:aws:iam::123456789012:role/CognitoImport" }, {}, { jobId: "UserImportJob.JobId" });
const createReplica: Step = ok("CreateUserPoolReplica", { ...POOL, RegionName: "us-west-2" });

export const POOL_EXTRA_ROWS: Row[] = [
  // Branding: one style per client, so each case makes its own (fresh fixtures); assets fill distinct slots.
  { ops: ["CreateManagedLoginBranding"], path: /./, fresh: true, items: { "Assets[]": asset } },
  { ops: ["CreateManagedLoginBranding", "UpdateManagedLoginBranding"], path: /^Assets\[\]\.(Category|ColorMode)$/, items: { "Assets[]": (i) => asset(i + 1) } },
  { ops: BRANDING_OPS, path: /./, setup: () => [createBranding], with: { ...POOL, ManagedLoginBrandingId: "{{brandingId}}" }, fixtures: ["client"], items: { "Assets[]": asset } },
  { ops: BRANDING_OPS, path: "ManagedLoginBrandingId", rule: /accepted/, unreachable: ISSUED("a ManagedLoginBrandingId") },
  { ops: ["DescribeManagedLoginBrandingByClient"], path: /./, setup: () => [createBranding], fixtures: ["client"] },
  // Terms: one document per name and client; CreateTerms needs its links.
  { ops: ["CreateTerms"], path: /./, fresh: true, fixtures: ["client"] },
  { ops: ["CreateTerms"], path: /^(?!Links)/, with: { Links: LINKS } },
  { ops: TERMS_OPS, path: /./, setup: () => [createTerms], with: { TermsId: "{{termsId}}" }, fixtures: ["client"] },
  { ops: TERMS_OPS, path: "TermsId", rule: /accepted/, unreachable: ISSUED("a TermsId") },
  // Import jobs: a job of the case's own; starting one needs a pool with an auto-verified attribute (s12.import.auto-verified).
  { ops: JOB_OPS, path: /./, setup: () => [createJob], with: { JobId: "{{jobId}}" } },
  { ops: ["StartUserImportJob"], path: /./, setup: () => [ok("UpdateUserPool", { ...POOL, AutoVerifiedAttributes: ["email"] }), createJob] },
  { ops: JOB_OPS, path: "JobId", rule: /accepted/, unreachable: ISSUED("a JobId (import- and 10 characters)") },
  { ops: ["ListUserImportJobs"], path: "PaginationToken", rule: /accepted/, unreachable: ISSUED("a PaginationToken") },
  // Replicas: a Region is a name AWS has (9 to 14 characters); Update and Delete name a replica made first.
  { ops: ["CreateUserPoolReplica", ...REPLICA_OPS], path: /^(?!RegionName$)/, with: { RegionName: "us-west-2" } },
  { ops: ["CreateUserPoolReplica"], path: /./, fresh: true },
  { ops: REPLICA_OPS, path: /./, setup: () => [createReplica] },
  { ops: ["CreateUserPoolReplica", ...REPLICA_OPS], path: "RegionName", rule: /accepted/, unreachable: "a Region name is one AWS has (us-east-1 … ap-southeast-5, 9 to 14 characters): none of the boundary length" },
  // Provisioned limits: the definition is { LimitClass: API_CATEGORY, Attributes: { Category: <category> } } and nothing else.
  { ops: LIMIT_OPS, path: /./, with: { LimitDefinition: { LimitClass: "API_CATEGORY", Attributes: { Category: "UserCreation" } } } },
  { ops: ["UpdateProvisionedLimit"], path: /./, with: { RequestedLimitValue: 50 } },
  { ops: LIMIT_OPS, path: /^LimitDefinition\.Attributes\{/, rule: /accepted/, unreachable: "Attributes holds one entry, Category, naming an API category (s12.limits.definition): no other key or value names a limit" },
];
