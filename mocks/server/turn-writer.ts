// Answers leave together at the end of the event-loop turn that produced them, not one write at a time as each is
// ready. Under load a turn reads a request from every ready connection; written back to back, their answers wake a
// client waiting for them once, rather than once per answer. On a virtual machine each such wake-up is an
// interrupt to another core, charged to the writer (issue 21: the perf profile and the A/B figures are in
// bench/RESULTS.md). A lone request waits only for the rest of its turn: setImmediate runs right after the poll
// phase that read it.
import type { ServerResponse } from "node:http";
import type { WireResponse } from "../../generated/handlers.ts";

export class TurnWriter {
  // Parallel lists rather than an entry object per answer: this runs once per request.
  private readonly targets: ServerResponse[] = [];
  private readonly answers: WireResponse[] = [];
  private readonly closing: boolean[] = [];
  private readonly flush = () => this.writeAll();

  /** `closeAfter`: the connection closes once the answer is out (a refused body is never read). */
  send(res: ServerResponse, response: WireResponse, closeAfter = false): void {
    if (this.targets.push(res) === 1) setImmediate(this.flush);
    this.answers.push(response);
    this.closing.push(closeAfter);
  }

  private writeAll(): void {
    // Answers queued while these are written, if any, go out in the next turn.
    const count = this.targets.length;
    for (let i = 0; i < count; i++) write(this.targets[i], this.answers[i], this.closing[i]);
    this.targets.splice(0, count);
    this.answers.splice(0, count);
    this.closing.splice(0, count);
    if (this.targets.length) setImmediate(this.flush);
  }
}

function write(res: ServerResponse, response: WireResponse, closeAfter: boolean): void {
  // The client left, or the server closed its connections, while the answer waited.
  if (res.destroyed) return;
  // A flat [name, value, ...] list: no object to build or walk per answer.
  const headers: (string | number)[] = [];
  for (const name in response.headers) headers.push(name, response.headers[name]);
  headers.push("Content-Length", response.bytes ? response.bytes.byteLength : Buffer.byteLength(response.body));
  if (closeAfter) headers.push("Connection", "close");
  res.writeHead(response.status, headers as unknown as string[]);
  res.end(response.bytes ?? response.body);
  // A refused body is never read: drop the connection rather than let node drain it.
  if (closeAfter) res.once("finish", () => res.socket?.destroy());
}
