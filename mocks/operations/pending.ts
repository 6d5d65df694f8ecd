// TEMPORARY (issue 9): the sign-in operations are in the spec before their implementations exist. Each is
// registered with this one function so that the Implementations table type-checks; branch i9-engine replaces
// every use with the real module and deletes this file.
import { AwsError } from "../protocol/errors.ts";

export function pendingImplementation(): never {
  throw new AwsError("InternalErrorException", "This operation is not implemented by the mock yet.");
}
