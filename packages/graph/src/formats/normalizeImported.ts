import type { DocumentInfo, EntityType, RelationType } from "@xiezuo/extract";
import type { MultiDirectedGraph } from "graphology";
import type { Attributes } from "graphology-types";
import { createGraph } from "../build/buildGraph.js";
import type { EntityAttributes, RelationAttributes, XiezuoGraph } from "../types.js";
import { ENTITY_COLORS, RELATION_COLORS } from "../layout/palette.js";
import { STRUCTURED_EDGE_KEYS, STRUCTURED_NODE_KEYS, restoreAttributes } from "./attributeCodec.js";

/**
 * Rebuilds a graph read from a file in the shape `buildGraph` makes: lists parsed back from
 * JSON text, missing lists empty, colours as hex, `date` null rather than absent, and only
 * `name` and `documents` on the graph. `caller` prefixes the error for a node without a type.
 */
export function normalizeImported(source: MultiDirectedGraph, caller: string, fallbackName = "xiezuo"): XiezuoGraph {
  const sourceAttributes: Attributes = { ...source.getAttributes() };
  restoreAttributes(sourceAttributes, ["documents"]);
  const name: string = typeof sourceAttributes.name === "string" ? sourceAttributes.name : fallbackName;
  const graph = createGraph(name);
  const documents: DocumentInfo[] = Array.isArray(sourceAttributes.documents) ? sourceAttributes.documents : [];
  graph.setAttribute("documents", documents);

  source.forEachNode((node, attributes) => graph.addNode(node, entityAttributes(node, attributes, caller)));
  source.forEachEdge((edge, attributes, from, to) =>
    graph.addDirectedEdgeWithKey(edge, from, to, relationAttributes(edge, attributes, caller)),
  );
  return graph;
}

function entityAttributes(node: string, raw: Attributes, caller: string): EntityAttributes {
  const attributes: Attributes = { ...raw };
  restoreAttributes(attributes, STRUCTURED_NODE_KEYS);
  if (!isEntityType(attributes.type))
    throw new Error(
      `@xiezuo/graph/${caller}: node "${node}" has no known entity type (its "type" is ${JSON.stringify(attributes.type)}); was the file written by xiezuo?`,
    );
  for (const key of STRUCTURED_NODE_KEYS) if (!Array.isArray(attributes[key])) attributes[key] = [];
  if (typeof attributes.label !== "string") attributes.label = node;
  if (typeof attributes.mentions !== "number") attributes.mentions = 0;
  if (typeof attributes.color === "string") attributes.color = toHexColor(attributes.color);
  // Codes like "45" must stay text even when a reader typed them as numbers.
  if (typeof attributes.code === "number") attributes.code = String(attributes.code);
  const type: EntityType = attributes.type;
  const { label, type: _type, aliases, placePath, mentions, documents, ...rest } = attributes;
  return { ...rest, label, type, aliases, placePath, mentions, documents };
}

function relationAttributes(edge: string, raw: Attributes, caller: string): RelationAttributes {
  const attributes: Attributes = { ...raw };
  restoreAttributes(attributes, STRUCTURED_EDGE_KEYS);
  if (!isRelationType(attributes.type))
    throw new Error(
      `@xiezuo/graph/${caller}: edge "${edge}" has no known relation type (its "type" is ${JSON.stringify(attributes.type)}); was the file written by xiezuo?`,
    );
  if (!Array.isArray(attributes.evidence)) attributes.evidence = [];
  if (typeof attributes.weight !== "number") attributes.weight = attributes.evidence.length;
  if (typeof attributes.date !== "string") attributes.date = null;
  const type: RelationType = attributes.type;
  const { type: _type, weight, date, evidence, ...rest } = attributes;
  return { ...rest, type, weight, date, evidence };
}

// The palettes are typed as records over every entity and relation type, so their keys are
// exactly those types, and checking them spares loading the extractor at run time.
function isEntityType(value: unknown): value is EntityType {
  return typeof value === "string" && Object.hasOwn(ENTITY_COLORS, value);
}

function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && Object.hasOwn(RELATION_COLORS, value);
}

/** `rgb(27,94,32)` (what graphology-gexf reads back) as `#1b5e20` (what `assignAppearance` writes). */
export function toHexColor(color: string): string {
  const match = /^\s*rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*[\d.]+\s*)?\)\s*$/i.exec(color);
  if (!match) return color;
  return `#${match.slice(1, 4).map((part) => Number(part).toString(16).padStart(2, "0")).join("")}`;
}
