import { otherOperationsFile } from "./define.ts";

otherOperationsFile(4, 4);
