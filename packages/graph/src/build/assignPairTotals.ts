import type { XiezuoGraph } from "../types.js";

/**
 * Writes `fundsTotalYuan` and `fundsSources` on every `pairs_with` edge: the stated `funds`
 * amounts from the helper to the helped (the pairing's own direction: money flows to the
 * helped side) and how many evidence sentences state them.
 */
export function assignPairTotals(graph: XiezuoGraph): void {
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.type !== "pairs_with") return;
    let total = 0;
    let sources = 0;
    graph.forEachOutEdge(source, target, (_funds, fundsAttributes) => {
      if (fundsAttributes.type !== "funds" || fundsAttributes.amountYuan === undefined) return;
      total += fundsAttributes.amountYuan;
      sources += fundsAttributes.amounts?.length ?? fundsAttributes.weight;
    });
    graph.mergeEdgeAttributes(edge, { fundsTotalYuan: total, fundsSources: sources });
  });
}
