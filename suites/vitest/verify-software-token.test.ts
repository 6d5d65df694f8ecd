import { conformanceFile } from "./define.ts";

conformanceFile("VerifySoftwareToken", (c) => c.operation === "VerifySoftwareToken" && c.suite !== "protocol");
