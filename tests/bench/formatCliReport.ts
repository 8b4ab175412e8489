/** Section 5 as printed: the CLI's commands beside the quota bound and the provider-host fleet. */
import type { CliCommand, CliReport } from "./benchCli";
import { formatTable } from "./formatTable";
import { verdict } from "./verdict";

/** `pulumi up` within this factor of the clone quota's lower bound. */
export const CLI_UP_TARGET_RATIO = 1.15;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function formatCliReport(report: CliReport): string {
  const [hostClone, hostArchive] = report.host.phases;
  const row = (c: CliCommand, bound?: number, host?: number, target?: string) => [
    c.command,
    seconds(c.wallMs),
    c.requests === 0 ? "" : seconds(c.requestSpanMs),
    String(c.requests),
    bound === undefined ? "" : (c.wallMs / bound).toFixed(2),
    host === undefined ? "" : (c.wallMs / host).toFixed(2),
    target ?? "",
  ];
  const upOk = report.up.wallMs <= CLI_UP_TARGET_RATIO * report.upLowerBoundMs;
  const table = formatTable(
    [
      { title: "command" },
      { title: "wall", align: "right" },
      { title: "first to last request", align: "right" },
      { title: "requests", align: "right" },
      { title: "vs bound", align: "right" },
      { title: "vs host", align: "right" },
      { title: "target" },
    ],
    [
      row(report.previewEmpty),
      row(report.previewCreate),
      row(report.up, report.upLowerBoundMs, hostClone.wallMs, `${verdict(upOk)} <= ${CLI_UP_TARGET_RATIO} x bound`),
      row(report.previewUnchanged),
      row(report.destroy, report.destroyLowerBoundMs, hostArchive.wallMs),
    ],
  );
  const n = report.resources;
  const perResource = (cli: CliCommand, hostMs: number) => `${((cli.wallMs - hostMs) / n).toFixed(0)} ms`;
  return [
    `5. The real Pulumi CLI ${report.cliVersion}: a stack of ${n} clones, \`pulumi up\` and \`destroy\` with --parallel ${report.parallel}, against the emulator's clone quota ${report.quota}, operations of ${report.operationMs} ms; the provider paces itself to the quota`,
    `   bounds: up ${seconds(report.upLowerBoundMs)} ((ceil(N/quota) - 1) x window + one operation); destroy ${seconds(report.destroyLowerBoundMs)}; "vs host": the provider-host fleet of the same size and quota in this run (clone ${seconds(hostClone.wallMs)}, archive ${seconds(hostArchive.wallMs)})`,
    table,
    `   engine overhead per resource (CLI wall minus the host fleet's, over ${n}): up ${perResource(report.up, hostClone.wallMs)}, destroy ${perResource(report.destroy, hostArchive.wallMs)}; ` +
      `preview of the deployed stack costs ${seconds(report.previewUnchanged.wallMs - report.previewEmpty.wallMs)} more than the empty program's (${((report.previewUnchanged.wallMs - report.previewEmpty.wallMs) / n).toFixed(0)} ms a resource)`,
    `   ${verdict(report.duplicates === 0)} 0 clones outside the state or twice in it (${report.duplicates}); ${verdict(report.leftUnarchived === 0)} every clone archived by destroy (${report.leftUnarchived} left)`,
  ].join("\n");
}
