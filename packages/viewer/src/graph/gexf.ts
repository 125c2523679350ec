import Graph from "graphology";
// The browser build of graphology-gexf parses with the page's DOMParser: this module runs in the page only.
import { parse as parseGexf } from "graphology-gexf/browser";
import { asArray, normalize, type DocumentInfo, type ViewerGraph } from "./load.js";

/** A graph from a GEXF file (ours, `xiezuo build`'s or another tool's): list attributes may arrive as JSON text, the documents as the graph's `documents` attribute. */
export function graphFromGexf(text: string): { graph: ViewerGraph; documents: DocumentInfo[] } {
  const graph = parseGexf(Graph, text, { allowUndeclaredAttributes: true }) as Graph;
  const documents = asArray(graph.getAttribute("documents")) as DocumentInfo[];
  return { graph: normalize(graph, documents), documents };
}

