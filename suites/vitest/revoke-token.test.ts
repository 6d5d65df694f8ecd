import { conformanceFile } from "./define.ts";

conformanceFile("RevokeToken", (c) => c.operation === "RevokeToken" && c.suite !== "protocol");
