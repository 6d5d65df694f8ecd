import { otherOperationsFile } from "./define.ts";

otherOperationsFile(1, 4);
