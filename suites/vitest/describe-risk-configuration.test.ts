import { conformanceFile } from "./define.ts";

conformanceFile("DescribeRiskConfiguration", (c) => c.operation === "DescribeRiskConfiguration" && c.suite !== "protocol");
