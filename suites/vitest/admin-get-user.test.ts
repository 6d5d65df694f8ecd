import { conformanceFile } from "./define.ts";

conformanceFile("AdminGetUser", (c) => c.operation === "AdminGetUser" && c.suite !== "protocol");
