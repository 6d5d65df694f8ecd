import { CreateUserPoolCommand, DescribeUserPoolCommand, FeatureUnavailableInTierException, InvalidParameterException } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";

const { client, mock, nowSeconds } = poolsHarness();

describe("CreateUserPool", () => {
  test("answers the full pool with AWS's defaults (§6)", async () => {
    const { UserPool: pool } = await client.send(new CreateUserPoolCommand({ PoolName: "shop" }));
    expect(pool?.Id).toMatch(/^eu-west-1_[0-9a-zA-Z]{9}$/);
    expect(pool).toMatchObject({
      Name: "shop",
      Arn: `arn:aws:cognito-idp:eu-west-1:111122223333:userpool/${pool?.Id}`,
      UserPoolTags: {},
      LambdaConfig: {},
      MfaConfiguration: "OFF",
      DeletionProtection: "INACTIVE",
      EstimatedNumberOfUsers: 0,
      UserPoolTier: "ESSENTIALS",
      Policies: {
        PasswordPolicy: { MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true, TemporaryPasswordValidityDays: 7 },
      },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 },
      VerificationMessageTemplate: { DefaultEmailOption: "CONFIRM_WITH_CODE" },
      EmailConfiguration: { EmailSendingAccount: "COGNITO_DEFAULT" },
    });
    expect(pool?.UserPoolAddOns).toBeUndefined();
    expect(pool?.CreationDate?.getTime()).toBe(nowSeconds() * 1000);
    expect(pool?.LastModifiedDate).toEqual(pool?.CreationDate);
  });

  test("lists the standard attributes, adjusts them and adds custom ones", async () => {
    const { UserPool: pool } = await client.send(
      new CreateUserPoolCommand({
        PoolName: "schema",
        Schema: [
          { Name: "email", Required: true },
          { Name: "tenant", AttributeDataType: "String", StringAttributeConstraints: { MaxLength: "32" } },
          { Name: "secret", AttributeDataType: "Number", DeveloperOnlyAttribute: true },
        ],
      }),
    );
    const byName = new Map(pool?.SchemaAttributes?.map((a) => [a.Name, a]));
    expect(byName.get("sub")).toEqual({
      Name: "sub", AttributeDataType: "String", DeveloperOnlyAttribute: false, Mutable: false, Required: true,
      StringAttributeConstraints: { MinLength: "1", MaxLength: "2048" },
    });
    for (const name of ["name", "phone_number", "email_verified", "updated_at", "birthdate"]) expect(byName.has(name)).toBe(true);
    expect(byName.get("email")?.Required).toBe(true);
    expect(byName.get("custom:tenant")).toMatchObject({ Mutable: true, Required: false, StringAttributeConstraints: { MaxLength: "32" } });
    expect(byName.get("dev:custom:secret")).toMatchObject({ AttributeDataType: "Number", DeveloperOnlyAttribute: true });
  });

  test("honours UserPoolTier and UserPoolAddOns, and DescribeUserPool shows the same pool", async () => {
    const { UserPool: created } = await client.send(
      new CreateUserPoolCommand({ PoolName: "plus", UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }),
    );
    expect(created).toMatchObject({ UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } });
    const { UserPool: described } = await client.send(new DescribeUserPoolCommand({ UserPoolId: created!.Id }));
    expect(described).toEqual(created);
  });

  test.each(["ESSENTIALS", "LITE"] as const)("refuses threat protection on the %s tier (CONFIRMED form)", async (tier) => {
    const error = await failure(
      client.send(new CreateUserPoolCommand({ PoolName: "x", UserPoolTier: tier, UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" } })),
    );
    expect(error).toBeInstanceOf(FeatureUnavailableInTierException);
    expect(error.message).toBe(`The following features need to be disabled for the ${tier} pricing tier configured: Threat Protection`);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  test("threat protection OFF is fine on the default tier and nothing is stored on refusal", async () => {
    await client.send(new CreateUserPoolCommand({ PoolName: "off", UserPoolAddOns: { AdvancedSecurityMode: "OFF" } }));
    await failure(client.send(new CreateUserPoolCommand({ PoolName: "no", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } })));
    expect([...mock.state.pools.values()].map((p) => p.pool.Name)).toEqual(["off"]);
  });

  test("shows verification texts both as legacy members and in the template (INFERRED)", async () => {
    const { UserPool: pool } = await client.send(
      new CreateUserPoolCommand({ PoolName: "t", EmailVerificationMessage: "Code {####}", EmailVerificationSubject: "Your code" }),
    );
    expect(pool?.VerificationMessageTemplate).toEqual({ DefaultEmailOption: "CONFIRM_WITH_CODE", EmailMessage: "Code {####}", EmailSubject: "Your code" });
    expect(pool?.EmailVerificationMessage).toBe("Code {####}");
    expect(pool?.SmsVerificationMessage).toBeUndefined();
  });

  test.each([
    [{ AliasAttributes: ["email" as const], UsernameAttributes: ["email" as const] }, "Only one of the aliasAttributes or usernameAttributes can be set in a User Pool"],
    [{ Schema: [{ Name: "tenant", Required: true }] }, "Required custom attributes are not supported currently."],
    [{ UserPoolTags: { "aws:owner": "me" } }, "Tag key aws:owner uses the reserved prefix aws:."],
  ])("refuses conflicting members with InvalidParameterException (%#, INFERRED/UNKNOWN texts)", async (input, message) => {
    const error = await failure(client.send(new CreateUserPoolCommand({ PoolName: "bad", ...input })));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toBe(message);
    expect(mock.state.pools.size).toBe(0);
  });

  test("checks AttributesRequireVerificationBeforeUpdate against AutoVerifiedAttributes (CONFIRMED)", async () => {
    const error = await failure(
      client.send(new CreateUserPoolCommand({ PoolName: "v", UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] } })),
    );
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toBe("All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes");
  });
});
