import { otherOperationsFile } from "./define.ts";

otherOperationsFile(3, 4);
