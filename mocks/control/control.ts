// The control API: what only the service itself can do (simulate a sign-in, show the mails it sent) and the
// mock's own knobs (faults, reset). The same object serves in-process tests and the HTTP `/_mock/` routes.
import type { OperationContext } from "../context.ts";
import type { FaultInjector, FaultSnapshot } from "../faults/injector.ts";
import type { FaultRule } from "../faults/rules.ts";
import type { OperationName } from "../../generated/operations.ts";
import { simulateSignIn, type SignInRequest, type SignInResult } from "../risk/sign-in.ts";
import type { MockState, Notification } from "../state.ts";

export interface ControlDeps {
  state: () => MockState;
  context: () => OperationContext;
  faults: FaultInjector;
  /** Forgets the state and restarts ids and the fault generator from the seed. */
  reset: () => void;
}

export interface MockControl {
  /** Simulates an authentication attempt; throws AwsError for bad input (unknown pool, client, user, bad IP). */
  signIn(request: SignInRequest): SignInResult;
  /** The notifications sent so far, oldest first; only one pool's, or one user's of it, when asked. */
  outbox(filter?: OutboxFilter): Notification[];
  faults: {
    set(rules: FaultRule | FaultRule[]): FaultSnapshot;
    preset(name: "cognito-quotas"): FaultSnapshot;
    clear(operations?: (OperationName | "*")[]): FaultSnapshot;
    list(): FaultSnapshot;
  };
  reset(): void;
  health(): { status: "ok"; pools: number };
}

/** Which notifications `outbox` shows: every one by default. */
export interface OutboxFilter {
  userPoolId?: string;
  username?: string;
}

export function createControl(deps: ControlDeps): MockControl {
  return {
    signIn: (request) => simulateSignIn(deps.context(), request),
    outbox: (filter = {}) =>
      deps.state().outbox.filter((n) => (filter.userPoolId === undefined || n.userPoolId === filter.userPoolId) && (filter.username === undefined || n.username === filter.username)),
    faults: {
      set: (rules) => deps.faults.set(rules),
      preset: (name) => deps.faults.applyPreset(name),
      clear: (operations) => deps.faults.clear(operations),
      list: () => deps.faults.snapshot(),
    },
    reset: deps.reset,
    health: () => ({ status: "ok", pools: deps.state().pools.size }),
  };
}
