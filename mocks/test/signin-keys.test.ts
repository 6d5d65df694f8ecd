// Where pools' keys come from (docs/sign-in.md, "Keys"): pools of one mock never share a key; a fresh or reset mock
// takes the sets earlier mocks took (so its first sign-in finds them ready); `keys: "unique"` never repeats a set.
import { CognitoIdentityProviderClient, CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect, test } from "vitest";
import { createMockCore, type CognitoMockCore } from "../core.ts";
import { jwksAnswer } from "../signin/jwks-route.ts";

const credentials = { accessKeyId: "AKIDKEYS", secretAccessKey: "keys-secret" };

/** The kids of `pools` new pools of `mock`, each pool's two published keys. */
async function kidsOfNewPools(mock: CognitoMockCore, pools: number): Promise<string[][]> {
  const client = new CognitoIdentityProviderClient({ region: "eu-west-1", credentials, maxAttempts: 1, requestHandler: mock.requestHandler });
  const kids: string[][] = [];
  for (let i = 0; i < pools; i++) {
    const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: `p${i}` }));
    const answer = jwksAnswer(mock.context(), `/${UserPool!.Id}/.well-known/jwks.json`)!;
    kids.push(JSON.parse(answer.body).keys.map((k: { kid: string }) => k.kid));
  }
  return kids;
}

test("pools of one mock never share a key; a fresh mock and a reset one take the same sets again, in order", async () => {
  const mock = createMockCore({ seed: 1 });
  const [a, b] = await kidsOfNewPools(mock, 2);
  expect(new Set([...a, ...b]).size).toBe(4);
  expect(await kidsOfNewPools(createMockCore({ seed: 2 }), 1)).toEqual([a]);
  mock.reset();
  expect(await kidsOfNewPools(mock, 2)).toEqual([a, b]);
});

test('keys: "unique": no pool of the process shares a set with another, whatever its mock', async () => {
  const shared = (await kidsOfNewPools(createMockCore({ seed: 3 }), 1))[0];
  const first = (await kidsOfNewPools(createMockCore({ seed: 3, keys: "unique" }), 1))[0];
  const second = (await kidsOfNewPools(createMockCore({ seed: 3, keys: "unique" }), 1))[0];
  expect(new Set([...shared, ...first, ...second]).size).toBe(6);
});

test("a mock that restores pools holding stock sets (a state file of an earlier process or mock) gives new pools other sets", async () => {
  const first = createMockCore({ seed: 4 });
  const [held] = await kidsOfNewPools(first, 1);
  const restored = createMockCore({ seed: 4 });
  restored.restore(first.state, 0);
  const [fresh] = await kidsOfNewPools(restored, 1);
  expect(fresh.some((kid) => held.includes(kid))).toBe(false);
});
