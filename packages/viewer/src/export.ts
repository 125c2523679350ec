import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf/browser";
import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";
import type { ViewerGraph } from "./graph/load.js";
import type { Visibility } from "./visibility.js";

/** The visible part of the graph as GEXF, downloaded (types back under `type`, lists as JSON text). */
export function downloadVisibleGexf(graph: ViewerGraph, visible: Visibility, fileName = "xiezuo-view.gexf"): void {
  const view = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
  graph.forEachNode((node, a) => {
    if (!visible.nodes.has(node)) return;
    view.addNode(node, { label: a.label, type: a.entityType, aliases: JSON.stringify(a.aliases), mentions: a.mentions, x: a.x, y: a.y, size: a.size, color: a.color });
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (!visible.edges.has(edge)) return;
    view.addDirectedEdgeWithKey(edge, source, target, {
      relation: a.relationType, weight: a.weight, date: a.date ?? "", amountYuan: a.amountYuan ?? "", evidence: JSON.stringify(a.evidence),
    });
  });
  const blob = new Blob([writeGexf(view, { version: "1.2" })], { type: "application/xml" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** The current view as a PNG image. */
export function downloadPng(renderer: Sigma): Promise<void> {
  return downloadAsPNG(renderer, { fileName: "xiezuo-view", backgroundColor: "#ffffff" });
}
