// Client-side computations a scenario step can ask for (an SRP proof, a SECRET_HASH, a TOTP code): what a real
// client computes between two calls, on any target, so such a step needs no capability. Families register their
// functions by name (the harness itself stays service-agnostic); the record names one, so cases stay plain data.

/** Takes the step's filled arguments; its top-level string results become `{{vars}}`. */
export type Computation = (args: any) => Record<string, string> | Promise<Record<string, string>>;

const registry = new Map<string, Computation>();

export function defineComputation(name: string, fn: Computation): void {
  if (registry.has(name) && registry.get(name) !== fn) throw new Error(`computation ${name} is defined twice`);
  registry.set(name, fn);
}

export async function runComputation(name: string, args: unknown): Promise<Record<string, string>> {
  const fn = registry.get(name);
  if (!fn) throw new Error(`no computation named ${name}`);
  return fn(args);
}
