import { conformanceFile } from "./define.ts";

conformanceFile("GetUser", (c) => c.operation === "GetUser" && c.suite !== "protocol");
