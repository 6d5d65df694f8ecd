import { conformanceFile } from "./define.ts";

conformanceFile("UpdateUserPool", (c) => c.operation === "UpdateUserPool" && c.suite !== "protocol");
