import { conformanceFile } from "./define.ts";

conformanceFile("AdminCreateUser", (c) => c.operation === "AdminCreateUser" && c.suite !== "protocol");
