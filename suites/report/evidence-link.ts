// The reports link each fact id to its entry on docs/evidence.md, by a path relative to the report's folder: the
// page is in the repository (beside suites/) and in the package (beside dist/), so a clone and an install both follow.
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

// suites/report/ in the repository, dist/suites/report/ in the package.
const PAGE = ["../../docs/evidence.md", "../../../docs/evidence.md"].map((p) => fileURLToPath(new URL(p, import.meta.url))).find((p) => existsSync(p));

/** The page's address from a report folder, or undefined where the page is not there (then ids stay plain). */
export const evidencePageFrom = (reportDir: string): string | undefined => PAGE && relative(resolve(reportDir), PAGE).split(sep).join("/");
