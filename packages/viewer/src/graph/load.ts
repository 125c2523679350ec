import Graph from "graphology";
import type { DocumentInfo, Evidence } from "@xiezuo/extract";

export type { DocumentInfo, Evidence } from "@xiezuo/extract";

/** Entity and relation attributes as the viewer keeps them (sigma reads `type` to pick a program, so the domain types live under other keys). */
export interface NodeData {
  label: string;
  entityType: string;
  aliases: string[];
  code?: string;
  placePath: string[];
  mentions: number;
  documents: string[];
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
  pagerank: number;
}

export interface EdgeData {
  relationType: string;
  weight: number;
  amountYuan?: number;
  approximate?: boolean;
  title?: string;
  date: string | null;
  evidence: Evidence[];
  fundsTotalYuan?: number;
  fundsSources?: number;
  /** Every date the relation is known by: its own, and the date of each article stating it (for the date filter). */
  dates: string[];
  size: number;
  color: string;
}

export type ViewerGraph = Graph<NodeData, EdgeData>;

/** Colours of entity types (the legend's order). */
export const ENTITY_COLORS: Record<string, string> = {
  province: "#1565c0", city: "#1e88e5", district: "#00897b", county: "#43a047", town: "#7cb342", village: "#c0ca33",
  person: "#e53935", company: "#fb8c00", school: "#8e24aa", hospital: "#d81b60", government: "#5e35b1",
  organization: "#6d4c41", park: "#f4511e",
};

/** How each relation type is drawn: pairings thick, located_in thin and faint. */
export const RELATION_STYLES: Record<string, { color: string; size: number }> = {
  pairs_with: { color: "#c62828", size: 4 },
  funds: { color: "#2e7d32", size: 3 },
  builds: { color: "#ef6c00", size: 2 },
  invests_in: { color: "#f9a825", size: 2 },
  agreement_with: { color: "#6a1b9a", size: 2 },
  holds_position: { color: "#546e7a", size: 1.5 },
  works_for: { color: "#78909c", size: 1.5 },
  located_in: { color: "#cfd8dc", size: 0.6 },
};

/** A list attribute, whether it arrives as an array (graph.json) or as JSON text (GEXF). */
export const asArray = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value;
  if (typeof value === "string" && value.startsWith("[")) {
    try {
      return JSON.parse(value) as unknown[];
    } catch {
      return [];
    }
  }
  return [];
};

/** A graph from `xiezuo build`'s graph.json (graphology's serialized JSON). */
export function graphFromJson(json: unknown): { graph: ViewerGraph; documents: DocumentInfo[] } {
  const data = json as { attributes?: { documents?: DocumentInfo[] } };
  const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
  graph.import(json as never);
  const documents = data.attributes?.documents ?? [];
  return { graph: normalize(graph, documents), documents };
}

/** Copies any graph into the viewer's shape: types off `type`, lists parsed, colours and edge styles by type, degrees counted. */
export function normalize(source: Graph, documents: DocumentInfo[]): ViewerGraph {
  const articleDate = new Map(documents.map((doc) => [doc.id, doc.date]));
  const graph = new Graph<NodeData, EdgeData>({ multi: true, type: "directed", allowSelfLoops: true });
  let index = 0;
  source.forEachNode((key, a) => {
    index++;
    const entityType = String(a.entityType ?? a.type ?? "organization");
    graph.addNode(key, {
      label: String(a.label ?? key),
      entityType,
      aliases: asArray(a.aliases).map(String),
      code: a.code === undefined ? undefined : String(a.code),
      placePath: asArray(a.placePath).map(String),
      mentions: Number(a.mentions ?? 0),
      documents: asArray(a.documents).map(String),
      // A file without positions gets a circle, so the picture is the same on every load.
      x: Number.isFinite(Number(a.x)) ? Number(a.x) : Math.cos((2 * Math.PI * index) / source.order),
      y: Number.isFinite(Number(a.y)) ? Number(a.y) : Math.sin((2 * Math.PI * index) / source.order),
      size: Number(a.size ?? 5),
      color: ENTITY_COLORS[entityType] ?? String(a.color ?? "#999"),
      degree: 0,
      pagerank: Number(a.pagerank ?? 0),
    });
  });
  source.forEachEdge((key, a, from, to) => {
    // Our exports say `relationType`; `xiezuo build` says `type`; other tools may only have a label.
    const relationType = String(a.relationType ?? a.type ?? a.kind ?? a.relation ?? a.label ?? "related");
    const style = RELATION_STYLES[relationType] ?? { color: "#bbb", size: 1 };
    const evidence = asArray(a.evidence) as Evidence[];
    graph.addDirectedEdgeWithKey(key, from, to, {
      relationType,
      weight: Number(a.weight ?? 1),
      amountYuan: a.amountYuan === undefined ? undefined : Number(a.amountYuan),
      approximate: Boolean(a.approximate),
      title: a.title === undefined ? undefined : String(a.title),
      date: a.date ? String(a.date) : null,
      evidence,
      dates: [...new Set([a.date ? String(a.date) : null, ...evidence.map((e) => articleDate.get(e.document) ?? null)].filter((d): d is string => Boolean(d)))].sort(),
      fundsTotalYuan: a.fundsTotalYuan === undefined ? undefined : Number(a.fundsTotalYuan),
      fundsSources: a.fundsSources === undefined ? undefined : Number(a.fundsSources),
      size: style.size,
      color: style.color,
    });
  });
  graph.forEachNode((node) => graph.setNodeAttribute(node, "degree", graph.degree(node)));
  return graph;
}
