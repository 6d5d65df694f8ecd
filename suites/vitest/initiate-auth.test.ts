import { conformanceFile } from "./define.ts";

conformanceFile("InitiateAuth", (c) => c.operation === "InitiateAuth" && c.suite !== "protocol");
