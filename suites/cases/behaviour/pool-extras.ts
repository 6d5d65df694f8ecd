// Managed login branding, terms and the user import job (issue 18 §2; facts s12.branding.*, s12.terms.*,
// s12.import.*): one style per client, Cognito's values exclusive of custom ones, an update that keeps what it does
// not name, one terms document per name, and a CSV import from upload to RESET_REQUIRED users.
import type { Case } from "../../harness/case.ts";
import { citing, control, createPool, inferred, ok, poolNotFoundCases, refused, scenario } from "./build.ts";

const POOL = { UserPoolId: "{{userPoolId}}" };
const CLIENT = { ...POOL, ClientId: "{{clientId}}" };
const LINKS = { "cognito:default": "https://example.com/terms" };
const terms = (TermsName: string) => ({ ...CLIENT, TermsName, TermsSource: "LINK", Enforcement: "NONE", Links: LINKS });
const ROLE = "arn:aws:iam::123456789012:role/CognitoImport";
/** GetCSVHeader's columns for a pool without custom attributes (s12.import.csv-header, the guide's sample). */
const HEADER = [
  "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website", "email", "email_verified",
  "gender", "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified", "address", "updated_at", "cognito:mfa_enabled", "cognito:username",
];
const row = (values: Record<string, string>) => HEADER.map((h) => values[h] ?? "").join(",");
const CSV = [
  HEADER.join(","),
  row({ "cognito:username": "imported-ann", email: "ann@example.com", email_verified: "true", "cognito:mfa_enabled": "false" }),
  // No verified auto-verified attribute: the row breaks the CSV rules.
  row({ "cognito:username": "imported-bob", email: "bob@example.com", email_verified: "false", "cognito:mfa_enabled": "false" }),
].join("\n");
const IMPORT_POOL = { UserPoolId: "{{otherPoolId}}" };

export const poolExtraCases: Case[] = [
  scenario({
    id: "one-style-per-client",
    operation: "CreateManagedLoginBranding",
    rule: "branding-per-client",
    title: "a client has one branding style: Describe by client answers it, a second create is ManagedLoginBrandingExistsException",
    facts: ["s12.branding.per-client", "s12.branding.shape", "s12.branding.by-client"],
    evidence: "DOC",
    fixtures: ["pool", "client"],
    steps: [
      citing(["s12.branding.shape"], ok("CreateManagedLoginBranding", { ...CLIENT, UseCognitoProvidedValues: true }, { body: { ManagedLoginBranding: { UserPoolId: "{{userPoolId}}", UseCognitoProvidedValues: true, ManagedLoginBrandingId: { $pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$" } } } }, { brandingId: "ManagedLoginBranding.ManagedLoginBrandingId" })),
      citing(["s12.branding.by-client"], ok("DescribeManagedLoginBrandingByClient", CLIENT, { body: { ManagedLoginBranding: { ManagedLoginBrandingId: "{{brandingId}}" } } })),
      citing(["s12.branding.per-client"], refused("CreateManagedLoginBranding", { ...CLIENT, UseCognitoProvidedValues: true }, "ManagedLoginBrandingExistsException")),
      citing(["s12.branding.not-found"], ok("DeleteManagedLoginBranding", { ...POOL, ManagedLoginBrandingId: "{{brandingId}}" })),
      citing(["s12.branding.not-found"], refused("DescribeManagedLoginBrandingByClient", CLIENT, "ResourceNotFoundException")),
    ],
  }),
  scenario({
    id: "cognito-values-exclusive",
    operation: "CreateManagedLoginBranding",
    member: "UseCognitoProvidedValues",
    rule: "cognito-values-exclusive",
    title: "UseCognitoProvidedValues true with Settings is refused (InvalidParameterException)",
    facts: ["s12.branding.cognito-values"],
    evidence: "DOC",
    notes: ["The text is UNKNOWN: not asserted."],
    fixtures: ["pool", "client"],
    steps: [citing(["s12.branding.cognito-values"], refused("CreateManagedLoginBranding", { ...CLIENT, UseCognitoProvidedValues: true, Settings: { categories: {} } }, "InvalidParameterException"))],
  }),
  scenario({
    id: "update-keeps-settings",
    operation: "UpdateManagedLoginBranding",
    rule: "update-preserves",
    title: "an update of Settings keeps the members it does not name",
    facts: ["s12.branding.update-preserves", "s12.branding.shape"],
    evidence: "DOC",
    fixtures: ["pool", "client"],
    steps: [
      citing(["s12.branding.shape"], ok("CreateManagedLoginBranding", { ...CLIENT, Settings: { categories: { global: { colorSchemeMode: "DARK" } } } }, {}, { brandingId: "ManagedLoginBranding.ManagedLoginBrandingId" })),
      citing(["s12.branding.update-preserves"], ok("UpdateManagedLoginBranding", { ...POOL, ManagedLoginBrandingId: "{{brandingId}}", Settings: { categories: { global: { pageHeader: { enabled: true } } } } })),
      citing(["s12.branding.update-preserves"], ok("DescribeManagedLoginBranding", { ...POOL, ManagedLoginBrandingId: "{{brandingId}}" }, { body: { ManagedLoginBranding: { Settings: { categories: { global: { colorSchemeMode: "DARK", pageHeader: { enabled: true } } } } } } })),
    ],
  }),
  scenario({
    id: "one-document-per-name",
    operation: "CreateTerms",
    member: "TermsName",
    rule: "terms-one-per-name",
    title: "a client holds one terms document per TermsName (TermsExistsException); both names list",
    facts: ["s12.terms.one-per-name", "s12.terms.shape", "s12.terms.list"],
    evidence: "INFERRED",
    notes: ["The text is UNKNOWN: not asserted."],
    fixtures: ["pool", "client"],
    steps: [
      citing(["s12.terms.shape"], ok("CreateTerms", terms("terms-of-use"), { body: { Terms: { ClientId: "{{clientId}}", TermsName: "terms-of-use", TermsSource: "LINK", Enforcement: "NONE", Links: LINKS } } }, { termsId: "Terms.TermsId" })),
      citing(["s12.terms.one-per-name"], refused("CreateTerms", terms("terms-of-use"), "TermsExistsException")),
      citing(["s12.terms.shape"], ok("CreateTerms", terms("privacy-policy"))),
      citing(["s12.terms.list"], ok("ListTerms", { ...POOL, MaxResults: 1 }, { body: { Terms: [{ TermsId: "{{termsId}}", TermsName: "terms-of-use" }], NextToken: { $pattern: "." } } })),
    ],
  }),
  scenario({
    id: "csv-import",
    operation: "StartUserImportJob",
    rule: "import-csv",
    title: "a CSV uploaded to the job's pre-signed URL imports its valid rows as RESET_REQUIRED users; a row breaking the rules does not",
    facts: ["s12.import.job-shape", "s12.import.upload-put", "s12.import.start-answer", "s12.import.reset-required", "s12.import.csv-rules", "s12.import.auto-verified"],
    evidence: "INFERRED",
    notes: ["On AWS the job runs asynchronously: a live run would poll DescribeUserImportJob; the mock finishes at start."],
    fixtures: [],
    steps: [
      citing(["s12.import.auto-verified"], createPool("import", { AutoVerifiedAttributes: ["email"] })),
      citing(["s12.import.job-shape"], ok("CreateUserImportJob", { ...IMPORT_POOL, JobName: "conformance", CloudWatchLogsRoleArn: ROLE }, { body: { UserImportJob: { Status: "Created", CloudWatchLogsRoleArn: ROLE, ImportedUsers: 0, PreSignedUrl: { $pattern: "^https?://" } } } }, { jobId: "UserImportJob.JobId", url: "UserImportJob.PreSignedUrl" })),
      citing(["s12.import.upload-put"], control("uploadImportCsv", { url: "{{url}}", csv: CSV })),
      citing(["s12.import.start-answer"], ok("StartUserImportJob", { ...IMPORT_POOL, JobId: "{{jobId}}" }, { body: { UserImportJob: { JobId: "{{jobId}}", Status: "Pending", StartDate: { $gt: 0 } } } })),
      inferred("the mock finishes the job at start; one row imported, the row without a verified auto-verified attribute failed (s12.import.csv-rules)", ok("DescribeUserImportJob", { ...IMPORT_POOL, JobId: "{{jobId}}" }, { body: { UserImportJob: { Status: "Succeeded", ImportedUsers: 1, FailedUsers: 1 } } }), ["s12.import.csv-rules"]),
      citing(["s12.import.reset-required"], ok("AdminGetUser", { ...IMPORT_POOL, Username: "imported-ann" }, { body: { UserStatus: "RESET_REQUIRED" } })),
      citing(["s12.import.csv-rules"], refused("AdminGetUser", { ...IMPORT_POOL, Username: "imported-bob" }, "UserNotFoundException")),
    ],
  }),
];

/** Each operation of a pool answers ResourceNotFoundException for a pool that does not exist (model.errors). */
export const poolExtraNotFoundCases: Case[] = poolNotFoundCases({
  CreateManagedLoginBranding: { body: { ClientId: "0000000000000000000000nope", UseCognitoProvidedValues: true } },
  DescribeManagedLoginBranding: { body: { ManagedLoginBrandingId: "00000000-0000-4000-8000-000000000000" } },
  DescribeManagedLoginBrandingByClient: { body: { ClientId: "0000000000000000000000nope" } },
  UpdateManagedLoginBranding: { body: { ManagedLoginBrandingId: "00000000-0000-4000-8000-000000000000" } },
  DeleteManagedLoginBranding: { body: { ManagedLoginBrandingId: "00000000-0000-4000-8000-000000000000" } },
  CreateTerms: { body: { ClientId: "0000000000000000000000nope", TermsName: "terms-of-use", TermsSource: "LINK", Enforcement: "NONE", Links: LINKS } },
  DescribeTerms: { body: { TermsId: "00000000-0000-4000-8000-000000000000" } },
  UpdateTerms: { body: { TermsId: "00000000-0000-4000-8000-000000000000" } },
  DeleteTerms: { body: { TermsId: "00000000-0000-4000-8000-000000000000" } },
  ListTerms: { body: {} },
  GetCSVHeader: { body: {} },
  CreateUserImportJob: { body: { JobName: "missing", CloudWatchLogsRoleArn: ROLE } },
  StartUserImportJob: { body: { JobId: "import-missing000" } },
  StopUserImportJob: { body: { JobId: "import-missing000" } },
  DescribeUserImportJob: { body: { JobId: "import-missing000" } },
  ListUserImportJobs: { body: { MaxResults: 10 } },
  CreateUserPoolReplica: { body: { RegionName: "us-west-2" } },
  UpdateUserPoolReplica: { body: { RegionName: "us-west-2", Status: "ACTIVE" } },
  DeleteUserPoolReplica: { body: { RegionName: "us-west-2" } },
  ListUserPoolReplicas: { body: {} },
});
