import { conformanceFile } from "./define.ts";

conformanceFile("ForgotPassword", (c) => c.operation === "ForgotPassword" && c.suite !== "protocol");
