import { conformanceFile } from "./define.ts";

conformanceFile("CreateUserPoolClient", (c) => c.operation === "CreateUserPoolClient" && c.suite !== "protocol");
