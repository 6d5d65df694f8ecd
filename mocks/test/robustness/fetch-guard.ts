// Loaded with `--import` into a child `cognito-conformance run --target aws` by the live-safety tests: requests
// for cognito-idp.<region>.amazonaws.com go to the local mock named by CC_TEST_REDIRECT instead, and anything
// else that is not 127.0.0.1 is refused, so a test can never reach AWS whatever the code under test does.
const redirect = process.env.CC_TEST_REDIRECT;
const original = globalThis.fetch;

globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.hostname === "127.0.0.1") return original(input, init);
  if (redirect && /^cognito-idp\.[a-z0-9-]+\.amazonaws\.com$/.test(url.hostname)) {
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).filter(([k]) => k.toLowerCase() !== "host"));
    return original(new URL(`${url.pathname}${url.search}`, redirect), { ...init, headers });
  }
  process.stderr.write(`fetch-guard: refused ${url.origin}\n`);
  return Promise.reject(new Error(`fetch-guard: refused ${url.origin}`));
};
