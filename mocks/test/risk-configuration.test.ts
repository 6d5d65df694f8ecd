// SetRiskConfiguration / DescribeRiskConfiguration through the SDK v3 client (aws-behavior.md §5).
import {
  DescribeRiskConfigurationCommand,
  InvalidParameterException,
  ResourceNotFoundException,
  SetRiskConfigurationCommand,
  UserPoolAddOnNotEnabledException,
  type SetRiskConfigurationCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";
import { createClient, createPool } from "./risk-fixtures.ts";

const { client, mock, advance, nowSeconds } = poolsHarness(11);
const set = (input: SetRiskConfigurationCommandInput) => client.send(new SetRiskConfigurationCommand(input));
const describeRisk = (UserPoolId: string, ClientId?: string) =>
  client.send(new DescribeRiskConfigurationCommand({ UserPoolId, ClientId })).then((r) => r.RiskConfiguration);

const FULL = {
  CompromisedCredentialsRiskConfiguration: { EventFilter: ["SIGN_IN", "SIGN_UP"], Actions: { EventAction: "BLOCK" } },
  AccountTakeoverRiskConfiguration: {
    NotifyConfiguration: {
      From: "security@example.com",
      SourceArn: "arn:aws:ses:eu-west-1:111122223333:identity/example.com",
      BlockEmail: { Subject: "Blocked {username}", TextBody: "Blocked sign-in from {ip-address}" },
    },
    Actions: {
      LowAction: { EventAction: "NO_ACTION", Notify: false },
      MediumAction: { EventAction: "MFA_IF_CONFIGURED", Notify: true },
      HighAction: { EventAction: "BLOCK", Notify: true },
    },
  },
  RiskExceptionConfiguration: { BlockedIPRangeList: ["192.0.2.0/24"], SkippedIPRangeList: ["2001:db8::/32"] },
} satisfies Omit<SetRiskConfigurationCommandInput, "UserPoolId">;

describe("pool scope", () => {
  test("a never-configured pool describes as its id alone (INFERRED)", async () => {
    const pool = await createPool(client);
    expect(await describeRisk(pool)).toEqual({ UserPoolId: pool });
  });

  test("Set echoes what is stored with UserPoolId and an epoch-second LastModifiedDate; Describe returns the same (DOC)", async () => {
    const pool = await createPool(client);
    advance(1500);
    const { RiskConfiguration } = await set({ UserPoolId: pool, ...FULL });
    expect(RiskConfiguration).toEqual({ UserPoolId: pool, ...FULL, LastModifiedDate: new Date(nowSeconds() * 1000) });
    expect(await describeRisk(pool)).toEqual(RiskConfiguration);
    const raw = mock.state.pools.get(pool)!.risk!;
    expect(raw.LastModifiedDate).toBe(nowSeconds());
  });

  test("UserPoolId alone resets the pool to defaults (DOC)", async () => {
    const pool = await createPool(client);
    await set({ UserPoolId: pool, ...FULL });
    advance(1000);
    const { RiskConfiguration } = await set({ UserPoolId: pool });
    expect(RiskConfiguration).toEqual({ UserPoolId: pool, LastModifiedDate: new Date(nowSeconds() * 1000) });
    expect(await describeRisk(pool)).toEqual(RiskConfiguration);
  });

  test("an unknown pool is ResourceNotFoundException with AWS's message (CONFIRMED)", async () => {
    const error = await failure(set({ UserPoolId: "eu-west-1_Nope12345" }));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe("User pool eu-west-1_Nope12345 does not exist.");
  });

  test("a pool that is not on the Plus tier is refused by Set and Describe (DOC; text UNKNOWN)", async () => {
    const pool = await createPool(client, { tier: "ESSENTIALS" });
    for (const call of [set({ UserPoolId: pool, ...FULL }), describeRisk(pool)]) {
      const error = await failure(call);
      expect(error).toBeInstanceOf(UserPoolAddOnNotEnabledException);
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
    expect(mock.state.pools.get(pool)!.risk).toBeUndefined();
  });

  test("a Plus pool with threat protection OFF may still be configured (DOC: the tier is what gates it)", async () => {
    const pool = await createPool(client, { mode: "OFF" });
    await set({ UserPoolId: pool, RiskExceptionConfiguration: { SkippedIPRangeList: ["10.0.0.0/8"] } });
    expect((await describeRisk(pool))?.RiskExceptionConfiguration).toEqual({ SkippedIPRangeList: ["10.0.0.0/8"] });
  });
});

describe("client scope", () => {
  test("the client must exist in the pool (CONFIRMED message)", async () => {
    const pool = await createPool(client);
    const other = await createPool(client);
    const foreign = await createClient(client, other);
    for (const call of [set({ UserPoolId: pool, ClientId: foreign, ...FULL }), describeRisk(pool, foreign)]) {
      const error = await failure(call);
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error.message).toBe(`User pool client ${foreign} does not exist.`);
    }
  });

  test("a client's own configuration overrides the pool's; without one the client gets the pool's, without ClientId (INFERRED)", async () => {
    const pool = await createPool(client);
    const app = await createClient(client, pool);
    const poolConfig = await set({ UserPoolId: pool, ...FULL }).then((r) => r.RiskConfiguration);
    expect(await describeRisk(pool, app)).toEqual(poolConfig);

    advance(2000);
    const own = { RiskExceptionConfiguration: { BlockedIPRangeList: ["203.0.113.0/24"] } };
    const { RiskConfiguration } = await set({ UserPoolId: pool, ClientId: app, ...own });
    expect(RiskConfiguration).toEqual({ UserPoolId: pool, ClientId: app, ...own, LastModifiedDate: new Date(nowSeconds() * 1000) });
    expect(await describeRisk(pool, app)).toEqual(RiskConfiguration);
    expect(await describeRisk(pool)).toEqual(poolConfig);
  });

  test("UserPoolId + ClientId alone makes the client inherit again (DOC)", async () => {
    const pool = await createPool(client);
    const app = await createClient(client, pool);
    await set({ UserPoolId: pool, ...FULL });
    await set({ UserPoolId: pool, ClientId: app, RiskExceptionConfiguration: { BlockedIPRangeList: ["203.0.113.0/24"] } });
    const reset = await set({ UserPoolId: pool, ClientId: app });
    expect(reset.RiskConfiguration).toMatchObject({ UserPoolId: pool, ClientId: app });
    expect(reset.RiskConfiguration?.RiskExceptionConfiguration).toBeUndefined();
    const inherited = await describeRisk(pool, app);
    expect(inherited?.ClientId).toBeUndefined();
    expect(inherited?.RiskExceptionConfiguration).toEqual(FULL.RiskExceptionConfiguration);
  });
});

describe("validation the model can't express", () => {
  test.each([
    ["BlockedIPRangeList", "192.0.2.1"],
    ["BlockedIPRangeList", "192.0.2.0/33"],
    ["SkippedIPRangeList", "2001:db8::/129"],
    ["SkippedIPRangeList", "example.com/24"],
  ] as const)("%s entry %s is InvalidParameterException naming it, and nothing changes (INFERRED)", async (list, entry) => {
    const pool = await createPool(client);
    const before = await set({ UserPoolId: pool, ...FULL }).then((r) => r.RiskConfiguration);
    advance(1000);
    const error = await failure(
      set({ UserPoolId: pool, ...FULL, RiskExceptionConfiguration: { [list]: ["10.0.0.0/8", entry, "::/0"] } }),
    );
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toContain(`'${entry}'`);
    expect(error.message).toContain(list);
    expect(await describeRisk(pool)).toEqual(before);
  });

  test("Notify=true without a NotifyConfiguration is refused (INFERRED), Notify=false without it accepted (CONFIRMED)", async () => {
    const pool = await createPool(client);
    const error = await failure(
      set({
        UserPoolId: pool,
        AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "BLOCK", Notify: true } } },
      }),
    );
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(await describeRisk(pool)).toEqual({ UserPoolId: pool });

    const quiet = { Actions: { HighAction: { EventAction: "BLOCK" as const, Notify: false } } };
    const { RiskConfiguration } = await set({ UserPoolId: pool, AccountTakeoverRiskConfiguration: quiet });
    expect(RiskConfiguration?.AccountTakeoverRiskConfiguration).toEqual(quiet);
  });
});
