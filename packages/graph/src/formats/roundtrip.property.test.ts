import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { graphs } from "../test-support/hostileGraphs.js";
import type { XiezuoGraph } from "../types.js";
import { STRUCTURED_EDGE_KEYS, STRUCTURED_NODE_KEYS, xmlSafe } from "./attributeCodec.js";
import { fromGexf, toGexf } from "./gexf.js";
import { fromGraphml, toGraphml } from "./graphml.js";
import { fromJson, toJson } from "./json.js";

// Property-based: graphs whose every string is hostile (markup, quotes, entities, control
// characters, lone surrogates, emoji, very long values) survive each format's round trip.
// 1,000 graphs per format (fast-check's default is 100).
const RUNS = { numRuns: 1000 };

/**
 * The graph as the XML formats give it back: plain string attributes lose the code points XML 1.0
 * cannot represent (lists and records travel as JSON text, whose escapes keep them). GEXF also
 * drops empty strings (graphology-gexf writes no value for them): an empty label then reads back
 * as the node's key and an empty name as the default name, as for a foreign file.
 */
function xmlExpected(graph: XiezuoGraph, format: "gexf" | "graphml"): unknown {
  // As plain records: attributes are rewritten key by key below.
  type Plain = Record<string, unknown>;
  const exported = structuredClone(graph.export()) as unknown as { attributes: Plain; nodes: { key: string; attributes: Plain }[]; edges: { key: string; source: string; target: string; attributes: Plain }[] };
  const plain = (attributes: Plain, structured: readonly string[]) => {
    for (const [key, value] of Object.entries(attributes)) {
      if (typeof value !== "string" || structured.includes(key)) continue;
      attributes[key] = xmlSafe(value);
      if (format === "gexf" && attributes[key] === "") delete attributes[key];
    }
  };
  const attributes = exported.attributes;
  plain(attributes, ["documents"]);
  // graphology-gexf reads a blank <description> as no name.
  if (attributes.name === undefined || (format === "gexf" && !(attributes.name as string).trim())) attributes.name = "xiezuo";
  // Keys too lose what XML cannot hold.
  for (const node of exported.nodes) {
    node.key = xmlSafe(node.key);
    plain(node.attributes, STRUCTURED_NODE_KEYS);
    node.attributes.label ??= node.key;
  }
  for (const edge of exported.edges) {
    Object.assign(edge, { key: xmlSafe(edge.key), source: xmlSafe(edge.source), target: xmlSafe(edge.target) });
    plain(edge.attributes, STRUCTURED_EDGE_KEYS);
  }
  return exported;
}

/** The text as it comes back from a UTF-8 file (a lone surrogate would come back as U+FFFD). */
function viaFile(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

/** Where two values differ (a readable failure for graphs too big to print). */
function differences(actual: unknown, expected: unknown, path = ""): string[] {
  if (isDeepStrictEqual(actual, expected)) return [];
  if (typeof actual !== "object" || typeof expected !== "object" || actual === null || expected === null) {
    return [`${path}: ${JSON.stringify(actual)?.slice(0, 100)} ≠ ${JSON.stringify(expected)?.slice(0, 100)}`];
  }
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  return [...keys].flatMap((key) => differences((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`));
}

describe("format round trips with hostile strings (property-based, 1,000 graphs each)", () => {
  it("JSON gives back the very same graph", () => {
    fc.assert(fc.property(graphs, (graph) => {
      expect(differences(fromJson(viaFile(toJson(graph))).export(), graph.export())).toEqual([]);
    }), RUNS);
  });

  it("GEXF gives back the same graph, less what XML cannot hold", () => {
    fc.assert(fc.property(graphs, (graph) => {
      expect(differences(fromGexf(viaFile(toGexf(graph))).export(), xmlExpected(graph, "gexf"))).toEqual([]);
    }), RUNS);
  });

  it("GraphML gives back the same graph, less what XML cannot hold", () => {
    fc.assert(fc.property(graphs, (graph) => {
      expect(differences(fromGraphml(viaFile(toGraphml(graph))).export(), xmlExpected(graph, "graphml"))).toEqual([]);
    }), RUNS);
  });
});
