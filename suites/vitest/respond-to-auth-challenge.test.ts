import { conformanceFile } from "./define.ts";

conformanceFile("RespondToAuthChallenge", (c) => c.operation === "RespondToAuthChallenge" && c.suite !== "protocol");
