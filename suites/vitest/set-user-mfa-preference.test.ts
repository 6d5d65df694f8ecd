import { conformanceFile } from "./define.ts";

conformanceFile("SetUserMFAPreference", (c) => c.operation === "SetUserMFAPreference" && c.suite !== "protocol");
