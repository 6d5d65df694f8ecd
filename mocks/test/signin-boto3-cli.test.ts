// boto3 and the AWS CLI (botocore's own serializers, SigV4 for the admin flow, unsigned public flows) sign in
// against `serve`: ADMIN_USER_PASSWORD_AUTH, USER_PASSWORD_AUTH with and without a client secret (SECRET_HASH
// computed here the way AWS documents it, §9), a wrong password, and the NEW_PASSWORD_REQUIRED challenge answered
// with (Admin)RespondToAuthChallenge. The scripts print shapes and flags, never the tokens themselves.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { awsCli, hasAws, hasBoto3, runPython } from "./real-clients.ts";
import { createSignInPool, createSignInUser, NEW_PASSWORD, PASSWORD, startSignInServer, TEMPORARY_PASSWORD, type PoolSetup, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
let plain: PoolSetup;
let secret: PoolSetup;
beforeAll(async () => {
  world = await startSignInServer(64);
  plain = await createSignInPool(world.sdk);
  secret = await createSignInPool(world.sdk, { secret: true });
  await Promise.all([
    createSignInUser(world.sdk, plain.poolId, "bob"),
    createSignInUser(world.sdk, plain.poolId, "fresh-boto", { permanent: false }),
    createSignInUser(world.sdk, plain.poolId, "fresh-cli", { permanent: false }),
    createSignInUser(world.sdk, secret.poolId, "bob"),
  ]);
});
afterAll(() => world?.close());

// One python process for every boto3 call: each summary names its step. Secrets and passwords come in on stdin.
const BOTO3 = String.raw`
import base64, hashlib, hmac, json, sys, boto3, botocore.exceptions
a = json.load(sys.stdin)
c = boto3.client("cognito-idp", endpoint_url=a["url"], region_name="us-east-1", aws_access_key_id="AKIDBOTO", aws_secret_access_key="boto-secret")
def tokens(r):
    t = r.get("AuthenticationResult") or {}
    return {"challenge": r.get("ChallengeName"), "keys": sorted(t), "type": t.get("TokenType"), "expires": t.get("ExpiresIn"),
            "jwt": all(len(t.get(k, "").split(".")) == n for k, n in (("AccessToken", 3), ("IdToken", 3), ("RefreshToken", 5)))}
def attempt(step, call):
    try:
        out[step] = call()
    except botocore.exceptions.ClientError as e:
        out[step] = {"error": e.response["Error"]["Code"], "message": e.response["Error"]["Message"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}
out = {}
p, s = a["plain"], a["secret"]
attempt("admin", lambda: tokens(c.admin_initiate_auth(UserPoolId=p["poolId"], ClientId=p["clientId"], AuthFlow="ADMIN_USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": a["password"]})))
attempt("public", lambda: tokens(c.initiate_auth(ClientId=p["clientId"], AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": a["password"]})))
attempt("wrong", lambda: tokens(c.initiate_auth(ClientId=p["clientId"], AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": a["password"] + "x"})))
h = base64.b64encode(hmac.new(s["clientSecret"].encode(), ("bob" + s["clientId"]).encode(), hashlib.sha256).digest()).decode()
attempt("secret", lambda: tokens(c.initiate_auth(ClientId=s["clientId"], AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": a["password"], "SECRET_HASH": h})))
attempt("noSecretHash", lambda: tokens(c.initiate_auth(ClientId=s["clientId"], AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": a["password"]})))
attempt("badSecretHash", lambda: tokens(c.initiate_auth(ClientId=s["clientId"], AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": a["password"], "SECRET_HASH": h[::-1]})))
r = c.admin_initiate_auth(UserPoolId=p["poolId"], ClientId=p["clientId"], AuthFlow="ADMIN_USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "fresh-boto", "PASSWORD": a["temporary"]})
out["challenge"] = {"name": r.get("ChallengeName"), "sessionPrefix": r.get("Session", "")[:5], "params": r.get("ChallengeParameters")}
attempt("answer", lambda: tokens(c.admin_respond_to_auth_challenge(UserPoolId=p["poolId"], ClientId=p["clientId"], ChallengeName="NEW_PASSWORD_REQUIRED", Session=r["Session"], ChallengeResponses={"USERNAME": "fresh-boto", "NEW_PASSWORD": a["newPassword"]})))
attempt("reused", lambda: tokens(c.admin_respond_to_auth_challenge(UserPoolId=p["poolId"], ClientId=p["clientId"], ChallengeName="NEW_PASSWORD_REQUIRED", Session=r["Session"], ChallengeResponses={"USERNAME": "fresh-boto", "NEW_PASSWORD": a["newPassword"]})))
print(json.dumps(out))
`;

const SIGNED_IN = { challenge: null, keys: ["AccessToken", "ExpiresIn", "IdToken", "RefreshToken", "TokenType"], type: "Bearer", expires: 3600, jwt: true };

describe.skipIf(!hasBoto3)("boto3 against serve (needs python3 with boto3)", () => {
  let out: Record<string, any>;
  beforeAll(async () => {
    const run = await runPython(BOTO3, { url: world.url, plain, secret, password: PASSWORD, temporary: TEMPORARY_PASSWORD, newPassword: NEW_PASSWORD });
    expect(run.stderr).toBe("");
    out = JSON.parse(run.stdout);
  });

  test("ADMIN_USER_PASSWORD_AUTH and USER_PASSWORD_AUTH answer tokens in AWS's shape (§9)", () => {
    expect(out.admin).toEqual(SIGNED_IN);
    expect(out.public).toEqual(SIGNED_IN);
  });

  test("a wrong password: 400 NotAuthorizedException `Incorrect username or password.`", () => {
    expect(out.wrong).toEqual({ error: "NotAuthorizedException", message: "Incorrect username or password.", status: 400 });
  });

  test("a client with a secret: the right SECRET_HASH signs in, a missing or wrong one is refused with §9's texts", () => {
    expect(out.secret).toEqual(SIGNED_IN);
    expect(out.noSecretHash).toEqual({
      error: "NotAuthorizedException",
      message: `Client ${secret.clientId} is configured with secret but SECRET_HASH was not received`,
      status: 400,
    });
    expect(out.badSecretHash).toEqual({ error: "NotAuthorizedException", message: `Unable to verify secret hash for client ${secret.clientId}`, status: 400 });
  });

  test("NEW_PASSWORD_REQUIRED through AdminRespondToAuthChallenge: the challenge as §9 shows it, tokens, then the session is spent", () => {
    expect(out.challenge).toMatchObject({ name: "NEW_PASSWORD_REQUIRED", sessionPrefix: "AYABe", params: { USER_ID_FOR_SRP: "fresh-boto", requiredAttributes: "[]" } });
    expect(out.challenge.params).not.toHaveProperty("USERNAME");
    expect(JSON.parse(out.challenge.params.userAttributes)).toMatchObject({ email: "fresh-boto@example.com" });
    expect(out.answer).toEqual(SIGNED_IN);
    expect(out.reused).toEqual({ error: "NotAuthorizedException", message: "Invalid session for the user.", status: 400 });
  });
});

const aws = (args: string[]) => awsCli(world.url, args);

describe.skipIf(!hasAws)("the AWS CLI against serve (needs `aws` on PATH)", () => {
  test("initiate-auth USER_PASSWORD_AUTH answers tokens; a wrong password exits 255 with AWS's error line", async () => {
    const [ok, wrong] = await Promise.all([
      aws(["initiate-auth", "--client-id", plain.clientId, "--auth-flow", "USER_PASSWORD_AUTH", "--auth-parameters", `USERNAME=bob,PASSWORD=${PASSWORD}`]),
      aws(["initiate-auth", "--client-id", plain.clientId, "--auth-flow", "USER_PASSWORD_AUTH", "--auth-parameters", `USERNAME=bob,PASSWORD=${PASSWORD}x`]),
    ]);
    expect(ok.code).toBe(0);
    expect(Object.keys(ok.json.AuthenticationResult).sort()).toEqual(SIGNED_IN.keys);
    expect(ok.json.ChallengeParameters).toEqual({});
    expect(wrong.code).toBe(255);
    expect(wrong.stderr).toContain("An error occurred (NotAuthorizedException) when calling the InitiateAuth operation: Incorrect username or password.");
  });

  test("NEW_PASSWORD_REQUIRED: initiate-auth, then respond-to-auth-challenge with the session", async () => {
    const first = await aws(["initiate-auth", "--client-id", plain.clientId, "--auth-flow", "USER_PASSWORD_AUTH", "--auth-parameters", `USERNAME=fresh-cli,PASSWORD=${TEMPORARY_PASSWORD}`]);
    expect([first.code, first.json?.ChallengeName]).toEqual([0, "NEW_PASSWORD_REQUIRED"]);
    const answer = await aws([
      "respond-to-auth-challenge", "--client-id", plain.clientId, "--challenge-name", "NEW_PASSWORD_REQUIRED", "--session", first.json.Session,
      "--challenge-responses", `USERNAME=fresh-cli,NEW_PASSWORD=${NEW_PASSWORD}`,
    ]);
    expect(answer.code).toBe(0);
    expect(answer.json.AuthenticationResult.TokenType).toBe("Bearer");
  });
});
