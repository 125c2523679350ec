import { ENTITY_TYPES, RELATION_TYPES, type DocumentInfo } from "@xiezuo/extract";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createGraph } from "../build/buildGraph.js";
import type { XiezuoGraph } from "../types.js";
import { STRUCTURED_EDGE_KEYS, STRUCTURED_NODE_KEYS, xmlSafe } from "./attributeCodec.js";
import { fromGexf, toGexf } from "./gexf.js";
import { fromGraphml, toGraphml } from "./graphml.js";
import { fromJson, toJson } from "./json.js";

// Property-based: graphs whose every string is hostile (markup, quotes, entities, control
// characters, lone surrogates, emoji, very long values) survive each format's round trip.
// 1,000 graphs per format (fast-check's default is 100).
const RUNS = { numRuns: 1000 };

const LONG = ["<&\"'>]]>\u0085".repeat(1_000), "协作\u2028".repeat(3_000), "👨‍👩‍👧".repeat(1_000)];
const NASTY = [
  "<script>alert(1)</script>", "]]>", "<![CDATA[x]]>", "&amp;", "&#0;", "&lt;&gt;", "\"'`", "a\"b'c", "</attvalue>", "<!--", "-->",
  "\u0000", "\u0001\u0008\u000b\u000c\u001f", "\r\n", "\r", "\t\n  ", "\uFFFE\uFFFF", "\uD800", "\uDFFF", "x\uDBFFy", "😀", "👨‍👩‍👧",
  "宝安区", "寶安區", "&nbsp;", "\u2028\u2029", "\u0085", "\u0080\u009f", "\u00a0\u3000", " ", "", "{\"a\":1}", "[1,2]", "null", "true", "0", "1e5",
];

/** A hostile string: a pick of nasty pieces and random text of any code units. */
const hostile = fc.oneof(
  { weight: 50, arbitrary: fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 6 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG) },
);
/** A hostile string that is not empty (keys, labels). */
const hostileKey = hostile.map((s) => `k${s}`);

const graphs = fc
  .record({
    name: hostile,
    documents: fc.array(fc.record({ id: hostileKey, file: hostile, title: fc.option(hostile, { nil: null }), date: fc.constantFrom(null, "2023-05-06"), source: fc.option(hostile, { nil: null }), authors: fc.array(hostile, { maxLength: 2 }) }), { maxLength: 2 }),
    nodes: fc.uniqueArray(
      fc.record({ key: hostileKey, label: hostile, type: fc.constantFrom(...ENTITY_TYPES), aliases: fc.array(hostile, { maxLength: 2 }), mentions: fc.nat(1000), documents: fc.array(hostile, { maxLength: 2 }) }),
      // Keys stay distinct once XML drops what it cannot hold (k\uD800 and k would be one node there).
      { minLength: 1, maxLength: 3, selector: (node) => xmlSafe(node.key) },
    ),
    edges: fc.array(
      fc.record({
        from: fc.nat(), to: fc.nat(), type: fc.constantFrom(...RELATION_TYPES), title: fc.option(hostile, { nil: undefined }), sentence: hostile, document: hostile, rule: hostile,
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
        amountYuan: fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ name, documents, nodes, edges }) => {
    const graph = createGraph(name);
    graph.setAttribute("documents", documents as DocumentInfo[]);
    for (const node of nodes) {
      graph.addNode(node.key, { label: node.label, type: node.type, aliases: node.aliases, placePath: [], mentions: node.mentions, documents: node.documents });
    }
    edges.forEach((edge, i) => {
      const evidence = [{ document: edge.document, sentence: edge.sentence, start: 0, end: 3, originalStart: 5, originalEnd: 9, sourceSpan: [0, 1] as [number, number], targetSpan: [2, 3] as [number, number], rule: edge.rule, confidence: edge.confidence }];
      graph.addDirectedEdgeWithKey(`e${i}`, nodes[edge.from % nodes.length]!.key, nodes[edge.to % nodes.length]!.key, {
        type: edge.type, weight: 1, date: null, evidence,
        ...(edge.title === undefined ? {} : { title: edge.title }),
        ...(edge.amountYuan === undefined ? {} : { amountYuan: edge.amountYuan }),
      });
    });
    return graph;
  });

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
