// The generated validators on the sign-in members whose constraints are unusual: sensitive maps that carry
// passwords and SECRET_HASH, a sensitive structure, fixed-length codes, minimum session lengths and the token
// pattern. Bounds come from the spec's facts; the clause texts follow aws-behavior.md §2 and §9.
import { describe, expect, test } from "vitest";
import { check, fact, message } from "./validator-helpers.ts";

const CLIENT = "1example23456789abcdefghij";
const SECRET = "correct-horse-battery-staple";
const HASH = "nTd7bO2ZbzPQb3fkAtQ3ZbKO2FAkUXD3J3w6tbPCIPs=";

describe("AuthParameters and ChallengeResponses: sensitive maps of strings", () => {
  test.each([
    ["InitiateAuth", "AuthParameters"],
    ["AdminInitiateAuth", "AuthParameters"],
    ["RespondToAuthChallenge", "ChallengeResponses"],
    ["AdminRespondToAuthChallenge", "ChallengeResponses"],
  ] as const)("%s.%s is a sensitive map whose keys and values are StringType", (op, member) => {
    expect(fact(op, member).sensitive).toBe(true);
    expect(fact(op, `${member}{key}`)).toMatchObject({ min: 0, max: 131072 });
    expect(fact(op, `${member}{value}`)).toMatchObject({ min: 0, max: 131072 });
  });

  test("any key is accepted, SECRET_HASH and the SRP ones included: the operation, not the model, knows them", () => {
    const AuthParameters = { USERNAME: "alice", PASSWORD: SECRET, SECRET_HASH: HASH, SRP_A: "ab12", DEVICE_KEY: "k", anything: "" };
    expect(check("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: CLIENT, AuthParameters })).toBeUndefined();
  });

  test("an over-long value is refused on the map, without echoing the map (its password and SECRET_HASH)", () => {
    const { max } = fact("InitiateAuth", "AuthParameters{value}");
    const AuthParameters = { USERNAME: "alice", PASSWORD: SECRET, SECRET_HASH: HASH, SRP_A: "f".repeat(max! + 1) };
    const text = message("InitiateAuth", { AuthFlow: "USER_SRP_AUTH", ClientId: CLIENT, AuthParameters });
    expect(text).toBe(
      `InvalidParameterException: 1 validation error detected: Value at 'authParameters' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to ${max}]`,
    );
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(HASH);
  });

  test("ChallengeResponses: an over-long key is refused on the map, without the answer in the message", () => {
    const { max } = fact("RespondToAuthChallenge", "ChallengeResponses{key}");
    const ChallengeResponses = { USERNAME: "alice", NEW_PASSWORD: SECRET, ["k".repeat(max! + 1)]: "v" };
    const text = message("RespondToAuthChallenge", { ClientId: CLIENT, ChallengeName: "NEW_PASSWORD_REQUIRED", ChallengeResponses });
    expect(text).toContain(`Value at 'challengeResponses' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to ${max}]`);
    expect(text).not.toContain(SECRET);
  });

  test("a value that is not a string is a SerializationException", () => {
    expect(check("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: CLIENT, AuthParameters: { USERNAME: 5 } })?.type).toBe(
      "SerializationException",
    );
  });
});

describe("UserContextData: a sensitive structure", () => {
  test("its members' values are not echoed either", () => {
    expect(fact("InitiateAuth", "UserContextData").sensitive).toBe(true);
    const { max } = fact("InitiateAuth", "UserContextData.IpAddress");
    const ip = `203.0.113.7${"0".repeat(max!)}`;
    const text = message("InitiateAuth", { AuthFlow: "USER_SRP_AUTH", ClientId: CLIENT, UserContextData: { IpAddress: ip } });
    expect(text).toBe(
      `InvalidParameterException: 1 validation error detected: Value at 'userContextData.ipAddress' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
  });
});

describe("passwords: sensitive, no whitespace, at most 256; no minimum in the current model", () => {
  const base = { ClientId: CLIENT, Username: "alice" };
  test("whitespace and the maximum: value-less clauses at 'password'", () => {
    const { max, pattern } = fact("SignUp", "Password");
    expect(message("SignUp", { ...base, Password: "two words" })).toBe(
      `InvalidParameterException: 1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern}`,
    );
    expect(message("SignUp", { ...base, Password: "p".repeat(max! + 1) })).toBe(
      `InvalidParameterException: 1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
    expect(check("SignUp", { ...base, Password: "p".repeat(max!) })).toBeUndefined();
  });
  test("a 5-character password passes validation (PasswordType has no min; the pool's policy refuses it: spec/README.md)", () => {
    expect(fact("SignUp", "Password").min).toBeUndefined();
    expect(check("SignUp", { ...base, Password: "Ab1!x" })).toBeUndefined();
    expect(check("ConfirmForgotPassword", { ...base, ConfirmationCode: "123456", Password: "Ab1!x" })).toBeUndefined();
  });
  test("ChangePassword names both members lowerCamel, both value-less", () => {
    const text = message("ChangePassword", { AccessToken: "eyJ.a.b", PreviousPassword: "old pw", ProposedPassword: "new pw" });
    expect(text).toMatch(/^InvalidParameterException: 2 validation errors detected: /);
    expect(text).toContain("Value at 'previousPassword' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\S]+");
    expect(text).toContain("Value at 'proposedPassword' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\S]+");
  });
});

describe("codes, sessions and tokens", () => {
  test("VerifySoftwareToken.UserCode: exactly six digits", () => {
    const { min, max, pattern } = fact("VerifySoftwareToken", "UserCode");
    expect([min, max, pattern]).toEqual([6, 6, "[0-9]+"]);
    expect(check("VerifySoftwareToken", { UserCode: "012345" })).toBeUndefined();
    expect(message("VerifySoftwareToken", { UserCode: "01234" })).toBe(
      "InvalidParameterException: 1 validation error detected: Value at 'userCode' failed to satisfy constraint: Member must have length greater than or equal to 6",
    );
    expect(message("VerifySoftwareToken", { UserCode: "abcdef" })).toContain(
      "Value at 'userCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9]+",
    );
  });
  test("Session: at least 20 characters, sensitive", () => {
    const { min } = fact("RespondToAuthChallenge", "Session");
    const input = (Session: string) => ({ ClientId: CLIENT, ChallengeName: "SMS_MFA", Session });
    expect(check("RespondToAuthChallenge", input("s".repeat(min!)))).toBeUndefined();
    expect(message("RespondToAuthChallenge", input("s".repeat(min! - 1)))).toBe(
      `InvalidParameterException: 1 validation error detected: Value at 'session' failed to satisfy constraint: Member must have length greater than or equal to ${min}`,
    );
  });
  test("AccessToken: a JWT (base64url and dots) passes; base64 '+' or '/' does not, and is not echoed", () => {
    const jwt = "eyJraWQiOiJrIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiJhLWJfYyJ9.c2ln-_=";
    expect(check("GetUser", { AccessToken: jwt })).toBeUndefined();
    const text = message("GetUser", { AccessToken: "abc+def/ghi" });
    expect(text).toBe(
      `InvalidParameterException: 1 validation error detected: Value at 'accessToken' failed to satisfy constraint: Member must satisfy regular expression pattern: ${fact("GetUser", "AccessToken").pattern}`,
    );
  });
  test("SecretHash: base64 accepted, whitespace refused, value-less", () => {
    const base = { ClientId: CLIENT, Username: "alice", Password: SECRET };
    expect(check("SignUp", { ...base, SecretHash: HASH })).toBeUndefined();
    expect(message("SignUp", { ...base, SecretHash: "not base64" })).toContain("Value at 'secretHash' failed to satisfy constraint");
  });
  test("GetTokensFromRefreshToken.ClientSecret: at least 24 characters", () => {
    const { min } = fact("GetTokensFromRefreshToken", "ClientSecret");
    const input = (ClientSecret: string) => ({ RefreshToken: "eyJ.a.b", ClientId: CLIENT, ClientSecret });
    expect(check("GetTokensFromRefreshToken", input("s".repeat(min!)))).toBeUndefined();
    expect(message("GetTokensFromRefreshToken", input("s".repeat(min! - 1)))).toContain(
      `Value at 'clientSecret' failed to satisfy constraint: Member must have length greater than or equal to ${min}`,
    );
  });
  test("AuthFlow and ChallengeName are enums", () => {
    const flows = fact("InitiateAuth", "AuthFlow").enum!;
    expect(flows).toContain("USER_SRP_AUTH");
    expect(message("InitiateAuth", { AuthFlow: "user_srp_auth", ClientId: CLIENT })).toBe(
      `InvalidParameterException: 1 validation error detected: Value 'user_srp_auth' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set: [${flows.join(", ")}]`,
    );
    expect(fact("RespondToAuthChallenge", "ChallengeName").enum).toEqual(expect.arrayContaining(["PASSWORD_VERIFIER", "NEW_PASSWORD_REQUIRED", "MFA_SETUP", "SELECT_MFA_TYPE"]));
  });
});
