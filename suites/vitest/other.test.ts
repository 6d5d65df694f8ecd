import { conformanceFile, OPERATION_FILES } from "./define.ts";

conformanceFile("other operations", (c) => c.suite !== "protocol" && !OPERATION_FILES.includes(c.operation));
