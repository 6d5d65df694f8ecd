import { CreateUserPoolCommand, InvalidParameterException, ListUserPoolsCommand, paginateListUserPools } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { poolsHarness } from "./pools-harness.ts";

const { client: cognito } = poolsHarness();

describe("ListUserPools", () => {
  test("pages through every pool in creation order with an opaque NextToken", async () => {
    const created: string[] = [];
    for (let i = 0; i < 7; i++) created.push((await cognito.send(new CreateUserPoolCommand({ PoolName: `p${i}` }))).UserPool!.Id!);
    const seen: string[] = [];
    for await (const page of paginateListUserPools({ client: cognito, pageSize: 3 }, { MaxResults: 3 })) {
      expect(page.UserPools!.length).toBeLessThanOrEqual(3);
      for (const pool of page.UserPools!) {
        expect(typeof pool.CreationDate).toBe("object"); // the SDK parsed epoch seconds into a Date
        seen.push(pool.Id!);
      }
    }
    expect(seen).toEqual(created);
  });

  test("a forged NextToken is refused", async () => {
    await expect(cognito.send(new ListUserPoolsCommand({ MaxResults: 10, NextToken: "bm90LWEtcG9vbA" }))).rejects.toBeInstanceOf(InvalidParameterException);
  });
});
