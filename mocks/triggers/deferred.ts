// Work an operation leaves for after its synchronous part (message triggers, mocks/triggers/messages.ts): every
// implementation is wrapped once (as it loads) so its answer waits for that work; operations that leave none pay one check.
import type { OperationName } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import type { Implementation } from "../protocol/dispatch.ts";

export function settleDeferred<T>(ctx: OperationContext, value: T): T | Promise<T> {
  const tasks = ctx.deferred;
  if (!tasks?.length) return value;
  ctx.deferred = undefined;
  return tasks.reduce((chain, task) => chain.then(task), Promise.resolve()).then(() => settleDeferred(ctx, value));
}

/** `run` whose answer waits for the work it leaves (the core wraps each operation as it loads). */
export function withDeferredWork<O extends OperationName>(run: Implementation<O, OperationContext>): Implementation<O, OperationContext> {
  return (input, ctx) => {
    const output = run(input, ctx);
    if (output instanceof Promise) return output.then((value) => settleDeferred(ctx, value));
    return ctx.deferred ? settleDeferred(ctx, output) : output;
  };
}
