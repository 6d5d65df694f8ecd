import { conformanceFile } from "./define.ts";

conformanceFile("AdminConfirmSignUp", (c) => c.operation === "AdminConfirmSignUp" && c.suite !== "protocol");
