import { conformanceFile } from "./define.ts";

conformanceFile("AdminSetUserPassword", (c) => c.operation === "AdminSetUserPassword" && c.suite !== "protocol");
