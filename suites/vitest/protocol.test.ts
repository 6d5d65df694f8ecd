import { conformanceFile } from "./define.ts";

conformanceFile("awsJson1_1 protocol", (c) => c.suite === "protocol");
