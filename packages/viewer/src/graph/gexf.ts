import Graph from "graphology";
// The browser build of graphology-gexf parses with the page's DOMParser: this module runs in the page only.
import { parse as parseGexf } from "graphology-gexf/browser";
import { asArray, normalize, type DocumentInfo, type ViewerGraph } from "./load.js";
import { documentList, GraphFileError } from "./untrusted.js";

/** A graph from a GEXF file (ours, `xiezuo build`'s or another tool's): list attributes may arrive as JSON text, the documents as the graph's `documents` attribute. */
export function graphFromGexf(text: string): { graph: ViewerGraph; documents: DocumentInfo[] } {
  const xml = new DOMParser().parseFromString(text, "application/xml");
  const broken = xml.querySelector("parsererror");
  if (broken) throw new GraphFileError(`not well-formed XML (${(broken.textContent ?? "").trim().split("\n")[0]?.slice(0, 160)})`);
  if (xml.documentElement.localName !== "gexf") throw new GraphFileError(`not a GEXF file: its root element is <${xml.documentElement.localName.slice(0, 40)}>, not <gexf>`);
  let graph: Graph;
  try {
    graph = parseGexf(Graph, xml, { allowUndeclaredAttributes: true }) as Graph;
  } catch (error) {
    throw new GraphFileError(`not a GEXF graph this viewer can read (${error instanceof Error ? error.message.slice(0, 200) : "unknown error"})`);
  }
  const documents = documentList(asArray(graph.getAttribute("documents")));
  return { graph: normalize(graph, documents), documents };
}
