// Picks a target from the command line: mock (default), endpoint URL, or aws (opt-in).
import type { Target } from "../harness/target.ts";
import { awsTarget } from "./aws.ts";
import { createEndpointTarget } from "./endpoint.ts";
import { liveSettings } from "./live.ts";
import { mockTarget } from "./mock.ts";

export const TARGET_NAMES = ["mock", "endpoint", "aws"] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export interface TargetChoice {
  target: TargetName;
  endpoint?: string;
  region?: string;
  log?: (line: string) => void;
  /** endpoint only: it runs the conformance trigger functions (suites/fixtures/conformance-triggers.ts). */
  conformanceTriggers?: boolean;
}

/** The target, or why the run must be skipped (a live run without its opt-in). */
export async function createTarget(choice: TargetChoice): Promise<{ target: Target } | { skip: string }> {
  switch (choice.target) {
    case "mock":
      return { target: mockTarget() };
    case "endpoint":
      if (!choice.endpoint) throw new Error("--target endpoint needs --endpoint URL");
      return { target: await createEndpointTarget({ endpoint: choice.endpoint, region: choice.region, ...(choice.conformanceTriggers && { conformanceTriggers: true }) }) };
    case "aws": {
      const live = await liveSettings(choice.region);
      if (!live.ok) return { skip: live.reason };
      return { target: awsTarget({ region: live.region, credentials: live.credentials, log: choice.log }) };
    }
  }
}
