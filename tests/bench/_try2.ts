import { benchFleet, fleetNames } from "./benchFleet";
import { DEFAULT_BENCH_OPTIONS } from "./BenchOptions";
import { consumerProject } from "./consumerProject";
import { formatFleetReport } from "./formatFleetReport";
void (async () => {
  const o = { ...DEFAULT_BENCH_OPTIONS };
  const names = fleetNames(o);
  const p = consumerProject(names, "1");
  console.log("installed", p.folder, p.installMs);
  const r = await benchFleet(o, p.folder, names.map((n) => p.registered.get(n)!));
  console.log(formatFleetReport(r));
  console.log(JSON.stringify(r.runs.map(x=>x.settings)));
})();
