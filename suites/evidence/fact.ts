// What one fact of the evidence registry is, and how its source names a section of the research notes; shared by
// facts.ts and the per-section files it composes (facts-management.ts, ...).
import type { Evidence } from "../harness/case.ts";

export interface Fact {
  label: Evidence;
  /** What the fact says, in one line. */
  says: string;
  /** Where it comes from: the aws-behavior.md section and, through it, the transcript, doc or model. */
  source: string;
  /** CONFIRMED only: the text seen verbatim from the service (messages, clauses). */
  text?: readonly string[];
}

export const ref = (section: string, origin?: string) => `aws-behavior.md §${section}${origin ? ` (${origin})` : ""}`;
