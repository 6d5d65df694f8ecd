import { otherOperationsFile } from "./define.ts";

otherOperationsFile(2, 4);
