import { conformanceFile } from "./define.ts";

conformanceFile("AssociateSoftwareToken", (c) => c.operation === "AssociateSoftwareToken" && c.suite !== "protocol");
