// A pool's domain (prefix or custom): one per pool, unique across the mock (AWS: across the region), read back as
// DescribeUserPoolDomain answers it (DOC: CLI example describe-user-pool-domain.rst). The domain is ACTIVE at once:
// the mock has no CloudFront to wait for (AWS: CREATING for up to a minute, DOC), so pollers see ACTIVE on the first read.
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import type { PoolRecord } from "../state.ts";

type S = components["schemas"];
export type DomainDescription = S["DomainDescriptionType"];

/** CONFIRMED (several CloudFormation/Terraform transcripts, e.g. aws-samples/dcv-web-portal#16). */
export const domainTaken = () => errors.invalidParameter("Domain already associated with another user pool.");

/** The pool that owns `domain`, if any: prefixes are unique across pools and accounts (DOC). */
export function poolOfDomain(ctx: OperationContext, domain: string): PoolRecord | undefined {
  for (const pool of ctx.state.pools.values()) if (pool.domain?.Domain === domain) return pool;
  return undefined;
}

/** DOC: prefixes may not contain the reserved words aws, amazon or cognito. Text UNKNOWN (mock's choice). */
const RESERVED = ["aws", "amazon", "cognito"];

export function checkPrefix(domain: string): void {
  const word = RESERVED.find((w) => domain.includes(w));
  if (word) throw errors.invalidParameter(`The domain prefix can't contain the reserved word ${word}.`);
}

/** AWS names the assets bucket after the region's airport code (DOC: `aws-cognito-prod-pdx-assets` in us-west-2). */
const AIRPORT: Record<string, string> = {
  "us-east-1": "iad", "us-east-2": "cmh", "us-west-1": "sfo", "us-west-2": "pdx", "eu-west-1": "dub", "eu-west-2": "lhr",
  "eu-central-1": "fra", "ap-southeast-1": "sin", "ap-southeast-2": "syd", "ap-northeast-1": "nrt", "ca-central-1": "yul",
};

/** A stable fake CloudFront host for a domain: the same domain always gets the same host (no real distribution). */
function cloudFrontHost(domain: string, custom: boolean): string {
  let h = 2166136261;
  for (const c of `${custom ? "custom:" : ""}${domain}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const letters = "abcdefghijklmnopqrstuvwxyz0123456789";
  let id = "d";
  for (let i = 0, x = h; i < 13; i++) {
    id += letters[x % letters.length];
    x = Math.imul(x ^ (x >>> 15), 2246822507) >>> 0 || i + 1;
  }
  return `${id}.cloudfront.net`;
}

/** `yyyyMMddHHmmss` (UTC) of an epoch-seconds time: the form of DomainDescription.Version (DOC, CLI example). */
export const versionStamp = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/[-:T]/g, "").slice(0, 14);

export interface DomainSettings {
  Domain: string;
  ManagedLoginVersion?: number;
  CustomDomainConfig?: S["CustomDomainConfigType"];
}

/**
 * The stored description. A prefix domain reads back `CustomDomainConfig: {}` (DOC, CLI example); a custom domain
 * its certificate. ManagedLoginVersion defaults to 1, hosted UI (classic) (DOC: "Set the branding version to 1 for
 * hosted UI (classic) or 2 for managed login"; the default for an omitted value INFERRED).
 */
export function describeDomain(ctx: OperationContext, pool: PoolRecord, settings: DomainSettings, now: number): DomainDescription {
  const custom = settings.CustomDomainConfig !== undefined;
  return {
    UserPoolId: pool.pool.Id,
    AWSAccountId: ctx.accountId,
    Domain: settings.Domain,
    S3Bucket: `aws-cognito-prod-${AIRPORT[ctx.region] ?? ctx.region}-assets`,
    CloudFrontDistribution: cloudFrontHost(settings.Domain, custom),
    Version: versionStamp(now),
    Status: "ACTIVE",
    // A prefix domain's `{}` lacks the model's required CertificateArn: the wire form AWS sends, typed loosely here.
    CustomDomainConfig: settings.CustomDomainConfig ?? ({} as S["CustomDomainConfigType"]),
    ManagedLoginVersion: settings.ManagedLoginVersion ?? 1,
  };
}

/** Create/UpdateUserPoolDomain's answer: CloudFrontDomain for a custom domain only (DOC: "If you set an Amazon Cognito prefix domain, this operation returns a blank response" for it). */
export function domainAnswer(description: DomainDescription) {
  const custom = Boolean(description.CustomDomainConfig?.CertificateArn);
  return { ManagedLoginVersion: description.ManagedLoginVersion, ...(custom && { CloudFrontDomain: description.CloudFrontDistribution }) };
}

/** The pool's members that name its domain (DescribeUserPool's Domain / CustomDomain, DOC: model). */
export function poolDomainMembers(description: DomainDescription | undefined): Pick<S["UserPoolType"], "Domain" | "CustomDomain"> {
  if (!description) return {};
  return description.CustomDomainConfig?.CertificateArn ? { CustomDomain: description.Domain } : { Domain: description.Domain };
}

/** The domain named, owned by the pool named; otherwise ResourceNotFoundException (text UNKNOWN, mock's choice). */
export function ownedDomain(pool: PoolRecord, domain: string): DomainDescription {
  if (pool.domain?.Domain !== domain) throw new AwsError("ResourceNotFoundException", `The domain ${domain} does not exist in user pool ${pool.pool.Id}.`);
  return pool.domain;
}
