// The control API's simulated sign-in (mocks/risk/sign-in.ts, ~40 modules of sign-in, risk and tokens), held once
// per process: mocks/core.ts (in-process use, where control.signIn answers synchronously) provides it at import;
// `serve`, built on mocks/mock-core.ts, loads it on its first /_mock/ request instead of at start (issue 21).
import type { OperationContext } from "../context.ts";
import type { SignInRequest, SignInResult } from "../risk/sign-in.ts";

type SimulateSignIn = (context: OperationContext, request: SignInRequest) => SignInResult;

let simulate: SimulateSignIn | undefined;

export function provideSignIn(implementation: SimulateSignIn): void {
  simulate = implementation;
}

export async function loadSignIn(): Promise<void> {
  simulate ??= (await import("../risk/sign-in.ts")).simulateSignIn;
}

export function simulateSignIn(context: OperationContext, request: SignInRequest): SignInResult {
  if (!simulate) throw new Error("control.signIn has not loaded yet: await mock.loadControl() (or loadOperations()) first, or create the mock with createMockCore");
  return simulate(context, request);
}
