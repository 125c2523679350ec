import type { Command } from "commander";
import { shortestPath } from "../../analytics/shortestPath.js";
import { findEntity } from "../../analytics/findEntity.js";
import { formatYuan } from "../formatYuan.js";
import { readGraphFile } from "../readGraphFile.js";
import { UsageError } from "../usage-error.js";

/** `xiezuo path <graph> <from> <to>`: the shortest chain of relations between two entities. */
export function registerPath(program: Command): void {
  program
    .command("path")
    .description("print the shortest chain of relations between two entities (by id, name or alias)")
    .argument("<graph>", "graph.json, a .gexf or .graphml file, or a folder written by `xiezuo build`")
    .argument("<from>", "entity id, name or alias")
    .argument("<to>", "entity id, name or alias")
    .action((input: string, from: string, to: string) => {
      const graph = readGraphFile(input);
      for (const query of [from, to])
        if (findEntity(graph, query) === undefined) throw new UsageError(`no entity has the id, name or alias "${query}"`);
      const path = shortestPath(graph, from, to);
      if (path === null) {
        console.log(`${from} and ${to} are not connected`);
        process.exitCode = 1;
        return;
      }
      const label = (node: string) => graph.getNodeAttribute(node, "label");
      console.log(label(path.nodes[0]!));
      path.edges.forEach((edge, index) => {
        const attributes = graph.getEdgeAttributes(edge);
        const forward = graph.source(edge) === path.nodes[index];
        const amount = attributes.amountYuan === undefined ? "" : ` ${formatYuan(attributes.amountYuan)}`;
        const title = attributes.title === undefined ? "" : ` ${attributes.title}`;
        console.log(`  ${forward ? "—" : "←"}${attributes.type}${amount}${title}${forward ? "→" : "—"} ${label(path.nodes[index + 1]!)}`);
      });
    });
}
