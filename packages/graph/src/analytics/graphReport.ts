import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";
import { communities } from "./communities.js";
import { components } from "./components.js";
import { pageranks } from "./pageranks.js";

export interface GraphReportOptions {
  /** How many entities to list, and members per community (default 10). */
  top?: number;
  /** Louvain seed when the graph has no `community` attributes yet (default 1). */
  seed?: number;
}

export interface ReportedEntity {
  id: string;
  label: string;
  type: string;
  pagerank: number;
}

export interface ReportedPairing {
  id: string;
  helper: ReportedEntity;
  helped: ReportedEntity;
  /** Evidence sentences of the pairing itself. */
  evidence: number;
  fundsTotalYuan: number;
  fundsSources: number;
}

export interface GraphReport {
  entities: number;
  relations: number;
  documents: number;
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
  /** Highest PageRank first. */
  topEntities: ReportedEntity[];
  /** Largest first, members by PageRank. */
  communities: { community: number; size: number; members: ReportedEntity[] }[];
  components: { count: number; largest: number };
  /** Most funds first. */
  pairings: ReportedPairing[];
}

/**
 * What `xiezuo stats` prints, as data: counts, the most central entities, communities with their
 * biggest members, components, and every pairing with its funding total. Uses the stored
 * `pagerank` and `community` attributes when present, so the report matches the files.
 */
export function graphReport(graph: XiezuoGraph, options: GraphReportOptions = {}): GraphReport {
  checkGraph(graph, "graphReport");
  const top = options.top ?? 10;
  if (!Number.isInteger(top) || top < 1) throw new Error(`@xiezuo/graph/graphReport: top must be a whole number ≥ 1, got ${top}.`);

  const stored = graph.everyNode((_node, attributes) => attributes.pagerank !== undefined && attributes.community !== undefined);
  const rank = stored ? null : pageranks(graph);
  const community = stored ? null : communities(graph, { seed: options.seed ?? 1 });
  const entity = (id: string): ReportedEntity => {
    const attributes = graph.getNodeAttributes(id);
    return { id, label: attributes.label, type: attributes.type, pagerank: rank ? (rank[id] ?? 0) : (attributes.pagerank ?? 0) };
  };
  const byRank = (a: ReportedEntity, b: ReportedEntity) => b.pagerank - a.pagerank || (a.id < b.id ? -1 : 1);
  const everyone = graph.mapNodes((node) => entity(node)).sort(byRank);

  const groups = new Map<number, ReportedEntity[]>();
  for (const item of everyone) {
    const id = community ? (community[item.id] ?? 0) : (graph.getNodeAttribute(item.id, "community") ?? 0);
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }

  const pairings: ReportedPairing[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.type !== "pairs_with") return;
    pairings.push({
      id: edge,
      helper: entity(source),
      helped: entity(target),
      evidence: attributes.weight,
      fundsTotalYuan: attributes.fundsTotalYuan ?? 0,
      fundsSources: attributes.fundsSources ?? 0,
    });
  });
  pairings.sort((a, b) => b.fundsTotalYuan - a.fundsTotalYuan || b.evidence - a.evidence || (a.id < b.id ? -1 : 1));

  const parts = components(graph);
  return {
    entities: graph.order,
    relations: graph.size,
    documents: graph.getAttribute("documents").length,
    entitiesByType: countBy(graph.mapNodes((_node, attributes) => attributes.type)),
    relationsByType: countBy(graph.mapEdges((_edge, attributes) => attributes.type)),
    topEntities: everyone.slice(0, top),
    communities: [...groups]
      .sort(([a, x], [b, y]) => y.length - x.length || a - b)
      .map(([id, members]) => ({ community: id, size: members.length, members: members.slice(0, top) })),
    components: { count: parts.length, largest: parts[0]?.length ?? 0 },
    pairings,
  };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of [...values].sort()) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
