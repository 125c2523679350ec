import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import { flattenAttributes, jsonText, xmlSafe } from "../formats/attributeCodec.js";
import { GEXF_VIZ_NAMESPACE } from "../formats/gexf.js";
import type { EntityAttributes, RelationAttributes, XiezuoGraph } from "../types.js";

/**
 * The GEXF writer the project used before `gexfChunks`: graphology-gexf's own, with the same
 * formatters and clean-up. Kept for the tests, which check that the streaming writer gives the
 * very same bytes.
 */
export function referenceGexf(graph: XiezuoGraph): string {
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

