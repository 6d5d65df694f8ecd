import {
  AdminCreateUserCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  InvalidParameterException,
  ResourceNotFoundException,
  UpdateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";

const { client, mock } = poolsHarness();

describe("DeleteUserPool and DescribeUserPool", () => {
  test("deletion protection refuses deletion (CONFIRMED) until it is inactivated", async () => {
    const UserPoolId = (await client.send(new CreateUserPoolCommand({ PoolName: "keep", DeletionProtection: "ACTIVE" }))).UserPool!.Id!;
    const error = await failure(client.send(new DeleteUserPoolCommand({ UserPoolId })));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toBe(
      "The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.",
    );
    expect(mock.state.pools.has(UserPoolId)).toBe(true);
    await client.send(new UpdateUserPoolCommand({ UserPoolId, DeletionProtection: "INACTIVE" }));
    await client.send(new DeleteUserPoolCommand({ UserPoolId }));
    expect(mock.state.pools.has(UserPoolId)).toBe(false);
  });

  test("the pool goes with its clients and users, and is then not found (CONFIRMED text)", async () => {
    const UserPoolId = (await client.send(new CreateUserPoolCommand({ PoolName: "gone" }))).UserPool!.Id!;
    const other = (await client.send(new CreateUserPoolCommand({ PoolName: "stays" }))).UserPool!.Id!;
    await client.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "c" }));
    await client.send(new AdminCreateUserCommand({ UserPoolId, Username: "u" }));
    await client.send(new DeleteUserPoolCommand({ UserPoolId }));
    const error = await failure(client.send(new DescribeUserPoolCommand({ UserPoolId })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe(`User pool ${UserPoolId} does not exist.`);
    expect([...mock.state.pools.keys()]).toEqual([other]);
    const again = await failure(client.send(new DeleteUserPoolCommand({ UserPoolId })));
    expect(again).toBeInstanceOf(ResourceNotFoundException);
  });
});
