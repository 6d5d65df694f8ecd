import { conformanceFile } from "./define.ts";

conformanceFile("UpdateAuthEventFeedback", (c) => c.operation === "UpdateAuthEventFeedback" && c.suite !== "protocol");
