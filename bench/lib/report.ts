// What the benchmark prints: sections of measurements, then every target with its measured ratio and verdict.
export type Verdict = "PASS" | "FAIL" | "SKIP";

export interface TargetResult {
  name: string;
  measured: string;
  verdict: Verdict;
}

export class Report {
  readonly targets: TargetResult[] = [];

  section(title: string): void {
    console.log(`\n## ${title}`);
  }

  line(text: string): void {
    console.log(`  ${text}`);
  }

  /** A target met when `value` is at least (or at most) `limit`. */
  target(name: string, value: number, bound: ">=" | "<=", limit: number, format: (v: number) => string): void {
    const met = bound === ">=" ? value >= limit : value <= limit;
    const result = { name, measured: `${format(value)} (target ${bound} ${format(limit)})`, verdict: met ? "PASS" : "FAIL" } as const;
    this.targets.push(result);
    this.line(`target ${name}: ${result.measured} ${result.verdict}`);
  }

  skip(name: string, why: string): void {
    this.targets.push({ name, measured: why, verdict: "SKIP" });
    this.line(`target ${name}: SKIP (${why})`);
  }

  summary(): void {
    console.log("\n## Targets");
    const width = Math.max(...this.targets.map((t) => t.name.length));
    for (const t of this.targets) console.log(`  ${t.verdict.padEnd(4)}  ${t.name.padEnd(width)}  ${t.measured}`);
  }
}

export const times = (v: number) => `${v.toFixed(2)}x`;
export const rps = (v: number) => `${Math.round(v).toLocaleString("en-US")} req/s`;
export const micros = (v: number) => `${v.toFixed(1)} µs`;
export const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
export const seconds = (v: number) => `${v.toFixed(2)} s`;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
