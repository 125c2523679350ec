import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import type { EvidenceTable } from "../build/evidenceTable.js";
import { writeChunksAtomic } from "../io/writeChunksAtomic.js";
import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";
import { gexfChunks } from "./gexfChunks.js";
import { normalizeImported } from "./normalizeImported.js";
import { parseXml } from "./parseXml.js";

/**
 * The viz namespace NetworkX (read_gexf's default "1.2draft") and Gephi look for. graphology-gexf
 * 0.13 writes `http:///www.gexf.net/1.1draft/viz` (three slashes, wrong version), and readers then
 * silently drop every colour, size and position.
 */
export const GEXF_VIZ_NAMESPACE = "http://www.gexf.net/1.2draft/viz";

/** The graph as GEXF 1.2 with viz colour, size and position; lists travel as JSON text. */
export function toGexf(graph: XiezuoGraph): string {
  checkGraph(graph, "toGexf");
  // Without an evidence table every piece is text.
  return Array.from(gexfChunks(graph, GEXF_VIZ_NAMESPACE), (chunk) => (typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"))).join("");
}

/**
 * Writes `toGexf(graph)` into `path` (atomically) piece by piece, never holding the whole text;
 * a graph built with its evidence apart is written with the evidence from that table.
 */
export async function writeGexf(graph: XiezuoGraph, path: string, evidence?: EvidenceTable): Promise<void> {
  checkGraph(graph, "writeGexf");
  await writeChunksAtomic(path, gexfChunks(graph, GEXF_VIZ_NAMESPACE, evidence));
}

/** Reads a GEXF file written by `toGexf` (or Gephi) back into a graph of the same shape. */
export function fromGexf(text: string): XiezuoGraph {
  if (typeof text !== "string" || !/<gexf[\s>]/.test(text))
    throw new Error("@xiezuo/graph/fromGexf: the given text is not GEXF (no <gexf> element).");
  // respectInputGraphType: otherwise a file without edges asks for a "mixed" graph, which a
  // MultiDirectedGraph refuses.
  const document = parseXml(text, "fromGexf");
  let parsed: MultiDirectedGraph;
  try {
    parsed = parse(MultiDirectedGraph, document, { respectInputGraphType: true });
  } catch (error) {
    // e.g. undirected edges: graphology's message, under our prefix.
    throw new Error(`@xiezuo/graph/fromGexf: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The label of an edge is its relation type again: drop the duplicate.
  parsed.forEachEdge((edge) => parsed.removeEdgeAttribute(edge, "label"));
  return normalizeImported(parsed, "fromGexf");
}
