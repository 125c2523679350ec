import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf/browser";
import type { DocumentInfo, ViewerGraph } from "../graph/load.js";
import type { Visibility } from "../filters/visibility.js";

/**
 * The viz namespace Gephi and NetworkX read; graphology-gexf 0.13 writes a wrong one
 * (`http:///www.gexf.net/1.1draft/viz`) and readers then drop colour, size and position.
 */
const VIZ_NAMESPACE = "http://www.gexf.net/1.2draft/viz";

/**
 * The visible part of the graph as GEXF 1.2 text. Entity and relation types travel as `type`
 * and `relationType` attributes (what `xiezuo build` and this viewer read back), lists and
 * evidence as JSON text, and the cited articles as the graph's `documents` attribute.
 */
export function visibleGexf(graph: ViewerGraph, visible: Visibility, documents: DocumentInfo[]): string {
  const view = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
  const cited = new Set<string>();
  graph.forEachNode((node, a) => {
    if (!visible.nodes.has(node)) return;
    view.addNode(node, {
      label: a.label, type: a.entityType, aliases: JSON.stringify(a.aliases), placePath: JSON.stringify(a.placePath),
      ...(a.code ? { code: a.code } : {}), mentions: a.mentions, documents: JSON.stringify(a.documents),
      degree: a.degree, pagerank: a.pagerank, x: a.x, y: a.y, size: a.size, color: a.color,
    });
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (!visible.edges.has(edge)) return;
    for (const evidence of a.evidence) cited.add(evidence.document);
    view.addDirectedEdgeWithKey(edge, source, target, {
      relationType: a.relationType, weight: a.weight, date: a.date ?? "",
      ...(a.amountYuan === undefined ? {} : { amountYuan: a.amountYuan }),
      ...(a.title ? { title: a.title } : {}),
      evidence: JSON.stringify(a.evidence),
    });
  });
  view.setAttribute("documents", JSON.stringify(documents.filter((doc) => cited.has(doc.id))));
  const xml = writeGexf(view, {
    version: "1.2",
    formatNode: (_key, attributes) => {
      const { label, color, size, x, y, ...rest } = attributes as Record<string, string | number>;
      return { label: String(label), viz: { color: String(color), size: Number(size), x: Number(x), y: Number(y) }, attributes: rest };
    },
    formatEdge: (_key, attributes) => {
      const { weight, ...rest } = attributes as Record<string, string | number>;
      return { label: String(rest.relationType), weight: Number(weight), attributes: rest };
    },
  });
  return xml.replace(/xmlns:viz="[^"]*"/, `xmlns:viz="${VIZ_NAMESPACE}"`);
}

/** Offers text to the user as a file download. */
export function downloadText(text: string, fileName: string, mime: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type: mime }));
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next tick; the object URL is then only a memory leak.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
