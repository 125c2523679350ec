import { stringify } from "csv-stringify/sync";
import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read Chinese text (default false). */
  bom?: boolean;
}

const NODE_COLUMNS = [
  "id", "label", "type", "aliases", "code", "parent", "placePath", "mentions", "documents",
  "degree", "weightedDegree", "pagerank", "community", "x", "y", "size", "color",
] as const;

// `relation`, not `type`: Gephi's spreadsheet import reads an edge column named Type as directed/undirected.
const EDGE_COLUMNS = [
  "id", "source", "target", "relation", "weight", "amountYuan", "approximate", "title", "date",
  "fundsTotalYuan", "fundsSources", "evidence",
] as const;

/** One row per entity; lists joined with "|". */
export function toNodesCsv(graph: XiezuoGraph, options: CsvOptions = {}): string {
  checkGraph(graph, "toNodesCsv");
  const rows = graph.mapNodes((node, attributes) => ({
    ...attributes,
    id: node,
    aliases: attributes.aliases.join("|"),
    placePath: attributes.placePath.join("|"),
    documents: attributes.documents.join("|"),
  }));
  return stringify(rows, { header: true, columns: [...NODE_COLUMNS], bom: options.bom ?? false, cast: { boolean: String } });
}

/** One row per relation; its evidence sentences on separate lines of one quoted cell. */
export function toEdgesCsv(graph: XiezuoGraph, options: CsvOptions = {}): string {
  checkGraph(graph, "toEdgesCsv");
  const rows = graph.mapEdges((edge, attributes, source, target) => ({
    ...attributes,
    id: edge,
    source,
    target,
    relation: attributes.type,
    evidence: attributes.evidence.map((item) => item.sentence).join("\n"),
  }));
  return stringify(rows, { header: true, columns: [...EDGE_COLUMNS], bom: options.bom ?? false, cast: { boolean: String } });
}
