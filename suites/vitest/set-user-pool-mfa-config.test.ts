import { conformanceFile } from "./define.ts";

conformanceFile("SetUserPoolMfaConfig", (c) => c.operation === "SetUserPoolMfaConfig" && c.suite !== "protocol");
