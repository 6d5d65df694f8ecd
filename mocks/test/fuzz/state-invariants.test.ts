// The invariant checker itself: silent on a sound state, and it notices each kind of damage it looks for.
import { afterEach, describe, expect, test } from "vitest";
import { createBaseline } from "./baseline.ts";
import { stateViolations } from "./state-invariants.ts";

const fresh = () => createBaseline(7).mock.state;
const firstPool = (state: ReturnType<typeof fresh>) => [...state.pools.values()][0];

describe("state invariant checker", () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  test("a sound baseline has no violations", () => {
    expect(stateViolations(fresh())).toEqual([]);
  });

  test("notices prototype pollution", () => {
    (Object.prototype as Record<string, unknown>).polluted = "yes";
    expect(stateViolations(fresh()).join("\n")).toMatch(/Object.prototype gained a property[\s\S]*\(\{\}\)\.polluted is defined/);
  });

  test("notices an object with a foreign prototype inside the state", () => {
    const state = fresh();
    Object.setPrototypeOf(firstPool(state).pool.UserPoolTags ?? (firstPool(state).pool.UserPoolTags = {}), { isAdmin: true });
    expect(stateViolations(state).join("\n")).toMatch(/UserPoolTags has a foreign prototype/);
  });

  test("notices ids that disagree with their keys, dangling client configurations and wrong counts", () => {
    const state = fresh();
    const record = firstPool(state);
    record.pool.Id = "us-east-1_other";
    record.clientRisk.set("gone", { LastModifiedDate: 1 });
    record.pool.EstimatedNumberOfUsers = 99;
    const text = stateViolations(state).join("\n");
    expect(text).toContain("stored under another id");
    expect(text).toContain("risk configuration for missing client gone");
    expect(text).toContain("EstimatedNumberOfUsers 99");
  });

  test("notices a user without a unique sub and a repeated event id", () => {
    const state = fresh();
    const [alice, bob] = [...firstPool(state).users.values()];
    bob.user.Attributes = alice.user.Attributes;
    bob.events.push(alice.events[0]);
    const text = stateViolations(state).join("\n");
    expect(text).toContain("has no unique sub");
    expect(text).toMatch(/event id .* missing or repeated/);
  });

  test("notices state the persistence format cannot carry", () => {
    const state = fresh();
    (firstPool(state).pool as Record<string, unknown>).Extra = undefined;
    expect(stateViolations(state).join("\n")).toContain("state does not survive its persistence format unchanged");
  });
});
