import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces.js";
import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";
import { type FlatValue, flattenAttributes } from "./attributeCodec.js";
import { normalizeImported } from "./normalizeImported.js";

const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

type Domain = "graph" | "node" | "edge";
type KeyType = "boolean" | "int" | "long" | "double" | "string";

/**
 * The graph as GraphML (graphology-graphml only reads it, so the writer is ours, on xmlbuilder2).
 * Colour travels as `r`, `g`, `b` integers, the convention Gephi and graphology-graphml read
 * back; positions as `x`, `y`; lists as JSON text.
 */
export function toGraphml(graph: XiezuoGraph): string {
  checkGraph(graph, "toGraphml");
  const graphData = flattenAttributes({ name: graph.getAttribute("name"), documents: graph.getAttribute("documents") });
  const nodes = graph.mapNodes((node, attributes) => {
    const { color, ...rest } = attributes;
    return { id: node, data: { ...flattenAttributes(rest), ...rgb(color) } };
  });
  const edges = graph.mapEdges((edge, attributes, source, target) => ({ id: edge, source, target, data: flattenAttributes(attributes) }));

  const keys = new Map<string, { id: string; domain: Domain; name: string; type: KeyType }>();
  const declare = (domain: Domain, records: Record<string, FlatValue>[]) => {
    const types = new Map<string, KeyType>();
    for (const record of records)
      for (const [name, value] of Object.entries(record)) types.set(name, widen(types.get(name), keyType(value)));
    for (const [name, type] of types) keys.set(`${domain}\u0000${name}`, { id: `${domain[0]}_${name}`, domain, name, type });
  };
  declare("graph", [graphData]);
  declare("node", nodes.map((node) => node.data));
  declare("edge", edges.map((edge) => edge.data));

  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(GRAPHML_NAMESPACE, "graphml");
  for (const key of keys.values())
    root.ele("key", { id: key.id, for: key.domain, "attr.name": key.name, "attr.type": key.type });
  const body = root.ele("graph", { id: "G", edgedefault: "directed" });
  const writeData = (element: XMLBuilder, domain: Domain, data: Record<string, FlatValue>) => {
    for (const [name, value] of Object.entries(data)) element.ele("data", { key: keys.get(`${domain}\u0000${name}`)!.id }).txt(String(value));
  };
  writeData(body, "graph", graphData);
  for (const node of nodes) writeData(body.ele("node", { id: node.id }), "node", node.data);
  for (const edge of edges) writeData(body.ele("edge", { id: edge.id, source: edge.source, target: edge.target }), "edge", edge.data);
  return root.end({ prettyPrint: true });
}

/** Reads GraphML written by `toGraphml` (through graphology-graphml) back into a graph of the same shape. */
export function fromGraphml(text: string): XiezuoGraph {
  if (typeof text !== "string" || !/<graphml[\s>]/.test(text))
    throw new Error("@xiezuo/graph/fromGraphml: the given text is not GraphML (no <graphml> element).");
  return normalizeImported(parse(MultiDirectedGraph, text), "fromGraphml");
}

function keyType(value: FlatValue): KeyType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return "string";
  if (!Number.isInteger(value)) return "double";
  return Math.abs(value) <= 0x7fffffff ? "int" : "long";
}

// One key has one type: the widest of its values (an int column with one 0.5 becomes double).
const ORDER: KeyType[] = ["boolean", "int", "long", "double", "string"];
function widen(current: KeyType | undefined, next: KeyType): KeyType {
  if (current === undefined || current === next) return next;
  if (current === "boolean" || next === "boolean") return "string";
  return ORDER.indexOf(current) > ORDER.indexOf(next) ? current : next;
}

function rgb(color: string | undefined): Record<string, number> {
  const match = color === undefined ? null : /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return {};
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}
