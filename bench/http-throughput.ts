// 1. HTTP throughput: `cognito-conformance serve` against a bare node:http server sending the same answer bytes,
// for DescribeUserPool and a full SetRiskConfiguration, in alternating rounds; beside them the parse-and-serialize
// floor (bare, plus JSON.parse of each request and JSON.stringify of its answer), which shows how much of the
// gap any server reading its input and writing its output pays. serve writes a turn's answers together
// (mocks/server/turn-writer.ts), which saves the wake-ups of a waiting client that bare and floor pay per answer; a
// fourth server, the target's reference writing as serve does, shows the mock's own work with that difference
// taken out (a cross-check, no target). Then p50/p99 at half the bare server's DescribeUserPool rate.
import { latencyAtRate, throughputSideBySide, type LoadSettings, type RoundResult } from "./lib/load.ts";
import { fullRiskConfiguration, PLUS_POOL } from "./lib/payloads.ts";
import { call, presign, send } from "./lib/presign.ts";
import { median, micros, Report, rps, times } from "./lib/report.ts";
import { placement } from "./lib/cores.ts";
import { startBare, startServe } from "./lib/servers.ts";

// Issue 21: DescribeUserPool against bare; SetRiskConfiguration against the parse-and-serialize floor, since a
// faithful server must at least parse its 5.4 KB input and serialize its answer (issue 12: the floor is 0.36-0.41x of bare).
const TARGETS = { DescribeUserPool: { of: "bare", ratio: 0.8 }, SetRiskConfiguration: { of: "floor", ratio: 0.75 } } as const;

export async function httpThroughput(report: Report, settings: LoadSettings): Promise<void> {
  report.section(
    `1. HTTP throughput (wrk -t1 -c${settings.connections}, ${settings.durationS} s x ${settings.rounds} alternating rounds; target on the median of the per-round ratios; pre-signed requests)`,
  );
  report.line(`placement: ${placement}`);
  const serve = await startServe();
  try {
    const { UserPool } = await call(serve.url, "CreateUserPool", PLUS_POOL);
    const requests = {
      DescribeUserPool: await presign(serve.url, "DescribeUserPool", { UserPoolId: UserPool.Id }),
      SetRiskConfiguration: await presign(serve.url, "SetRiskConfiguration", fullRiskConfiguration(UserPool.Id)),
    };
    let describeBare = 0;
    for (const [operation, request] of Object.entries(requests) as [keyof typeof TARGETS, (typeof requests)[keyof typeof TARGETS]][]) {
      const answer = await send(request);
      const bare = await startBare(answer);
      const floor = await startBare(answer, "floor");
      const { of, ratio } = TARGETS[operation];
      // The target's reference writing its answers as serve does (a turn's together): what is left is the mock's own work.
      const sameWrites = await startBare(answer, of, "turn");
      try {
        const targets = [bare, serve, floor, sameWrites].map((server) => ({ url: server.url, request, pid: server.pid }));
        const { rounds } = await throughputSideBySide(targets, settings);
        const ratios = rounds.map(([limit, mock]) => mock.requestsPerSec / limit.requestsPerSec);
        const floorRatios = rounds.map(([limit, , least]) => least.requestsPerSec / limit.requestsPerSec);
        if (operation === "DescribeUserPool") describeBare = median(rounds.map(([limit]) => limit.requestsPerSec));
        report.line(`${operation}: request ${request.body.length} B, answer ${answer.length} B`);
        report.line(`  per round (bare, serve, ratio): ${rounds.map(([l, m], i) => `${rps(l.requestsPerSec)} / ${rps(m.requestsPerSec)} = ${times(ratios[i])}`).join("; ")}`);
        report.line(`  ratio spread across rounds: ${times(Math.min(...ratios))} .. ${times(Math.max(...ratios))}`);
        const ofFloor = rounds.map(([, m, f]) => m.requestsPerSec / f.requestsPerSec);
        report.line(
          `  parse-and-serialize floor/bare, median round: ${times(median(floorRatios))} (spread ${times(Math.min(...floorRatios))} .. ${times(Math.max(...floorRatios))}); serve/floor ${times(median(ofFloor))} (spread ${times(Math.min(...ofFloor))} .. ${times(Math.max(...ofFloor))})`,
        );
        const ofSameWrites = rounds.map(([, m, , same]) => m.requestsPerSec / same.requestsPerSec);
        report.line(
          `  cross-check, serve against the ${of === "bare" ? "bare server" : "floor"} writing a turn's answers together as serve does: ${times(median(ofSameWrites))} (spread ${times(Math.min(...ofSameWrites))} .. ${times(Math.max(...ofSameWrites))}); the mock's own work, with the write strategy alike`,
        );
        reportCpu(report, rounds);
        report.target(`serve/${of} ${operation} (median round)`, median(of === "bare" ? ratios : ofFloor), ">=", ratio, times);
        if (operation === "DescribeUserPool") {
          const rate = describeBare / 2;
          for (const [name, url] of [["bare node:http", bare.url], ["serve", serve.url]] as const) {
            const paced = await latencyAtRate(url, request, rate, settings.durationS);
            const saturated = paced.requestsPerSec < rate * 0.9 ? " (saturated: cannot sustain this rate)" : "";
            report.line(`  ${name} at ${rps(rate)}: achieved ${rps(paced.requestsPerSec)}${saturated}, p50 ${micros(paced.latencyUs.p50)}, p99 ${micros(paced.latencyUs.p99)}`);
          }
        }
      } finally {
        await bare.stop();
        await floor.stop();
        await sameWrites.stop();
      }
    }
  } finally {
    await serve.stop();
  }
  // Sign-ins (issues 9, 10): USER_PASSWORD_AUTH per second on serve vs cognito-local and moto is section 6 (bench/sign-in.ts).
}

/**
 * The servers' CPU time per answer (median round) and the ratios it implies: on a loaded machine the requests per
 * second of a round swing with the other work, the CPU each answer costs much less. Not a target, a cross-check.
 */
function reportCpu(report: Report, rounds: RoundResult[][]): void {
  const cpu = [0, 1, 2, 3].map((i) => rounds.map((round) => round[i].cpuUsPerRequest));
  if (cpu.some((each) => each.some((us) => us === undefined))) return;
  const [bare, serve, floor, same] = cpu.map((each) => median(each as number[]));
  report.line(
    `  server CPU per answer, median round (bare, serve, floor, reference writing per turn): ${micros(bare)} / ${micros(serve)} / ${micros(floor)} / ${micros(same)}; by CPU serve/bare ${times(bare / serve)}, serve/floor ${times(floor / serve)}, serve/reference writing per turn ${times(same / serve)}`,
  );
}
