// Where an event's address and device come from (mocks/risk/address.ts, aws-behavior.md §11).
import { describe, expect, test } from "vitest";
import { decodeEncodedData, deviceNameFromUserAgent, resolveAddress } from "../risk/address.ts";

const caller = { sourceIp: "192.0.2.50", userAgent: "aws-sdk-js/3.1169.0 ua/2.1 os/linux#6.1 lang/js md/nodejs#20.20.2" };
const secretClient = { ClientSecret: "s3cr3t", EnablePropagateAdditionalUserContextData: true };

describe("the address", () => {
  test("admin flows: ContextData.IpAddress, and the end user's User-Agent from its HttpHeaders", () => {
    const contextData = {
      IpAddress: "203.0.113.7",
      ServerName: "app.example.com",
      ServerPath: "/login",
      HttpHeaders: [{ headerName: "User-Agent", headerValue: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36" }],
    };
    expect(resolveAddress({ caller, contextData })).toEqual({ ip: "203.0.113.7", deviceName: "Chrome 120, Windows" });
  });
  test("admin flows without ContextData: the caller's own address", () => {
    expect(resolveAddress({ caller }).ip).toBe("192.0.2.50");
  });
  test("public flows: UserContextData.IpAddress only for a client with a secret and EnablePropagateAdditionalUserContextData (DOC)", () => {
    const userContextData = { IpAddress: "203.0.113.8" };
    expect(resolveAddress({ caller, userContextData, client: secretClient }).ip).toBe("203.0.113.8");
    expect(resolveAddress({ caller, userContextData, client: { ClientSecret: "s3cr3t" } }).ip).toBe("192.0.2.50");
    expect(resolveAddress({ caller, userContextData, client: { EnablePropagateAdditionalUserContextData: true } }).ip).toBe("192.0.2.50");
    expect(resolveAddress({ caller, userContextData }).ip).toBe("192.0.2.50");
  });
  test("a dual-stack socket's IPv4-mapped address is recorded as IPv4", () => {
    expect(resolveAddress({ caller: { sourceIp: "::ffff:127.0.0.1" } }).ip).toBe("127.0.0.1");
    expect(resolveAddress({ caller: { sourceIp: "2001:db8::1" } }).ip).toBe("2001:db8::1");
  });
  test("the public flows' device name is the request's User-Agent", () => {
    expect(resolveAddress({ caller }).deviceName).toBe("aws-sdk-js 3, Linux");
    expect(resolveAddress({ caller: { sourceIp: "192.0.2.1" } })).toEqual({ ip: "192.0.2.1" });
  });
});

describe("EncodedData", () => {
  test("our JSON convention (plain or base64) names the device and place; it wins over the User-Agent; kept for risk rules", () => {
    const json = JSON.stringify({ DeviceName: "Pixel 8", City: "Lyon", Country: "France", Timezone: "+01:00" });
    const expected = { ip: "203.0.113.8", deviceName: "Pixel 8", city: "Lyon", country: "France", timezone: "+01:00" };
    expect(resolveAddress({ caller, userContextData: { IpAddress: "203.0.113.8", EncodedData: json }, client: secretClient })).toEqual({ ...expected, encodedData: json });
    const b64 = Buffer.from(json).toString("base64");
    expect(resolveAddress({ caller, userContextData: { IpAddress: "203.0.113.8", EncodedData: b64 }, client: secretClient })).toEqual({ ...expected, encodedData: b64 });
  });
  test("anything else is opaque: no fields, and the User-Agent names the device", () => {
    expect(decodeEncodedData("eyJwYXlsb2FkIjoi-opaque")).toEqual({});
    expect(decodeEncodedData("{not json")).toEqual({});
    expect(decodeEncodedData(JSON.stringify({ DeviceName: 7 }))).toEqual({});
    expect(resolveAddress({ caller, userContextData: { EncodedData: "opaque-marker-1" } })).toEqual({ ip: "192.0.2.50", deviceName: "aws-sdk-js 3, Linux", encodedData: "opaque-marker-1" });
  });
});

describe("device names from User-Agents", () => {
  test.each([
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15", "Safari 17, Mac OS X"],
    ["Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", "Firefox 121, Linux"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91", "Edge 120, Windows"],
    ["Boto3/1.34.0 md/Botocore#1.34.0 ua/2.0 lang/python#3.11.4 cfg/retry-mode#legacy Botocore/1.34.0", "Boto3 1, Other"],
    ["aws-cli/2.15.0 md/awscrt#0.19.18 ua/2.0 os/linux#6.1.0 md/arch#x86_64 lang/python#3.11.6", "aws-cli 2, Linux"],
    ["curl", "curl, Other"],
  ])("%s -> %s", (ua, name) => {
    expect(deviceNameFromUserAgent(ua)).toBe(name);
  });
});

describe("the caller in the operation context", () => {
  test("in-process: the configured default (127.0.0.1 unless createCognitoMock({ defaultSourceIp }))", async () => {
    const { createCognitoMock } = await import("../index.ts");
    expect(createCognitoMock().context().caller).toEqual({ sourceIp: "127.0.0.1" });
    expect(createCognitoMock({ defaultSourceIp: "198.51.100.1" }).context().caller).toEqual({ sourceIp: "198.51.100.1" });
  });
});
