import { conformanceFile } from "./define.ts";

conformanceFile("AdminRespondToAuthChallenge", (c) => c.operation === "AdminRespondToAuthChallenge" && c.suite !== "protocol");
