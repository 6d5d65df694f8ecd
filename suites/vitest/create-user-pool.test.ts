import { conformanceFile } from "./define.ts";

conformanceFile("CreateUserPool", (c) => c.operation === "CreateUserPool" && c.suite !== "protocol");
