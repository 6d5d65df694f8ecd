import { conformanceFile } from "./define.ts";

conformanceFile("GetTokensFromRefreshToken", (c) => c.operation === "GetTokensFromRefreshToken" && c.suite !== "protocol");
