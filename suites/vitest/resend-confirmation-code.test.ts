import { conformanceFile } from "./define.ts";

conformanceFile("ResendConfirmationCode", (c) => c.operation === "ResendConfirmationCode" && c.suite !== "protocol");
