// headersOf: request headers as node's `req.headers` would give them (lower-case names, node's rules for repeats),
// also once its cache of lower-cased names is full.
import { expect, test } from "vitest";
import { headersOf } from "../server/headers.ts";

test("names are lower-cased; a repeated header joins with ', ' (cookie with '; '), except those where node keeps the first", () => {
  const raw = ["X-Amz-Target", "A.B", "Accept", "a", "ACCEPT", "b", "Cookie", "x=1", "cookie", "y=2", "Host", "one", "host", "two", "User-Agent", "ua"];
  expect(headersOf(raw)).toEqual({ "x-amz-target": "A.B", accept: "a, b", cookie: "x=1; y=2", host: "one", "user-agent": "ua" });
});

test("past the cache's bound, names are still lower-cased", () => {
  for (let i = 0; i < 1_100; i++) headersOf([`X-Custom-${i}`, "v"]);
  expect(headersOf(["X-Custom-Past-The-Bound", "v", "Content-Type", "t"])).toEqual({ "x-custom-past-the-bound": "v", "content-type": "t" });
});
