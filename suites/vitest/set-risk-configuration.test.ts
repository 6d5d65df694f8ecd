import { conformanceFile } from "./define.ts";

conformanceFile("SetRiskConfiguration", (c) => c.operation === "SetRiskConfiguration" && c.suite !== "protocol");
