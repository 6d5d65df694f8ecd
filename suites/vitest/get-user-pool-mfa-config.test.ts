import { conformanceFile } from "./define.ts";

conformanceFile("GetUserPoolMfaConfig", (c) => c.operation === "GetUserPoolMfaConfig" && c.suite !== "protocol");
