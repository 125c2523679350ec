import { ENTITY_TYPES, RELATION_TYPES, type DocumentInfo } from "@xiezuo/extract";
import fc from "fast-check";
import { createGraph } from "../build/buildGraph.js";
import { xmlSafe } from "../formats/attributeCodec.js";

// Graphs whose every string is hostile (markup, quotes, entities, control characters, lone
// surrogates, emoji, very long values), for the property-based tests of the file formats.

const LONG = ["<&\"'>]]>\u0085".repeat(1_000), "协作\u2028".repeat(3_000), "👨‍👩‍👧".repeat(1_000)];
const NASTY = [
  "<script>alert(1)</script>", "]]>", "<![CDATA[x]]>", "&amp;", "&#0;", "&lt;&gt;", "\"'`", "a\"b'c", "</attvalue>", "<!--", "-->",
  "\u0000", "\u0001\u0008\u000b\u000c\u001f", "\r\n", "\r", "\t\n  ", "\uFFFE\uFFFF", "\uD800", "\uDFFF", "x\uDBFFy", "😀", "👨‍👩‍👧",
  "宝安区", "寶安區", "&nbsp;", "\u2028\u2029", "\u0085", "\u0080\u009f", "\u00a0\u3000", " ", "", "{\"a\":1}", "[1,2]", "null", "true", "0", "1e5",
];

/** A hostile string: a pick of nasty pieces and random text of any code units. */
export const hostile = fc.oneof(
  { weight: 50, arbitrary: fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 6 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG) },
);
/** A hostile string that is not empty (keys, labels). */
const hostileKey = hostile.map((s) => `k${s}`);

/** Small graphs of hostile strings, shaped like xiezuo graphs. */
export const graphs = fc
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
