import { conformanceFile } from "./define.ts";

conformanceFile("AdminSetUserMFAPreference", (c) => c.operation === "AdminSetUserMFAPreference" && c.suite !== "protocol");
