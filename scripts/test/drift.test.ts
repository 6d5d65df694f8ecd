// The spec against the AWS model, member by member (facts extracted by scripts/extract-model-facts.ts).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { diffFacts, type ApiFacts } from "../lib/facts.ts";
import { factsFromSpec } from "../lib/spec-facts.ts";
import { loadSpec, operationsOf } from "../lib/spec.ts";

const modelFacts = JSON.parse(readFileSync(new URL("../../spec/aws-model.facts.json", import.meta.url), "utf8")) as ApiFacts;
const doc = loadSpec();
const specFacts = factsFromSpec(doc);

describe("drift: spec vs AWS model", () => {
  test.each(operationsOf(doc).map((o) => o.name))("%s matches the model", (name) => {
    expect(modelFacts.operations[name], `${name} is missing from spec/aws-model.facts.json: run npm run extract-model`).toBeDefined();
    const one = (f: ApiFacts): ApiFacts => ({ ...f, operations: { [name]: f.operations[name] } });
    expect(diffFacts(one(modelFacts), one(specFacts))).toEqual([]);
  });

  test("the extract covers exactly the operations of the spec", () => {
    expect(Object.keys(modelFacts.operations).sort()).toEqual(Object.keys(specFacts.operations).sort());
  });

  test("the service facts agree", () => {
    expect(specFacts.service).toEqual(modelFacts.service);
  });
});

describe("the drift checker itself", () => {
  // Each mutation changes one fact in a copy of the spec; the checker must name the member and the difference.
  const mutate = (edit: (schemas: Record<string, any>, paths: Record<string, any>) => void) => {
    const copy = structuredClone(doc);
    edit(copy.components.schemas, copy.paths);
    return diffFacts(modelFacts, factsFromSpec(copy));
  };

  test("a changed length", () => {
    expect(mutate((s) => (s.UserPoolIdType.maxLength = 56))).toContain(
      "SetRiskConfiguration input UserPoolId: max is 56 in the spec, 55 in the AWS model",
    );
  });
  test("a changed pattern", () => {
    const diff = mutate((s) => (s.EventIdType.pattern = "[\\w]+"));
    expect(diff).toContain('UpdateAuthEventFeedback input EventId: pattern is "[\\\\w]+" in the spec, "[\\\\w+-]+" in the AWS model');
  });
  test("a dropped enum value", () => {
    const diff = mutate((s) => (s.AdvancedSecurityModeType.enum = ["OFF", "AUDIT"]));
    expect(diff.some((d) => d.startsWith("UpdateUserPool input UserPoolAddOns.AdvancedSecurityMode: enum is"))).toBe(true);
  });
  test("a member no longer required", () => {
    const diff = mutate((s) => (s.AccountTakeoverActionType.required = ["EventAction"]));
    expect(diff).toContain(
      "SetRiskConfiguration input AccountTakeoverRiskConfiguration.Actions.HighAction.Notify: required is (absent) in the spec, true in the AWS model",
    );
  });
  test("a changed list size", () => {
    expect(mutate((s) => (s.BlockedIPRangeListType.maxItems = 100))).toContain(
      "SetRiskConfiguration input RiskExceptionConfiguration.BlockedIPRangeList: max is 100 in the spec, 200 in the AWS model",
    );
  });
  test("a changed integer bound", () => {
    expect(mutate((s) => (s.QueryLimitType.maximum = 50))).toContain(
      "AdminListUserAuthEvents input MaxResults: max is 50 in the spec, 60 in the AWS model",
    );
  });
  test("a missing output member", () => {
    expect(mutate((s) => delete s.RiskConfigurationType.properties.LastModifiedDate)).toContain(
      "SetRiskConfiguration output RiskConfiguration.LastModifiedDate: member is in the AWS model only",
    );
  });
  test("an error dropped from an operation's list", () => {
    const diff = mutate((_s, paths) => {
      const op = paths["/#X-Amz-Target=AWSCognitoIdentityProviderService.SetRiskConfiguration"].post;
      op["x-aws-errors"] = op["x-aws-errors"].filter((e: string) => e !== "UserPoolAddOnNotEnabledException");
    });
    expect(diff).toContain("SetRiskConfiguration: errors missing from the spec: UserPoolAddOnNotEnabledException");
  });
  test("an access-token operation marked public", () => {
    const diff = mutate((_s, paths) => {
      const op = paths["/#X-Amz-Target=AWSCognitoIdentityProviderService.GetUser"].post;
      op["x-aws-auth"] = "none";
      delete op["x-aws-access-token-member"];
    });
    expect(diff).toContain('GetUser: auth is "none" in the spec, "access-token" in the AWS model');
    expect(diff).toContain('GetUser: accessTokenMember is (absent) in the spec, "AccessToken" in the AWS model');
  });
  test("a sensitive map no longer sensitive", () => {
    expect(mutate((s) => delete s.AuthParametersType["x-aws-sensitive"])).toContain(
      "InitiateAuth input AuthParameters: sensitive is (absent) in the spec, true in the AWS model",
    );
  });
  test("a sensitive marker removed", () => {
    expect(mutate((s) => delete s.UsernameType["x-aws-sensitive"])).toContain(
      "AdminCreateUser input Username: sensitive is (absent) in the spec, true in the AWS model",
    );
  });
});
