// Under serve: a trigger's ARN is invoked through the Lambda Invoke API with the AWS SDK v3 Lambda client, at the
// endpoint the SDK resolves by its own conventions (AWS_ENDPOINT_URL_LAMBDA, else AWS_ENDPOINT_URL), so any Lambda
// emulator serves. Never the real AWS: without one of those variables (or with AWS_IGNORE_CONFIGURED_ENDPOINT_URLS)
// nothing is invoked and the trigger fails as AWS's AccessDenied case. The SDK is loaded on the first invocation.
import type { InvokeOutcome, TriggerRuntime } from "./runtime.ts";

type LambdaModule = typeof import("@aws-sdk/client-lambda");

/** Whether the environment names a Lambda endpoint of its own (the only case the mock invokes anything). */
export function lambdaEndpointConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === "true") return false;
  return Boolean(env.AWS_ENDPOINT_URL_LAMBDA || env.AWS_ENDPOINT_URL);
}

const regionOfArn = (arn: string) => (arn.startsWith("arn:") ? arn.split(":")[3] : undefined);

export function lambdaApiRuntime(defaultRegion = "us-east-1"): TriggerRuntime {
  let sdk: Promise<LambdaModule> | undefined;
  const clients = new Map<string, InstanceType<LambdaModule["LambdaClient"]>>();
  return {
    async invoke(arn, _trigger, event, timeoutMs): Promise<InvokeOutcome> {
      if (!lambdaEndpointConfigured()) return { kind: "denied" };
      const { LambdaClient, InvokeCommand } = await (sdk ??= import("@aws-sdk/client-lambda"));
      const region = regionOfArn(arn) || defaultRegion;
      let client = clients.get(region);
      if (!client) {
        // Emulators take any credentials; the default chain would look further (instance metadata) when none are set.
        const credentials = process.env.AWS_ACCESS_KEY_ID ? undefined : { accessKeyId: "cognito-conformance", secretAccessKey: "cognito-conformance" };
        client = new LambdaClient({ region, maxAttempts: 1, ...(credentials && { credentials }) });
        clients.set(region, client);
      }
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), timeoutMs);
      try {
        const out = await client.send(new InvokeCommand({ FunctionName: arn, InvocationType: "RequestResponse", Payload: new TextEncoder().encode(JSON.stringify(event)) }), { abortSignal: abort.signal });
        const payload = out.Payload ? new TextDecoder().decode(out.Payload) : "null";
        if (out.FunctionError) return { kind: "function-error", message: errorMessageOf(payload) };
        return { kind: "answer", payload };
      } catch (e) {
        if (abort.signal.aborted) return { kind: "timeout" };
        const name = (e as Error).name;
        if (name === "ResourceNotFoundException" || name === "AccessDeniedException") return { kind: "denied" };
        return { kind: "invoke-error", code: name || "ServiceException" };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Lambda's error payload is `{"errorMessage", "errorType", ...}`; anything else is passed on as it came. */
function errorMessageOf(payload: string): string {
  try {
    const parsed = JSON.parse(payload) as { errorMessage?: unknown };
    if (typeof parsed?.errorMessage === "string") return parsed.errorMessage;
  } catch {
    // not JSON
  }
  return payload;
}
