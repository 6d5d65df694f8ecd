import { conformanceFile } from "./define.ts";

conformanceFile("AdminListUserAuthEvents", (c) => c.operation === "AdminListUserAuthEvents" && c.suite !== "protocol");
