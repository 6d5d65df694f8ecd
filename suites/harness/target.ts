// What a runner needs from a target: send a raw request, prepare fixtures, optionally drive capabilities.
// Service-specific targets live in suites/targets/; the harness sees only this interface.
import type { RequestSpec } from "./case.ts";

/** A raw answer: status, lower-case header names, body text. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A request with its placeholders filled, ready to send. */
export type ResolvedRequest = Omit<RequestSpec, "body"> & { body: string };

export interface Target {
  readonly name: string;
  /** What the target offers beyond plain requests ("control-api", "golden-compare", ...). */
  readonly capabilities: ReadonlySet<string>;
  /** Creates (once per set, "fresh" each time) the named fixtures; returns placeholder values (`userPoolId`...). */
  prepare(set: string, names: readonly string[]): Promise<Record<string, string>>;
  send(request: ResolvedRequest): Promise<Answer>;
  control?(action: string, args: unknown, vars: Record<string, string>): Promise<unknown>;
  /**
   * Optional: a target of its own for one case whose fixtures are "fresh", sharing no state with this one (an
   * in-process service made anew). The runner closes it after the case. Targets without it run such cases here.
   */
  isolated?(): Target;
  /** Tears everything down; must be safe to call twice and after failures. */
  close(): Promise<void>;
}
