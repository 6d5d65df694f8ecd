import { conformanceFile } from "./define.ts";

conformanceFile("ConfirmSignUp", (c) => c.operation === "ConfirmSignUp" && c.suite !== "protocol");
