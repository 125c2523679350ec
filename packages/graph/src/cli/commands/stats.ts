import type { Command } from "commander";
import { graphReport, type ReportedEntity } from "../../analytics/graphReport.js";
import { formatYuan } from "../formatYuan.js";
import { parseWholeNumber } from "../parseWholeNumber.js";
import { readGraphFile } from "../readGraphFile.js";
import { UsageError } from "../usage-error.js";

/** `xiezuo stats <graph> [--top N]`: counts, central entities, communities and pairing totals. */
export function registerStats(program: Command): void {
  program
    .command("stats")
    .description("print counts, the most central entities, communities and the funds of every pairing")
    .argument("<graph>", "graph.json, a .gexf or .graphml file, or a folder written by `xiezuo build`")
    .option("-n, --top <n>", "entities to list, and members per community", parseWholeNumber("--top"), 10)
    .option("--json", "print the report as JSON")
    .action((input: string, options: { top: number; json?: boolean }) => {
      if (options.top < 1) throw new UsageError("--top must be at least 1");
      const report = graphReport(readGraphFile(input), { top: options.top });
      if (options.json) {
        console.log(JSON.stringify(report, null, 2));
        return;
      }
      const name = (entity: ReportedEntity) => `${entity.label} (${entity.type})`;
      const counts = (record: Record<string, number>) =>
        Object.entries(record)
          .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
          .map(([type, count]) => `${type} ${count}`)
          .join(", ");
      const lines = [
        `documents: ${report.documents}`,
        `entities: ${report.entities}${report.entities ? ` (${counts(report.entitiesByType)})` : ""}`,
        `relations: ${report.relations}${report.relations ? ` (${counts(report.relationsByType)})` : ""}`,
        `components: ${report.components.count}, the largest with ${report.components.largest} entities`,
        "",
        `top ${report.topEntities.length} by PageRank:`,
        ...report.topEntities.map((entity, index) => `  ${String(index + 1).padStart(2)}. ${entity.pagerank.toFixed(4)}  ${name(entity)}`),
        "",
        `communities: ${report.communities.length}`,
        ...report.communities
          .slice(0, options.top)
          .map((group) => `  #${group.community} (${group.size}): ${group.members.slice(0, 5).map(name).join(", ")}`),
        "",
        `pairings: ${report.pairings.length}`,
        ...report.pairings.map(
          (pairing) =>
            `  ${pairing.helper.label} → ${pairing.helped.label}: ${
              pairing.fundsSources > 0
                ? `${formatYuan(pairing.fundsTotalYuan)} from ${pairing.fundsSources} sentence${pairing.fundsSources === 1 ? "" : "s"}`
                : "no amount stated"
            } (pairing stated ${pairing.evidence}×)`,
        ),
      ];
      console.log(lines.join("\n"));
    });
}
