import { conformanceFile } from "./define.ts";

conformanceFile("DescribeUserPool", (c) => c.operation === "DescribeUserPool" && c.suite !== "protocol");
