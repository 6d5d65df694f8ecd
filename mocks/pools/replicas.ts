// User pool replicas (multi-Region replication, facts s12.replica.*). AWS documents the operations' shapes only;
// the mock's choices are labelled and listed in mocks/README.md:
// - replication is instant: CreateUserPoolReplica answers CREATING and the replica is ACTIVE from then on; Delete
//   answers DELETING and the replica is gone;
// - the replica keeps the pool's id, its ARN names the replica's Region; ListUserPoolReplicas lists the pool's own
//   Region first as PRIMARY, then the replicas (SECONDARY) in creation order;
// - a Region must be an AWS commercial Region other than the pool's, and not replicated yet (InvalidParameterException);
// - at most MAX_REPLICAS replicas per pool (LimitExceededException).
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import type { PoolRecord } from "../state.ts";
import { poolArn } from "./defaults.ts";

type Replica = components["schemas"]["UserPoolReplicaType"];

export const MAX_REPLICAS = 5;

/** The commercial Regions where Cognito user pools run (DOC: AWS's Region table, as of 2026). */
export const COGNITO_REGIONS: ReadonlySet<string> = new Set([
  "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-east-1", "ap-south-1", "ap-south-2",
  "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
  "ap-southeast-4", "ap-southeast-5", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-north-1",
  "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1", "me-south-1",
  "sa-east-1",
]);

/** The Region the pool lives in: its id's prefix. */
export const primaryRegionOf = (pool: PoolRecord) => pool.pool.Id!.split("_", 1)[0]!;

export function replicaNotFound(region: string) {
  return new AwsError("ResourceNotFoundException", `User pool replica in region ${region} does not exist.`);
}

export function getReplica(pool: PoolRecord, region: string): Replica {
  const replica = pool.replicas?.get(region);
  if (!replica) throw replicaNotFound(region);
  return replica;
}

export function addReplica(ctx: OperationContext, pool: PoolRecord, region: string): Replica {
  if (!COGNITO_REGIONS.has(region)) throw errors.invalidParameter(`${region} is not a valid region.`);
  if (region === primaryRegionOf(pool)) throw errors.invalidParameter("A user pool cannot be replicated to its own region.");
  if (pool.replicas?.has(region)) throw errors.invalidParameter(`The user pool already has a replica in region ${region}.`);
  if ((pool.replicas?.size ?? 0) >= MAX_REPLICAS) throw new AwsError("LimitExceededException", `A user pool can have at most ${MAX_REPLICAS} replicas.`);
  const replica: Replica = { RegionName: region, Status: "ACTIVE", Role: "SECONDARY", UserPoolArn: poolArn(region, ctx.accountId, pool.pool.Id!) };
  pool.replicas ??= new Map();
  pool.replicas.set(region, replica);
  return replica;
}

/** The pool itself, as ListUserPoolReplicas shows it (a mock choice, see above). */
export function primaryOf(ctx: OperationContext, pool: PoolRecord): Replica {
  const region = primaryRegionOf(pool);
  return { RegionName: region, Status: "ACTIVE", Role: "PRIMARY", UserPoolArn: pool.pool.Arn ?? poolArn(region, ctx.accountId, pool.pool.Id!) };
}
