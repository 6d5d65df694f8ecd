// The one error type operations throw; the dispatcher turns it into the AWS wire answer.

export class AwsError extends Error {
  /** The short error name sent as `__type`, e.g. `ResourceNotFoundException`. */
  readonly type: string;
  /** The message; undefined for errors AWS sends without one (SerializationException). */
  readonly awsMessage?: string;
  readonly status: number;

  constructor(type: string, awsMessage?: string, status: number = type === "InternalErrorException" ? 500 : 400) {
    // An AwsError is an answer, not a bug: capturing a stack trace for each one cost ~10 µs per error answered
    // (a profile of serve under load showed it as the largest item on the error path).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(awsMessage ? `${type}: ${awsMessage}` : type);
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.type = type;
    this.awsMessage = awsMessage;
    this.status = status;
    this.name = "AwsError";
  }
}

export const isAwsError = (e: unknown): e is AwsError => e instanceof AwsError;

// Messages confirmed on the real service (shared/reference/aws-behavior.md §3, §4) or chosen and documented in
// mocks/README.md. Keeping them here means one place per message.
export const errors = {
  poolNotFound: (id: string) => new AwsError("ResourceNotFoundException", `User pool ${id} does not exist.`),
  clientNotFound: (id: string) => new AwsError("ResourceNotFoundException", `User pool client ${id} does not exist.`),
  userNotFound: () => new AwsError("UserNotFoundException", "User does not exist."),
  invalidParameter: (message: string) => new AwsError("InvalidParameterException", message),
  missingAuthenticationToken: () => new AwsError("MissingAuthenticationTokenException", "Missing Authentication Token"),
  unrecognizedClient: () => new AwsError("UnrecognizedClientException", "The security token included in the request is invalid."),
  invalidSignature: () =>
    new AwsError(
      "InvalidSignatureException",
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
    ),
  unknownOperation: () => new AwsError("UnknownOperationException"),
  serialization: (message?: string) => new AwsError("SerializationException", message),
  throttled: (message = "Rate exceeded") => new AwsError("TooManyRequestsException", message),
  internal: () => new AwsError("InternalErrorException", "Internal server error"),
  featureUnavailableInTier: (tier: string, features: string[]) =>
    new AwsError("FeatureUnavailableInTierException", `The following features need to be disabled for the ${tier} pricing tier configured: ${features.join(", ")}`),
  deletionProtected: () =>
    new AwsError(
      "InvalidParameterException",
      "The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.",
    ),
  /** CONFIRMED (aws-behavior.md §12.3). */
  groupNotFound: () => new AwsError("ResourceNotFoundException", "Group not found."),
  /** Text UNKNOWN (§12.3): the mock's choice, documented in mocks/README.md. */
  groupExists: (name: string) => new AwsError("GroupExistsException", `A group with the name ${name} already exists.`),
  usernameExists: () => new AwsError("UsernameExistsException", "User account already exists"),
};
