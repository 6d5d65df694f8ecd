// The three authentication kinds of the spec at the HTTP level: sigv4 operations refuse an unsigned call before
// anything else; none and access-token operations take it (the operation checks the token), so an unsigned body
// that is not a JSON object reaches the parser. Independent of the implementations, which run after both.
import { describe, expect, test } from "vitest";
import { OPERATIONS, type OperationMeta } from "../../generated/operations.ts";
import { createCognitoMock } from "../index.ts";

const mock = createCognitoMock({ seed: 9 });
const unsigned = async (meta: OperationMeta) => {
  const response = await mock.dispatch({
    method: "POST",
    url: "https://cognito-idp.us-east-1.amazonaws.com/",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": meta.target },
    body: "[]",
  });
  return { status: response.status, type: (JSON.parse(response.body) as { __type: string }).__type };
};
const byKind = (kind: OperationMeta["auth"]) => Object.values(OPERATIONS).filter((op) => op.auth === kind) as OperationMeta[];

describe("unsigned calls", () => {
  test.each(byKind("sigv4").map((op) => [op.name, op]))("%s (sigv4) is refused: MissingAuthenticationTokenException", async (_name, op) => {
    expect(await unsigned(op)).toEqual({ status: 400, type: "MissingAuthenticationTokenException" });
  });
  test.each([...byKind("none"), ...byKind("access-token")].map((op) => [op.name, op]))(
    "%s (no signature) is taken: a body that is not an object is SerializationException",
    async (_name, op) => {
      expect(await unsigned(op)).toEqual({ status: 400, type: "SerializationException" });
    },
  );
  test("access-token operations name their token member", () => {
    expect(byKind("access-token").map((op) => [op.name, op.accessTokenMember])).toEqual(
      [
        "ChangePassword", "GetUser", "AssociateSoftwareToken", "VerifySoftwareToken", "SetUserMFAPreference", "GlobalSignOut",
        "CompleteWebAuthnRegistration", "ConfirmDevice", "DeleteUser", "DeleteUserAttributes", "DeleteWebAuthnCredential",
        "ForgetDevice", "GetDevice", "GetUserAttributeVerificationCode", "GetUserAuthFactors", "ListDevices",
        "ListWebAuthnCredentials", "SetUserSettings", "StartWebAuthnRegistration", "UpdateDeviceStatus", "UpdateUserAttributes",
        "VerifyUserAttribute",
      ]
        .sort((a, b) => Object.keys(OPERATIONS).indexOf(a) - Object.keys(OPERATIONS).indexOf(b))
        .map((name) => [name, "AccessToken"]),
    );
  });
});
