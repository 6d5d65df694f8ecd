import { conformanceFile } from "./define.ts";

conformanceFile("ChangePassword", (c) => c.operation === "ChangePassword" && c.suite !== "protocol");
