// Operations of the model that the mock does not emulate yet. Each answers the typed NotImplementedException (501,
// a protocol error of the spec) after authentication and validation, so a request the model refuses still gets
// AWS's error and nothing ever answers a made-up success. The table names the issue that makes each one stateful;
// the type below makes it list exactly the operations without a module, so it cannot go stale.
import type { OperationName } from "../../generated/operations.ts";
import { AwsError } from "../protocol/errors.ts";

/** Who takes the operation: the issue that makes it stateful (mocks/README.md "Not emulated yet"). */
export type Plan = `issue ${number} (${string})`;

/** HTTP 501 Not Implemented: the SDKs do not retry it, and the suites read it as "not emulated". */
const NOT_IMPLEMENTED_STATUS = 501;

export const notImplementedError = (operation: string) =>
  new AwsError(
    "NotImplementedException",
    `The mock does not emulate ${operation} yet: it answers this error instead of a made-up success (see mocks/README.md).`,
    NOT_IMPLEMENTED_STATUS,
  );

/** An implementation that only answers the not-implemented error. */
export const notImplemented = (operation: OperationName) => (): never => {
  throw notImplementedError(operation);
};
