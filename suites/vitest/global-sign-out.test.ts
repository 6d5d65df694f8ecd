import { conformanceFile } from "./define.ts";

conformanceFile("GlobalSignOut", (c) => c.operation === "GlobalSignOut" && c.suite !== "protocol");
