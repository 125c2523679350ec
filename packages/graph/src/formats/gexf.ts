import { MultiDirectedGraph } from "graphology";
import { parse, write } from "graphology-gexf";
import type { EntityAttributes, RelationAttributes, XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";
import { flattenAttributes, jsonText, xmlSafe } from "./attributeCodec.js";
import { normalizeImported } from "./normalizeImported.js";
import { parseXml } from "./parseXml.js";

/**
 * The viz namespace NetworkX (read_gexf's default "1.2draft") and Gephi look for. graphology-gexf
 * 0.13 writes `http:///www.gexf.net/1.1draft/viz` (three slashes, wrong version), and readers then
 * silently drop every colour, size and position.
 */
export const GEXF_VIZ_NAMESPACE = "http://www.gexf.net/1.2draft/viz";

/** The graph as GEXF 1.2 (graphology-gexf) with viz colour, size and position; lists travel as JSON text. */
export function toGexf(graph: XiezuoGraph): string {
  checkGraph(graph, "toGexf");
  // Only scalar graph attributes reach <meta>: put the documents there as JSON text, on a copy.
  const copy = new MultiDirectedGraph<EntityAttributes, RelationAttributes>();
  copy.import(graph);
  copy.replaceAttributes({
    creator: "xiezuo",
    description: graph.getAttribute("name"),
    name: graph.getAttribute("name"),
    documents: jsonText(graph.getAttribute("documents")),
  });
  const xml = write(copy, {
    version: "1.2",
    formatNode: (_key, attributes) => {
      const { label, color, size, x, y, ...rest } = attributes;
      return {
        label: xmlSafe(label),
        viz: { ...(color === undefined ? {} : { color }), ...(size === undefined ? {} : { size }), ...(x === undefined ? {} : { x }), ...(y === undefined ? {} : { y }) },
        attributes: flattenAttributes(rest),
      };
    },
    formatEdge: (_key, attributes) => {
      const { weight, ...rest } = attributes;
      // The relation type doubles as the edge label, which Gephi can show on the edge.
      return { label: attributes.type, weight, attributes: flattenAttributes(rest) };
    },
  });
  return keepWhitespace(xml.replace(/xmlns:viz="[^"]*"/, `xmlns:viz="${GEXF_VIZ_NAMESPACE}"`));
}

const WHITESPACE_REFERENCES: Record<string, string> = { "\t": "&#9;", "\n": "&#10;", "\r": "&#13;", "\u0085": "&#133;", "\u2028": "&#8232;", "\u2029": "&#8233;" };

/**
 * graphology-gexf writes tabs and line breaks raw inside attribute values, which XML readers turn
 * into spaces, and CRs and U+0085/U+2028/U+2029 raw in text, which they turn into line feeds: written as character
 * references they read back as themselves (a reference means the same in text and in attributes).
 */
function keepWhitespace(xml: string): string {
  // Code points XML cannot hold at all (in node keys, say) are dropped from the whole file.
  return xmlSafe(xml)
    .replace(/="([^"<]*)"/g, (whole, value: string) => (/[\t\n\r]/.test(value) ? `="${value.replace(/[\t\n\r]/g, (c) => WHITESPACE_REFERENCES[c]!)}"` : whole))
    .replace(/[\r\u0085\u2028\u2029]/g, (c) => WHITESPACE_REFERENCES[c]!);
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
