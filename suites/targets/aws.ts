// `aws` target: the real service. Every pool it creates is named with the run prefix and tagged, fixtures are on
// the PLUS tier with DeletionProtection INACTIVE, calls are paced and throttling retried, and close() deletes
// every pool of the run (the CLI calls it after failures and on SIGINT too).
import type { Answer, ResolvedRequest, Target } from "../harness/target.ts";
import { createFixtures } from "../fixtures/fixtures.ts";
import { fetchAnswer } from "./endpoint.ts";
import { runIdentity } from "./live.ts";
import { createPacer, withThrottlingRetries } from "./pacing.ts";
import { createSigner, lowerCaseHeaders, type Credentials, type SignedRequest } from "./signing.ts";

export interface AwsTargetOptions {
  region: string;
  credentials: Credentials | (() => Promise<Credentials>);
  runId?: string;
  /** Default 10: below the 15 requests/s UserPoolRead/UserPoolUpdate quotas. */
  requestsPerSecond?: number;
  /** Internal override for tests: where requests go instead of cognito-idp.<region>.amazonaws.com. */
  endpoint?: string;
  transport?: (request: SignedRequest) => Promise<Answer>;
  log?: (line: string) => void;
}

/** Tag limit per pool (model: UserPoolTagsType max 50). */
const MAX_TAGS = 50;

/**
 * The case's own tags plus the run's, so that sweep finds the pool after an aborted run. Left as sent when the
 * case's tags are not a plain map of strings (a refused case: it creates nothing) or when adding ours would pass
 * the limit (a case about the limit): teardown's own list still deletes those.
 */
function withRunTags(given: unknown, tags: Record<string, string>): unknown {
  if (given === undefined) return tags;
  if (given === null || typeof given !== "object" || Array.isArray(given) || !Object.values(given).every((v) => typeof v === "string")) return given;
  const merged = { ...given, ...tags };
  return Object.keys(merged).length <= MAX_TAGS ? merged : given;
}

/**
 * Every pool a case creates is tagged (the run's tags added to the case's own) and, when its PoolName is long
 * enough, named with the run prefix: the name's first characters are replaced, so its length, and its fit to
 * the pattern, stay what the case is about. Only valid names are renamed (an invalid one is echoed in the
 * refusal, and creates nothing); shorter names rely on the tag and on teardown's own list. Updates carry the
 * tags too: an UpdateUserPool that omits UserPoolTags removes them (aws-behavior.md §6), and sweep would then
 * never find the pool again.
 */
function markPools(request: ResolvedRequest, tags: Record<string, string>, namePrefix: string): ResolvedRequest {
  const operation = request.headers["X-Amz-Target"]?.split(".")[1];
  if ((operation !== "CreateUserPool" && operation !== "UpdateUserPool") || request.rawBody !== undefined) return request;
  try {
    const body = JSON.parse(request.body);
    if (!body || typeof body !== "object" || Array.isArray(body)) return request;
    const marked = { ...body };
    marked.UserPoolTags = withRunTags(marked.UserPoolTags, tags);
    const name = marked.PoolName;
    if (operation === "CreateUserPool" && typeof name === "string" && name.length >= namePrefix.length && name.length <= 128 && !name.startsWith(namePrefix) && /^[\w\s+=,.@-]+$/.test(name)) {
      marked.PoolName = namePrefix + name.slice(namePrefix.length);
    }
    return { ...request, body: JSON.stringify(marked) };
  } catch {
    return request;
  }
}

export function awsTarget(options: AwsTargetOptions): Target & { runId: string; namePrefix: string; pools: Set<string> } {
  const { runId, namePrefix, tags } = runIdentity(options.runId);
  const endpoint = options.endpoint ?? `https://cognito-idp.${options.region}.amazonaws.com/`;
  const sign = createSigner({ region: options.region, service: "cognito-idp", credentials: options.credentials });
  const transport = options.transport ?? fetchAnswer;
  const pace = createPacer(options.requestsPerSecond ?? 10);
  const raw = (request: ResolvedRequest) =>
    withThrottlingRetries(async () => {
      await pace();
      const answer = await transport(await sign(request, endpoint));
      return { ...answer, headers: lowerCaseHeaders(answer.headers) };
    });
  const fixtures = createFixtures(raw, { namePrefix, tags });
  let closed = false;
  return {
    name: "aws",
    runId,
    namePrefix,
    pools: fixtures.pools,
    capabilities: new Set(),
    prepare: fixtures.prepare,
    async send(request) {
      const tagged = markPools(request, tags, namePrefix);
      const answer = await raw(tagged);
      fixtures.observe(tagged, answer);
      return answer;
    },
    async close() {
      if (closed) return;
      closed = true;
      const count = fixtures.pools.size;
      const problems = await fixtures.teardown();
      options.log?.(`teardown: deleted ${count - problems.length} of ${count} pools of run ${runId}`);
      for (const p of problems) options.log?.(`teardown: could not delete ${p} (run \`cognito-conformance sweep\` later)`);
    },
  };
}
