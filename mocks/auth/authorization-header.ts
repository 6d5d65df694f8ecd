// Parses `Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/cognito-idp/aws4_request,
// SignedHeaders=host;x-amz-date, Signature=<hex>`; a header missing parts gets IncompleteSignatureException
// with the wording AWS's front end uses for other awsJson services (INFERRED for Cognito).
import { AwsError, errors } from "../protocol/errors.ts";

export interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const ALGORITHM = "AWS4-HMAC-SHA256";

export function parseAuthorization(header: string): ParsedAuthorization | AwsError {
  if (!header.startsWith(`${ALGORITHM} `)) return errors.missingAuthenticationToken();
  const params = new Map<string, string>();
  for (const part of header.slice(ALGORITHM.length + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) params.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ["Credential", "Signature", "SignedHeaders"].filter((name) => !params.get(name));
  if (missing.length) {
    return new AwsError("IncompleteSignatureException", missing.map((name) => `Authorization header requires '${name}' parameter.`).join(" "));
  }
  const scope = params.get("Credential")!.split("/");
  if (scope.length !== 5 || scope[4] !== "aws4_request" || !scope[0]) {
    return new AwsError("IncompleteSignatureException", `Credential should be scoped with a valid terminator: 'aws4_request', not '${scope.at(-1)}'.`);
  }
  const [accessKeyId, date, region, service] = scope;
  return {
    accessKeyId,
    date,
    region,
    service,
    signedHeaders: params.get("SignedHeaders")!.toLowerCase().split(";").filter(Boolean),
    signature: params.get("Signature")!,
  };
}
