import {
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  FeatureUnavailableInTierException,
  InvalidParameterException,
  ResourceNotFoundException,
  UpdateUserPoolCommand,
  type UpdateUserPoolCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";

const { client, mock, advance } = poolsHarness();

const describePool = async (UserPoolId: string) => (await client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool!;

/** A Plus pool with most resettable members set, as a baseline for omission tests. */
async function configuredPool() {
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({
      PoolName: "configured",
      UserPoolTier: "PLUS",
      UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" },
      AutoVerifiedAttributes: ["email"],
      LambdaConfig: { PreSignUp: "arn:aws:lambda:eu-west-1:111122223333:function:pre", PostConfirmation: "arn:aws:lambda:eu-west-1:111122223333:function:post" },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: "OPTIONAL",
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: true } },
      UserPoolTags: { team: "id" },
    }),
  );
  return UserPool!.Id!;
}

const update = (input: UpdateUserPoolCommandInput) => client.send(new UpdateUserPoolCommand(input));

describe("UpdateUserPool", () => {
  test("answers {} and resets omitted members the way AWS measured (§6, CONFIRMED)", async () => {
    const UserPoolId = await configuredPool();
    const before = await describePool(UserPoolId);
    advance(1500);
    const output = await update({ UserPoolId, LambdaConfig: { PreSignUp: "arn:aws:lambda:eu-west-1:111122223333:function:other" } });
    expect(Object.keys(output).filter((k) => k !== "$metadata")).toEqual([]);
    const after = await describePool(UserPoolId);
    expect(after.AutoVerifiedAttributes).toBeUndefined();
    expect(after.LambdaConfig).toEqual({ PreSignUp: "arn:aws:lambda:eu-west-1:111122223333:function:other" });
    expect(after.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 });
    expect(after.UserPoolAddOns).toBeUndefined();
    expect(after.MfaConfiguration).toBe("OPTIONAL");
    expect(after.Policies).toEqual(before.Policies);
    expect(after.UserPoolTier).toBe("PLUS");
    expect(after.Name).toBe("configured");
    expect(after.CreationDate).toEqual(before.CreationDate);
    expect(after.LastModifiedDate!.getTime() - before.LastModifiedDate!.getTime()).toBe(1500);
  });

  test("omitted UserPoolTags removes the tags (INFERRED from old reports); given tags replace them", async () => {
    const UserPoolId = await configuredPool();
    await update({ UserPoolId, UserPoolTags: { env: "prod" } });
    expect((await describePool(UserPoolId)).UserPoolTags).toEqual({ env: "prod" });
    await update({ UserPoolId });
    expect((await describePool(UserPoolId)).UserPoolTags).toEqual({});
  });

  test("a given PasswordPolicy replaces the stored one; PoolName renames", async () => {
    const UserPoolId = await configuredPool();
    await update({ UserPoolId, PoolName: "renamed", Policies: { PasswordPolicy: { MinimumLength: 10, RequireNumbers: true } } });
    const after = await describePool(UserPoolId);
    expect(after.Name).toBe("renamed");
    expect(after.Policies?.PasswordPolicy).toEqual({
      MinimumLength: 10, RequireUppercase: false, RequireLowercase: false, RequireNumbers: true, RequireSymbols: false, TemporaryPasswordValidityDays: 7,
    });
  });

  test("a sub-policy the request leaves out is kept (CONFIRMED, cdkd#1982)", async () => {
    const UserPoolId = await configuredPool();
    const before = await describePool(UserPoolId);
    await update({ UserPoolId, Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD"] } } });
    expect((await describePool(UserPoolId)).Policies?.PasswordPolicy).toEqual(before.Policies?.PasswordPolicy);
  });

  test("UserAttributeUpdateSettings is kept when omitted, so dropping AutoVerifiedAttributes is refused (aws-nuke#477)", async () => {
    const UserPoolId = await configuredPool();
    await update({ UserPoolId, AutoVerifiedAttributes: ["email"], UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] } });
    const error = await failure(update({ UserPoolId, DeletionProtection: "INACTIVE" }));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toBe("All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes");
    await update({ UserPoolId, AutoVerifiedAttributes: ["email"] });
    expect((await describePool(UserPoolId)).UserAttributeUpdateSettings).toEqual({ AttributesRequireVerificationBeforeUpdate: ["email"] });
  });

  test("DeletionProtection, KeyConfiguration and IssuerConfiguration go back to their defaults when omitted (the DOC rule)", async () => {
    const UserPoolId = await configuredPool();
    await update({ UserPoolId, DeletionProtection: "ACTIVE", KeyConfiguration: { KeyType: "AWS_OWNED_KEY" }, IssuerConfiguration: { Type: "UPDATED" } });
    expect(await describePool(UserPoolId)).toMatchObject({ DeletionProtection: "ACTIVE", KeyConfiguration: { KeyType: "AWS_OWNED_KEY" }, IssuerConfiguration: { Type: "UPDATED" } });
    await update({ UserPoolId });
    const pool = await describePool(UserPoolId);
    expect(pool.DeletionProtection).toBe("INACTIVE");
    expect(pool.KeyConfiguration).toBeUndefined();
    expect(pool.IssuerConfiguration).toBeUndefined();
  });

  test("refuses MFA ON on an existing pool (CONFIRMED) and accepts OPTIONAL", async () => {
    const UserPoolId = (await client.send(new CreateUserPoolCommand({ PoolName: "mfa" }))).UserPool!.Id!;
    const error = await failure(update({ UserPoolId, MfaConfiguration: "ON" }));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toBe("Cannot turn MFA functionality ON, once the user pool has been created.");
    await update({ UserPoolId, MfaConfiguration: "OPTIONAL" });
    expect((await describePool(UserPoolId)).MfaConfiguration).toBe("OPTIONAL");
  });

  test("checks threat protection against the tier after the update (CONFIRMED form)", async () => {
    const UserPoolId = await configuredPool();
    const error = await failure(update({ UserPoolId, UserPoolTier: "ESSENTIALS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }));
    expect(error).toBeInstanceOf(FeatureUnavailableInTierException);
    expect(error.message).toBe("The following features need to be disabled for the ESSENTIALS pricing tier configured: Threat Protection");
    await update({ UserPoolId, UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }); // stays PLUS
    expect((await describePool(UserPoolId)).UserPoolAddOns).toEqual({ AdvancedSecurityMode: "ENFORCED" });
    await update({ UserPoolId, UserPoolTier: "ESSENTIALS" }); // add-ons cleared by omission, so allowed
    expect(await describePool(UserPoolId)).toMatchObject({ UserPoolTier: "ESSENTIALS" });
  });

  test("a refused update changes nothing (all-or-nothing)", async () => {
    const UserPoolId = await configuredPool();
    const before = await describePool(UserPoolId);
    advance(1000);
    const error = await failure(
      update({ UserPoolId, PoolName: "changed", UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["phone_number"] }, AutoVerifiedAttributes: ["email"] }),
    );
    expect(error.message).toBe("All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes");
    expect(await describePool(UserPoolId)).toEqual(before);
  });

  test("UserPoolAddOns {} is refused by validation (DOC)", async () => {
    const UserPoolId = await configuredPool();
    const error = await failure(update({ UserPoolId, UserPoolAddOns: {} as never }));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toBe(
      "1 validation error detected: Value null at 'userPoolAddOns.advancedSecurityMode' failed to satisfy constraint: Member must not be null",
    );
  });

  test("refuses reserved aws: tag keys (choice; AWS text UNKNOWN)", async () => {
    const UserPoolId = await configuredPool();
    const error = await failure(update({ UserPoolId, UserPoolTags: { "aws:owner": "me" } }));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(mock.state.pools.get(UserPoolId)?.pool.UserPoolTags).toEqual({ team: "id" });
  });

  test("an unknown pool is ResourceNotFoundException (CONFIRMED text)", async () => {
    const error = await failure(update({ UserPoolId: "eu-west-1_nope12345" }));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe("User pool eu-west-1_nope12345 does not exist.");
  });
});
