import { conformanceFile } from "./define.ts";

conformanceFile("DeleteUserPool", (c) => c.operation === "DeleteUserPool" && c.suite !== "protocol");
