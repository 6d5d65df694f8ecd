import { conformanceFile } from "./define.ts";

conformanceFile("AdminDeleteUser", (c) => c.operation === "AdminDeleteUser" && c.suite !== "protocol");
