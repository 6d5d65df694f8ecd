import { conformanceFile } from "./define.ts";

conformanceFile("SignUp", (c) => c.operation === "SignUp" && c.suite !== "protocol");
