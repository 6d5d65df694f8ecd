import { conformanceFile } from "./define.ts";

conformanceFile("DeleteUserPoolClient", (c) => c.operation === "DeleteUserPoolClient" && c.suite !== "protocol");
