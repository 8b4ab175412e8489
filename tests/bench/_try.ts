import { benchWaiting } from "./benchWaiting";
import { DEFAULT_BENCH_OPTIONS } from "./BenchOptions";
import { formatWaitingReport } from "./formatWaitingReport";
void (async () => {
  const r = await benchWaiting({ ...DEFAULT_BENCH_OPTIONS }, Number(process.argv[2] ?? 1));
  console.log(formatWaitingReport(r));
})();
