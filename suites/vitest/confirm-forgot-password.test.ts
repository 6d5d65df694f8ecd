import { conformanceFile } from "./define.ts";

conformanceFile("ConfirmForgotPassword", (c) => c.operation === "ConfirmForgotPassword" && c.suite !== "protocol");
