import { conformanceFile } from "./define.ts";

conformanceFile("AdminUpdateAuthEventFeedback", (c) => c.operation === "AdminUpdateAuthEventFeedback" && c.suite !== "protocol");
