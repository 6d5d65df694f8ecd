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

/**
 * A refused operation still does the work it left (a blocked sign-in's takeover notification to a custom email
 * sender), then is refused as it was; that work's own failures are dropped, the refusal is what the caller gets.
 */
function settleThenRethrow(ctx: OperationContext, error: unknown): never | Promise<never> {
  const tasks = ctx.deferred;
  if (!tasks?.length) throw error;
  ctx.deferred = undefined;
  return tasks.reduce((chain, task) => chain.then(task).catch(() => {}), Promise.resolve()).then(() => Promise.reject(error));
}

/** `run` whose answer waits for the work it leaves, also when it is refused (the core wraps each operation as it loads). */
export function withDeferredWork<O extends OperationName>(run: Implementation<O, OperationContext>): Implementation<O, OperationContext> {
  return (input, ctx) => {
    let output;
    try {
      output = run(input, ctx);
    } catch (e) {
      return settleThenRethrow(ctx, e);
    }
    if (output instanceof Promise) return output.then((value) => settleDeferred(ctx, value), (e: unknown) => settleThenRethrow(ctx, e));
    return ctx.deferred ? settleDeferred(ctx, output) : output;
  };
}
