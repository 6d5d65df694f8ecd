// The derivation's context merge: the member under test keeps its probed value, everything around it comes from the
// context row (so a probed map entry sits beside USERNAME and PASSWORD, a probed member beside valid siblings).
import { describe, expect, test } from "vitest";
import { mergeContext } from "../cases/constraints/derive.ts";

describe("mergeContext", () => {
  test("a map: the probed entry beside the context's", () => {
    expect(mergeContext({ USERNAME: "u", PASSWORD: "p" }, { "": "x" }, ["AuthParameters{key}"])).toEqual({ USERNAME: "u", PASSWORD: "p", "": "x" });
  });
  test("a structure: the probed member beside the context's siblings, which win over generated fillers", () => {
    const context = { IpAddress: "198.51.100.1", ServerName: "example.com" };
    expect(mergeContext(context, { IpAddress: "aaaaaaaa", ServerName: "" }, ["ContextData", "ServerName"])).toEqual({ IpAddress: "198.51.100.1", ServerName: "" });
  });
  test("a list, or the member itself, is the probe's", () => {
    expect(mergeContext({ HttpHeaders: [] }, { HttpHeaders: [{ headerName: "" }] }, ["ContextData", "HttpHeaders[]", "headerName"])).toEqual({ HttpHeaders: [{ headerName: "" }] });
    expect(mergeContext("context", "probe", ["ClientId"])).toBe("probe");
  });
});
