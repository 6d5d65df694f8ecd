import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteUserPoolClientCommand,
  DescribeUserPoolCommand,
  ResourceNotFoundException,
  UserNotFoundException,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";

const { client, mock } = poolsHarness();

const newPool = async () => (await client.send(new CreateUserPoolCommand({ PoolName: "p" }))).UserPool!.Id!;

describe("DeleteUserPoolClient", () => {
  test("removes the client and its client-level risk configuration", async () => {
    const UserPoolId = await newPool();
    const ClientId = (await client.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "c" }))).UserPoolClient!.ClientId!;
    const record = mock.state.pools.get(UserPoolId)!;
    record.clientRisk.set(ClientId, { LastModifiedDate: 1 });
    await client.send(new DeleteUserPoolClientCommand({ UserPoolId, ClientId }));
    expect(record.clients.has(ClientId)).toBe(false);
    expect(record.clientRisk.has(ClientId)).toBe(false);
    const error = await failure(client.send(new DeleteUserPoolClientCommand({ UserPoolId, ClientId })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe(`User pool client ${ClientId} does not exist.`);
  });

  test("an unknown pool is reported before the client", async () => {
    const error = await failure(client.send(new DeleteUserPoolClientCommand({ UserPoolId: "eu-west-1_nope12345", ClientId: "abc" })));
    expect(error.message).toBe("User pool eu-west-1_nope12345 does not exist.");
  });
});

describe("AdminDeleteUser", () => {
  test("deletes by username or sub, and EstimatedNumberOfUsers follows", async () => {
    const UserPoolId = await newPool();
    await client.send(new AdminCreateUserCommand({ UserPoolId, Username: "ann" }));
    const { User } = await client.send(new AdminCreateUserCommand({ UserPoolId, Username: "ben" }));
    const count = async () => (await client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool?.EstimatedNumberOfUsers;
    expect(await count()).toBe(2);
    await client.send(new AdminDeleteUserCommand({ UserPoolId, Username: "ann" }));
    await client.send(new AdminDeleteUserCommand({ UserPoolId, Username: User!.Attributes!.find((a) => a.Name === "sub")!.Value! }));
    expect(await count()).toBe(0);
  });

  test("an unknown user is UserNotFoundException (CONFIRMED text)", async () => {
    const UserPoolId = await newPool();
    const error = await failure(client.send(new AdminDeleteUserCommand({ UserPoolId, Username: "nobody" })));
    expect(error).toBeInstanceOf(UserNotFoundException);
    expect(error.message).toBe("User does not exist.");
    expect(error.$metadata.httpStatusCode).toBe(400);
  });
});
