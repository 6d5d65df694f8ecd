import { conformanceFile } from "./define.ts";

conformanceFile("AdminInitiateAuth", (c) => c.operation === "AdminInitiateAuth" && c.suite !== "protocol");
