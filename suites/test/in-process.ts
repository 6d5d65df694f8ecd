// A transport that hands signed requests to an in-process mock, so the aws target and sweep can be exercised
// without the network.
import type { CognitoMock } from "../../mocks/index.ts";
import type { Answer } from "../harness/target.ts";
import type { SignedRequest } from "../targets/signing.ts";
import { lowerCaseHeaders } from "../targets/signing.ts";

export function inProcessTransport(mock: CognitoMock, options: { throttleFirst?: number } = {}) {
  let throttled = 0;
  const calls: string[] = [];
  const transport = async (signed: SignedRequest): Promise<Answer> => {
    const headers = lowerCaseHeaders(signed.headers);
    const operation = headers["x-amz-target"]?.split(".")[1] ?? "";
    calls.push(operation);
    if (throttled < (options.throttleFirst ?? 0)) {
      throttled++;
      return { status: 400, headers: { "x-amzn-errortype": "TooManyRequestsException:" }, body: '{"__type":"TooManyRequestsException","message":"Rate exceeded"}' };
    }
    const response = await mock.dispatch({ method: signed.method, url: signed.url, headers, body: signed.body });
    return { status: response.status, headers: lowerCaseHeaders(response.headers), body: response.body };
  };
  return { transport, calls };
}
